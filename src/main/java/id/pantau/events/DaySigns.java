package id.pantau.events;

import id.pantau.ingest.Outlets;
import id.pantau.nlp.DateMention;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words around a date say it is: the day a source spoke ("kata Boy di Jakarta, Senin (28/11)", "Reuters pada
 * Rabu (24/5) melansir") or the day the article says its happening took place ("Kejadian itu terjadi pada hari Jumat
 * (1/9)"). Pure functions of the text; the statement-gap words are the {@code statement_gap} role of the event lexicon.
 */
final class DaySigns {
    private DaySigns() {
    }

    /** "kata Boy di Jakarta, mengutip Antara, Senin (28/11)": the day a source spoke, not the day of a deed. */
    private static final Pattern SPOKEN_ON = Pattern.compile(
            "(?i)\\b(kata|ujar|ucap|tutur|ungkap|jelas|tegas|mengatakan|menyatakan|menjelaskan|menegaskan|dikutip|mengutip|dilansir|menurut"
            + "|unggah|mengunggah|diunggah|cuit|mencuit|dicuitkan"
            + "|kepada wartawan|saat dikonfirmasi|dalam keterangan)\\b[^.;\"“”]{0,80}$");

    /**
     * "Kejadian itu terjadi pada", "Aksi tersebut digelar pada", "Peristiwa yang terjadi pada", "Aksi penyanderaan yang
     * dilakukan Fatahullah itu berlangsung di Kelurahan Karang Anyar Pantai, ..., pada": the day of the happening the article
     * tells, where it took place told or not.
     */
    private static final Pattern STORY_DAY = Pattern.compile("(?i)\\b(kejadian|peristiwa|insiden|aksi|kerusuhan|penyerangan|serangan"
            + "|ledakan|penembakan|bentrokan|demo|demonstrasi|unjuk rasa|penangkapan|penyanderaan|penyenderaan|pembunuhan"
            + "|penganiayaan|pengeroyokan)\\s+(itu\\s+|ini\\s+|tersebut\\s+|yang\\s+|[^.;\"“”]{0,60}?\\s(?:itu|ini|tersebut)\\s+)"
            + "(terjadi|berlangsung|digelar|dilakukan|dilaksanakan)\\s+(di\\s[^.;\"“”]{0,120}?,\\s*)?(pada\\s+)?(hari\\s+|tanggal\\s+)?$");

    /** The article says outright that its happening took place on this day. */
    static boolean storyDay(EventCoder.DocumentAnalysis doc, DateMention d) {
        return STORY_DAY.matcher(textBefore(doc, d, 240)).find();
    }

    /** The day a source spoke on, not the day of a deed. */
    static boolean statementDay(EventCoder.DocumentAnalysis doc, DateMention d) {
        String after = doc.text().substring(d.span().end(), Math.min(doc.text().length(), d.span().end() + 40));
        if (SPEAKS_AFTER.matcher(after).lookingAt()) {
            return true;
        }
        // an aside in brackets says nothing of what was said ("dikonfirmasi kumparan (kumparan.com), Rabu")
        String before = PARENTHESES.matcher(textBefore(doc, d, 120)).replaceAll(" ");
        Matcher spoken = SPOKEN_ON.matcher(before);
        int verbEnd = -1;
        for (int from = 0; from < before.length() && spoken.find(from); from = spoken.start(1) + 1) {
            verbEnd = spoken.end(1); // the last verb of saying before the day
        }
        if (verbEnd < 0) {
            return false;
        }
        // between the verb and the day only the speaker, where and how it spoke ("kata Kapolres Poso AKBP X kepada
        // wartawan di Mapolres, Senin"); a lower-case word outside those is what was said, and the day belongs to it; an
        // outlet's name ("dikonfirmasi kumparan") is a channel the source spoke through
        EventLexicon lexicon = EventLexicon.standard();
        for (String w : before.substring(verbEnd).split("[^\\p{L}]+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !lexicon.any("statement_gap", w.toLowerCase(Locale.ROOT))
                    && !Outlets.standard().isOutlet(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Reuters pada Rabu (24/5) melansir", "Polisi, Selasa (3/4), mengatakan", "pada Minggu (30/4) pejabat Israel mengatakan":
     * the day right before a speech verb, or before a speaker of a few words and the verb.
     */
    private static final Pattern SPEAKS_AFTER = Pattern.compile("(?i)[\\s,)]*([\\p{L}-]+\\s+){0,3}?(melansir|mengatakan|menyatakan|menyebutkan|mengumumkan"
            + "|melaporkan|menjelaskan|menegaskan|mengklaim|mengonfirmasi|membenarkan)\\b");

    /** "kemarin", "tadi malam", "dua hari lalu": a day told relative to the day the words were spoken. */
    private static final Pattern RELATIVE_DAY = Pattern.compile("(?i)(kemarin lusa|kemarin|tadi malam|semalam|tadi pagi|pagi ini|hari ini"
            + "|\\p{L}+ hari (?:lalu|yang lalu|sebelumnya))");

    /**
     * A sentence's days with a relative day said inside a quote moved to the day the quote was spoken: in "\"... unjuk rasa
     * kemarin ...,\" kata Kabid Humas, Rabu (17/5)" of an article of Thursday the protest was on Tuesday, not Wednesday.
     */
    static List<DateMention> anchoredToSpeech(EventCoder.DocumentAnalysis doc, List<DateMention> dates) {
        if (doc.published() == null || dates.size() < 2) {
            return dates;
        }
        DateMention spoken = dates.stream().filter(d -> d.precision() == 1 && !RELATIVE_DAY.matcher(d.span().text()).matches()
                && d.date().isBefore(doc.published()) && statementDay(doc, d)).reduce((a, b) -> b).orElse(null);
        if (spoken == null) {
            return dates;
        }
        long gap = ChronoUnit.DAYS.between(spoken.date(), doc.published());
        List<DateMention> out = new ArrayList<>(dates.size());
        for (DateMention d : dates) {
            boolean quoted = d.span().end() <= spoken.span().start() && RELATIVE_DAY.matcher(d.span().text()).matches()
                    && CLOSING_QUOTE.matcher(doc.text().substring(d.span().end(), spoken.span().start())).find();
            out.add(quoted ? new DateMention(d.date().minusDays(gap), d.precision(), d.span()) : d);
        }
        return out;
    }

    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");

    private static final Pattern CLOSING_QUOTE = Pattern.compile("[\"”]");

    /** Up to {@code chars} characters of the text right before a date. */
    private static String textBefore(EventCoder.DocumentAnalysis doc, DateMention d, int chars) {
        return doc.text().substring(Math.max(0, d.span().start() - chars), d.span().start());
    }

}
