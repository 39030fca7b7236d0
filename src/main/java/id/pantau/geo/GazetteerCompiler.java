package id.pantau.geo;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.store.OutputStreamDataOutput;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;

/**
 * Compiles the gazetteer's text form ({@code src/main/gazetteer/places-v2.tsv.gz}, made by
 * scripts/build-gazetteer.py) into the binary form Pantau loads at run time
 * ({@value Gazetteer#RESOURCE}): columnar arrays of places and a Lucene FST from every folded name
 * ({@link NameKey}) to the list of places that carry it. Maven runs it in the process-classes phase;
 * an output newer than its input is left alone.
 *
 * <p>The hand-kept files of {@code data/geo} are merged in here, so that editing them never rewrites the
 * large generated file: {@code countries.tsv} (countries with Indonesian names and centres),
 * {@code supplement.tsv} (places the data lacks), {@code exonyms.tsv} (names by GeoNames id),
 * {@code admin1.tsv} and {@code id-provinces.tsv} (region aliases), {@code seats.tsv} (the seat district
 * whose centroid an Indonesian regency takes).
 *
 * <p>Usage: {@code GazetteerCompiler INPUT.tsv.gz DATA_GEO_DIR OUTPUT.bin}
 */
public final class GazetteerCompiler {
    static final int MAGIC = 0x50475a32; // "PGZ2"
    static final int VERSION = 1;

    private GazetteerCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: GazetteerCompiler INPUT.tsv.gz DATA_GEO_DIR OUTPUT.bin");
            System.exit(2);
        }
        Path in = Path.of(args[0]), hand = Path.of(args[1]), out = Path.of(args[2]);
        if (!Files.isRegularFile(in)) {
            throw new IOException("gazetteer source " + in + " is missing (regenerate it with scripts/build-gazetteer.py)");
        }
        if (Files.isRegularFile(out) && Files.getLastModifiedTime(out).toMillis() > newest(in, hand)) {
            return;
        }
        long t0 = System.nanoTime();
        int n = compile(in, hand, out);
        System.out.printf("gazetteer: compiled %,d places into %s (%,d bytes) in %.1f s%n", n, out, Files.size(out),
                (System.nanoTime() - t0) / 1e9);
    }

    private static long newest(Path in, Path hand) throws IOException {
        long t = Math.max(Files.getLastModifiedTime(in).toMillis(), compilerTime());
        try (var files = Files.list(hand)) {
            for (Path f : files.toList()) {
                t = Math.max(t, Files.getLastModifiedTime(f).toMillis());
            }
        }
        return t;
    }

    private static long compilerTime() {
        try {
            var url = GazetteerCompiler.class.getResource("GazetteerCompiler.class");
            return url != null && "file".equals(url.getProtocol())
                    ? Files.getLastModifiedTime(Path.of(url.toURI())).toMillis() : 0;
        } catch (Exception e) {
            return 0;
        }
    }

    static int compile(Path in, Path hand, Path out) throws IOException {
        List<String[]> rows = new ArrayList<>(800_000);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(in), 1 << 16),
                StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != 10) {
                    throw new IOException(in + ":" + no + ": expected 10 columns, found " + c.length);
                }
                rows.add(c);
            }
        }
        HandKept.merge(rows, hand);
        int n = rows.size();
        Map<String, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            if (index.put(rows.get(i)[0], i) != null) {
                throw new IOException(in + ": duplicate id " + rows.get(i)[0]);
            }
        }
        Map<String, Integer> countries = new LinkedHashMap<>();
        Map<String, Integer> admin1s = new LinkedHashMap<>();
        byte[] kind = new byte[n];
        float[] lat = new float[n], lon = new float[n];
        int[] cc = new int[n], a1 = new int[n], parent = new int[n], pop = new int[n];
        List<String> ids = new ArrayList<>(n), names = new ArrayList<>(n);
        TreeMap<String, List<Integer>> byKey = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            String[] c = rows.get(i);
            ids.add(c[0]);
            names.add(c[2]);
            kind[i] = (byte) PlaceKind.parse(c[1]).ordinal();
            lat[i] = Float.parseFloat(c[3]);
            lon[i] = Float.parseFloat(c[4]);
            cc[i] = countries.computeIfAbsent(c[5], k -> countries.size());
            a1[i] = admin1s.computeIfAbsent(c[5] + "." + c[6], k -> admin1s.size());
            Integer p = c[7].isEmpty() ? null : index.get(c[7]);
            parent[i] = p == null ? -1 : p;
            pop[i] = (int) Math.min(Integer.MAX_VALUE, Long.parseLong(c[8]));
            for (String name : c[9].split("\\|")) {
                String key = NameKey.of(name);
                if (key.length() < 2 || key.indexOf(NameKey.BARRIER) >= 0) {
                    continue;
                }
                List<Integer> l = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
                if (l.isEmpty() || l.get(l.size() - 1) != i) {
                    l.add(i);
                }
            }
        }
        // postings: count, then place indexes; the FST maps each key to its postings offset
        int[] postings = new int[byKey.size() + byKey.values().stream().mapToInt(List::size).sum()];
        PositiveIntOutputs outputs = PositiveIntOutputs.getSingleton();
        FSTCompiler<Long> fc = new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE2, outputs).build();
        IntsRefBuilder scratch = new IntsRefBuilder();
        int at = 0;
        for (var e : byKey.entrySet()) {
            String key = e.getKey();
            scratch.clear();
            for (int k = 0; k < key.length(); k++) {
                scratch.append(key.charAt(k));
            }
            fc.add(scratch.get(), (long) at);
            postings[at++] = e.getValue().size();
            for (int p : e.getValue()) {
                postings[at++] = p;
            }
        }
        FST<Long> fst = FST.fromFSTReader(fc.compile(), fc.getFSTReader());
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
             OutputStreamDataOutput d = new OutputStreamDataOutput(os)) {
            d.writeInt(MAGIC);
            d.writeInt(VERSION);
            d.writeInt(n);
            writeStrings(d, countries.keySet());
            writeStrings(d, admin1s.keySet());
            writeBlob(d, ids);
            writeBlob(d, names);
            d.writeBytes(kind, n);
            writeFloats(d, lat);
            writeFloats(d, lon);
            writeInts(d, cc);
            writeInts(d, a1);
            writeInts(d, parent);
            writeInts(d, pop);
            d.writeInt(postings.length);
            writeInts(d, postings);
            fst.save(d, d);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return n;
    }

    private static void writeStrings(OutputStreamDataOutput d, java.util.Collection<String> s) throws IOException {
        d.writeInt(s.size());
        for (String x : s) {
            d.writeString(x);
        }
    }

    /** Strings as one UTF-8 blob and the byte offset where each starts. */
    private static void writeBlob(OutputStreamDataOutput d, List<String> strings) throws IOException {
        java.io.ByteArrayOutputStream blob = new java.io.ByteArrayOutputStream();
        int[] offsets = new int[strings.size() + 1];
        for (int i = 0; i < strings.size(); i++) {
            offsets[i] = blob.size();
            blob.writeBytes(strings.get(i).getBytes(StandardCharsets.UTF_8));
        }
        offsets[strings.size()] = blob.size();
        d.writeInt(blob.size());
        d.writeBytes(blob.toByteArray(), blob.size());
        writeInts(d, offsets);
    }

    private static void writeInts(OutputStreamDataOutput d, int[] a) throws IOException {
        for (int x : a) {
            d.writeInt(x);
        }
    }

    private static void writeFloats(OutputStreamDataOutput d, float[] a) throws IOException {
        for (float x : a) {
            d.writeInt(Float.floatToIntBits(x));
        }
    }
}
