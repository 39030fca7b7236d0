package id.pantau.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text: byte-order mark, then valid UTF-8, then the charset the document
 * declares, then ICU's statistical detector. Binary content is refused.
 */
public final class TextDecoder {
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final int SNIFF = 8192;

    private TextDecoder() {
    }

    /** Decodes {@code bytes}; {@code hint} is a charset named by a header or markup, or null. */
    public static String decode(byte[] bytes, String hint) throws InputException {
        if (bytes.length == 0) {
            throw new InputException("empty input");
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        // UTF-16 with its byte-order mark, or without one (every other byte NUL in Latin-script text)
        Charset utf16 = bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE ? StandardCharsets.UTF_16LE
                : bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF ? StandardCharsets.UTF_16BE
                : utf16WithoutBom(bytes);
        if (utf16 != null) {
            int skip = (bytes[0] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFE ? 2 : 0;
            String text = new String(bytes, skip, (bytes.length - skip) & ~1, utf16);
            if (text.chars().limit(SNIFF).filter(c -> c < 0x09 || c > 0x0D && c < 0x20).count() > Math.min(text.length(), SNIFF) / 20 + 1) {
                throw new InputException("binary content, not text (control characters in what reads as UTF-16)");
            }
            return text;
        }
        if (looksBinary(bytes)) {
            throw new InputException("binary content, not text (NUL or control bytes in the first "
                    + Math.min(bytes.length, SNIFF) + " bytes)");
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return utf8;
        }
        Charset declared = charset(hint != null ? hint : metaCharset(bytes));
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new String(bytes, declared);
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        if (match == null || match.getConfidence() < 10) {
            // Latin-1 decodes any byte; mojibake repair later fixes what it can
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        Charset cs = charset(match.getName());
        return new String(bytes, cs == null ? StandardCharsets.ISO_8859_1 : cs);
    }

    /** UTF-16LE or BE when NULs fill one byte parity of the first bytes and hardly the other; else null. */
    static Charset utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF) & ~1;
        if (n < 8) {
            return null;
        }
        int evenNul = 0, oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return control > n / 20 + 1;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
