package id.pantau.geo;

import id.pantau.nlp.PhraseMatcher;
import id.pantau.nlp.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds and resolves place names in clean text. Candidates come from the {@link Gazetteer};
 * a name shared by several places is resolved by the document's country context (countries
 * named, and the countries of unambiguous places), by nearness to the other places it names,
 * by what the text calls it ("provinsi", "kota", "desa") and by population. Capitalisation is
 * required, so common words that happen to be village names are not taken for places.
 */
public final class Geocoder {
    private static final Pattern REGION_CUE = Pattern.compile("(?i)(provinsi|province|kegubernuran|governorate|wilayah|kabupaten|regency)\\s+$");
    private static final Pattern TOWN_CUE = Pattern.compile("(?i)(kota|desa|kampung|distrik|kecamatan|town|village|city|kamp)\\s+$");
    private static final Pattern NEAR_CUE = Pattern.compile("(?i)(di\\s+)?(sebelah\\s+)?(timur|barat|utara|selatan|timur laut|barat laut|tenggara|barat daya|dekat|pinggiran|luar|sekitar|east of|west of|north of|south of|near)\\s+((kota|desa|provinsi)\\s+)?$");
    private final Gazetteer gazetteer;

    public Geocoder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public static Geocoder standard() {
        return new Geocoder(Gazetteer.standard());
    }

    public List<PlaceMention> find(String text) {
        List<PhraseMatcher.Match> matches = new ArrayList<>();
        for (PhraseMatcher.Match m : gazetteer.matcher().find(text)) {
            String name = ARTICLE.matcher(LEADING_CUE.matcher(m.span().text()).replaceFirst("")).replaceFirst("");
            if (SHORT_CAPS.matcher(m.span().text()).matches()
                    && gazetteer.lookup(m.key()).stream().noneMatch(p -> p.isCountry() || p.isRegion())) {
                continue; // "ARN", "RM": editors' initials and acronyms, not village names
            }
            if (!name.isEmpty() && (Character.isUpperCase(name.codePointAt(0)) || Character.isDigit(name.codePointAt(0)))
                    && !insidePersonOrGroupName(text, m.span()) && !capitalisedOnlyBySentence(text, m, matches)) {
                matches.add(m);
            }
        }
        // country context: countries named, and countries of places with one candidate
        Map<String, Integer> countryVotes = new HashMap<>();
        for (PhraseMatcher.Match m : matches) {
            List<Place> c = gazetteer.lookup(m.key());
            if (c.size() == 1 || c.stream().anyMatch(Place::isCountry)) {
                Place p = c.stream().filter(Place::isCountry).findFirst().orElse(c.get(0));
                countryVotes.merge(p.country(), p.isCountry() ? 2 : 1, Integer::sum);
            }
        }
        List<Place> anchors = new ArrayList<>();
        for (PhraseMatcher.Match m : matches) {
            List<Place> c = gazetteer.lookup(m.key());
            if (c.size() == 1 && !c.get(0).isCountry()) {
                anchors.add(c.get(0));
            }
        }
        List<PlaceMention> out = new ArrayList<>();
        for (PhraseMatcher.Match m : matches) {
            String before = text.substring(Math.max(0, m.span().start() - 40), m.span().start());
            boolean regionCue = REGION_CUE.matcher(before).find();
            boolean townCue = TOWN_CUE.matcher(before).find();
            List<Place> cands = gazetteer.lookup(m.key());
            Place best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Place p : cands) {
                double s = score(p, countryVotes, anchors, regionCue, townCue);
                if (s > bestScore) {
                    bestScore = s;
                    best = p;
                }
            }
            if (best == null) {
                continue;
            }
            int precision = best.isRegion() || best.isCountry() ? 3 : NEAR_CUE.matcher(before).find() ? 2 : 1;
            out.add(new PlaceMention(m.span(), best, precision, cands.size() > 1));
        }
        return containedIn(out, text);
    }

    private static final java.util.Set<String> CUE_WORDS = java.util.Set.of("kota", "desa", "distrik", "kabupaten", "provinsi",
            "kecamatan", "kampung", "pulau", "gunung", "teluk", "jalan", "jl", "terminal", "bandara", "pelabuhan", "kamp",
            "pangkalan", "di", "ke", "dari", "the", "in", "of", "wilayah", "kawasan", "lembah", "sungai", "negeri", "republik",
            "kerajaan", "timur", "barat", "utara", "selatan", "tengah");
    private static final java.util.Set<String> SPEECH = java.util.Set.of("kata", "ujar", "ungkap", "tutur", "tambah",
            "jelas", "said", "says", "menurut", "oleh", "pak", "bu", "bapak", "ibu", "saudara", "tuan", "nyonya", "asal");
    private static final Pattern LEADING_CUE = Pattern.compile("^(desa|kota|kamp|distrik|kabupaten|terminal|sungai|pangkalan udara|pegunungan|provinsi)\\s+");
    /** Between two parts of an address: a comma, an administrative word, up to three unknown names. */
    private static final Pattern ADDRESS_GAP = Pattern.compile("(?i)\\s*,\\s*(((kecamatan|kabupaten|kab\\.|kota|provinsi|distrik|desa|kelurahan)\\s+)?"
            + "(\\p{Lu}[\\p{L}-]*\\s*){1,3},\\s*)?((kecamatan|kabupaten|kab\\.|kota|provinsi|distrik|desa|kelurahan)\\s+)?");
    private static final Pattern ORIGIN = Pattern.compile("\\b(asal|berasal dari|kelahiran)\\s+((kabupaten|kota|provinsi|desa)\\s+)?$");
    private static final Pattern SHORT_CAPS = Pattern.compile("\\p{Lu}{2,4}");
    private static final Pattern ARTICLE = Pattern.compile("^(al|el|ad|as|ar|at|an|ash|az)[-‐ ]", Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> DIRECTIONS = java.util.Set.of("utara", "selatan", "timur", "barat", "tengah",
            "raya", "pusat", "north", "south", "east", "west", "central", "province", "governorate", "city",
            "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "januari", "februari", "maret", "april", "mei",
            "juni", "juli", "agustus", "september", "oktober", "november", "desember", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");

    /**
     * "Mustafa Bali", "Rami Abdel Rahman", "Liwa al-Quds", "Observatory for Human Rights": a name
     * glued to other capitalised words (that are not place cues or directions) is part of a
     * person's or group's name, not a place.
     */
    static boolean insidePersonOrGroupName(String text, Span span) {
        String prev = wordBefore(text, span.start());
        if (prev != null && SPEECH.contains(prev.toLowerCase(Locale.ROOT))) {
            return true; // "kata Bali": a speaker, not a place
        }
        String before = text.substring(Math.max(0, span.start() - 30), span.start()).toLowerCase(Locale.ROOT);
        if (ORIGIN.matcher(before).find()) {
            return true; // "wanita asal Kabupaten Bekasi": where a person comes from, not where it happened
        }
        if (prev != null && Character.isUpperCase(prev.codePointAt(0)) && !CUE_WORDS.contains(prev.toLowerCase(Locale.ROOT))
                && (!sentenceStartBefore(text, span.start() - prev.length() - 2) || ARTICLE.matcher(span.text()).find())) {
            return true; // "Mustafa Bali"; "Liwa al-Quds" even at the start of a sentence
        }
        int i = span.end();
        if (i < text.length() && text.charAt(i) == ' ') {
            int j = i + 1;
            while (j < text.length() && (Character.isLetter(text.charAt(j)))) {
                j++;
            }
            String next = text.substring(i + 1, j);
            if (!next.isEmpty() && Character.isUpperCase(next.codePointAt(0)) && !DIRECTIONS.contains(next.toLowerCase(Locale.ROOT))) {
                return true;
            }
            if ((next.equals("al") || next.equals("el") || next.equals("bin") || next.equals("ibn")) && j < text.length() && text.charAt(j) == '-') {
                return true;
            }
        }
        return false;
    }

    /**
     * "Jadi jangan…", "Nama keduanya…", "Gaya bertahan…": a one-word match at the start of a sentence
     * is capitalised by position only, so it counts only for a well-known place (a capital, a
     * province seat, a region or a country) or one the text also names mid-sentence.
     */
    private boolean capitalisedOnlyBySentence(String text, PhraseMatcher.Match m, List<PhraseMatcher.Match> accepted) {
        if (m.key().contains(" ") || !sentenceStartBefore(text, m.span().start() - 1)) {
            return false;
        }
        for (Place p : gazetteer.lookup(m.key())) {
            String f = p.feature();
            if (f.equals("PPLC") || f.equals("PPLA") || f.equals("ADM1") || f.equals("PCLI") || p.id().startsWith("S")) {
                return false;
            }
        }
        String needle = m.span().text();
        int again = text.indexOf(" " + needle, m.span().end());
        while (again >= 0) {
            if (!sentenceStartBefore(text, again)) {
                return false;
            }
            again = text.indexOf(" " + needle, again + 1);
        }
        return true;
    }

    private static String wordBefore(String text, int start) {
        int e = start - 1;
        if (e < 0 || text.charAt(e) != ' ') {
            return null;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b == e ? null : text.substring(b, e);
    }

    private static boolean sentenceStartBefore(String text, int pos) {
        int k = pos;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k < 0 || ".!?\n\"“(".indexOf(text.charAt(k)) >= 0;
    }

    /**
     * An address written small-to-large ("Tubod, Iligan City", "Kecamatan Ulu, Kabupaten Muaro Jambi"):
     * when the smaller name resolved to a homonym far from the larger place that follows it, the
     * smaller place is unknown to the gazetteer, so the mention stands for "near the larger place".
     */
    private static List<PlaceMention> containedIn(List<PlaceMention> in, String text) {
        List<PlaceMention> out = new ArrayList<>(in);
        for (int i = 0; i + 1 < out.size(); i++) {
            PlaceMention a = out.get(i), b = out.get(i + 1);
            String between = text.substring(a.span().end(), b.span().start());
            if (!ADDRESS_GAP.matcher(between).matches() || b.place().isCountry()) {
                continue;
            }
            boolean inside = a.place().country().equals(b.place().country()) && a.place().admin1().equals(b.place().admin1());
            boolean larger = !inside && (b.place().isRegion() || b.place().population() > a.place().population());
            if (larger && a.place().kmTo(b.place().lat(), b.place().lon()) > 25 && !a.place().isRegion()) {
                out.set(i, new PlaceMention(a.span(), b.place(), b.place().isRegion() ? 3 : 2, true));
            }
        }
        return out;
    }

    private static double score(Place p, Map<String, Integer> votes, List<Place> anchors, boolean regionCue, boolean townCue) {
        double s = Math.log10(p.population() + 10);
        s += switch (p.feature()) {
            case "PCLI" -> 6;
            case "ADM1" -> regionCue ? 8 : 5;
            case "PPLC" -> 4;
            case "PPLA" -> 3;
            case "PPLA2" -> 2;
            case "PPLA3" -> 1;
            default -> p.id().startsWith("S") ? 3 : 0;
        };
        if (townCue && !p.isRegion() && !p.isCountry()) {
            s += 2;
        }
        if (p.country().equals("ID")) {
            s += 1.5; // Pantau reads Indonesian outlets: at equal odds, the Indonesian place
        }
        s += 4 * votes.getOrDefault(p.country(), 0);
        for (Place a : anchors) {
            if (a != p && a.kmTo(p.lat(), p.lon()) < 150) {
                s += 3;
                break;
            }
        }
        return s;
    }
}
