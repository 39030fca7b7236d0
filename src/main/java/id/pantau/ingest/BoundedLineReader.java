package id.pantau.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads byte lines from a stream in 64 KiB blocks without ever holding more than {@code maxLine}
 * bytes of one line: an over-long line is skipped to its end and reported as {@link Line#tooLong()}.
 * A stream that yields more than {@code maxTotal} bytes in all (a gzip bomb, /dev/zero) stops with
 * an IOException naming the limit.
 */
final class BoundedLineReader {
    record Line(byte[] bytes, boolean tooLong, long number) {
    }

    private final InputStream in;
    private final long maxLine;
    private final long maxTotal;
    private final byte[] block = new byte[1 << 16];
    private int pos, end;
    private long number, total;
    private boolean eof;

    BoundedLineReader(InputStream in, long maxLine, long maxTotal) {
        this.in = in;
        this.maxLine = maxLine;
        this.maxTotal = maxTotal;
    }

    BoundedLineReader(InputStream in, long maxLine) {
        this(in, maxLine, Long.MAX_VALUE);
    }

    /** The next line without its terminator, or null at end of stream. */
    Line next() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
        boolean tooLong = false, any = false;
        long size = 0;
        while (true) {
            if (pos == end && !fill()) {
                break;
            }
            any = true;
            int nl = -1;
            for (int i = pos; i < end; i++) {
                if (block[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int stop = nl < 0 ? end : nl;
            int n = stop - pos;
            if (!tooLong) {
                if (size + n > maxLine) {
                    tooLong = true;
                    buf.reset();
                } else {
                    buf.write(block, pos, n);
                }
            }
            size += n;
            pos = nl < 0 ? end : nl + 1;
            if (nl >= 0) {
                break;
            }
        }
        if (!any) {
            return null;
        }
        number++;
        byte[] bytes = buf.toByteArray();
        int len = bytes.length;
        if (len > 0 && bytes[len - 1] == '\r') {
            bytes = java.util.Arrays.copyOf(bytes, len - 1);
        }
        return new Line(tooLong ? new byte[0] : bytes, tooLong, number);
    }

    /** How many lines were read so far. */
    long lastNumber() {
        return number;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(block, 0, block.length);
        if (n <= 0) {
            eof = n < 0;
            if (n == 0) {
                int b = in.read();
                if (b < 0) {
                    eof = true;
                    return false;
                }
                block[0] = (byte) b;
                n = 1;
            } else {
                return false;
            }
        }
        total += n;
        if (total > maxTotal) {
            throw new IOException(String.format("more than %,d bytes once decompressed (raise --max-file-bytes if this is real data)", maxTotal));
        }
        pos = 0;
        end = n;
        return true;
    }
}
