package saraban.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;

/**
 * SQLite's file store: bytes in {@code files/ab/cd/<sha256>}, a row in {@code files} for each.
 *
 * <p>A file is written to a temporary file in {@code files/}, flushed to disk, then renamed
 * atomically to its name and its folder flushed, all before its row is committed: after a crash a
 * recorded file is always complete. An existing file is never replaced. Writers take turns through
 * the database's write transaction, so two threads storing the same bytes cannot race.
 */
final class FilesOnDisk implements FileStore {
    private final Database db;
    private final Path root;

    FilesOnDisk(Database db, Path root) {
        this.db = Objects.requireNonNull(db, "db");
        this.root = root.toAbsolutePath();
    }

    @Override
    public String put(byte[] content, String mediaType) {
        return put(new ByteArrayInputStream(content), mediaType);
    }

    @Override
    public String put(InputStream content, String mediaType) {
        FileRows.checkMediaType(mediaType);
        Path temp = null;
        try {
            createFolder(root);
            temp = Files.createTempFile(root, ".incoming-", ".tmp");
            MessageDigest digest = Sha256.digest();
            long size = 0;
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = content.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                    ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                    while (chunk.hasRemaining()) {
                        out.write(chunk);
                    }
                    size += n;
                }
                out.force(true);
            }
            String sha256 = Sha256.hex(digest);
            Path target = pathOf(sha256);
            Path incoming = temp;
            StoredFile file = new StoredFile(sha256, size, mediaType, db.clock().instant());
            db.inTransaction(
                    c -> {
                        moveIntoPlace(incoming, target);
                        FileRows.insert(db, file, null);
                        return sha256;
                    });
            return sha256;
        } catch (IOException e) {
            throw new StorageException("cannot store a file in " + root + ": " + e, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private void moveIntoPlace(Path incoming, Path target) {
        if (Files.exists(target)) {
            return;
        }
        try {
            createFolder(target.getParent());
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
            flushFolder(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move a stored file into " + target, e);
        }
    }

    @Override
    public Optional<StoredFile> get(String sha256) {
        return FileRows.find(db, sha256);
    }

    @Override
    public InputStream open(String sha256) {
        StoredFile file =
                get(sha256).orElseThrow(() -> new StorageException("no stored file " + sha256));
        try {
            return new VerifyingInputStream(
                    Files.newInputStream(pathOf(sha256)), sha256, file.size());
        } catch (NoSuchFileException e) {
            throw new CorruptFileException(sha256, "its file " + pathOf(sha256) + " is missing");
        } catch (IOException e) {
            throw new StorageException("cannot read stored file " + pathOf(sha256) + ": " + e, e);
        }
    }

    @Override
    public boolean exists(String sha256) {
        return get(sha256).isPresent() && Files.isRegularFile(pathOf(sha256));
    }

    /** {@code files/ab/cd/abcd…}: two levels of 256 folders keep each folder small. */
    Path pathOf(String sha256) {
        Sha256.check(sha256);
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /** Creates a folder and its missing parents, flushing each new entry to disk. */
    private static void createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        createFolder(folder.getParent());
        Files.createDirectories(folder);
        flushFolder(folder.getParent());
    }

    /** Makes a rename or a new entry in {@code folder} survive a power cut. */
    private static void flushFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some systems (Windows) cannot open a folder; there the rename's durability rests
            // on the file system's own journal.
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // A leftover .incoming-*.tmp is harmless; it is never read.
            }
        }
    }
}
