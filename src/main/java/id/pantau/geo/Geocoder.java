package id.pantau.geo;

import id.pantau.nlp.Dateline;
import id.pantau.nlp.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and resolves place names in clean text (geocoder v2).
 *
 * <ol>
 * <li>Candidates: every gazetteer name in the text ({@link Gazetteer#match}) that is written as a
 * name (capitalised, or an Arabic article before a capital), longest first, without overlaps.</li>
 * <li>Guards, from the words around the name: a person's title or an unknown capitalised word
 * before it ("Mustafa Bali"), a street ("Jalan Bandung"), a name the name finder reads as a person,
 * an everyday word ("Natal", "Anda") without a cue, an unknown capitalised word after it
 * ("Manchester United") make it no place or an organisation's.</li>
 * <li>Resolution: each entry carrying the name is scored by its kind and size, the cue before it
 * ("desa", "kecamatan", "kabupaten", "kota", "provinsi"), the countries the document speaks of, the
 * other places of an address it stands in ("desa X, kecamatan Y, kabupaten Z": the village inside
 * those parents) and nearness to the document's other places. Small places abroad need the
 * country in the document.</li>
 * <li>Roles: where somebody spoke, comes from or was taken, an organisation's name and the
 * dateline are marked, so only real places of happenings are offered as event places; a name
 * after "N km utara" or "di sebelah timur" is near the place (precision 2).</li>
 * </ol>
 */
public final class Geocoder {
    private static final Pattern ARTICLE = Pattern.compile("^(al|el|ad|as|ar|at|an|ash|az|ath)[-‐ ]\\p{Lu}");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,5}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’.-]*");
    /** The parts between two names of one address: a comma, a cue word, and a neighbourhood's numbers ("RT 02 / 01,"). */
    private static final Pattern ADDRESS_GAP = Pattern.compile("\\s*[,(/]?\\s*(?:(?:rt|rw)\\.?\\s*\\d{1,3}\\s*(?:/\\s*(?:rw\\.?\\s*)?\\d{1,3}\\s*)?,\\s*)?((?:(?:kecamatan|kec\\.|kabupaten|kab\\.|kota|provinsi|propinsi"
            + "|distrik|desa|kelurahan|kampung|province|district|governorate|regency|state|negara bagian|pulau)\\s+)?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DISTANCE_NEAR = Pattern.compile("(?i)(\\d+([.,]\\d+)?|se(puluh|ratus)|\\p{L}+ puluh)\\s*(km|kilometer|mil|miles)"
            + "\\s+(ke\\s+)?(arah\\s+)?(sebelah\\s+)?(utara|selatan|timur|barat|timur laut|barat laut|tenggara|barat daya|north|south|east|west)"
            + "(\\s+(dari|of))?\\s+((kota|desa|provinsi|ibu kota|ibukota)\\s+)?$");
    private static final Set<String> DATE_WORDS = Set.of("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
            "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november",
            "desember", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "pukul", "wib", "wita", "wit");
    private static final double ACCEPT = 4.0;
    private static final Set<String> TITLE_WORDS = Set.of("juru", "bicara", "kepala", "wakil", "ketua", "pejabat", "komandan",
            "direktur", "menteri", "gubernur", "panglima", "humas", "bagian", "divisi", "penerangan", "umum", "seorang", "salah",
            "satu", "saat", "ketika", "usai", "setelah", "dalam", "kepada", "para", "wartawan", "media", "pers", "sela", "acara",
            "kegiatan", "kunjungan", "rapat", "pertemuan", "konferensi", "jumpa", "keterangan", "resmi", "tertulis", "dan", "of");
    /** A named armed group and "dari" right before a country: "kelompok Hizbullah dari Libanon". */
    private static final Pattern GROUP_FROM = Pattern.compile("\\b(?i:kelompok|milisi|pejuang|militan|gerilyawan|relawan|pasukan|tentara)"
            + "\\s+(\\p{Lu}[\\p{L}'’-]*\\s+){1,3}dari\\s+$");
    private static final Pattern CUE_GAP = Pattern.compile("(?i)\\b(kecamatan|kec\\.|kabupaten|kab\\.|distrik|provinsi|propinsi|kelurahan|desa)\\s*$");

    private final Gazetteer gazetteer;
    private final PlaceWords words = PlaceWords.standard();

    private static final java.util.regex.Pattern AGE_AFTER = java.util.regex.Pattern.compile("\\s*\\(\\d{1,2}(?:\\s*th|\\s*tahun)?\\)");

    /** What the caller knows of the document: countries it speaks of (from actors) and person names. */
    public record Hints(Map<String, Double> countries, List<Span> persons) {
        public static final Hints NONE = new Hints(Map.of(), List.of());
        static final java.util.function.UnaryOperator<Hints> NONE_PERSONS = h -> new Hints(h.countries(), List.of());
    }

    public Geocoder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public static Geocoder standard() {
        return new Geocoder(Gazetteer.standard());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** A name kept after the guards, with what its context says. */
    private static final class Cand {
        final Span span;
        final String key;
        final int[] places;
        String cue;          // cue role before (or at the start of) the name
        boolean facility;    // "Pasar Tentena": a facility in the place
        boolean airfield;    // "Bandara Sentani", "Lanud"
        boolean common;      // an everyday word
        PlaceMention.Role role = PlaceMention.Role.PLACE;
        double[] score;
        int best = -1;
        int within = -1;     // index of the larger place of the same address
        boolean chained;
        int fallback = -1;   // the larger place of the address, when the smaller one is unknown
        String votedFor;     // the country this name itself votes for, which must not rescue its own reading
        double voteWeight;

        Cand(Span span, String key, int[] places) {
            this.span = span;
            this.key = key;
            this.places = places;
        }
    }

    public List<PlaceMention> find(String text) {
        return find(text, Hints.NONE);
    }

    public List<PlaceMention> find(String text, Hints hints) {
        List<Cand> cands = select(text, gazetteer.match(text), hints);
        if (cands.isEmpty()) {
            return List.of();
        }
        Map<String, Double> votes = countryVotes(cands, hints);
        if (Boolean.getBoolean("pantau.geo.debug")) {
            System.err.println("geo votes " + votes);
        }
        for (Cand c : cands) {
            c.score = new double[c.places.length];
            for (int k = 0; k < c.places.length; k++) {
                c.score[k] = score(c, c.places[k], votes);
            }
        }
        chains(text, cands);
        for (Cand c : cands) {
            String justBefore = text.substring(Math.max(0, c.span.start() - 4), c.span.start()).toLowerCase(Locale.ROOT);
            if (c.common && c.cue == null && !c.chained && justBefore.matches(".*\\b(di|ke|dari) $")) {
                for (int k = 0; k < c.places.length; k++) {
                    c.score[k] -= 2; // "di Kaya": a capitalised word after "di" is most likely the place of that name
                }
                continue;
            }
            if (c.common && c.cue == null && !c.chained) {
                // "Dalam", "Negara", "Kim": an everyday word or a given name; a big city ("Medan", "Palu") still stands
                for (int k = 0; k < c.places.length; k++) {
                    PlaceKind kind = gazetteer.kind(c.places[k]);
                    boolean voted = votes.getOrDefault(gazetteer.countryOf(c.places[k]), 0.0) > 0;
                    boolean big = kind == PlaceKind.COUNTRY || voted && (kind == PlaceKind.ADMIN1 || kind == PlaceKind.ISLAND
                            || kind == PlaceKind.TOWN && gazetteer.population(c.places[k]) >= 100_000);
                    c.score[k] -= big ? 3 : 20;
                }
            }
        }
        nearness(cands);
        roles(text, cands);
        oneSensePerArticle(cands);
        List<PlaceMention> out = new ArrayList<>();
        Map<Cand, Integer> index = new HashMap<>();
        for (Cand c : cands) {
            int b = argmax(c.score);
            if (c.fallback >= 0) {
                Place big = gazetteer.place(c.fallback);
                out.add(new PlaceMention(c.span, big, Math.max(2, big.kind().precision()), true, c.role, -1));
                index.put(c, out.size() - 1);
                continue;
            }
            if (b < 0 || c.score[b] < ACCEPT) {
                continue;
            }
            c.best = c.places[b];
            if (gazetteer.kind(c.best) == PlaceKind.ADMIN1 && !"cue_province".equals(c.cue)) {
                for (int p : c.places) { // "Damaskus", "Baghdad": the city, not the governorate around it
                    if (gazetteer.kind(p) == PlaceKind.TOWN && gazetteer.population(p) >= 50_000 && gazetteer.km(p, c.best) < 100) {
                        c.best = p;
                        break;
                    }
                }
            }
            index.put(c, out.size());
            Place p = gazetteer.place(c.best);
            int precision = p.kind().precision();
            String before = text.substring(Math.max(0, c.span.start() - 60), c.span.start());
            if (precision < 2 && (DISTANCE_NEAR.matcher(before).find() || nearCue(before))) {
                precision = 2;
            }
            out.add(new PlaceMention(c.span, p, precision, ambiguous(c), c.role, -1));
        }
        // link each address part to the larger part named after it
        for (Cand c : cands) {
            Integer i = index.get(c);
            if (i != null && c.within >= 0 && index.containsKey(cands.get(c.within))) {
                PlaceMention m = out.get(i);
                out.set(i, new PlaceMention(m.span(), m.place(), m.precision(), m.ambiguous(), m.role(), index.get(cands.get(c.within))));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- candidates and guards

    private List<Cand> select(String text, List<Gazetteer.NameMatch> raw, Hints hints) {
        List<Gazetteer.NameMatch> sorted = new ArrayList<>(raw);
        sorted.sort(Comparator.comparingInt((Gazetteer.NameMatch m) -> m.span().end() - m.span().start()).reversed()
                .thenComparingInt(m -> m.span().start()));
        List<Cand> kept = new ArrayList<>();
        Map<Integer, int[]> starts = new java.util.HashMap<>(), ends = new java.util.HashMap<>();
        for (Gazetteer.NameMatch m : raw) {
            if (capitalised(m.span().text())) {
                starts.merge(m.span().start(), m.candidates(), Geocoder::union);
                ends.merge(m.span().end(), m.candidates(), Geocoder::union);
            }
        }
        java.util.Set<String> nisbas = nisbas(text);
        // names the article also writes after "di", "kota", "desa"...: a place there, so a place everywhere
        java.util.Set<String> placeKeys = new java.util.HashSet<>();
        for (Gazetteer.NameMatch m : raw) {
            String before = text.substring(Math.max(0, m.span().start() - 12), m.span().start()).toLowerCase(Locale.ROOT);
            if (before.matches(".*\\b(di|ke|dari|kota|desa|kampung|provinsi|kabupaten|distrik|kecamatan)\\s+$")) {
                placeKeys.add(m.key());
            }
        }
        for (Gazetteer.NameMatch found : sorted) {
            Gazetteer.NameMatch m = withoutArticle(found, raw);
            if (kept.stream().anyMatch(k -> k.span.overlaps(m.span()))) {
                continue;
            }
            Cand c = screen(text, m, placeKeys.contains(m.key()) ? Hints.NONE_PERSONS.apply(hints) : hints, starts, ends, nisbas);
            if (c != null) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(c -> c.span.start()));
        return kept;
    }

    /**
     * "Al-Balad", "al-Qaim": a name written with the Arabic article also stands for the places the gazetteer knows without
     * it (the Iraqi town Balad beside the villages named Al Balad).
     */
    private static Gazetteer.NameMatch withoutArticle(Gazetteer.NameMatch m, List<Gazetteer.NameMatch> raw) {
        if (!JOINED_ARTICLE.matcher(m.span().text()).lookingAt()) {
            return m;
        }
        for (Gazetteer.NameMatch n : raw) {
            if (n.span().end() == m.span().end() && n.span().start() > m.span().start()
                    && JOINED_ARTICLE.matcher(m.span().text()).replaceFirst("").equalsIgnoreCase(n.span().text())) {
                return new Gazetteer.NameMatch(m.span(), m.key(), union(m.candidates(), n.candidates()));
            }
        }
        return m;
    }

    private static final Pattern JOINED_ARTICLE = Pattern.compile("(?i)^(al|el)-");

    private boolean hasKind(int[] places, PlaceKind... kinds) {
        for (int p : places) {
            for (PlaceKind k : kinds) {
                if (gazetteer.kind(p) == k) {
                    return true;
                }
            }
        }
        return false;
    }

    private int maxPopulation(int[] places) {
        int m = 0;
        for (int p : places) {
            m = Math.max(m, gazetteer.population(p));
        }
        return m;
    }

    /** Applies the guards to one name; null when it is no place. */
    private Cand screen(String text, Gazetteer.NameMatch m, Hints hints, Map<Integer, int[]> starts, Map<Integer, int[]> ends,
                        java.util.Set<String> nisbas) {
        String t = m.span().text();
        boolean major = hasKind(m.candidates(), PlaceKind.COUNTRY, PlaceKind.ADMIN1);
        if (!capitalised(t)) {
            return null;
        }
        if (ACRONYM.matcher(t).matches() && !words.is("acronym", t)) {
            return null; // "ARN", "RM", "SANA": initials and acronyms, not place names
        }
        Cand c = new Cand(m.span(), m.key(), m.candidates());
        List<String> inside = wordsOf(t);
        String first = inside.isEmpty() ? "" : inside.get(0).toLowerCase(Locale.ROOT);
        String cueInside = cueOf(first);
        if (cueInside != null && inside.size() > 1) {
            c.cue = cueInside;
        }
        String prev = wordBefore(text, m.span().start());
        if (prev != null && (words.is("speech", prev) || words.is("person_title", prev))) {
            return null; // "kata Bali", "pak Jayapura": a person's name
        }
        if (words.is("world_region", t) || words.is("stopword", t) || !t.contains(" ") && words.is("facility", t)) {
            return null; // "Asia", "Timur Tengah": no event place; "Pangkalan Udara", "Pasar": the start of a facility's name
        }
        String lowBefore = text.substring(Math.max(0, m.span().start() - 40), m.span().start());
        if (!major && words.endsWith("named_thing", lowBefore) != null) {
            return null; // "rudal Tomahawk", "Operasi Tinombala": a weapon's, craft's or operation's name
        }
        if (!hasKind(m.candidates(), PlaceKind.COUNTRY) && (words.endsWith("media", lowBefore) != null
                || words.endsWith("media", lowBefore.stripTrailing().replaceAll("[\\p{L}-]+$", "")) != null)) {
            c.role = PlaceMention.Role.ORGANISATION; // "stasiun TV pan-Arab Al-Mayadeen", "harian Kompas"
        }
                if (!major && AGE_AFTER.matcher(text).region(m.span().end(), Math.min(text.length(), m.span().end() + 14)).lookingAt()) {
            return null; // "Emanuel (40) dan Teodorus": a name followed by an age is a person's
        }
        String lowerBefore = text.substring(Math.max(0, m.span().start() - 40), m.span().start());
        if (c.cue == null) {
            for (String role : List.of("cue_village", "cue_district", "cue_regency", "cue_city", "cue_province", "cue_island",
                    "cue_landmark")) {
                if (words.endsWith(role, lowerBefore) != null) {
                    c.cue = role; // "Kota Kecil Khan Sheikhoun", "Kabupaten Nduga": the cue, not a person's name
                    break;
                }
            }
        }
        if (c.cue != null) {
            String cueWord = words.endsWith(c.cue, lowerBefore);
            String rest = lowerBefore.toLowerCase(Locale.ROOT).stripTrailing();
            if (cueWord != null && rest.endsWith(cueWord)) {
                rest = rest.substring(0, rest.length() - cueWord.length()).stripTrailing();
                String last = rest.replaceAll("^.*[^\\p{L}.]", "").replace(".", "");
                if (words.is("street", last)) {
                    return null; // "Jalan Kampung Pesanggrahan": a street named after a place, not the place
                }
            }
        }
        // the capitalised run before the name (same sentence), nearest word first
        List<String> pre = c.cue != null ? List.of() : capitalisedBefore(text, m.span().start());
        if (c.cue != null && !major) {
            // "Komando Gabungan Wilayah Pertahanan": a cue inside an organisation's name
            int cueAt = m.span().start() - (lowerBefore.length() - lowerBefore.stripTrailing().length());
            List<String> run = capitalisedBefore(text, Math.max(0, text.lastIndexOf(' ', Math.max(0, cueAt - 2)) + 1));
            if (run.stream().anyMatch(w -> words.is("organisation", w.toLowerCase(Locale.ROOT).replace(".", "")))
                    && Character.isUpperCase(text.charAt(Math.max(0, text.lastIndexOf(' ', Math.max(0, cueAt - 2)) + 1)))) {
                c.role = PlaceMention.Role.ORGANISATION;
            }
        }
        int[] namedBefore = ends.get(m.span().start() - 1);
        if (namedBefore != null && !pre.isEmpty() && inside(namedBefore, m.candidates())) {
            pre = List.of(); // "Lahad Datu Sabah": a place inside this one ends right before, an address without commas
        }
        for (int i = 0; i < pre.size(); i++) {
            String w = pre.get(i).toLowerCase(Locale.ROOT).replace(".", "");
            if (words.is("person_title", w) || i == 0 && words.is("speech", w)) {
                return null; // "Kombes Jayapura", "kata Bali": a person's name
            }
            if (words.is("suffix", w) && cueOf(w) == null && !words.is("facility", w)) {
                break; // "Utara Hama", "Barat Daya Aleppo": a direction before the name
            }
            if (words.is("street", w)) {
                return null;
            }
            if (words.is("organisation", w)) {
                c.role = PlaceMention.Role.ORGANISATION;
                break;
            }
            if (words.is("hospital", w)) {
                c.role = PlaceMention.Role.DESTINATION;
                break;
            }
            if (words.is("facility", w)) {
                c.facility = true;
                c.airfield = Set.of("bandara", "lanud", "pangkalan", "airport", "bandar").contains(w);
                break;
            }
            String cue = cueOf(w);
            if (cue != null) {
                if (c.cue == null) {
                    c.cue = cue;
                }
                break;
            }
            if (i == 0 && ends.containsKey(m.span().start() - 1) && cueBeforeName(text, m.span().start() - 1, pre.get(0))) {
                break; // "Kecamatan Nisam Antara Aceh Utara": the end of another place name, an address without commas
            }
            if (i == 0 && !DATE_WORDS.contains(w)) {
                boolean positional = sentenceStartBefore(text, m.span().start() - pre.get(0).length() - 2)
                        && (lowerElsewhere(text, w) || words.isCommon(w));
                if (!positional && !major) {
                    return null; // "Mustafa Bali", "Abu Fatir": part of a person's or group's name
                }
                if (!positional) {
                    c.role = PlaceMention.Role.ORGANISATION;
                }
                break;
            }
        }
        if (c.cue == null) {
            for (String role : List.of("cue_village", "cue_district", "cue_regency", "cue_city", "cue_province", "cue_island",
                    "cue_landmark")) {
                if (words.endsWith(role, lowerBefore) != null) {
                    c.cue = role;
                    break;
                }
            }
        }
        if (!c.facility && words.endsWith("facility", lowerBefore) != null) {
            c.facility = true;
        }
        if (words.endsWith("street", lowerBefore) != null) {
            return null;
        }
        String next = nextWord(text, m.span().end());
        if (!major && !t.contains(" ") && c.cue == null && personDeed(text, m.span().end())
                && (prev == null || !words.is("place_before", prev) && !words.is("nationality", prev) && !words.is("facility", prev))) {
            return null; // "Baghdadi dikabarkan terbunuh": places do not die or get arrested; a person does
        }
        if (!major && !t.contains(" ") && c.cue == null && nisbas.contains(t)
                && (prev == null || !words.is("place_before", prev) && !words.is("facility", prev))) {
            return null; // "Abu Bakr al-Baghdadi ... Nasib Baghdadi sendiri": the man's name, not the Iraqi town
        }
        if (next != null && words.is("speech", next) && !t.contains(" ")) {
            c.role = PlaceMention.Role.ORGANISATION; // "Bali mengatakan", "Indonesia menyatakan": a speaker
        }
        // the capitalised run after the name
        List<String> post = capitalisedAfter(text, m.span().end());
        if (!post.isEmpty()) {
            String w = post.get(0).toLowerCase(Locale.ROOT);
            boolean ok = words.is("suffix", w) || DATE_WORDS.contains(w) || words.is("facility", w) || cueOf(w) != null
                    || c.cue != null && starts.containsKey(m.span().end() + 1) // "Kecamatan X Aceh Utara": an address without commas
                    || starts.containsKey(m.span().end() + 1) && inside(m.candidates(), starts.get(m.span().end() + 1)); // "Lahad Datu Sabah"
            if (!ok) {
                if (!major && maxPopulation(m.candidates()) < 1_000_000) {
                    return null; // "Bali Nine", "Soylu Ahmet": a longer name the gazetteer does not know
                }
                c.role = PlaceMention.Role.ORGANISATION; // "Manchester United", "Jakarta Post"
            }
        }
        if (!major && c.cue == null) {
            for (Span p : hints.persons()) {
                if (p.overlaps(m.span()) && !p.equals(m.span())) {
                    return null; // the name finder reads it as part of a person's name ("Allen", "Soylu")
                }
            }
        }
        // "Jadi jangan…", "Nama keduanya…": one word at the start of a sentence is capitalised by position
        if (!t.contains(" ") && sentenceStartBefore(text, m.span().start() - 1) && !major && c.cue == null
                && lowerElsewhere(text, t.toLowerCase(Locale.ROOT))) {
            return null;
        }
        c.common = words.isCommon(m.key()) || allPersonTokens(m.key());
        boolean country = hasKind(m.candidates(), PlaceKind.COUNTRY);
        if (c.common && c.cue == null && !country && sentenceStartBefore(text, m.span().start() - 1) && !t.contains(" ")) {
            return null; // "Maka", "Namun", "Sementara": capitalised by position
        }
        return c;
    }

    /** A person's name with an "al-" part: "Abu Bakr al-Baghdadi", "Abu Bakr al - Baghdadi" (group 1: "Baghdadi"). */
    private static final Pattern NISBA = Pattern.compile("\\p{Lu}\\p{L}+\\s+(?:al|el)\\s*[-‐]\\s*(\\p{L}+)(?![\\p{L}-])");

    /** The words the text uses as the "al-" part of a person's name. */
    private static java.util.Set<String> nisbas(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        Matcher m = NISBA.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static int[] union(int[] a, int[] b) {
        return java.util.stream.IntStream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b)).distinct().toArray();
    }

    /** Some place of {@code inner} lies in some place of {@code outer}. */
    private boolean inside(int[] inner, int[] outer) {
        for (int a : inner) {
            for (int b : outer) {
                if (a != b && gazetteer.within(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A cue word ("kecamatan", "desa") stands before the place name that ends at {@code end}. */
    private boolean cueBeforeName(String text, int end, String lastWord) {
        int from = Math.max(0, end - lastWord.length() - 40);
        String before = text.substring(from, end).toLowerCase(Locale.ROOT);
        for (String role : List.of("cue_village", "cue_district", "cue_regency", "cue_city", "cue_province")) {
            for (String w : before.split("[^\\p{L}.]+")) {
                if (words.is(role, w.replace(".", ""))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Abdul Jabbar": every word a given name. */
    private boolean allPersonTokens(String key) {
        if (!key.contains(" ")) {
            return false;
        }
        for (String w : key.split(" ")) {
            if (!words.isPersonToken(w)) {
                return false;
            }
        }
        return true;
    }

    private String cueOf(String w) {
        for (String role : List.of("cue_village", "cue_district", "cue_regency", "cue_city", "cue_province", "cue_island",
                "cue_landmark")) {
            if (words.is(role, w)) {
                return role;
            }
        }
        return null;
    }

    private static boolean capitalised(String t) {
        if (t.isEmpty()) {
            return false;
        }
        if (ARTICLE.matcher(t).find()) {
            return true;
        }
        char c0 = t.charAt(0);
        if (!Character.isUpperCase(c0) && !Character.isDigit(c0)) {
            return false;
        }
        for (String w : wordsOf(t)) {
            if (w.length() >= 4 && Character.isLowerCase(w.charAt(0))) {
                return false; // "Pondok gede": a capitalised word glued to ordinary ones
            }
        }
        return true;
    }

    private static List<String> wordsOf(String t) {
        List<String> out = new ArrayList<>();
        Matcher w = WORD.matcher(t);
        while (w.find()) {
            out.add(w.group());
        }
        return out;
    }

    /** Capitalised words right before {@code pos}, nearest first, within the sentence. */
    private static List<String> capitalisedBefore(String text, int pos) {
        List<String> out = new ArrayList<>();
        int i = pos;
        while (out.size() < 4) {
            int e = i;
            while (e > 0 && text.charAt(e - 1) == ' ') {
                e--;
            }
            if (e == i || e == 0) {
                break;
            }
            if (text.charAt(e - 1) == '.' && (e - 5 < 0 || Character.isLetter(text.charAt(e - 5)))) {
                break; // "Pegunungan. Dari": a full stop ends the sentence (only "Kab.", "Jl." are inside a name)
            }
            int b = e;
            while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.' && b == e)) {
                b--;
            }
            if (b == e || !Character.isUpperCase(text.charAt(b))) {
                break;
            }
            out.add(text.substring(b, e));
            i = b;
        }
        return out;
    }

    private static String wordBefore(String text, int start) {
        int e = start - 1;
        if (e < 1 || text.charAt(e) != ' ') {
            return null;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b == e ? null : text.substring(b, e).toLowerCase(Locale.ROOT);
    }

    /** Whether a person's deed follows, after any hedges: "dikabarkan terbunuh", "ditangkap". */
    private boolean personDeed(String text, int end) {
        int pos = end;
        for (int k = 0; k < 3; k++) {
            String w = nextWord(text, pos);
            if (w == null) {
                return false;
            }
            if (words.is("person_deed", w)) {
                return true;
            }
            if (!words.is("hedge", w)) {
                return false;
            }
            pos += 1 + w.length();
        }
        return false;
    }

    private static String nextWord(String text, int pos) {
        if (pos >= text.length() || text.charAt(pos) != ' ') {
            return null;
        }
        int e = pos + 1;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e == pos + 1 ? null : text.substring(pos + 1, e).toLowerCase(Locale.ROOT);
    }

    private static List<String> capitalisedAfter(String text, int pos) {
        List<String> out = new ArrayList<>();
        int i = pos;
        while (out.size() < 3 && i < text.length() && text.charAt(i) == ' ') {
            int b = i + 1;
            int e = b;
            while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-' && e > b)) {
                e++;
            }
            if (e == b || !Character.isUpperCase(text.charAt(b)) && !ARTICLE.matcher(text.substring(b, e)).find()) {
                break;
            }
            out.add(text.substring(b, e));
            i = e;
        }
        return out;
    }

    private static boolean sentenceStartBefore(String text, int pos) {
        int k = pos;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k < 0 || ".!?\n\"“(:-–—".indexOf(text.charAt(k)) >= 0;
    }

    /** The word also appears in lower case in the text: an ordinary word, capitalised by position. */
    private static boolean lowerElsewhere(String text, String lower) {
        if (lower.length() < 2) {
            return false;
        }
        int i = text.indexOf(lower);
        while (i >= 0) {
            boolean left = i == 0 || !Character.isLetter(text.charAt(i - 1));
            boolean right = i + lower.length() >= text.length() || !Character.isLetter(text.charAt(i + lower.length()));
            if (left && right) {
                return true;
            }
            i = text.indexOf(lower, i + 1);
        }
        return false;
    }

    // ---------------------------------------------------------------- resolution

    /** Countries the document speaks of: named countries, unambiguous places, the caller's hints. */
    private Map<String, Double> countryVotes(List<Cand> cands, Hints hints) {
        Map<String, Double> v = new HashMap<>(hints.countries());
        v.merge("ID", 1.0, Double::sum); // Pantau reads Indonesian news: Indonesia is always a country it speaks of
        for (Cand c : cands) {
            if (c.role == PlaceMention.Role.ORGANISATION && !hasKind(c.places, PlaceKind.COUNTRY)) {
                continue;
            }
            String country = null;
            double w = 0;
            for (int p : c.places) {
                PlaceKind k = gazetteer.kind(p);
                if (k == PlaceKind.COUNTRY) {
                    country = gazetteer.countryOf(p);
                    // "pasukan AS", "pemerintah Inggris": a country named as an actor says less than "di Inggris"
                    w = c.role == PlaceMention.Role.ORGANISATION ? 0 : 2;
                    break;
                }
            }
            if (country == null && !c.common) {
                // one country among the bigger candidates (regions, regencies, towns of 20,000+)
                String only = null;
                boolean single = true, primary = false;
                for (int p : c.places) {
                    PlaceKind k = gazetteer.kind(p);
                    boolean big = k == PlaceKind.ADMIN1 || k == PlaceKind.ADMIN2 && gazetteer.countryOf(p).equals("ID")
                            || k == PlaceKind.TOWN && gazetteer.population(p) >= 20_000;
                    if (!big) {
                        continue;
                    }
                    String cc = gazetteer.countryOf(p);
                    primary |= gazetteer.primaryKey(p).equals(c.key);
                    if (only == null) {
                        only = cc;
                    } else if (!only.equals(cc)) {
                        single = false;
                    }
                }
                if (only != null && single) {
                    country = only;
                    w = 1;
                    if (!primary) {
                        // "Banti", another name of Baní: an alternate name alone does not make the article Dominican
                        c.votedFor = country;
                        c.voteWeight = w;
                    }
                }
            }
            if (country != null) {
                v.merge(country, w, Double::sum);
            }
        }
        return v;
    }

    private double score(Cand c, int p, Map<String, Double> votes) {
        PlaceKind k = gazetteer.kind(p);
        int pop = gazetteer.population(p);
        String cc = gazetteer.countryOf(p);
        double vote = votes.getOrDefault(cc, 0.0) - (cc.equals(c.votedFor) ? c.voteWeight : 0);
        double s = switch (k) {
            case COUNTRY -> 11;
            case ADMIN1 -> vote > 0 || cc.equals("ID") ? 7 : 4.5;
            case ADMIN2 -> cc.equals("ID") ? 5 : 3.5;
            case ADMIN3 -> 3;
            case TOWN -> 1.5 + 1.2 * Math.log10(pop + 1);
            case QUARTER -> 1 + Math.min(4, Math.log10(pop + 1));
            case VILLAGE -> 1;
            case AIRPORT -> 1.5;
            case LANDMARK -> 5;
            case ISLAND -> 6;
        };
        if (c.cue != null) {
            boolean fits = switch (c.cue) {
                case "cue_village" -> k == PlaceKind.VILLAGE || k == PlaceKind.TOWN || k == PlaceKind.QUARTER;
                case "cue_district" -> k == PlaceKind.ADMIN3 || k == PlaceKind.ADMIN2 && !cc.equals("ID") || k == PlaceKind.TOWN;
                case "cue_regency" -> k == PlaceKind.ADMIN2;
                case "cue_city" -> k == PlaceKind.TOWN || k == PlaceKind.ADMIN2 || k == PlaceKind.QUARTER;
                case "cue_province" -> k == PlaceKind.ADMIN1;
                case "cue_island", "cue_landmark" -> k == PlaceKind.LANDMARK || k == PlaceKind.ISLAND || k == PlaceKind.TOWN
                        || k == PlaceKind.VILLAGE || k == PlaceKind.ADMIN2;
                default -> false;
            };
            s += fits ? 5 : -2;
        }
        boolean primary = gazetteer.primaryKey(p).equals(c.key);
        if (primary) {
            s += 1.5; // "Manchester" is Manchester, not Richmond (Virginia), once called Manchester
        }
        if (c.airfield && k == PlaceKind.AIRPORT) {
            s += 4;
        }
        boolean small = k == PlaceKind.VILLAGE || k == PlaceKind.ADMIN3 || k == PlaceKind.QUARTER || k == PlaceKind.AIRPORT
                || k == PlaceKind.TOWN && pop < (vote > 0 ? 20_000 : 150_000) || k == PlaceKind.ADMIN2 && !cc.equals("ID");
        if (vote > 0) {
            // the country of the article rescues small places; big ones stand alone; a small place does not
            // beat a homonym twenty times its size ("Manchester", Missouri, against Manchester)
            boolean dwarfed = maxPopulation(c.places) >= Math.max(300_000, 20L * pop);
            // a small place called so only by another name, where the name is a place's own in the same country
            // ("Sabah": the state, not Sabak Bernam), is rescued less
            boolean othersName = !primary && java.util.Arrays.stream(c.places).anyMatch(o -> o != p
                    && gazetteer.countryOf(o).equals(cc) && gazetteer.primaryKey(o).equals(c.key));
            s += small ? (dwarfed ? 1 : othersName ? 1.5 : 3) : 1;
        } else if (small && !(cc.equals("ID") && c.cue != null)) {
            s -= primary ? 5 : 7; // a small place abroad needs its country in the document, more so under another name
        }
        if (k == PlaceKind.VILLAGE && c.cue == null) {
            s -= 5; // one of 80,000 village names, without "desa" or an address around it
        }
        if (cc.equals("ID")) {
            s += 1; // Pantau reads Indonesian outlets: at equal odds, the Indonesian place
        }
        return s;
    }

    /** Addresses: "X, Y, Z" or "desa X kecamatan Y" where each part lies inside the next. */
    private void chains(String text, List<Cand> cands) {
        // from the largest part back: each part is read knowing how the larger part after it was read
        for (int i = cands.size() - 2; i >= 0; i--) {
            Cand a = cands.get(i), b = cands.get(i + 1);
            String gap = text.substring(a.span.end(), b.span.start());
            if (gap.length() > 40 || !ADDRESS_GAP.matcher(gap).matches()) {
                continue;
            }
            boolean any = false;
            boolean[] fitsA = new boolean[a.places.length];
            double bTop = b.score[argmax(b.score)];
            // a reading the gazetteer files under the larger place beats one that is merely near it ("Desa Ketapang,
            // Kabupaten Sampang": the Ketapang of Sampang, not the village of that name 69 km away in Sidoarjo)
            boolean filed = false;
            for (int x = 0; x < a.places.length && !filed; x++) {
                for (int y = 0; y < b.places.length; y++) {
                    if (b.score[y] >= bTop - 3 && a.places[x] != b.places[y] && gazetteer.within(a.places[x], b.places[y])) {
                        filed = true;
                        break;
                    }
                }
            }
            for (int x = 0; x < a.places.length; x++) {
                for (int y = 0; y < b.places.length; y++) {
                    // only the likely readings of the larger part count: an obscure homonym pair far from both
                    // ("Sinak, Baghdad" as two Afghan hamlets) is no address
                    if (b.score[y] >= bTop - 3 && a.places[x] != b.places[y]
                            && (filed ? gazetteer.within(a.places[x], b.places[y]) : inside(a.places[x], b.places[y]))) {
                        if (!fitsA[x]) {
                            a.score[x] += gazetteer.kind(a.places[x]) == PlaceKind.VILLAGE ? 11 : 6;
                        }
                        fitsA[x] = true;
                        b.score[y] += 4;
                        any = true;
                    }
                }
            }
            if (any) {
                for (int x = 0; x < a.places.length; x++) {
                    if (!fitsA[x]) {
                        a.score[x] -= 10; // a reading outside the larger place the address names
                    }
                }
            }
            if (any) {
                a.chained = true;
                a.within = i + 1;
                if (b.role == PlaceMention.Role.PLACE) {
                    b.role = PlaceMention.Role.CONTEXT;
                }
            } else {
                fallBackToLarger(a, b);
                if (CUE_GAP.matcher(gap).find()) {
                    a.within = i + 1; // "Desa X, Kecamatan Y, Kabupaten Z": one address, even where the data disagree
                    if (b.role == PlaceMention.Role.PLACE) {
                        b.role = PlaceMention.Role.CONTEXT;
                    }
                }
            }
        }
    }

    /**
     * "Jembatan Sinak, Baghdad", "Tubod, Iligan City": when no reading of the smaller name lies in the
     * larger place named after it, the gazetteer lacks the smaller place (its readings are homonyms
     * elsewhere), so the mention stands for "near the larger place".
     */
    private void fallBackToLarger(Cand a, Cand b) {
        int bb = argmax(b.score), ab = argmax(a.score);
        if (bb < 0 || ab < 0 || b.score[bb] < ACCEPT) {
            return;
        }
        int big = b.places[bb];
        PlaceKind k = gazetteer.kind(big);
        // "Kampung Cabang Empat, RT 02/01, Hurip Jaya, Kecamatan Babelan": an Indonesian village or district named
        // next in the address stands for a hamlet the gazetteer lacks, rather than a homonym in another province
        boolean addressPart = (k == PlaceKind.VILLAGE || k == PlaceKind.ADMIN3) && gazetteer.countryOf(big).equals("ID");
        boolean larger = k == PlaceKind.ADMIN1 || k == PlaceKind.ADMIN2 || k == PlaceKind.ISLAND || addressPart
                || k == PlaceKind.TOWN && gazetteer.population(big) >= Math.max(20_000, 2L * gazetteer.population(a.places[ab]));
        for (int p : a.places) {
            PlaceKind kp = gazetteer.kind(p);
            boolean tiny = kp == PlaceKind.VILLAGE || kp == PlaceKind.ADMIN3 || kp == PlaceKind.QUARTER
                    || kp == PlaceKind.ADMIN2 && !gazetteer.countryOf(p).equals("ID") || kp == PlaceKind.TOWN && gazetteer.population(p) < 20_000
                    || !gazetteer.countryOf(p).equals(gazetteer.countryOf(big)); // "Pulau Karaka, Kabupaten Mimika": not the Indian town
            if (!tiny) {
                return; // "Manchester, Ariana Grande": a known city is no unknown part of an address
            }
        }
        int small = a.places[ab];
        boolean known = gazetteer.kind(small) == PlaceKind.ADMIN2 && k != PlaceKind.ADMIN2 || gazetteer.kind(small) == PlaceKind.ADMIN1
                || gazetteer.kind(small) == PlaceKind.TOWN && gazetteer.population(small) >= 50_000;
        boolean sameCountryRegion = k == PlaceKind.ADMIN1 && gazetteer.countryOf(small).equals(gazetteer.countryOf(big));
        if (!larger || known || sameCountryRegion || k == PlaceKind.COUNTRY || gazetteer.km(small, big) < 50) {
            return; // "Kendari, Sulawesi Selatan": a known city in the wrong province stays the city
        }
        a.fallback = big;
        a.chained = true;
    }

    /** Place a lies inside (or at) the larger place b. */
    private boolean inside(int a, int b) {
        PlaceKind kb = gazetteer.kind(b), ka = gazetteer.kind(a);
        if (gazetteer.within(a, b)) {
            return true;
        }
        if (!gazetteer.countryOf(a).equals(gazetteer.countryOf(b)) || ka == PlaceKind.COUNTRY) {
            return false;
        }
        double km = gazetteer.km(a, b);
        return switch (kb) {
            case COUNTRY -> true;
            case ADMIN1 -> gazetteer.sameRegion(a, b) && ka != PlaceKind.ADMIN1 || km < 150 && ka != PlaceKind.ADMIN1;
            case ADMIN2 -> ka != PlaceKind.ADMIN1 && ka != PlaceKind.ADMIN2 && km < 70;
            case ADMIN3 -> (ka == PlaceKind.VILLAGE || ka == PlaceKind.TOWN || ka == PlaceKind.QUARTER) && km < 25;
            case TOWN -> ka != PlaceKind.ADMIN1 && ka != PlaceKind.ADMIN2 && km < 35
                    && gazetteer.population(b) >= gazetteer.population(a);
            default -> false;
        };
    }

    /** Places of one article lie near each other: a candidate near another name's sure reading gains. */
    private void nearness(List<Cand> cands) {
        List<Integer> sure = new ArrayList<>();
        for (Cand c : cands) {
            int b = argmax(c.score);
            if (b >= 0 && c.score[b] >= ACCEPT + 3 && gazetteer.kind(c.places[b]) != PlaceKind.COUNTRY) {
                sure.add(c.places[b]);
            }
        }
        for (Cand c : cands) {
            if (c.places.length < 2) {
                continue;
            }
            for (int k = 0; k < c.places.length; k++) {
                if (gazetteer.kind(c.places[k]) == PlaceKind.TOWN && gazetteer.population(c.places[k]) >= 100_000) {
                    continue;
                }
                for (int s : sure) {
                    if (s != c.places[k] && gazetteer.km(s, c.places[k]) < 100) {
                        c.score[k] += 2;
                        break;
                    }
                }
            }
        }
    }

    /**
     * One name, one place per article: a name read several times takes the reading with the best total
     * score over its mentions (a mention that an address or its fallback decided keeps its own).
     */
    private void oneSensePerArticle(List<Cand> cands) {
        Map<String, Map<Integer, Double>> totals = new HashMap<>();
        for (Cand c : cands) {
            if (c.chained) {
                continue;
            }
            Map<Integer, Double> t = totals.computeIfAbsent(c.key, k -> new HashMap<>());
            for (int k = 0; k < c.places.length; k++) {
                t.merge(c.places[k], c.score[k], Double::sum);
            }
        }
        for (Cand c : cands) {
            Map<Integer, Double> t = totals.get(c.key);
            if (c.chained || t == null || c.places.length < 2) {
                continue;
            }
            int best = t.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            for (int k = 0; k < c.places.length; k++) {
                if (c.places[k] == best) {
                    double top = c.score[argmax(c.score)];
                    c.score[k] = Math.max(c.score[k], top + 0.01);
                }
            }
        }
    }

    /** Speaker, origin and destination places; the dateline. */
    private void roles(String text, List<Cand> cands) {
        Optional<Dateline> dl = Dateline.find(text);
        for (Cand c : cands) {
            if (c.role != PlaceMention.Role.PLACE && c.role != PlaceMention.Role.CONTEXT) {
                continue;
            }
            int sStart = sentenceStart(text, c.span.start());
            String before = text.substring(sStart, c.span.start());
            String near = before.length() > 45 ? before.substring(before.length() - 45) : before;
            if (dl.isPresent() && c.span.end() <= dl.get().span().end()) {
                c.role = PlaceMention.Role.DATELINE;
            } else if (words.lastIndexOf("origin", near) >= 0 && !clauseBreak(near.substring(words.lastIndexOf("origin", near)))) {
                c.role = PlaceMention.Role.ORIGIN;
            } else if (GROUP_FROM.matcher(near).find() && gazetteer.kind(c.places[argmax(c.score)]) == PlaceKind.COUNTRY) {
                c.role = PlaceMention.Role.ORIGIN; // "bersama kelompok Hizbullah dari Libanon": where the group comes from
            } else if (words.endsWith("nationality", near) != null && gazetteer.kind(c.places[argmax(c.score)]) == PlaceKind.COUNTRY) {
                c.role = PlaceMention.Role.ORIGIN; // "Seorang model Inggris diculik di Milan": a British model, in Italy
            } else if (words.lastIndexOf("destination", near) >= 0
                    && !clauseBreak(near.substring(words.lastIndexOf("destination", near)))) {
                c.role = PlaceMention.Role.DESTINATION;
            } else if (spokenAt(before)) {
                c.role = PlaceMention.Role.SPEAKER;
            }
        }
        // the larger parts of an address share the role of its smallest part
        for (int i = cands.size() - 1; i >= 0; i--) {
            Cand c = cands.get(i);
            if (c.within >= 0) {
                Cand up = cands.get(c.within);
                if (c.role != PlaceMention.Role.PLACE && up.role == PlaceMention.Role.CONTEXT) {
                    up.role = c.role;
                }
            }
        }
    }

    /** "kata Kepala Humas Polri Komisaris Besar Martinus di Mabes Polri, Jakarta Selatan": the place where somebody spoke. */
    private boolean spokenAt(String before) {
        int sp = words.lastIndexOf("speech", before);
        if (sp < 0) {
            return false;
        }
        String after = before.substring(sp);
        int di = after.lastIndexOf(" di ");
        if (di < 0 || after.length() > 140) {
            return false;
        }
        String gap = after.substring(0, di);
        if (gap.contains("\"") || gap.contains("“") || gap.contains("”")) {
            return false;
        }
        // between the verb and "di" only a name and titles ("kata Kapolda Papua Irjen X di ..."), or nothing
        List<String> ws = wordsOf(gap);
        for (String w : ws.subList(Math.min(1, ws.size()), ws.size())) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (Character.isLowerCase(w.charAt(0)) && !words.is("person_title", lw) && !TITLE_WORDS.contains(lw)) {
                return false; // "mengatakan 450 orang ditangkap di Teheran": what was said happened there
            }
        }
        return !gap.matches(".*\\d.*");
    }

    private static boolean clauseBreak(String s) {
        return s.contains(",") || s.contains(" dan ") || s.contains(" yang ");
    }

    private static int sentenceStart(String text, int pos) {
        for (int i = pos - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                return i + 1;
            }
        }
        return 0;
    }

    private boolean nearCue(String before) {
        String b = before.toLowerCase(Locale.ROOT).replaceAll("\\s+(kota|desa|provinsi|kabupaten|distrik)\\s*$", " ").stripTrailing();
        String p = words.endsWith("near", b);
        if (p == null) {
            return false;
        }
        // "di utara" / "di sebelah timur" / "dekat": not "Sumatera Utara" (that is one name)
        int i = b.length() - p.length();
        String pre = b.substring(0, i).stripTrailing();
        return p.startsWith("sebelah") || p.equals("dekat") || p.equals("pinggiran") || p.startsWith("tak jauh")
                || p.startsWith("tidak jauh") || p.startsWith("dekat") || p.endsWith(" of") || p.equals("near")
                || pre.endsWith(" di") || pre.endsWith(" ke") || pre.endsWith(" dari") || pre.endsWith("bagian");
    }

    private boolean ambiguous(Cand c) {
        if (c.places.length < 2) {
            return false;
        }
        for (int p : c.places) {
            if (gazetteer.km(p, c.best) > 50) {
                return true;
            }
        }
        return false;
    }

    private static int argmax(double[] a) {
        int b = -1;
        for (int i = 0; i < a.length; i++) {
            if (b < 0 || a[i] > a[b]) {
                b = i;
            }
        }
        return b;
    }
}
