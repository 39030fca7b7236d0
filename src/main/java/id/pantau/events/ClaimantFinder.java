package id.pantau.events;

import id.pantau.actors.ClaimantMention;
import id.pantau.nlp.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a sentence attributes its figures to. The attribution phrase is found first ("kata Kabid Humas
 * Polda Papua Kombes Ahmad Kamal", "menurut Observatorium Suriah", "dilansir Reuters", "Kepolisian
 * Inggris mengatakan"); the named source is resolved against the claimant dictionary and kept with
 * the words the text uses ("Indonesian police (Kabid Humas Polda Papua Kombes Ahmad Kamal)"). A
 * sentence that only continues a quote ("katanya", "ia menambahkan") takes the claimant of the
 * sentence before; a quote followed by "kata X" in the next sentence takes X.
 */
final class ClaimantFinder {
    private static final String STOP = "kepada|di|saat|ketika|dalam|seperti|pada|usai|setelah|sebelum|yang|bahwa|melalui|lewat|dengan|dari|sebagaimana|ketika|sambil";
    /** Words a source follows ("kata X", "menurut X", "dilansir X"). */
    private static final String VERBS_BEFORE_SOURCE = "kata|ujar|ungkap|tutur|jelas|terang|tegas|papar|imbuh|tambah|sebut|ucap|lapor|menurut"
            + "|dilansir|melansir|mengutip|dikutip(?: dari)?|seperti dilansir|seperti dikutip(?: dari)?|according to|said";
    /** Verbs a source precedes ("X mengatakan"). */
    private static final String VERBS_AFTER_SOURCE = "mengatakan|menyatakan|menyebutkan|menyebut|menjelaskan|mengungkapkan|melaporkan"
            + "|mengklaim|membenarkan|mencatat|mengonfirmasi|mengkonfirmasi|memperkirakan|menerangkan|menegaskan|mengumumkan"
            + "|mengidentifikasi|memastikan|menyampaikan|said|reported";
    private static final Pattern AFTER_VERB = Pattern.compile(
            "(?i)(?<![\\p{L}])(" + VERBS_BEFORE_SOURCE + ")\\s+((?:[\\p{L}0-9.'’/-]+\\s*){1,12})");
    private static final Pattern BEFORE_VERB = Pattern.compile(
            "((?:[\\p{L}0-9.'’/,()-]+\\s+){1,12}?)(" + VERBS_AFTER_SOURCE + ")(?![\\p{L}])");
    /** Every verb either phrase pattern starts from, as a cheap first test (on lower-cased text). */
    private static final Pattern SAYS = Pattern.compile("(?<![\\p{L}])(" + VERBS_BEFORE_SOURCE + "|" + VERBS_AFTER_SOURCE + ")(?![\\p{L}])");

    /** Verbs of a medium passing on what a source said. */
    private static final Pattern RELAY = Pattern.compile("(?i)dilansir|melansir|mengutip|dikutip(?: dari)?|seperti dilansir|seperti dikutip(?: dari)?");
    private static final Pattern ASIDE = Pattern.compile("(?s)(.*?),\\s*[^,]{1,60},\\s*");
    /** "menurut laporan AFP", "menurut catatan yang disampaikan X": the report's author is the source. */
    private static final Pattern REPORT_NOUN = Pattern.compile(
            "(?i)^(?:laporan|catatan|data|keterangan|pernyataan|rilis|informasi|versi|hitungan|penghitungan|perhitungan)"
            + "(?:\\s+(?:resmi|terbaru|terakhir))?(?:\\s+yang\\s+(?:disampaikan|dikeluarkan|dirilis|dihimpun|diterbitkan|dilansir))?"
            + "(?:\\s+(?:oleh|dari))?\\s+");
    private static final Pattern HOW_SAID = Pattern.compile(
            "\\s(dalam|melalui|lewat|via|kepada|di|saat|ketika|seusai|usai|pada)\\s+[^,]{0,50}$");
    private static final Pattern PRONOUN_SOURCE = Pattern.compile("(?i)ia|dia|beliau|mereka");
    private static final Pattern PRONOUN = Pattern.compile("(?i)(katanya|ujarnya|ungkapnya|tuturnya|jelasnya|tegasnya|imbuhnya|tambahnya|ucapnya|paparnya|\\b(ia|dia|beliau|mereka)\\s+(mengatakan|menambahkan|menjelaskan|menegaskan|menyebutkan|mengungkapkan))");
    /** A rank or title and a surname: "Irjen Iqbal", "Kombes Ahmad", "Letkol Kav Candra". */
    private static final Pattern SHORT_NAME = Pattern.compile("(?:\\p{Lu}[\\p{L}.]*\\s+){1,2}\\p{Lu}[\\p{L}'’-]+");
    private static final Pattern NAME_PARTICLE = Pattern.compile("(?:al|el|ad|as|ar|an|ash|asy|at|az|ul)-\\p{Lu}[\\p{L}'’-]*");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}\\s*/\\s*\\d{1,2}(?:\\s*/\\s*\\d{2,4})?|senin|selasa|rabu|kamis|jumat|sabtu|minggu");
    /** Adverbs between a source and its verb. */
    private static final Set<String> ADVERBS = Set.of("juga", "pun", "telah", "sudah", "kemudian", "lalu", "akhirnya", "sebelumnya",
            "pula", "sendiri", "langsung", "baru", "kembali", "secara", "resmi", "tegas");
    private static final Set<String> ROLE_WORDS = Set.of("juru", "bicara", "kepala", "pejabat", "komandan", "pihak", "sumber",
            "wakil", "ketua", "direktur", "menteri", "gubernur", "panglima", "kapolda", "kapolres", "kapolsek", "kabid", "humas",
            "jubir", "seorang", "sebuah", "lembaga", "kantor", "berita", "pemantau", "perang", "hak", "asasi", "manusia", "polisi",
            "kepolisian", "militer", "tentara", "warga", "saksi", "mata", "setempat", "pemerintah", "keamanan", "kementerian",
            "kesehatan", "resmi", "media", "lokal", "negara", "organisasi", "kelompok", "aktivis", "dokter", "petugas",
            "penyelamat", "penerangan", "umum", "divisi", "bagian", "biro", "masyarakat", "provinsi", "kota", "kabupaten",
            "untuk", "bagi", "dan", "urusan", "politik", "jaksa", "agung", "penuntut", "hakim", "bupati", "walikota", "wali",
            "camat", "korps", "garda", "komisaris", "jenderal", "kolonel", "sekretaris", "staf", "dinas", "badan", "tinggi",
            // "menurut keterangan tiga aktivis lokal dan seorang pejabat keamanan Irak": how many sources speak
            "dua", "tiga", "empat", "lima", "beberapa", "sejumlah", "para", "relawan", "medis", "rumah", "sakit");

    /** The claimant of a sentence, or null: the source it attributes its words to, else a source it names. */
    String of(String text, Span sentence, List<ClaimantMention> dictionary) {
        String who = attributed(text, sentence, dictionary);
        return who != null ? who : present(sentence, dictionary);
    }

    /** The longest claimant of the dictionary named in the sentence, attributed or not, or null. */
    String present(Span sentence, List<ClaimantMention> dictionary) {
        ClaimantMention best = null;
        for (ClaimantMention c : dictionary) {
            if (c.span().start() >= sentence.start() && c.span().end() <= sentence.end()
                    && (best == null || c.span().text().length() > best.span().text().length())) {
                best = c;
            }
        }
        return best == null ? null : best.claimant();
    }

    /** The source the sentence attributes its words to ("kata X", "menurut X", "X mengatakan"), or null. */
    String attributed(String text, Span sentence, List<ClaimantMention> dictionary) {
        String s = sentence.text();
        if (!SAYS.matcher(EventLexicon.lower(s, 0, s.length())).find()) {
            return null; // no verb of saying or reporting: the costly phrase patterns below cannot match
        }
        String raw = null;
        Matcher a = AFTER_VERB.matcher(s);
        String relayed = null;
        while (a.find()) {
            String np = trimPhrase(REPORT_NOUN.matcher(a.group(2)).replaceFirst(""));
            if (np == null) {
                continue;
            }
            if (RELAY.matcher(a.group(1)).matches()) {
                relayed = np; // "kata Soylu, dikutip AFP": AFP carries Soylu's words; Soylu is the source
            } else {
                raw = np;
            }
        }
        if (raw == null) {
            // "Dikutip dari The Independent, Mahmoud al-Sauaryih, juru bicara milisi, mengatakan": the speaker, not the medium
            Matcher b = BEFORE_VERB.matcher(relayed == null ? s : s.substring(Math.max(0, s.indexOf(relayed) + relayed.length())));
            if (b.find()) {
                raw = relativeHead(b.group(1));
                Matcher apposed = ASIDE.matcher(b.group(1));
                if (raw == null && b.group(1).strip().endsWith(",") && apposed.matches()) {
                    // "Mahmoud al-Sauaryih, juru bicara milisi di provinsi Nineveh, mengatakan": the name before its apposition
                    raw = trimBefore(apposed.group(1));
                }
                if (raw == null) {
                    raw = trimBefore(b.group(1));
                }
                if (raw == null) {
                    // "Juru bicara TPNPB-OPM Sebby Sambom dalam keterangan tertulis mengklaim": the source before the phrase
                    Matcher how = HOW_SAID.matcher(b.group(1));
                    if (how.find()) {
                        raw = trimBefore(b.group(1).substring(0, how.start()) + " ");
                    }
                }
                Matcher aside = ASIDE.matcher(b.group(1));
                if (raw == null && aside.matches()) {
                    raw = trimBefore(aside.group(1)); // "Kabid Humas Polda Papua Kombes Ahmad Kamal, Rabu petang, membenarkan"
                }
            }
        }
        if (raw == null) {
            raw = relayed;
        }
        if (raw != null && PRONOUN_SOURCE.matcher(raw).matches()) {
            return null; // "Dia mengatakan": the speaker named before (continuesQuote) is the source, not the pronoun
        }
        if (raw != null) {
            raw = raw.replaceFirst("^(?i:menurut)\\s+", ""); // "Menurut Boy, ..." read as the subject of a later verb
        }
        int rawStart = raw == null ? -1 : sentence.start() + s.indexOf(raw);
        int rawEnd = raw == null ? -1 : rawStart + raw.length();
        if (raw == null) {
            return null;
        }
        ClaimantMention inPhrase = null;
        for (ClaimantMention c : dictionary) {
            if (c.span().start() < rawEnd && c.span().end() > rawStart
                    && (inPhrase == null || c.span().text().length() > inPhrase.span().text().length())) {
                inPhrase = c;
            }
        }
        boolean oneWord = raw.matches("\\p{Lu}[\\p{L}'’-]+");
        if (inPhrase == null && (oneWord || SHORT_NAME.matcher(raw).matches())) {
            // "kata Bali" after "Mustafa Bali, juru bicara SDF": a surname names the source met earlier; so does a rank
            // and a surname ("kata Irjen Iqbal" after "Kepala Divisi Humas Polri Irjen Mohammad Iqbal")
            String surname = oneWord ? raw : raw.substring(raw.lastIndexOf(' ') + 1);
            for (ClaimantMention c : dictionary) {
                if (oneWord && c.span().end() <= rawStart && c.span().text().endsWith(" " + raw)) {
                    inPhrase = c;
                }
            }
            if (inPhrase != null) {
                return inPhrase.claimant() + " (" + inPhrase.span().text() + ")";
            }
            // "kata Candra" after "Kepala Penerangan Kodam XVII/Cenderawasih Letkol Kav Candra Kurniawan mengatakan":
            // the full name and role told earlier, resolved like any attribution
            // (the longest telling of the name before this sentence: "kata Boy" may come after "kata Boy" too)
            Matcher earlier = Pattern.compile("\\b" + Pattern.quote(surname) + "\\b").matcher(text);
            int[] full = null;
            while (earlier.find() && earlier.start() < sentence.start()) {
                int[] around = nameAround(text, earlier.start());
                if (full == null || around[1] - around[0] > full[1] - full[0]) {
                    full = around;
                }
            }
            if (full != null) {
                String longer = text.substring(full[0], full[1]);
                java.util.List<String> told = java.util.Arrays.asList(longer.split("\\s+"));
                if (!longer.equals(raw) && longer.length() > raw.length() && told.containsAll(java.util.Arrays.asList(raw.split("\\s+")))) {
                    ClaimantMention known = null;
                    for (ClaimantMention c : dictionary) {
                        if (c.span().start() >= full[0] && c.span().end() <= full[1]
                                && (known == null || c.span().text().length() > known.span().text().length())) {
                            known = c;
                        }
                    }
                    return known == null ? longer : known.claimant() + " (" + longer + ")";
                }
            }
        }
        if (inPhrase != null) {
            // "Juru bicara TPNPB-OPM Sebby Sambom": the dictionary's name, with the words the text uses when they say more
            boolean alias = raw.length() <= inPhrase.span().text().length() + 3;
            return alias ? inPhrase.claimant() : inPhrase.claimant() + " (" + raw + ")";
        }
        return raw;
    }

    /** The capitalised name and role words around {@code at}: "Kepala Penerangan Kodam XVII/Cenderawasih Letkol Kav Candra Kurniawan". */
    private static int[] nameAround(String text, int at) {
        int start = at, end = at;
        Matcher w = Pattern.compile("[\\p{L}0-9./'’-]+").matcher(text);
        // forward over capitalised words
        while (w.find(end) && w.start() == end + (end == at ? 0 : 1) && Character.isUpperCase(w.group().charAt(0))
                && text.charAt(Math.max(0, w.start() - 1)) != ',' ) {
            end = w.end();
            if (end >= text.length() || text.charAt(end) != ' ') {
                break;
            }
        }
        // backward over capitalised and role words, up to a comma, a full stop or a clause word
        int i = at;
        for (int n = 0; n < 10; n++) {
            int prevEnd = i - 1;
            if (prevEnd <= 0 || text.charAt(prevEnd) != ' ') {
                break;
            }
            int ps = prevEnd;
            while (ps > 0 && !Character.isWhitespace(text.charAt(ps - 1))) {
                ps--;
            }
            String word = text.substring(ps, prevEnd);
            String lw = word.toLowerCase(Locale.ROOT);
            // a clause word stops the name unless capitalised inside a title ("Menteri Dalam Negeri"); so does a bracket
            if (word.isEmpty() || word.endsWith(",") || word.endsWith(")") || word.endsWith(".") && word.length() > 4
                    || lw.matches(STOP) && !Character.isUpperCase(word.charAt(0))
                    || !Character.isUpperCase(word.charAt(0)) && !ROLE_WORDS.contains(lw)) {
                break;
            }
            start = ps;
            i = ps;
        }
        return new int[] {start, end};
    }

    /** A sentence that continues somebody's words ("katanya", "ia menambahkan"). */
    boolean continuesQuote(String sentence) {
        return PRONOUN.matcher(sentence).find();
    }

    /** "kata X, seorang pejabat ..., di Jakarta": the name up to the first comma or clause word. */
    private static String trimPhrase(String np) {
        String[] words = np.strip().split("\\s+");
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (String w : words) {
            String clean = w.replaceAll("[,.;:\"“”)]+$", "");
            String lw = clean.toLowerCase(Locale.ROOT);
            if (n > 0 && lw.matches(STOP)) {
                break;
            }
            boolean cap = !clean.isEmpty() && (capitalised(clean) || Character.isDigit(clean.charAt(0)));
            if (!cap && !ROLE_WORDS.contains(lw)) {
                break;
            }
            sb.append(n == 0 ? "" : " ").append(clean);
            n++;
            if (!w.equals(clean) && w.matches(".*[,.;:\"“”)]$")) {
                break;
            }
        }
        String out = sb.toString().strip();
        return out.isEmpty() || out.length() < 2 || !hasCapital(out) && !out.toLowerCase(Locale.ROOT).matches(".*(polisi|militer|tentara|warga|saksi|pejabat|sumber|juru bicara).*")
                ? null : out;
    }

    /**
     * "Situs web Aamaq yang berafiliasi dengan ISIS melaporkan": the source is the head before a relative clause
     * that ends at the verb, or null when there is none.
     */
    private static String relativeHead(String np) {
        String[] words = np.strip().split("\\s+");
        for (int i = words.length - 1; i >= Math.max(1, words.length - 8); i--) {
            if (words[i].endsWith(",")) {
                return null;
            }
            if (words[i].equalsIgnoreCase("yang")) {
                String head = trimBefore(String.join(" ", java.util.Arrays.copyOfRange(words, 0, i)));
                return head != null && hasCapital(head) ? head : null;
            }
        }
        return null;
    }

    /** "Kepolisian Inggris mengatakan": the capitalised name (and role words) right before the verb. */
    private static String trimBefore(String np) {
        String[] words = np.strip().split("\\s+");
        int i = words.length - 1;
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (; i >= 0 && n < 10; i--) {
            if (n > 0 && words[i].endsWith(",")) {
                break; // "Di Jakarta, Kapolri mengatakan": the clause before the comma is not the source
            }
            String w = words[i].replaceAll("[,.;:\"“”()]+", "");
            String lw = w.toLowerCase(Locale.ROOT);
            if (n == 0 && (ADVERBS.contains(lw) || DAY.matcher(lw).matches())) {
                continue; // "Polisi juga mengidentifikasi", "Kapolres Sabtu (12/3) mengatakan": the source before the adverb or day
            }
            boolean number = n > 0 && w.matches("\\d{1,4}") && i > 0 && capitalised(words[i - 1]);
            boolean cap = !w.isEmpty() && (capitalised(w) || number); // "Batalyon Infanteri 751 (Raider)"
            if (w.isEmpty() || !cap && !ROLE_WORDS.contains(lw) || lw.matches(STOP)) {
                break;
            }
            sb.insert(0, n == 0 ? w : w + " ");
            n++;
        }
        String out = sb.toString().strip();
        return out.isEmpty() || !hasCapital(out) && !out.toLowerCase(Locale.ROOT).matches(".*(polisi|militer|tentara|warga|saksi|pejabat|sumber).*")
                ? null : out;
    }

    /** A word of a name: capitalised, or an Arabic article before a capital ("al-Sauaryih", "as-Suri"). */
    private static boolean capitalised(String w) {
        return Character.isUpperCase(w.charAt(0)) || NAME_PARTICLE.matcher(w).matches();
    }

    private static boolean hasCapital(String s) {
        return s.chars().anyMatch(Character::isUpperCase);
    }
}
