package id.pantau.events;

import id.pantau.nlp.DateMention;
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
            + "|kepada wartawan|saat dikonfirmasi|dalam keterangan)\\b[^.;\"“”]{0,80}$");

    /** "Kejadian itu terjadi pada", "Aksi tersebut digelar pada", "Peristiwa yang terjadi pada": the day of the happening the article tells. */
    private static final Pattern STORY_DAY = Pattern.compile("(?i)\\b(kejadian|peristiwa|insiden|aksi|kerusuhan|penyerangan|serangan"
            + "|ledakan|penembakan|bentrokan|demo|demonstrasi|unjuk rasa|penangkapan)\\s+(itu|ini|tersebut|yang)\\s+(terjadi|berlangsung"
            + "|digelar|dilakukan|dilaksanakan)\\s+(pada\\s+)?(hari\\s+|tanggal\\s+)?$");

    /** The article says outright that its happening took place on this day. */
    static boolean storyDay(EventCoder.DocumentAnalysis doc, DateMention d) {
        return STORY_DAY.matcher(textBefore(doc, d, 80)).find();
    }

    /** The day a source spoke on, not the day of a deed. */
    static boolean statementDay(EventCoder.DocumentAnalysis doc, DateMention d) {
        String after = doc.text().substring(d.span().end(), Math.min(doc.text().length(), d.span().end() + 40));
        if (SPEAKS_AFTER.matcher(after).lookingAt()) {
            return true;
        }
        String before = textBefore(doc, d, 120);
        Matcher spoken = SPOKEN_ON.matcher(before);
        int verbEnd = -1;
        for (int from = 0; from < before.length() && spoken.find(from); from = spoken.start(1) + 1) {
            verbEnd = spoken.end(1); // the last verb of saying before the day
        }
        if (verbEnd < 0) {
            return false;
        }
        // between the verb and the day only the speaker, where and how it spoke ("kata Kapolres Poso AKBP X kepada
        // wartawan di Mapolres, Senin"); a lower-case word outside those is what was said, and the day belongs to it
        EventLexicon lexicon = EventLexicon.standard();
        for (String w : before.substring(verbEnd).split("[^\\p{L}]+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !lexicon.any("statement_gap", w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** "Reuters pada Rabu (24/5) melansir", "Polisi, Selasa (3/4), mengatakan": the day right before a speech verb. */
    private static final Pattern SPEAKS_AFTER = Pattern.compile("(?i)[\\s,)]*(melansir|mengatakan|menyatakan|menyebutkan|mengumumkan"
            + "|melaporkan|menjelaskan|menegaskan|mengklaim|mengonfirmasi|membenarkan)\\b");

    /** Up to {@code chars} characters of the text right before a date. */
    private static String textBefore(EventCoder.DocumentAnalysis doc, DateMention d, int chars) {
        return doc.text().substring(Math.max(0, d.span().start() - chars), d.span().start());
    }

}
