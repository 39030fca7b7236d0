package id.pantau.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;

/**
 * Reads byte lines from a stream without ever holding more than {@code maxLine} bytes: an
 * over-long line is skipped to its end and reported as {@link Line#tooLong()}.
 */
final class BoundedLineReader {
    record Line(byte[] bytes, boolean tooLong, long number) {
    }

    private final InputStream in;
    private final long maxLine;
    private long number;

    BoundedLineReader(InputStream in, long maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** The next line without its terminator, or null at end of stream. */
    Line next() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
        boolean tooLong = false;
        long size = 0;
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                break;
            }
            size++;
            if (size > maxLine) {
                tooLong = true;
                buf.reset();
            } else {
                buf.write(b);
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
}
