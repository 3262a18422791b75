package saraban.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The migrations this build knows, in version order: read from the classpath or a folder. */
final class Migrations {
    static final String RESOURCE_FOLDER = "saraban/storage/migrations/";

    private final List<Migration> all;

    private Migrations(List<Migration> migrations) {
        List<Migration> sorted = new ArrayList<>(migrations);
        sorted.sort(Comparator.comparingInt(Migration::version));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).version() == sorted.get(i - 1).version()) {
                throw new IllegalStateException(
                        "two migrations have version "
                                + sorted.get(i).version()
                                + ": "
                                + sorted.get(i - 1).fileName()
                                + " and "
                                + sorted.get(i).fileName());
            }
        }
        this.all = List.copyOf(sorted);
    }

    List<Migration> all() {
        return all;
    }

    int latestVersion() {
        return all.isEmpty() ? 0 : all.get(all.size() - 1).version();
    }

    /** The migrations packed with Saraban, from a folder or a jar. */
    static Migrations fromClasspath(ClassLoader loader) {
        URL folder = loader.getResource(RESOURCE_FOLDER);
        if (folder == null) {
            throw new IllegalStateException(
                    "no " + RESOURCE_FOLDER + " on the classpath: the build is incomplete");
        }
        try {
            URI uri = folder.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return fromFolder(Path.of(uri));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return fromFolder(jar.getPath("/" + RESOURCE_FOLDER));
            } catch (FileSystemAlreadyExistsException e) {
                return fromFolder(FileSystems.getFileSystem(uri).getPath("/" + RESOURCE_FOLDER));
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list " + folder + ": " + e, e);
        }
    }

    /** Every {@code *.sql} file of a folder; other files are ignored. */
    static Migrations fromFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Migration> migrations = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".sql")) {
                    migrations.add(
                            Migration.of(name, Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
            return new Migrations(migrations);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migrations from " + folder, e);
        }
    }
}
