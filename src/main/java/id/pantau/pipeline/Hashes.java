package id.pantau.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** SHA-256 content hashes: of raw inputs (re-ingest detection) and of normalised text (exact duplicates). */
public final class Hashes {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Hashes() {
    }

    public static String sha256(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                md.update((p == null ? "\u0000" : p).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0x1F);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }

    /** Hash of the text's words only, so spacing, case and punctuation differences do not matter. */
    public static String contentHash(String text) {
        return sha256(normalize(text));
    }

    public static String normalize(String text) {
        return NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
