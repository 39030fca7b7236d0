package id.pantau.events;

import id.pantau.nlp.Quantity;
import id.pantau.nlp.QuantityParser;
import id.pantau.nlp.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of one sentence, each labelled by its role: killed, injured, displaced or captured
 * (the counts an event carries), or subset ("dua di antaranya"), cumulative ("sudah mencapai
 * 800.000", "sejak 2011") and not a count at all (ages, dates, units, names: "berusia 30", "Densus
 * 88", "dua hari"). A figure takes its kind from the verb before it ("menewaskan 22 orang") or the
 * casualty word after it ("9 orang tewas", "57 mengalami luka-luka"); parts of one count are summed
 * ("tiga polisi dan dua warga tewas" = 5 killed); a named victim without a figure counts one
 * ("Brigpol Saut Sibarani meninggal dunia"). Perpetrators killed count: fatalities are all sides.
 */
final class CasualtyReader {
    static final String[] KINDS = {"killed", "injured", "displaced", "captured"};
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]*");
    private static final Pattern AGE = Pattern.compile("\\(\\s*$");
    private static final Pattern JOIN = Pattern.compile("^\\s*(,|dan|serta|,\\s*dan)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_VICTIM = Pattern.compile(
            "\\b(Brigpol|Brigadir|Bripka|Briptu|Bripda|Aiptu|Aipda|Ipda|Iptu|AKP|Kompol|AKBP|Pratu|Prada|Praka|Serda|Serka|Sertu|Kopda|Pratu|Sersan|Kapten|Letda|Lettu)"
            + "(\\s+[A-Z][\\p{L}.]*){1,4}\\s+(yang\\s+)?(tewas|meninggal|gugur|terluka|luka|kritis)");
    /** One person, named or described, with an age or "itu": "Pria asal Desa X itu", "Abdulkadir Masharipov (34)". */
    private static final String ONE_PERSON = "(?:(?i:seorang\\s+)?(?i:pria|wanita|perempuan|laki-laki|pemuda|remaja|tersangka|terduga|pelaku|"
            + "adik|kakak|ayah|suami|istri|ibu rumah tangga)(?:\\s+(?:berusia|berumur)?\\s*\\d{1,2}(?:\\s+tahun)?)?"
            + "|\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,3}\\s*\\(\\d{1,2}\\))";
    /** "menangkap pria 23 tahun", "mengamankan seorang terduga": the one person taken. */
    private static final Pattern ONE_TAKEN = Pattern.compile("(?i)\\b(menangkap|mengamankan|membekuk|meringkus|menahan)\\s+" + ONE_PERSON + "\\b(?!\\s+(?:dan|serta|,))");
    /** "Abdulkadir Masharipov (34), warga Uzbekistan, yang ditangkap polisi": the one person the passive verb is about. */
    private static final Pattern ONE_PASSIVE = Pattern.compile("(?<![\\p{L}])" + ONE_PERSON + "(?:\\s+(?:itu|tersebut))?[^.;]{0,60}?\\b(?:yang\\s+)?"
            + "(ditangkap|diamankan|dibekuk|diringkus|ditahan|tewas|meninggal dunia|meninggal|terbunuh|dibunuh)\\b");
    /** "mengotopsi jenazah Emakulata (62)", "mayat Brigpol Anu ditemukan": the body of one named person. */
    private static final Pattern ONE_BODY = Pattern.compile("(?i:\\b(?:jenazah|mayat)\\s+)(?:(?i:almarhum|almarhumah|korban)\\s+)?"
            + "\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,3}(?!\\s+(?:dan|serta|,))");
    /** "tiga pria lainnya", "dua orang lain": a count of people beyond one told in the same sentence. */
    private static final Pattern OTHERS = Pattern.compile("(?i)\\b\\d+\\s+(?:\\p{L}+\\s+)?(?:lainnya|lain)\\b|\\b(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\\s+(?:\\p{L}+\\s+)?(?:lainnya|lain)\\b");
    private static final Pattern PLURAL = Pattern.compile("(?i)\\b(para|mereka|keduanya|ketiganya|kedua|sejumlah|beberapa|puluhan|ratusan|ribuan|dan\\s+\\p{Lu})\\b");
    /** A toll as the subject, then a verb of counting right before the figure ("korban tewas ... bertambah menjadi"). */
    private static final Pattern TOLL = Pattern.compile("(?i)(?:\\b(korban jiwa|korban tewas|korban meninggal|jumlah (?:korban )?tewas|"
            + "yang tewas|yang meninggal)|\\b(korban luka(?:-luka)?|yang terluka|yang luka-luka))\\b[^,.;:]{0,45}?\\b(?:bertambah|meningkat|naik|"
            + "menjadi|jadi|berjumlah|mencapai)(?:\\s+(?:menjadi|jadi))?\\s*$");
    /** "Menurut keterangan tiga aktivis lokal dan seorang pejabat, ...": a figure inside the source's name counts nobody. */
    private static final Pattern SOURCE_PHRASE = Pattern.compile("(?i)\\bmenurut\\b[^,.;:]*$");
    private static final int AFTER_WORDS = 8;
    private final QuantityParser quantities = new QuantityParser();
    private final EventLexicon lexicon;

    CasualtyReader(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A figure and what it counts. */
    record Figure(Quantity quantity, String kind, String role, String noun) {
        boolean counts() {
            return kind != null && role.equals("count");
        }
    }

    List<Figure> figures(String text, Span sentence) {
        List<Figure> out = new ArrayList<>();
        List<Quantity> qs = quantities.parse(text, sentence.start(), sentence.end());
        for (int qi = 0; qi < qs.size(); qi++) {
            Quantity q = qs.get(qi);
            int qs0 = q.span().start(), qe = q.span().end();
            String before = text.substring(Math.max(sentence.start(), qs0 - 40), qs0);
            String after = text.substring(qe, Math.min(sentence.end(), qe + 60));
            String noun = firstWord(after);
            if (q.value() < 1 || q.value() > 10_000_000 || AGE.matcher(before).find()
                    || SOURCE_PHRASE.matcher(text.substring(sentence.start(), qs0)).find()
                    || lexicon.startsWith("not_unit", after) || lexicon.endsWith("name_number", before)
                    || looksLikeYear(q, after) || before.endsWith(":") || before.endsWith("/")) {
                out.add(new Figure(q, null, "none", noun));
                continue;
            }
            String kind = kindOf(text, q.span(), sentence, before);
            String role = "count";
            if (lexicon.endsWith("subset", before) || lexicon.startsWith("subset", after) || startsWithSubset(after)) {
                role = "subset";
            } else if (lexicon.any("cumulative", before.length() > 25 ? before.substring(before.length() - 25) : before)) {
                role = "cumulative";
            }
            out.add(new Figure(q, kind, role, noun));
        }
        // parts of one count: "tiga polisi dan dua warga tewas", "dua tentara, tiga polisi dan satu warga"
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).kind() != null || !out.get(i).role().equals("count")) {
                continue;
            }
            int j = i;
            while (j + 1 < out.size() && out.get(j).kind() == null && out.get(j + 1).role().equals("count")
                    && joined(text, out.get(j), out.get(j + 1))) {
                j++;
            }
            Figure last = out.get(j);
            if (j > i && last.kind() != null) {
                double sum = 0;
                boolean approx = false;
                for (int k = i; k <= j; k++) {
                    sum += out.get(k).quantity().value();
                    approx |= out.get(k).quantity().approximate();
                }
                Quantity whole = new Quantity(sum, null, null, approx, null,
                        Span.of(text, out.get(i).quantity().span().start(), last.quantity().span().end()));
                for (int k = j; k > i; k--) {
                    out.remove(k);
                }
                out.set(i, new Figure(whole, last.kind(), "count", last.noun()));
            }
        }
        return out;
    }

    /** Claims: every counting figure, and a named victim when the sentence gives no figure of that kind. */
    List<Claim> read(String docId, String text, Span sentence, String claimant) {
        List<Claim> out = new ArrayList<>();
        for (Figure f : figures(text, sentence)) {
            if (!f.counts()) {
                continue;
            }
            Quantity q = f.quantity();
            out.add(new Claim(f.kind(), q.asLong(), q.low() == null ? null : Math.round(q.low()),
                    q.high() == null ? null : Math.round(q.high()), q.approximate(), claimant, docId, sentence.text()));
        }
        String st = sentence.text();
        boolean others = OTHERS.matcher(st).find(); // "... mengamankan tiga pria lainnya": the count is of more people
        if (out.stream().noneMatch(c -> c.kind().equals("killed") || c.kind().equals("captured") && !others)) {
            // one person without a numeral: "Pria asal Desa Seuneubok itu ditangkap", "menangkap pria 23 tahun"
            Matcher taken = ONE_TAKEN.matcher(st);
            Matcher passive = ONE_PASSIVE.matcher(st);
            if (taken.find() && !PLURAL.matcher(st.substring(taken.start(), Math.min(st.length(), taken.end() + 15))).find()) {
                if (out.stream().noneMatch(c -> c.kind().equals("captured") && c.value() == 1)) { // "menangkap seorang pria": read already
                    out.add(new Claim("captured", 1, 1L, 1L, false, claimant, docId, st));
                }
            } else if (passive.find() && !PLURAL.matcher(st.substring(Math.max(0, passive.start() - 25), passive.end())).find()) {
                String verb = passive.group(1).toLowerCase(Locale.ROOT);
                String kind = verb.startsWith("di") && !verb.equals("dibunuh") ? "captured" : "killed";
                out.add(new Claim(kind, 1, 1L, 1L, false, claimant, docId, st));
            } else if (out.stream().noneMatch(c -> c.kind().equals("killed")) && ONE_BODY.matcher(st).find()) {
                out.add(new Claim("killed", 1, 1L, 1L, false, claimant, docId, st));
            }
        }
        Matcher m = NAMED_VICTIM.matcher(sentence.text());
        while (m.find()) {
            String word = m.group(4).toLowerCase(Locale.ROOT);
            String kind = word.equals("terluka") || word.equals("luka") || word.equals("kritis") ? "injured" : "killed";
            if (out.stream().noneMatch(c -> c.kind().equals(kind))) {
                out.add(new Claim(kind, 1, 1L, 1L, false, claimant, docId, sentence.text()));
            }
        }
        return out;
    }

    /** Two figures joined as parts of one count: a noun, then "dan", "," or "serta". */
    private static boolean joined(String text, Figure a, Figure b) {
        if (b.quantity().span().start() < a.quantity().span().end()) {
            return false;
        }
        String gap = text.substring(a.quantity().span().end(), b.quantity().span().start());
        String rest = gap.replaceFirst("^\\s*[\\p{L}-]+(\\s+(?!dan\\b|serta\\b)[\\p{L}-]+)?", ""); // the noun, not the "dan" after it
        return gap.length() < 40 && JOIN.matcher(rest).matches();
    }

    private static boolean startsWithSubset(String after) {
        String a = after.toLowerCase(Locale.ROOT).stripLeading();
        return a.startsWith("di antaranya") || a.startsWith("diantaranya") || a.startsWith("dari mereka")
                || a.startsWith("di antara");
    }

    private static boolean looksLikeYear(Quantity q, String after) {
        double v = q.value();
        return v >= 1900 && v <= 2100 && q.span().text().matches("\\d{4}");
    }

    private static String firstWord(String after) {
        Matcher w = WORD.matcher(after);
        return w.find() && w.start() < 3 ? w.group().toLowerCase(Locale.ROOT) : null;
    }

    private String kindOf(String text, Span q, Span sentence, String before) {
        // a verb right before the figure decides first: "menewaskan 22 orang", "menangkap 20 orang"
        String hedgeless = before.replaceFirst("(?i)\\s*(hampir|sekitar|setidaknya|sedikitnya|lebih dari|kurang dari|paling sedikit|"
                + "kira-kira|sebanyak|mencapai|total|sejumlah|tidak kurang dari|sekurang-kurangnya|nyaris|seluruh|semua|sebanyak-banyaknya)\\s*$", "");
        for (String kind : new String[] {"killed", "injured", "captured"}) {
            if (lexicon.endsWith("verb_" + kind, hedgeless)) {
                return kind;
            }
        }
        // "korban tewas (sebanyak|mencapai) 30", "jumlah korban luka 57"
        String tail = hedgeless.length() > 30 ? hedgeless.substring(hedgeless.length() - 30) : hedgeless;
        String tl = tail.toLowerCase(Locale.ROOT);
        if (tl.matches(".*\\b(korban (tewas|jiwa|meninggal)|yang tewas|yang meninggal|tewas|meninggal dunia)\\s*$")) {
            return "killed";
        }
        // "korban jiwa dalam insiden tersebut bertambah menjadi tiga orang", "korban tewas dikabarkan berjumlah 18"
        String wide = text.substring(Math.max(sentence.start(), q.start() - 80), q.start());
        Matcher grown = TOLL.matcher(wide);
        if (grown.find()) {
            return grown.group(1) != null ? "killed" : "injured";
        }
        if (tl.matches(".*\\b(korban luka(-luka)?|yang (terluka|luka-luka)|luka-luka|terluka)\\s*$")) {
            return "injured";
        }
        if (tl.matches(".*\\b(pengungsi|mengungsi)\\s*$")) {
            return "displaced";
        }
        if (tl.matches(".*\\b(ditangkap|diamankan|ditahan)\\s*$")) {
            return "captured";
        }
        // the casualty word after the figure and its noun phrase, before the next figure or clause
        Matcher w = WORD.matcher(text).region(q.end(), sentence.end());
        StringBuilder after = new StringBuilder();
        int n = 0;
        int lastEnd = q.end();
        while (w.find() && n < AFTER_WORDS) {
            String between = text.substring(lastEnd, w.start());
            if (n > 0 && (between.contains(";") || between.contains("(") || between.contains("\"") || between.contains("“"))) {
                break;
            }
            String word = w.group().toLowerCase(Locale.ROOT);
            if (n > 0 && Character.isDigit(word.charAt(0))) {
                break; // the next figure
            }
            after.append(word).append(' ');
            n++;
            lastEnd = w.end();
            if ((word.equals("mengamankan") || word.equals("amankan")) && lexicon.startsWith("secured_thing", text.substring(w.end(),
                    Math.min(sentence.end(), w.end() + 30)))) {
                // "Tiga anggota Polri yang sedang mengamankan pawai obor gugur": securing an event, not taking people
                after.setLength(after.length() - word.length() - 1);
                continue;
            }
            for (String kind : new String[] {"killed", "injured", "captured"}) {
                if (lexicon.any(kind, after)) {
                    return kind;
                }
            }
            if (n >= 2 && (word.equals("dan") || word.equals("serta")) ) {
                break;
            }
        }
        // "4 pengungsi Suriah ditangkap" is a capture; "1.700 warga melarikan diri" a flight
        return lexicon.any("displaced", after) ? "displaced" : null;
    }
}
