package id.pantau.events;

import id.pantau.actors.Actor;
import id.pantau.actors.ActorMention;
import id.pantau.geo.Gazetteer;
import id.pantau.geo.PlaceMention;
import id.pantau.nlp.DateMention;
import id.pantau.nlp.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads each sentence of an analysed article and decides whether it reports an event: a trigger in
 * a conflict context (an armed actor, a weapon, a casualty figure, a crowd for riots; militants or
 * a political context for arrests), none of the guide's "not an event" signs near the trigger (plans
 * and threats, disasters, sport, street crime, trials and policy talk, long-period summaries,
 * negation), and the sentence model not strongly against it. The type follows the guide: bombs and
 * air strikes are remote violence; armed sides fighting are battles; armed actors attacking unarmed
 * people are violence against civilians; crowds that turn violent are riots; protests met by force
 * are protests with intervention.
 */
final class MentionReader {
    /** "Densus 88 Anti Teror", "kontra-terorisme", "penanggulangan teror": the word names who fights it. */
    private static final Pattern AGAINST = Pattern.compile("(?i)(?<![\\p{L}])(anti|kontra|penanggulangan|pemberantasan|pencegahan)[-\\s]*$");
    private static final Pattern NOMINAL_ATTACK = Pattern.compile("(?i)(serangan|penyerangan|penembakan|pengeboman|pemboman|teror)\\b");
    private static final Pattern TARGET_MARK = Pattern.compile("\\b(terhadap|ke arah|ke|atas|menewaskan|melukai|menyasar|menargetkan|yang menewaskan|yang melukai)\\s+");
    /** The words right after the trigger announce it ("akan digelar", "rencananya", "akan mengerahkan"). */
    private static final Pattern PLAN_AFTER = Pattern.compile("(?i)[^.;]{0,50}?\\b(akan\\s+(kembali\\s+)?(digelar|dilakukan|dilaksanakan|"
            + "berlangsung|diadakan|mengerahkan|menggelar|turun|melakukan|mengikuti)|rencananya|direncanakan|dijadwalkan)\\b");
    /** A government, ministry or envoy protests: diplomacy, not a demonstration. */
    private static final Pattern DIPLOMATIC = Pattern.compile("(?i)\\b(pemerintah|kementerian|kemlu|menteri|duta besar|dubes|presiden|"
            + "perdana menteri|kedutaan)\\b[^.,;]{0,60}$");
    /** Between an event's name and a day: a new clause ("..., adalah hoaks, ujar X, Senin") dates something else. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i)\\b(adalah|merupakan|ujar|kata|ucap|tutur|mengatakan|menyatakan|"
            + "menjelaskan|menegaskan|menurut|menyebut|menyebutkan|menjalani|divonis|dituntut|didakwa|disidangkan|diadili|"
            + "ditetapkan|dijatuhi|bersaksi|dibebaskan|dihadirkan)\\b");
    private static final Pattern NEGATION = Pattern.compile("(?i)(?<!\\p{L})(tidak|tak|bukan|belum|tanpa|membantah|menepis)\\s+(ada\\s+|terjadi\\s+|pernah\\s+|melakukan\\s+)?(\\p{L}+\\s+)?$");
    /** An accusation or a charge: "menuding X melakukan", "dituduh melakukan", "tuduhan pembunuhan", "dikenai tujuh dakwaan, termasuk ... pembunuhan". */
    private static final Pattern ACCUSED = Pattern.compile("(?i)\\b(menuding|menuduh|dituding|dituduh|tudingan|tuduhan|dicurigai"
            + "|dakwaan|didakwa|mendakwa|dijerat)[,:]?\\s+(\\p{L}+[,:]?\\s+){0,5}$");
    /** "kelompok teror", "jaringan teror": a group named by its deeds. */
    private static final Pattern TERROR_GROUP = Pattern.compile("(?i)(?<!\\p{L})(kelompok|organisasi|jaringan|sel|gerakan)\\s+$");
    /** "sebelum menangkap", "sebelum akhirnya ditangkap": a deed that tells when another act took place. */
    private static final Pattern BEFORE_DEED = Pattern.compile("(?i)(?<!\\p{L})sebelum\\s+(akhirnya\\s+|kemudian\\s+)?$");
    /** "sebelumnya menyebutkan", "sebelumnya mengatakan": the report came earlier; nothing is said of when the deed was. */
    private static final Pattern EARLIER_SAID = Pattern.compile("\\bsebelumnya\\s+(?=(menyebutkan|menyebut|mengatakan|menyatakan"
            + "|melaporkan|mengabarkan|memberitakan|mengumumkan|mengklaim)\\b)");
    /** "yang disandera", "yang melakukan penyanderaan": a relative clause that tells who is held, or who holds them. */
    private static final Pattern HELD = Pattern.compile("(?i)(?<!\\p{L})yang\\s+(masih\\s+|sedang\\s+)?(melakukan\\s+)?$");
    /** A sentence about the present: "Saat ini", "Kini", "Hingga kini". */
    private static final Pattern NOW = Pattern.compile("(?i)\\s*(saat ini|kini|hingga kini|sampai kini|sampai saat ini|hingga saat ini)\\b");
    private static final Pattern STATIVE = Pattern.compile("(?i)(?<!\\p{L})(yang|masih|sempat|pernah|telah lama|sebelumnya)\\s+(\\p{L}+\\s+)?$");
    private static final Pattern MODIFIER = Pattern.compile("(?i)(?<!\\p{L})(pelaku|tersangka|terduga|terduga pelaku|dalang|otak|korban|terpidana|terdakwa|saksi)(\\s+yang(\\s+(telah|sudah|diduga|diduga telah))?)?\\s+$");
    /**
     * "terdakwa kasus bom Thamrin", "jaringan teroris bom panci", "pasca bentrok di Rempang", "soal demonstrasi":
     * the event is named as something already known, not reported.
     */
    private static final Pattern REFERENCE = Pattern.compile("(?i)\\b(pelaku|tersangka|terduga|dalang|otak|terpidana|terdakwa|saksi|"
            + "kasus|jaringan|pasca|pascaaksi|usai|soal|terkait|perkara|sidang|persidangan|dakwaan|vonis)"
            + "(\\s+(dalam|atas|dari))?(\\s+(kasus|aksi|peristiwa|insiden|teroris|teror|pelaku))?\\s+$");
    /** "pada 2013", "awal 2016", "tahun 2002": a year named without a month. */
    private static final Pattern YEAR = Pattern.compile("(?i)\\b(?:pada|tahun|awal|akhir|pertengahan|sejak|silam|lalu)\\s+((?:19|20)\\d\\d)\\b(?!\\s*[/-])");
    private static final Pattern PERSON_WORDS = Pattern.compile("(?i)\\b(pria|wanita|perempuan|laki-laki|orang|tersangka|terduga|pelaku|anggota|seorang|suspect|remaja|pemuda)\\b");
    private static final Pattern PRONOUN_START = Pattern.compile("(?i)^\\W*(mereka|ia|dia|kelompok (ini|itu|tersebut)|pasukan (ini|itu|tersebut)|para (militan|pemberontak|teroris))\\b");
    private static final boolean DEBUG = Boolean.getBoolean("pantau.events.debug");
    static final double MODEL_VETO = Double.parseDouble(System.getProperty("pantau.events.veto", "0.2"));
    private static final double MODEL_ALONE = 0.9;
    private final EventLexicon lexicon;
    private final MentionPlaces places;
    private final SentenceModel model;
    private final CasualtyReader casualties;
    private final ClaimantFinder claimants = new ClaimantFinder();

    MentionReader(EventLexicon lexicon, Gazetteer gazetteer, SentenceModel model) {
        this.lexicon = lexicon;
        this.places = new MentionPlaces(gazetteer, lexicon);
        this.model = model;
        this.casualties = new CasualtyReader(lexicon);
    }

    /** What one sentence offers: its figures, claimant, places, dates, actors and the signs around it. */
    record Facts(int index, Span span, List<EventLexicon.Hit> hits, List<Claim> claims, String claimant, boolean attributed,
                 List<PlaceMention> places, List<DateMention> dates, List<ActorMention> actors, boolean armed,
                 boolean crowd, boolean weapon, boolean militant, boolean civilianVictim, boolean recalled,
                 boolean period, boolean legal, boolean separate, boolean lead) {
    }

    /** "dilaporkan", "dikabarkan": a figure reported without naming who reports it. */
    /** A sentence whose subject takes people: "polisi menangkap", "Densus 88 meringkus". */
    private static final Pattern CAPTOR = Pattern.compile("(?i)\\b(menangkap|meringkus|membekuk|mengamankan|menahan|menawan)\\b");
    private static final Pattern UNSOURCED = Pattern.compile("(?i)\\b(dilaporkan|dikabarkan|kabarnya|disebut-sebut|diberitakan)\\b");
    /** How many sentences after a source speaks its unattributed figures are still its account. */
    private static final int CLAIMANT_REACH = 3;
    /** How many sentences after unattributed figures their source may still be named. */
    private static final int CLAIMANT_AHEAD = 3;

    List<Mention> read(EventCoder.DocumentAnalysis doc) {
        List<Mention> out = new ArrayList<>();
        String prevClaimant = null;
        int claimantAt = -9;
        PlaceMention recent = null;
        int recentAt = -9;
        String recentFamily = null;
        Mention dated = null; // the last mention that named its day
        java.util.Map<Integer, PlaceMention> toldAgainAt = new java.util.HashMap<>(); // "Bom tersebut ... di Bali": sentence -> place
        boolean tallied = false; // an earlier sentence tallied arrests
        java.util.Set<Mention> inherited = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < doc.sentences().size(); i++) {
            Facts f = facts(doc, i, i - claimantAt <= CLAIMANT_REACH ? prevClaimant : null);
            if (f.attributed()) {
                prevClaimant = f.claimant();
                claimantAt = i;
            }
            Mention m = decide(doc, f);
            if (tallies(doc, f)) {
                tallied = true;
                if (m == null && !f.claims().isEmpty()) {
                    // the tally's figures without the day it counts up to: the day of a count is no day of an arrest
                    out.add(Mention.figures(i, f.span(), null, null, f.claims(), f.recalled(), f.separate(), f.lead()));
                    continue;
                }
            } else if (tallied && m != null && m.trigger() != null && m.trigger().has("arrest") && (m.date() == null
                    || f.dates().stream().allMatch(d -> DaySigns.statementDay(doc, d)))) {
                // "Sementara di wilayah Medan, Densus 88 menangkap 30 orang, di Aceh empat orang": the tally told
                // before, broken down by place, not arrests of their own
                continue;
            }
            if (m != null && !f.claims().isEmpty() && anaphoric(doc, m) && (m.place() == null || m.place().place().isCountry())
                    && out.stream().anyMatch(x -> x.trigger() != null)) {
                // "58 orang tewas akibat serangan itu": the figures of the event told before, not a new event
                out.add(Mention.figures(i, f.span(), null, bestDate(f), f.claims(), f.recalled(), f.separate(), f.lead()));
                continue;
            }
            if (m != null && (m.place() == null || m.place().place().isCountry()) && recent != null && i - recentAt <= 2
                    && sameParagraph(doc.text(), doc.sentences().get(recentAt), f.span())
                    && (m.place() == null || m.place().place().country().equals(recent.place().country()))
                    && (recentFamily == null || recentFamily.equals(m.family()))) {
                // "Peristiwa teror terjadi di gereja Metodis, Quetta. ... ISIS mengklaim serangan bom itu.":
                // the place told just before, in the same paragraph
                m = m.withPlace(recent);
                inherited.add(m);
            }
            PlaceMention own = m != null && m.place() != null ? m.place() : bestPlace(doc, f, null);
            if (own != null && !own.place().isCountry() && TOLD_AGAIN.matcher(f.span().text()).lookingAt()) {
                toldAgainAt.put(i, own);
            }
            if (own != null && !own.place().isCountry()) {
                recent = own;
                recentAt = i;
                recentFamily = m == null ? null : m.family();
            }
            if (m != null && m.date() == null && !m.recalled() && !m.separate() && dated != null && i - dated.sentence() <= 2
                    && dated.family().equals(m.family()) && sameParagraph(doc.text(), dated.span(), f.span())) {
                // "Demo besar terjadi pada 4 November 2016. Demo ini berlangsung di kawasan Monas.": the day told just before
                m = m.withDate(dated.date());
            }
            if (m != null && m.date() != null && m.date().precision() == 1 && !m.recalled()) {
                dated = m;
            }
            if (m != null) {
                out.addAll(perPlace(doc, f, m));
            } else if (!f.claims().isEmpty() && !f.period()) {
                // a sentence of figures without its own trigger ("Sedikitnya 9 orang tewas"): the assembler
                // gives them to the event told around it
                out.add(Mention.figures(i, f.span(), bestPlace(doc, f, null), deedDate(doc, f), f.claims(), f.recalled(), f.separate(),
                        f.lead()));
            }
        }
        // "Penyerangan terakhir terjadi pada 15 Maret. Penyerangan bermula dari patroli di sekitar hutan desa
        // Talabosa.": a mention without a place told right before one of its kind that names it
        for (int k = 0; k + 1 < out.size(); k++) {
            Mention m = out.get(k), next = out.get(k + 1);
            if (m.trigger() != null && next.trigger() != null && next.sentence() == m.sentence() + 1 && next.place() != null
                    && !next.place().place().isCountry() && next.family().equals(m.family()) && inherited.contains(m)
                    && sameParagraph(doc.text(), m.span(), next.span())) {
                out.set(k, m.withPlace(next.place()));
            }
        }
        // "Hambali dituduh memerintahkan tiga pemboman pada 12 Oktober 2002. Bom tersebut ditargetkan ke bar ... di Bali.":
        // a dated mention without a place, and the next sentence of its paragraph takes the event up again and names it
        for (int k = 0; k < out.size(); k++) {
            Mention m = out.get(k);
            PlaceMention next = toldAgainAt.get(m.sentence() + 1);
            if (m.trigger() != null && m.place() == null && m.date() != null && next != null
                    && sameParagraph(doc.text(), m.span(), doc.sentences().get(m.sentence() + 1))) {
                out.set(k, m.withPlace(next));
            }
        }
        return out;
    }

    /** A sentence that opens by taking up the event just told: "Bom tersebut", "Serangan itu", "Ledakan ini". */
    private static final Pattern TOLD_AGAIN = Pattern.compile("(?i)\\s*[\"“]?(bom|serangan|ledakan|pengeboman|pemboman|penyerangan"
            + "|penembakan|bentrokan|kerusuhan|insiden|peristiwa|kejadian|aksi)(\\s+\\p{L}+)?\\s+(itu|tersebut|ini)\\b");

    /** "serangan itu", "ledakan bom tersebut": the trigger names an event already told. */
    private static final Pattern ANAPHORA = Pattern.compile("(?i)^(\\s+\\p{L}+)?\\s+(itu|tersebut|ini)\\b");

    private static boolean anaphoric(EventCoder.DocumentAnalysis doc, Mention m) {
        int end = m.triggerSpan().end();
        return ANAPHORA.matcher(doc.text().substring(end, Math.min(doc.text().length(), end + 30))).lookingAt();
    }

    /** Two names of one body: "Indonesian police" and "Indonesian police (Kadiv Humas Polri Irjen Boy Rafli Amar)". */
    private static boolean sameBody(String a, String b) {
        java.util.Set<String> wa = bodyWords(a);
        return bodyWords(b).stream().anyMatch(wa::contains);
    }

    private static java.util.Set<String> bodyWords(String name) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.matches("polri|polisi|kepolisian|police|polda|polres|polsek|densus")) {
                out.add("police");
            } else if (w.matches("tni|tentara|military|militer|army|kodam|korem|kodim")) {
                out.add("military");
            }
        }
        return out;
    }

    /** The source the next sentences of the paragraph name, within {@link #CLAIMANT_AHEAD}, or null. */
    private String sourceAhead(EventCoder.DocumentAnalysis doc, int i, List<Claim> told) {
        for (int j = i + 1; j < doc.sentences().size() && j <= i + CLAIMANT_AHEAD; j++) {
            Span next = doc.sentences().get(j);
            List<Claim> own = casualties.read(doc.docId(), doc.text(), next, null);
            if (own.stream().anyMatch(c -> told.stream().noneMatch(t -> t.kind().equals(c.kind()) && t.value() == c.value()))) {
                return null; // figures of its own: the source speaks for those
            }
            String who = claimants.attributed(doc.text(), next, doc.claimants());
            if (who != null) {
                return who;
            }
        }
        return null;
    }

    Facts facts(EventCoder.DocumentAnalysis doc, int i, String prevClaimant) {
        String text = doc.text();
        Span s = doc.sentences().get(i);
        String st = s.text();
        String lower = st.toLowerCase(Locale.ROOT);
        String claimant = claimants.attributed(text, s, doc.claimants());
        if (claimant == null && prevClaimant != null && claimants.continuesQuote(st)) {
            claimant = prevClaimant;
        }
        if (claimant == null && i + 1 < doc.sentences().size() && (st.contains("\"") || st.contains("”"))) {
            String next = doc.sentences().get(i + 1).text();
            if (next.length() < 200 && claimants.continuesQuote(next) || next.matches("(?i)^(\"|”)?\\s*(kata|ujar|ungkap|tutur|jelas)\\b.*")) {
                claimant = claimants.of(text, doc.sentences().get(i + 1), doc.claimants());
            }
        }
        boolean attributed = claimant != null;
        if (claimant == null) {
            // a figure told without its source, right after a named source spoke, is that source's account
            claimant = UNSOURCED.matcher(st).find() ? null : prevClaimant; // "300 warga dilaporkan mengungsi": no source named
            if (claimant != null && CAPTOR.matcher(st).find()) {
                // "Selain itu, polisi juga menangkap pria berusia 23 tahun": the captors' own count, not the last speaker's
                String captor = claimants.present(s, doc.claimants());
                claimant = captor != null && !sameBody(captor, claimant) ? captor : claimant;
            }
        }
        List<Claim> claims = casualties.read(doc.docId(), text, s, claimant);
        if (claimant == null && !claims.isEmpty()) {
            // a lead's figures, then their source: "Dua polisi dirawat. ... kata Kabid Humas Polda Papua"
            String ahead = sourceAhead(doc, i, claims);
            if (ahead != null) {
                claims = claims.stream().map(c -> new Claim(c.kind(), c.value(), c.low(), c.high(), c.approximate(), ahead,
                        c.docId(), c.quote())).toList();
            }
        }
        List<PlaceMention> places = doc.places().stream()
                .filter(p -> p.span().start() >= s.start() && p.span().end() <= s.end()).toList();
        List<DateMention> dates = DaySigns.anchoredToSpeech(doc, doc.dates().stream()
                .filter(d -> d.span().start() >= s.start() && d.span().end() <= s.end()).toList());
        List<ActorMention> actors = doc.actors().stream()
                .filter(a -> a.span().start() >= s.start() && a.span().end() <= s.end()).toList();
        if (PRONOUN_START.matcher(st).find() && i > 0) {
            Span prev = doc.sentences().get(i - 1);
            List<ActorMention> carried = new ArrayList<>(actors);
            doc.actors().stream().filter(a -> a.span().start() >= prev.start() && a.span().end() <= prev.end()
                    && a.actor().isArmed()).findFirst().ifPresent(a -> carried.add(0, new ActorMention(new Span(s.start(), s.start(), ""), a.actor())));
            actors = carried; // "Mereka menduduki rumah sakit": the group named in the sentence before
        }
        boolean armedActor = actors.stream().anyMatch(a -> a.actor().isArmed());
        boolean weapon = lexicon.any("weapon", lower);
        boolean militant = lexicon.any("militant", lower) || actors.stream().anyMatch(a -> a.actor().isArmed() && !a.actor().isState());
        boolean crowd = lexicon.any("crowd", lower);
        boolean victims = claims.stream().anyMatch(c -> c.kind().equals("killed") || c.kind().equals("injured"));
        boolean armed = armedActor || weapon || militant || victims;
        boolean civilianVictim = lexicon.any("civilian", lower);
        // "November lalu, sebuah ledakan ...", "pada 21 Agustus 2013": every day the sentence names is a month or more old
        boolean old = doc.published() != null && !doc.datedByText() && !dates.isEmpty()
                && dates.stream().allMatch(d -> d.date().isBefore(doc.published().minusDays(30)));
        // "Pemerintah lokal sebelumnya menyebutkan dua tentara AS tewas": what was said earlier, not a deed of earlier
        boolean recalled = lexicon.any("recalled", EARLIER_SAID.matcher(lower).replaceAll("")) || old || AGO.matcher(st).find();
        boolean period = lexicon.any("period", lower) || SINCE_DAY.matcher(lower).find();
        boolean legal = lexicon.any("legal", lower);
        boolean lead = s.start() < doc.leadEnd();
        return new Facts(i, s, doc.triggers().get(i), claims, claimant, attributed, places, dates, actors, armed, crowd, weapon, militant,
                civilianVictim, recalled, period, legal, lexicon.any("separate", lower), lead);
    }

    /** The event mention this sentence reports, or null. */
    Mention decide(EventCoder.DocumentAnalysis doc, Facts f) {
        String st = f.span().text();
        String lower = st.toLowerCase(Locale.ROOT);
        EventLexicon.Hit chosen = null;
        List<EventLexicon.Hit> hits = new ArrayList<>(f.hits());
        // "pelaku penembakan", "korban pengeboman": a noun that names the person; a verb in the sentence tells the event
        hits.sort(Comparator.comparingInt((EventLexicon.Hit h) -> h.trigger().priority() - (modifier(f, h) ? 4 : 0)).reversed());
        boolean protested = f.hits().stream().anyMatch(h -> h.trigger().family().equals("demonstration"));
        boolean grievance = false;
        for (EventLexicon.Hit h : hits) {
            if (protested && h.trigger().family().equals("violence") && grievance(f, h)) {
                grievance = true; // "memprotes militer Iran yang telah menembak jatuh pesawat": what they protest
                continue;
            }
            if (accepts(doc, f, h, lower)) {
                chosen = h;
                break;
            }
            if (DEBUG) {
                System.err.println("  (" + f.index() + ") rejected trigger '" + h.span().text() + "'");
            }
        }
        SentenceModel.Vote vote = model.vote(SentenceFeatures.of(lexicon, st, f));
        if (chosen == null) {
            return null;
        }
        if (vote != null && vote.event() < MODEL_VETO && f.claims().isEmpty()) {
            return null; // the sentence model is sure this is no event report
        }
        String[] type = type(doc, f, chosen, lower);
        if (type == null) {
            return null;
        }
        List<Claim> claims = f.claims();
        if (grievance && chosen.trigger().family().equals("demonstration")) {
            claims = claims.stream().filter(c -> !c.kind().equals("killed") && !c.kind().equals("injured")).toList();
        }
        boolean passive = chosen.trigger().has("passive");
        ActorRoles.Roles roles = ActorRoles.read(doc.text(), f.actors(), chosen.span(), passive);
        int rel = chosen.span().start() - f.span().start();
        boolean reference = REFERENCE.matcher(st.substring(Math.max(0, rel - 30), rel)).find() || namedEvent(doc, f, chosen);
        DateMention date = deedDate(doc, f);
        if (reference) {
            // the sentence's day is the trial's or the statement's; the event's own day follows its name
            int end = chosen.span().end();
            date = f.dates().stream().filter(d -> d.span().start() >= end && d.span().start() - end <= 200
                    && !CLAUSE_BREAK.matcher(doc.text().substring(end, d.span().start())).find()).findFirst().orElse(null);
            if (date != null && LEGAL_ACT.matcher(st.substring(0, rel)).find()
                    && !AT.matcher(doc.text().substring(end, date.span().start())).find()) {
                // "ditetapkan sebagai tersangka kasus bom Thamrin pada 18 Agustus 2017": the day of the naming, where the
                // deed is named only by its name ("didakwa dalam kasus peledakan bom di Terminal ... pada 24 Mei" tells it)
                date = null;
            }
        }
        boolean yearOfDeed = yearAfterTrigger(doc, f, chosen);
        if (yearOfDeed) {
            // "aksi teror bom di sekitar Sarinah ... pada awal 2016, bakal menjalani sidang vonis ..., Selasa (6/2)": the
            // deed's own time is the past year named right after it; the sentence's day is the trial's
            date = null;
        }
        boolean recalled = f.recalled() || reference || pastYear(doc, f) || yearOfDeed;
        return new Mention(f.index(), f.span(), chosen.trigger(), chosen.span(), type[0], type[1], bestPlace(doc, f, chosen),
                date, roles, claims, recalled, f.separate(), f.lead());
    }

    /** "saat Minggu Paskah lalu", "pada Lebaran lalu": a named day gone by. */
    private static final Pattern AGO = Pattern.compile("(?i)\\b(saat|pada|ketika|sejak|sewaktu)\\s+(\\p{L}+\\s+){1,2}lalu\\b");

    /** A trigger named as a kind of thing ("termasuk demonstrasi", "segala bentuk serangan", "setiap aksi teror"). */
    /** "antara lain", "di antaranya" before the trigger in its clause: a list of examples follows. */
    private static final Pattern EXAMPLES = Pattern.compile("(?i)\\b(antara lain|di antaranya)\\b[^.;:\"“”]*$");
    /** A noun of a deed ("penembakan", "kericuhan", "bom"), not a verb. */
    private static final Pattern NOMINAL = Pattern.compile("(?i)((pe|ke)\\p{L}+an|bom|teror)\\b");
    private static final Pattern KIND_OF = Pattern.compile("(?i)\\b(termasuk|seperti|misalnya|setiap|segala|segala bentuk|berbagai|bentuk|jenis|hak|semua)\\s+$");

    /**
     * "Lebih dari 80 orang tewas dalam bentrokan sejak 8 Juli", "melancarkan serangan ... sejak pertengahan Januari": a toll or a
     * campaign since a day or a month is a period, not one event.
     */
    private static final Pattern SINCE_DAY = Pattern.compile("\\bsejak\\s+(tanggal\\s+|bulan\\s+)?(\\d{1,2}\\s+|(awal|pertengahan|akhir)\\s+(bulan\\s+)?)?(januari|februari|maret|april|mei|juni|juli|"
            + "agustus|september|oktober|november|desember)\\b");

    /** The day a period starts: "sejak 8 Juli", "sejak tanggal 28 Desember". */
    private static boolean since(EventCoder.DocumentAnalysis doc, DateMention d) {
        String before = doc.text().substring(Math.max(0, d.span().start() - 64), d.span().start());
        return SINCE_BEFORE.matcher(before).find() || d.span().text().toLowerCase(Locale.ROOT).startsWith("sejak");
    }

    /** "sejak 8 Juli", "sejak orang-orang turun ke jalan pada tanggal 28 Desember": the day a period began. */
    private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\bsejak\\s+(tanggal\\s+|[^,.;\"“”]{0,40}\\bpada\\s+(tanggal\\s+)?)?$");

    private static final Pattern AT = Pattern.compile("(?i)\\bdi\\s");
    /** A legal act on a person, told before the name of the deed it concerns. */
    private static final Pattern LEGAL_ACT = Pattern.compile("(?i)\\b(ditetapkan sebagai|divonis|didakwa|dituntut|diadili|dihukum|dijatuhi"
            + "|menjalani sidang|menjalani persidangan|sidang perdana|disidangkan)\\b");
    /** "hingga Selasa 19 November", "sampai 5 Juni": a count up to a day, not on it. */
    private static final Pattern UP_TO_DAY = Pattern.compile("(?i)\\b(hingga|sampai|sejauh ini hingga)\\s+(hari\\s+)?"
            + "(senin|selasa|rabu|kamis|jumat|sabtu|minggu|\\d{1,2}\\s+\\p{L}+\\s+\\d{4})\\b");

    /** Words of sport that name something else: a nightclub is no football club. */
    static final Pattern NOT_SPORT = Pattern.compile("(?i)klub malam|tempat hiburan malam|night ?club");

    /** A protest verb, its object, then a relative clause: the deed the crowd protests. */
    private static final Pattern GRIEVANCE = Pattern.compile("(?i)\\b(memprotes|memrotes|menolak|mengecam|mengutuk|menuntut|menentang)\\b"
            + "[^.;]{0,80}?\\byang\\s+(?:telah\\s+|sudah\\s+|sebelumnya\\s+|diduga\\s+)?(?:\\p{L}+\\s+)?$");

    /** The violence the sentence's protest is about ("memprotes ... yang telah menembak jatuh"), not an event it reports. */
    private static boolean grievance(Facts f, EventLexicon.Hit h) {
        int rel = h.span().start() - f.span().start();
        return GRIEVANCE.matcher(f.span().text().substring(Math.max(0, rel - 120), rel)).find();
    }

    /** "Bom Bali", "tragedi Semanggi", "kerusuhan Ambon": an event known by its place's name, told as background. */
    private static boolean namedEvent(EventCoder.DocumentAnalysis doc, Facts f, EventLexicon.Hit h) {
        if (!h.span().text().matches("(?i)bom|tragedi|kerusuhan|pengeboman")) {
            return false;
        }
        int next = h.span().end() + 1;
        return next < doc.text().length() && doc.text().charAt(h.span().end()) == ' ' && Character.isUpperCase(doc.text().charAt(next))
                && f.places().stream().anyMatch(p -> p.span().start() == next);
    }

    /** A year before the publication year named right after the trigger, with no day between them. */
    private static boolean yearAfterTrigger(EventCoder.DocumentAnalysis doc, Facts f, EventLexicon.Hit h) {
        if (doc.published() == null || doc.datedByText()) {
            return false;
        }
        int end = h.span().end();
        String after = doc.text().substring(end, Math.min(f.span().end(), end + 90));
        Matcher y = YEAR.matcher(after);
        if (!y.find() || Integer.parseInt(y.group(1)) >= doc.published().getYear() || CLAUSE_BREAK.matcher(after.substring(0, y.start())).find()) {
            return false;
        }
        int yearAt = end + y.start();
        return f.dates().stream().noneMatch(d -> d.span().start() >= end && d.span().start() < yearAt);
    }

    /** The sentence names a year before the publication year and no day ("pada 2013", "awal 2016"). */
    private static boolean pastYear(EventCoder.DocumentAnalysis doc, Facts f) {
        if (doc.published() == null || doc.datedByText() || f.dates().stream().anyMatch(d -> d.precision() <= 3)) {
            return false;
        }
        Matcher y = YEAR.matcher(f.span().text());
        while (y.find()) {
            if (Integer.parseInt(y.group(1)) < doc.published().getYear()) {
                return true;
            }
        }
        return false;
    }

    /** The next sentence counts the dead or wounded ("Peristiwa yang menewaskan 39 orang ini"). */
    private boolean neighbourVictims(EventCoder.DocumentAnalysis doc, Facts f) {
        int i = f.index() + 1;
        if (i >= doc.sentences().size()) {
            return false;
        }
        String next = doc.sentences().get(i).text().toLowerCase(Locale.ROOT);
        return lexicon.any("verb_killed", next) || lexicon.any("killed", next) && next.matches(".*\\d.*|.*\\b(seorang|dua|tiga|empat|lima|puluhan|ratusan)\\b.*");
    }

    private static String lastWords(String s, int n) {
        String[] w = s.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(w, Math.max(0, w.length - n), w.length));
    }

    private static boolean modifier(Facts f, EventLexicon.Hit h) {
        return namedThrough(f.span(), h.span());
    }

    /** "korban penganiayaan", "pelaku penembakan": the trigger names a person by the deed, not the deed itself. */
    static boolean namedThrough(Span sentence, Span trigger) {
        int rel = trigger.start() - sentence.start();
        return rel >= 0 && MODIFIER.matcher(sentence.text().substring(Math.max(0, rel - 25), rel)).find();
    }

    /** A count of arrests up to a day or in total: a running tally, not one arrest. */
    private boolean tally(EventCoder.DocumentAnalysis doc, Facts f, String lower) {
        return UP_TO_DAY.matcher(f.span().text()).find() || lexicon.any("cumulative", lower)
                && f.dates().stream().noneMatch(d -> d.precision() == 1 && !DaySigns.statementDay(doc, d));
    }

    /** A sentence that tallies arrests ("telah menangkap 71 orang ... hingga Selasa 19 November"). */
    private boolean tallies(EventCoder.DocumentAnalysis doc, Facts f) {
        return f.hits().stream().anyMatch(h -> h.trigger().has("arrest")) && tally(doc, f, f.span().text().toLowerCase(Locale.ROOT));
    }

    /** The trigger's own conditions and the guide's "not an event" signs around it. */
    /** A trigger turned down: false, and under -Dpantau.events.debug=true the rule's name on standard error. */
    private static boolean no(String why) {
        if (DEBUG) {
            System.err.println("    rejected (" + why + ")");
        }
        return false;
    }

    /** The trigger is followed in its sentence by a full date of its own: day, month and year. */
    private static boolean datedInFull(Facts f, EventLexicon.Hit h) {
        return f.dates().stream().anyMatch(d -> d.precision() == 1 && d.span().start() > h.span().start()
                && FULL_YEAR.matcher(d.span().text()).find());
    }

    private static final Pattern FULL_YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");

    private boolean accepts(EventCoder.DocumentAnalysis doc, Facts f, EventLexicon.Hit h, String lower) {
        EventLexicon.Trigger t = h.trigger();
        String text = doc.text();
        int rel = h.span().start() - f.span().start();
        String before = f.span().text().substring(Math.max(0, rel - 40), rel);
        String clause = clauseAround(f.span().text(), rel);
        if (AGAINST.matcher(before).find()) {
            return no("against");
        }
        if (NEGATION.matcher(before).find()) {
            return no("negation"); // "tidak terjadi bentrokan", "membantah menyerang"
        }
        if (h.span().text().equalsIgnoreCase("teror") && TERROR_GROUP.matcher(before).find()) {
            return no("group"); // "kelompok teror pimpinan Abu Bakr al-Baghdadi": a group named by what it does
        }
        if (BEFORE_DEED.matcher(before).find()) {
            return no("before"); // "pengintaian enam bulan sebelum menangkap para terduga": the time of another act
        }
        if (ACCUSED.matcher(before).find() && !datedInFull(f, h)) {
            // "menuding pihak TNI dan Polri melakukan penyanderaan": an accusation, not a reported deed; but "dituduh
            // memerintahkan terjadinya tiga pemboman pada 12 Oktober 2002" tells bombings that happened, whoever ordered them
            return no("accused");
        }
        if (KIND_OF.matcher(before).find()) {
            return no("kind"); // "menghargai setiap proses demokrasi, termasuk demonstrasi": a kind of thing, not a happening
        }
        if (EXAMPLES.matcher(f.span().text().substring(Math.max(0, rel - 160), rel)).find() && NOMINAL.matcher(h.span().text()).lookingAt()) {
            // "Kasus itu antara lain penembakan di Yahukimo (Maret 2015), kericuhan Tolikara (Juli 2015), ...": cases named
            // as examples of a list, each told only by its name
            return no("example");
        }
        if (lexicon.any("plan", lastWords(before, 4))) {
            return no("plan"); // "akan menyerang", "rencana serangan", "bersiap menggelar lagi demonstrasi"
        }
        String after = f.span().text().substring(Math.min(f.span().text().length(), rel + h.span().text().length()));
        if (PLAN_AFTER.matcher(after.length() > 80 ? after.substring(0, 80) : after).lookingAt()) {
            return no("announced"); // "Aksi unjuk rasa ... dikabarkan akan kembali digelar pada 25 November": announced, not held
        }
        if (h.span().text().matches("(?i)(mem)?protes") && DIPLOMATIC.matcher(before).find()) {
            return no("diplomatic"); // "Pemerintah Bangladesh memanggil Duta Besar Myanmar untuk memprotes": a diplomatic protest
        }
        if (t.subEventType().equals("Abduction/forced disappearance") && HELD.matcher(before).find() && f.dates().isEmpty()) {
            // "1.300 warga ... yang disandera orang-orang bersenjata", "kelompok yang melakukan penyanderaan di Papua":
            // who is held or who holds them, told without a day, is a state of affairs, not the taking of hostages
            return no("held");
        }
        if (t.has("territory") && STATIVE.matcher(before).find()) {
            return no("stative"); // "daerah yang dikuasai gerilyawan", "masih menguasai": a state, not a capture
        }
        if (t.has("territory") && NOW.matcher(f.span().text()).lookingAt() && h.span().text().matches("(?i)menguasai|dikuasai")) {
            return no("stative"); // "Saat ini ISIS sudah sampai Filipina Selatan dan menguasai Kota Marawi": who holds it now
        }
        boolean violence = t.family().equals("violence");
        boolean conflictWords = f.militant() || f.weapon();
        if (t.has("protest") && (lexicon.any("display", clause) || lexicon.any("display", leadText(doc)))) {
            return no("display"); // "penerbangan demonstrasi Frecce Tricolori": an air show, not a protest
        }
        if (violence && lexicon.any("disaster", clause) && !conflictWords) {
            return no("disaster");
        }
        if ((violence || t.has("arrest")) && (lexicon.any("sport", NOT_SPORT.matcher(clause).replaceAll(" ")) || doc.sporty() && !conflictWords
                && f.actors().stream().noneMatch(a -> a.actor().isArmed() && !a.actor().type().equals("police")))) {
            return no("sport"); // "serangan balik", "menyerang pertahanan lawan"
        }
        if ((violence || t.has("arrest")) && lexicon.any("crime", clause) && !conflictWords && !t.has("riot")) {
            return no("crime"); // robbery, drugs, graft, domestic quarrels: not political violence
        }
        if (violence && lexicon.any("policy", clause) && !f.claims().stream().anyMatch(c -> c.kind().equals("killed"))) {
            return no("policy"); // "uji coba rudal", "latihan militer", "sanksi"
        }
        if (f.period() && f.dates().stream().noneMatch(d -> d.precision() == 1 && !since(doc, d))) {
            // a summary of a long period, not one event; "tewas dalam bentrokan ... sejak 8 Juli" is such a summary too
            return no("period");
        }
        if (t.has("arrest") && h.span().text().toLowerCase(Locale.ROOT).matches("(di|meng)amankan") && !t.has("passive")
                && lexicon.startsWith("secured_thing", after)) {
            return no("secured"); // "mengamankan pawai obor", "mengamankan lokasi": securing, not an arrest
        }
        if (t.has("arrest") && tally(doc, f, lower)) {
            // "telah menangkap sebanyak 71 orang ... hingga Selasa 19 November": a running total; "Dari total 41 orang
            // yang ditangkap", "sejauh ini 249 orang ditahan": a tally, even when the sentence names the day it was told
            return no("tally");
        }
        if (t.has("armed") && !f.armed()) {
            return no("unarmed");
        }
        if (t.eventType().equals("Explosions/Remote violence") && t.priority() <= 5
                && !(f.weapon() || f.militant() || lexicon.any("weapon", leadText(doc)) || lexicon.any("militant", leadText(doc)))) {
            return no("no bomb"); // "ledakan" alone: a gas cylinder or fireworks, unless a bomb or an armed group is named
        }
        if (violence && lexicon.any("disaster", leadText(doc)) && !lexicon.any("militant", leadText(doc))
                && !lexicon.any("weapon", leadText(doc))) {
            return no("disaster article"); // an article about an accident or a disaster
        }
        if ((t.has("arrest") || t.has("attack")) && lexicon.any("crime", leadText(doc)) && !lexicon.any("militant", leadText(doc))
                && !(t.has("riot"))) {
            return no("crime article"); // an article about a robbery, a hoax or a brawl: police work, not political violence
        }
        if (t.has("needsverb") && !lexicon.any("attack_verb", lower) && f.claims().stream().noneMatch(c -> !c.kind().equals("captured"))) {
            return no("weapon only"); // "pameran rudal", "sistem rudal pertahanan": a weapon, not an attack
        }
        boolean forcesAttacked = lower.matches(".*\\b(anggota|personel|prajurit)\\s+(brimob|polri|tni|polisi|polres|polsek|kodim|koramil)\\b.*")
                || lower.matches(".*\\b(pos|markas|mapolsek|mapolres|mapolda|kantor)\\s+(polisi|polri|tni|militer|brimob)\\b.*");
        boolean victims = f.claims().stream().anyMatch(c -> c.kind().equals("killed") || c.kind().equals("injured")) || neighbourVictims(doc, f);
        if (t.has("weak") && !(f.armed() && doc.militant() || f.crowd() && (t.has("riot") || t.has("protest"))
                || t.has("riot") && victims || t.has("attack") && forcesAttacked)) {
            return no("weak context");
        }
        boolean stateShooting = f.actors().stream().anyMatch(a -> a.actor().isState()) && lower.matches(".*\\b(tembak\\p{L}*|menembak\\p{L}*|menembaki)\\b.*");
        if (t.has("attack") && !(doc.militant() || f.crowd() && !t.eventType().equals("Violence against civilians") || stateShooting
                || forcesAttacked || lexicon.any("war_weapon", lower))) {
            return no("no conflict actor"); // a killing or a beating without an armed group, a weapon of war or a crowd: crime, not conflict
        }
        if (t.has("territory") && f.actors().stream().noneMatch(a -> a.actor().isArmed())) {
            return no("no armed taker");
        }
        if (t.has("clash") && !(f.armed() || f.crowd())) {
            return no("no sides");
        }
        if (t.has("arrest")) {
            boolean political = f.militant() || f.weapon() || f.crowd() && lexicon.any("violent_protest", lower)
                    || lexicon.any("suicide", lower) || doc.militant() && lexicon.any("militant", lower)
                    || lower.contains("terduga") && doc.militant() || lower.contains("pelaku") && doc.militant()
                    || lexicon.any("violent_protest", lower) && !f.claims().isEmpty()
                    || doc.militant() && !lexicon.any("crime", lower);
            if (!political) {
                return no("not political");
            }
        }
        return true;
    }

    /** One event per place of a list of places after the trigger (see {@link MentionPlaces#perPlace}). */
    List<Mention> perPlace(EventCoder.DocumentAnalysis doc, Facts f, Mention m) {
        return places.perPlace(doc, f, m);
    }

    /** The most specific place of the sentence where something happened (see {@link MentionPlaces#bestPlace}). */
    PlaceMention bestPlace(EventCoder.DocumentAnalysis doc, Facts f, EventLexicon.Hit trigger) {
        return places.bestPlace(doc, f, trigger);
    }

    private static boolean sameParagraph(String text, Span a, Span b) {
        return text.indexOf('\n', a.end()) < 0 || text.indexOf('\n', a.end()) >= b.start();
    }

    /** The stretch of the sentence between commas around a position. */
    private static String clauseAround(String s, int pos) {
        int a = s.lastIndexOf(',', Math.max(0, pos - 1));
        int b = s.indexOf(',', pos);
        return s.substring(a < 0 ? 0 : a, b < 0 ? s.length() : b).toLowerCase(Locale.ROOT);
    }

    /** Event type and sub-type by the guide's rules, from the trigger and who is in the sentence. */
    private String[] type(EventCoder.DocumentAnalysis doc, Facts f, EventLexicon.Hit h, String lower) {
        EventLexicon.Trigger t = h.trigger();
        String type = t.eventType(), sub = t.subEventType();
        boolean protestWords = f.hits().stream().anyMatch(x -> x.trigger().has("protest"));
        boolean riotWords = f.hits().stream().anyMatch(x -> x.trigger().has("riot"));
        boolean violentProtest = lexicon.any("violent_protest", lower);
        boolean organisedArmed = f.actors().stream().anyMatch(a -> a.actor().isArmed() && !a.actor().isState())
                || f.militant();
        int rel = h.span().start() - f.span().start();
        String agentSide = t.has("passive") ? lower.substring(Math.min(lower.length(), rel + h.span().text().length()))
                : lower.substring(0, rel);
        if (!t.has("passive")) {
            // the doer is in the clause right before the verb: "puluhan orang tewas saat pasukan pemerintah menyerbu"
            agentSide = agentSide.replaceFirst("(?s)^.*(?:,|\\bsaat\\b|\\bketika\\b|\\bsetelah\\b|\\bsewaktu\\b|\\bkarena\\b)", "");
        }
        boolean crowdDoing = lexicon.any("crowd", agentSide.replaceAll("warga negara|warga asal|warga sipil", "")) && !organisedArmed;
        boolean security = lexicon.any("security", lower) || f.actors().stream().anyMatch(a -> a.actor().isState());
        if (lexicon.any("suicide", lower) && type.equals("Explosions/Remote violence")) {
            sub = "Suicide bomb";
        }
        if (sub.equals("TERRITORY")) {
            ActorRoles.Roles r = ActorRoles.read(f.actors(), h.span(), t.has("passive"));
            Actor taker = r.actor1();
            sub = taker != null && ActorRoles.isGovernmentSide(taker) ? "Government regains territory" : "Non-state actor overtakes territory";
        }
        if (t.has("protest")) {
            if (riotWords || violentProtest && (f.crowd() || protestWords) && !lower.contains("damai")) {
                return new String[] {"Riots", "Violent demonstration"};
            }
            if (lexicon.any("intervention", lower) && security) {
                boolean killed = f.claims().stream().anyMatch(c -> c.kind().equals("killed"));
                return new String[] {"Protests", killed ? "Excessive force against protesters" : "Protest with intervention"};
            }
            return new String[] {"Protests", "Peaceful protest"};
        }
        if (t.has("riot")) {
            boolean demo = protestWords || protestLead(doc) || lexicon.any("violent_protest", lower) && lower.matches(".*\\b(aksi|demo|unjuk rasa|demonstran|pedemo|mahasiswa)\\b.*");
            return new String[] {"Riots", demo ? "Violent demonstration" : "Mob violence"};
        }
        boolean crowdInClash = t.has("clash") && lexicon.any("crowd", lower.replaceAll("warga negara|warga asal", "")) && !f.weapon();
        if (t.has("clash") && (riotWords || protestWords || crowdInClash || lower.matches(".*\\b(aksi|demo|ricuh|rusuh)\\b.*"))
                && !organisedArmed) {
            return new String[] {"Riots", protestWords || protestLead(doc) || lower.matches(".*\\b(aksi|demo)\\b.*") ? "Violent demonstration" : "Mob violence"};
        }
        if ((t.has("clash") || t.has("attack")) && crowdDoing && !f.weapon()) {
            return new String[] {"Riots", protestWords ? "Violent demonstration" : "Mob violence"};
        }
        if (t.family().equals("violence") && !t.has("arrest") && protestWords && security && !organisedArmed && !riotWords && !crowdDoing
                && !violentProtest) {
            // "31 orang terluka karena tembakan tentara Israel dalam unjuk rasa": force used on a demonstration
            boolean killed = f.claims().stream().anyMatch(c -> c.kind().equals("killed"));
            return new String[] {"Protests", killed ? "Excessive force against protesters" : "Protest with intervention"};
        }
        if (t.has("arrest") && f.claims().stream().anyMatch(c -> c.kind().equals("killed"))
                && (lower.matches(".*\\b(tembak\\p{L}*|baku tembak|menyerang|penyerangan|kontak senjata|melawan)\\b.*")
                || lower.matches(".*\\b(tewas|meninggal|meninggal dunia|terbunuh)\\s+(dalam|saat|ketika)\\s+(operasi\\s+)?"
                        + "(penggerebekan|penyergapan|penangkapan)\\b.*"))) {
            return new String[] {"Battles", "Armed clash"}; // a raid that ends in a shoot-out, or in which the raided die
        }
        if (t.has("attack") && !type.equals("Explosions/Remote violence")) {
            ActorRoles.Roles r = ActorRoles.read(f.actors(), h.span(), t.has("passive"));
            boolean targetArmed = r.actor2() != null && r.actor2().isArmed() || lexicon.any("security", afterTrigger(f, h, t))
                    || lexicon.any("militant", afterTrigger(f, h, t));
            boolean targetCivil = r.actor2() != null && !r.actor2().isArmed() || lexicon.any("civilian", afterTrigger(f, h, t))
                    || t.has("ramming");
            boolean attackerState = r.actor1() != null && r.actor1().isState();
            boolean militantTarget = lexicon.any("militant", afterTrigger(f, h, t));
            if (targetArmed && (!attackerState || militantTarget) && !t.has("ramming")) {
                return new String[] {"Battles", "Armed clash"};
            }
            if (targetCivil || type.equals("Violence against civilians")) {
                return new String[] {"Violence against civilians", "Attack"};
            }
            if (organisedArmed && security) {
                return new String[] {"Battles", "Armed clash"};
            }
            if (lexicon.any("killed", lower) || lexicon.any("injured", lower) || lower.contains("teror")) {
                // "serangan teror di London Bridge yang menewaskan tujuh orang": no armed side attacked, people died
                return new String[] {"Violence against civilians", "Attack"};
            }
            if (!organisedArmed && !security && !f.weapon() && doc.militant()) {
                // "Aksi serangan paling mematikan terjadi di Prancis": no armed side in sight, in a story of terror
                return new String[] {"Violence against civilians", "Attack"};
            }
            return new String[] {type, sub};
        }
        return new String[] {type, sub};
    }

    /** The first three sentences of the article, lower case. */
    private static String leadText(EventCoder.DocumentAnalysis doc) {
        return doc.text().substring(0, Math.min(doc.text().length(), doc.leadEnd())).toLowerCase(Locale.ROOT);
    }

    /** The article's lead speaks of a protest (so its clashes are violent demonstrations). */
    private boolean protestLead(EventCoder.DocumentAnalysis doc) {
        for (int i = 0; i < Math.min(3, doc.triggers().size()); i++) {
            if (doc.triggers().get(i).stream().anyMatch(h -> h.trigger().has("protest"))) {
                return true;
            }
        }
        return false;
    }

    /** The words the trigger acts on: after an active verb, before a passive one. */
    private static String afterTrigger(Facts f, EventLexicon.Hit h, EventLexicon.Trigger t) {
        String s = f.span().text().toLowerCase(Locale.ROOT);
        int rel = h.span().start() - f.span().start();
        if (t.has("passive")) {
            return s.substring(Math.max(0, rel - 50), rel);
        }
        int end = rel + h.span().text().length();
        String after = s.substring(end, Math.min(s.length(), end + 50));
        if (NOMINAL_ATTACK.matcher(h.span().text()).lookingAt()) {
            // "serangan kelompok bersenjata yang menewaskan pengunjung restoran": the noun's complement is the
            // attacker; the target comes after "terhadap", "ke" or the verb of harm
            Matcher target = TARGET_MARK.matcher(s.substring(end, Math.min(s.length(), end + 120)));
            if (target.find()) {
                return s.substring(end + target.end(), Math.min(s.length(), end + target.end() + 50));
            }
        }
        return after;
    }

    /**
     * The sentence's day of the deed: its most precise, earliest day; where its only day is the one a source spoke on
     * ("kata Gubernur Hamedan pada 2 Januari"), that tells only that the deed was no later (precision 2), so that a
     * deed's own day told elsewhere wins.
     */
    static DateMention deedDate(EventCoder.DocumentAnalysis doc, Facts f) {
        DateMention best = bestDate(f);
        return f.dates().size() == 1 && best.precision() == 1 && DaySigns.statementDay(doc, best)
                ? new DateMention(best.date(), 2, best.span()) : best;
    }

    /** The date the sentence names: the most precise, then the earliest. */
    static DateMention bestDate(Facts f) {
        return f.dates().stream().min(Comparator.comparingInt(DateMention::precision).thenComparing(DateMention::date)).orElse(null);
    }
}
