package id.pantau.clean;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs text that was UTF-8 but got decoded with a single-byte code page (cp1252, Latin-1
 * or the DOS code page cp437), e.g. {@code â€™} for ’ and {@code ┬á} for a no-break space.
 * A run of non-ASCII characters is re-encoded with the suspected code page; the result is
 * kept only when those bytes are valid UTF-8 and shorter, so genuine accented text stays.
 */
public final class MojibakeRepair implements CleaningStage {
    public static final String NAME = "mojibake";
    private static final Pattern NON_ASCII_RUN = Pattern.compile("[^\\x00-\\x7F]{2,}");
    private static final Charset[] CODE_PAGES = {
        Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1, Charset.forName("IBM437")
    };

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Draft apply(Draft draft) {
        return new Draft(draft.title() == null ? null : repair(draft.title()),
                draft.paragraphs().stream().map(MojibakeRepair::repair).toList(), draft.published());
    }

    /** Repairs every mojibake run in {@code s}; text without mojibake is returned unchanged. */
    public static String repair(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        String current = s;
        for (int pass = 0; pass < 3; pass++) { // text decoded wrongly twice needs two passes
            String next = repairOnce(current);
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return LOST_CLOSING_QUOTE.matcher(current).replaceAll("”");
    }

    /** "â€" whose third byte (0x9D, undefined in cp1252) was dropped on the way: a closing quote. */
    private static final Pattern LOST_CLOSING_QUOTE = Pattern.compile("â€(?![\u0080-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u2122])");

    private static String repairOnce(String s) {
        Matcher m = NON_ASCII_RUN.matcher(s);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String fixed = fixRun(m.group());
            if (fixed != null) {
                if (out == null) {
                    out = new StringBuilder(s.length());
                }
                out.append(s, last, m.start()).append(fixed);
                last = m.end();
            }
        }
        if (out == null) {
            return s;
        }
        return out.append(s, last, s.length()).toString();
    }

    private static String fixRun(String run) {
        for (Charset cp : CODE_PAGES) {
            byte[] bytes = encodeStrict(run, cp);
            if (bytes == null) {
                continue;
            }
            String decoded = decodeUtf8Strict(bytes);
            if (decoded != null && decoded.length() < run.length()) {
                return decoded;
            }
        }
        return null;
    }

    private static byte[] encodeStrict(String s, Charset cs) {
        if (cs.name().equals("windows-1252")) {
            return encodeSloppy1252(s);
        }
        var enc = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer bb = enc.encode(java.nio.CharBuffer.wrap(s));
            byte[] b = new byte[bb.remaining()];
            bb.get(b);
            return b;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** cp1252 as browsers apply it: the five undefined bytes map to the C1 controls of the same value. */
    private static byte[] encodeSloppy1252(String s) {
        Charset cp = CODE_PAGES[0];
        byte[] out = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                out[i] = (byte) c;
                continue;
            }
            var enc = cp.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT);
            if (!enc.canEncode(c)) {
                return null;
            }
            out[i] = String.valueOf(c).getBytes(cp)[0];
        }
        return out;
    }

    private static String decodeUtf8Strict(byte[] bytes) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return dec.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
