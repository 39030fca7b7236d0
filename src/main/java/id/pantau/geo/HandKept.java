package id.pantau.geo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the hand-kept gazetteer files of {@code data/geo} into the rows of the generated gazetteer
 * (columns: id, kind, name, lat, lon, iso2, admin1, parent, population, names). A malformed line fails
 * the build, naming the file and line.
 */
final class HandKept {
    private HandKept() {
    }

    static void merge(List<String[]> rows, Path dir) throws IOException {
        Map<String, String[]> byId = new HashMap<>(rows.size() * 2);
        for (String[] r : rows) {
            byId.put(r[0], r);
        }
        for (String[] c : lines(dir.resolve("countries.tsv"), 5)) { // iso2, name, aliases, lat, lon
            String id = "C" + c[0];
            if (byId.containsKey(id)) {
                throw new IOException(dir.resolve("countries.tsv") + ": country " + c[0] + " listed twice");
            }
            String[] r = {id, "country", c[1], c[3], c[4], c[0], "", "", "0", c[1] + "|" + c[2]};
            rows.add(r);
            byId.put(id, r);
        }
        for (String[] c : lines(dir.resolve("supplement.tsv"), 10)) { // id, name, aliases, lat, lon, kind, iso2, admin1, pop, source
            PlaceKind.parse(c[5]);
            String region = "A" + c[6] + "." + c[7];
            String parent = byId.containsKey(region) ? region : "C" + c[6];
            String[] r = {c[0], c[5], c[1], c[3], c[4], c[6], c[7], parent, c[8], c[1] + "|" + c[2]};
            rows.add(r);
            byId.put(c[0], r);
        }
        for (String[] c : lines(dir.resolve("exonyms.tsv"), 2)) { // geonameid, names
            addNames(byId, c[0], c[1], "exonyms.tsv");
        }
        for (String[] c : lines(dir.resolve("admin1.tsv"), 5)) { // iso2, code, name, aliases, capital
            addNames(byId, "A" + c[0] + "." + c[1], c[2] + "|" + c[3], "admin1.tsv");
        }
        Map<String, String> provinceRegion = new HashMap<>();
        for (String[] c : lines(dir.resolve("id-provinces.tsv"), 3)) { // kode, geonames code, aliases
            addNames(byId, "AID." + c[1], c[2], "id-provinces.tsv");
            provinceRegion.put(c[0], c[1]);
        }
        Map<String, String[]> districts = new HashMap<>();
        for (String[] r : rows) {
            if (r[1].equals("admin3") && r[0].startsWith("ID")) {
                districts.put(r[7] + "|" + r[2].toLowerCase(java.util.Locale.ROOT), r);
            }
        }
        for (String[] c : lines(dir.resolve("seats.tsv"), 3)) { // kab code, seat kecamatan, seat town
            String[] kab = byId.get("ID" + c[0]);
            String[] seat = districts.get("ID" + c[0] + "|" + c[1].toLowerCase(java.util.Locale.ROOT));
            if (kab == null || seat == null) {
                throw new IOException(dir.resolve("seats.tsv") + ": no regency " + c[0] + " with a district " + c[1]);
            }
            kab[3] = seat[3];
            kab[4] = seat[4];
            addNames(byId, kab[0], c[2].isBlank() ? "" : "Kabupaten " + kab[2].replaceFirst("^Kabupaten ", ""), "seats.tsv");
        }
    }

    private static void addNames(Map<String, String[]> byId, String id, String names, String file) throws IOException {
        String[] r = byId.get(id);
        if (r == null) {
            throw new IOException("data/geo/" + file + ": no gazetteer entry " + id);
        }
        Set<String> all = new LinkedHashSet<>(List.of(r[9].split("\\|")));
        for (String n : names.split("\\|")) {
            if (!n.isBlank()) {
                all.add(n.strip());
            }
        }
        r[9] = String.join("|", all);
    }

    private static List<String[]> lines(Path f, int columns) throws IOException {
        List<String[]> out = new ArrayList<>();
        int no = 0;
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != columns) {
                throw new IOException(f + ":" + no + ": expected " + columns + " tab-separated columns, found " + c.length);
            }
            out.add(c);
        }
        return out;
    }
}
