package id.pantau.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Language of a document (Lingua), restricted to the languages Pantau meets: Indonesian, Malay,
 * English and Arabic (Tagalog and Dutch are there to catch other Latin-script text). Returns an ISO 639-1 code, or "und"
 * when the text is too short to tell. Indonesian wins a near tie with Malay, because the two
 * share most of their vocabulary and Pantau's inputs are Indonesian outlets.
 */
public final class LanguageIdentifier {
    public static final String UNDETERMINED = "und";
    private static final int SAMPLE_CHARS = 1200;
    private static final int MIN_LETTERS = 20;
    private static final double MALAY_MARGIN = 0.05;

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(
                Language.INDONESIAN, Language.MALAY, Language.ENGLISH, Language.ARABIC,
                Language.TAGALOG, Language.DUTCH).build();
    }

    /** Loads the language models now (servers and benchmarks call this before timing). */
    public static void preload() {
        Holder.DETECTOR.detectLanguageOf("Pasukan pemerintah menyerang kota itu pada hari Selasa.");
    }

    public String identify(String text) {
        if (text == null) {
            return UNDETERMINED;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        long letters = sample.codePoints().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS) {
            return UNDETERMINED;
        }
        SortedMap<Language, Double> conf = Holder.DETECTOR.computeLanguageConfidenceValues(sample);
        if (conf.isEmpty()) {
            return UNDETERMINED;
        }
        Language best = null;
        double bestValue = -1;
        for (Map.Entry<Language, Double> e : conf.entrySet()) {
            if (e.getValue() > bestValue) {
                best = e.getKey();
                bestValue = e.getValue();
            }
        }
        if (best == Language.MALAY && conf.getOrDefault(Language.INDONESIAN, 0.0) >= bestValue - MALAY_MARGIN) {
            best = Language.INDONESIAN;
        }
        return best.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }
}
