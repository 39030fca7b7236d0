package id.pantau.geo;

import id.pantau.nlp.Span;
import id.pantau.util.Resources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.PositiveIntOutputs;

/**
 * The places Pantau knows (gazetteer v2): every Indonesian province, regency, district and village;
 * towns, districts and regions of the conflict countries; populated places and regions of the rest of
 * the world; airfields. Built by scripts/build-gazetteer.py and compiled at build time by
 * {@link GazetteerCompiler} into {@value #RESOURCE}: columnar arrays plus a Lucene FST of folded names,
 * so loading is a read of arrays, not a parse. Loaded once, lazily; a missing resource fails loudly.
 */
public final class Gazetteer {
    public static final String RESOURCE = "id/pantau/geo/places-v2.bin";
    private static final int MAX_NAME_CHARS = 64;

    private final int n;
    private final String[] countryCodes;
    private final String[] admin1Codes;
    private final byte[] idBlob, nameBlob;
    private final int[] idOff, nameOff;
    private final byte[] kind;
    private final float[] lat, lon;
    private final int[] cc, a1, parent, pop;
    private final int[] postings;
    private final FST<Long> fst;
    private final Map<String, Integer> countries = new HashMap<>();
    private final Map<String, Integer> regions = new HashMap<>();
    private final long bytes;

    /** A name found in a text: its span, its folded key and the places that carry it. */
    public record NameMatch(Span span, String key, int[] candidates) {
    }

    private Gazetteer(byte[] data) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt() != GazetteerCompiler.MAGIC || b.getInt() != GazetteerCompiler.VERSION) {
            throw new IOException("bundled gazetteer " + RESOURCE + " has an unknown format (rebuild with mvn package)");
        }
        n = b.getInt();
        countryCodes = strings(b);
        admin1Codes = strings(b);
        int idLen = b.getInt();
        idBlob = new byte[idLen];
        b.get(idBlob);
        idOff = ints(b, n + 1);
        int nameLen = b.getInt();
        nameBlob = new byte[nameLen];
        b.get(nameBlob);
        nameOff = ints(b, n + 1);
        kind = new byte[n];
        b.get(kind);
        lat = floats(b, n);
        lon = floats(b, n);
        cc = ints(b, n);
        a1 = ints(b, n);
        parent = ints(b, n);
        pop = ints(b, n);
        postings = ints(b, b.getInt());
        ByteArrayDataInput in = new ByteArrayDataInput(data, b.position(), data.length - b.position());
        fst = new FST<>(FST.readMetadata(in, PositiveIntOutputs.getSingleton()), in);
        for (int i = 0; i < n; i++) {
            if (kind[i] == PlaceKind.COUNTRY.ordinal()) {
                countries.put(countryCodes[cc[i]], i);
            } else if (kind[i] == PlaceKind.ADMIN1.ordinal()) {
                regions.putIfAbsent(admin1Codes[a1[i]], i);
            }
        }
        bytes = idBlob.length + nameBlob.length + 4L * (idOff.length + nameOff.length) + n * (1L + 4 * 6) + 4L * postings.length
                + fst.ramBytesUsed();
    }

    private static String[] strings(ByteBuffer b) {
        String[] s = new String[b.getInt()];
        for (int i = 0; i < s.length; i++) {
            int len = readVInt(b);
            byte[] x = new byte[len];
            b.get(x);
            s[i] = new String(x, StandardCharsets.UTF_8);
        }
        return s;
    }

    private static int readVInt(ByteBuffer b) {
        int v = 0, shift = 0;
        byte x;
        do {
            x = b.get();
            v |= (x & 0x7f) << shift;
            shift += 7;
        } while (x < 0);
        return v;
    }

    private static int[] ints(ByteBuffer b, int len) {
        int[] a = new int[len];
        b.asIntBuffer().get(a);
        b.position(b.position() + 4 * len);
        return a;
    }

    private static float[] floats(ByteBuffer b, int len) {
        float[] a = new float[len];
        b.asFloatBuffer().get(a);
        b.position(b.position() + 4 * len);
        return a;
    }

    private static final class Holder {
        static final Gazetteer DEFAULT = load();
    }

    public static Gazetteer standard() {
        return Holder.DEFAULT;
    }

    private static Gazetteer load() {
        try (InputStream in = Resources.open(RESOURCE)) {
            return new Gazetteer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled gazetteer " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    public int size() {
        return n;
    }

    /** Approximate heap held by the loaded gazetteer, in bytes. */
    public long ramBytes() {
        return bytes;
    }

    public Place place(int i) {
        return new Place(i, str(idBlob, idOff, i), str(nameBlob, nameOff, i), PlaceKind.values()[kind[i]], lat[i], lon[i],
                countryCodes[cc[i]], admin1Of(i), parent[i], pop[i]);
    }

    private String admin1Of(int i) {
        String c = admin1Codes[a1[i]];
        return c.substring(c.indexOf('.') + 1);
    }

    private static String str(byte[] blob, int[] off, int i) {
        return new String(blob, off[i], off[i + 1] - off[i], StandardCharsets.UTF_8);
    }

    /** The folded key of the place's own (first) name. */
    public String primaryKey(int i) {
        return NameKey.of(str(nameBlob, nameOff, i));
    }

    public PlaceKind kind(int i) {
        return PlaceKind.values()[kind[i]];
    }

    public int population(int i) {
        return pop[i];
    }

    public String countryOf(int i) {
        return countryCodes[cc[i]];
    }

    public double km(int i, int j) {
        return Place.km(lat[i], lon[i], lat[j], lon[j]);
    }

    public double km(int i, double la, double lo) {
        return Place.km(lat[i], lon[i], la, lo);
    }

    /** The enclosing unit, or null. */
    public Place parent(Place p) {
        return p.parent() < 0 ? null : place(p.parent());
    }

    /** True when {@code outer} is {@code inner} or one of its enclosing units (by the parent chain). */
    public boolean within(int inner, int outer) {
        for (int i = inner, depth = 0; i >= 0 && depth < 8; i = parent[i], depth++) {
            if (i == outer) {
                return true;
            }
        }
        return false;
    }

    /** Same first-level region of the same country. */
    public boolean sameRegion(int i, int j) {
        return a1[i] == a1[j];
    }

    /** The country entry for an ISO code, or null. */
    public Place country(String iso2) {
        Integer i = countries.get(iso2);
        return i == null ? null : place(i);
    }

    private volatile Map<Integer, int[]> admin3ByRegion;

    /**
     * The kecamatan-level unit (ADMIN3) of the same first-level region whose centre is nearest to place
     * {@code i}, within {@code maxKm}; or null. For places the data gives no district (a town or
     * quarter hung directly under its province).
     */
    public Place nearestAdmin3(int i, double maxKm) {
        Map<Integer, int[]> idx = admin3ByRegion;
        if (idx == null) {
            Map<Integer, List<Integer>> lists = new HashMap<>();
            for (int j = 0; j < n; j++) {
                if (kind[j] == PlaceKind.ADMIN3.ordinal()) {
                    lists.computeIfAbsent(a1[j], k -> new java.util.ArrayList<>()).add(j);
                }
            }
            Map<Integer, int[]> built = new HashMap<>();
            lists.forEach((k, v) -> built.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
            admin3ByRegion = idx = built;
        }
        int best = -1;
        double bestKm = maxKm;
        for (int j : idx.getOrDefault(a1[i], new int[0])) {
            double km = km(i, j);
            if (km <= bestKm) {
                bestKm = km;
                best = j;
            }
        }
        return best < 0 ? null : place(best);
    }

    /**
     * The name of the place's enclosing unit of this kind (ADMIN2, ADMIN3), or of the place itself when it
     * is one, or null; Jakarta's "Kota Administrasi Jakarta Timur" is given as Jakarta Timur, as everyone
     * names it.
     */
    public String enclosingName(Place p, PlaceKind kind) {
        Place q = p;
        for (int depth = 0; q != null && depth < 8; depth++, q = parent(q)) {
            if (q.kind() == kind) {
                return q.name().replaceFirst("^(Kota|Kabupaten) Administrasi ", "");
            }
            if (q.kind() == PlaceKind.COUNTRY || q.kind() == PlaceKind.ADMIN1 || kind == PlaceKind.ADMIN3 && q.kind() == PlaceKind.ADMIN2) {
                return null;
            }
        }
        return null;
    }

    /**
     * The place whose hierarchy gives the districts of {@code p}: {@code p} itself when the data hangs it
     * under a district; else, for a town, quarter or village hung directly under its province, the nearest
     * kecamatan of that province within 15 km.
     */
    public Place districtAnchor(Place p) {
        if (p.kind().isArea() || enclosingName(p, PlaceKind.ADMIN2) != null) {
            return p;
        }
        Place near = nearestAdmin3(p.index(), 15);
        return near == null ? p : near;
    }

    /** The ISO code of the country with this (canonical English) name, or null. */
    public String isoOfCountry(String name) {
        for (Map.Entry<String, Integer> e : countries.entrySet()) {
            if (place(e.getValue()).name().equals(name)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The first-level region ("SY", "07"), or null. */
    public Place region(String iso2, String admin1) {
        Integer i = regions.get(iso2 + "." + admin1);
        return i == null ? null : place(i);
    }

    /** The entry with this id (a scan: for tests and tools, not hot paths), or null. */
    public Place byId(String id) {
        byte[] want = id.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < n; i++) {
            int len = idOff[i + 1] - idOff[i];
            if (len == want.length && java.util.Arrays.equals(idBlob, idOff[i], idOff[i + 1], want, 0, len)) {
                return place(i);
            }
        }
        return null;
    }

    /** The places carrying exactly this name (folded), or an empty array. */
    public int[] lookup(String name) {
        String key = NameKey.of(name);
        try {
            FST.BytesReader r = fst.getBytesReader();
            FST.Arc<Long> arc = fst.getFirstArc(new FST.Arc<>());
            long out = 0;
            for (int k = 0; k < key.length(); k++) {
                if (fst.findTargetArc(key.charAt(k), arc, arc, r) == null) {
                    return new int[0];
                }
                out += arc.output();
            }
            if (!arc.isFinal()) {
                return new int[0];
            }
            return candidates((int) (out + arc.nextFinalOutput()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * "Tanjung Baru" is also the village the register writes "Tanjungbaru": Indonesian villages and districts whose
     * name is the same words written as one are added to a name of two or three words.
     */
    private int[] withJoined(String key, int[] found) {
        int spaces = (int) key.chars().filter(ch -> ch == ' ').count();
        if (spaces < 1 || spaces > 2) {
            return found;
        }
        int[] joined = lookup(key.replace(" ", ""));
        if (joined.length == 0) {
            return found;
        }
        java.util.LinkedHashSet<Integer> all = new java.util.LinkedHashSet<>();
        for (int p : found) {
            all.add(p);
        }
        for (int p : joined) {
            PlaceKind k = kind(p);
            if (countryOf(p).equals("ID") && (k == PlaceKind.VILLAGE || k == PlaceKind.ADMIN3)) {
                all.add(p);
            }
        }
        return all.size() == found.length ? found : all.stream().mapToInt(Integer::intValue).toArray();
    }

    private int[] candidates(int at) {
        return java.util.Arrays.copyOfRange(postings, at + 1, at + 1 + postings[at]);
    }

    /**
     * Every gazetteer name in the text, on word boundaries, ignoring case, diacritics and the
     * difference between hyphen, apostrophe and space. Overlapping and nested matches are all given
     * (the geocoder picks); offsets point into the original text.
     */
    public List<NameMatch> match(String text) {
        NameKey.Folded f = NameKey.fold(text);
        String s = f.text();
        List<NameMatch> out = new ArrayList<>();
        try {
            FST.BytesReader r = fst.getBytesReader();
            FST.Arc<Long> first = fst.getFirstArc(new FST.Arc<>());
            FST.Arc<Long> arc = new FST.Arc<>();
            for (int i = 0; i < s.length(); i++) {
                if (!Character.isLetterOrDigit(s.charAt(i)) || i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
                    continue;
                }
                arc.copyFrom(first);
                long outSum = 0;
                for (int j = i; j < s.length() && j - i < MAX_NAME_CHARS; j++) {
                    if (fst.findTargetArc(s.charAt(j), arc, arc, r) == null) {
                        break;
                    }
                    outSum += arc.output();
                    boolean boundary = j + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(j + 1));
                    if (arc.isFinal() && boundary) {
                        int start = f.origin()[i], end = f.origin()[j] + 1;
                        String key = s.substring(i, j + 1);
                        out.add(new NameMatch(Span.of(text, start, end), key,
                                withJoined(key, candidates((int) (outSum + arc.nextFinalOutput())))));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
