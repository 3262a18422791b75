package saraban.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * Passes a stored file's bytes through and, at their end, checks their size and SHA-256 against the
 * name they are stored under: a damaged file ends in a {@link CorruptFileException}, never
 * normally.
 */
final class VerifyingInputStream extends FilterInputStream {
    private final String sha256;
    private final long size;
    private final MessageDigest digest = Sha256.digest();
    private long read;
    private boolean checked;

    VerifyingInputStream(InputStream in, String sha256, long size) {
        super(in);
        this.sha256 = sha256;
        this.size = size;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            atEnd();
        } else {
            digest.update((byte) b);
            read++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n < 0) {
            atEnd();
        } else {
            digest.update(buffer, offset, n);
            read += n;
        }
        return n;
    }

    /** Reads what is skipped, so that it is checked too. */
    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int limit) {}

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    private void atEnd() {
        if (checked) {
            return;
        }
        checked = true;
        if (read != size) {
            throw new CorruptFileException(
                    sha256, "it has " + read + " bytes where " + size + " were stored");
        }
        String actual = Sha256.hex(digest);
        if (!actual.equals(sha256)) {
            throw new CorruptFileException(sha256, "its bytes hash to " + actual);
        }
    }
}
