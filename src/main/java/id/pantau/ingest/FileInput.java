package id.pantau.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One file found under an input root. {@link #docId()} is the path relative to the root the
 * user named, with a trailing ".gz" removed, so re-ingesting the same tree gives the same ids.
 */
public record FileInput(Path root, Path file, java.util.function.LongConsumer onRead) {
    public FileInput(Path root, Path file) {
        this(root, file, null);
    }

    public String docId() {
        Path rel = root.equals(file) ? file.getFileName() : root.relativize(file);
        String id = rel.toString().replace('\\', '/');
        return id.endsWith(".gz") ? id.substring(0, id.length() - 3) : id;
    }

    /** The name used in messages: the path as the user would recognise it. */
    public String display() {
        return file.toString();
    }

    public boolean gzipped() {
        return file.getFileName().toString().toLowerCase().endsWith(".gz");
    }

    /** Opens the file, decompressing gzip transparently. */
    public InputStream open() throws IOException {
        InputStream in = new BufferedInputStream(openRaw(), 65536);
        return gzipped() ? new GZIPInputStream(in, 65536) : in;
    }

    /** Opens the file as stored (no decompression); reads are counted for the progress bar. */
    public InputStream openRaw() throws IOException {
        InputStream raw = Files.newInputStream(file);
        if (onRead != null) {
            raw = new java.io.FilterInputStream(raw) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        onRead.accept(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = super.read(buf, off, len);
                    if (n > 0) {
                        onRead.accept(n);
                    }
                    return n;
                }
            };
        }
        return raw;
    }

    /** Reads the whole (decompressed) file, refusing anything larger than the limit. */
    public byte[] readBounded(ReadLimits limits) throws InputException {
        try (InputStream in = open()) {
            byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
            if (data.length > limits.maxDocumentBytes()) {
                throw new InputException("too large: more than " + limits.describe()
                        + " for one document (raise --max-doc-bytes if this is really one article)");
            }
            return data;
        } catch (EOFException | ZipException e) {
            throw new InputException("truncated or corrupt gzip data (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new InputException("cannot read: " + e.getMessage(), e);
        }
    }
}
