package id.pantau.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest two reports of one bombing and export the merged event in all three formats. */
class EventsCommandTest {
    @TempDir
    Path tmp;

    private int run(String... args) {
        return PantauCli.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    @Test
    void exportsMergedEventsAsJsonlCsvAndGeoJson() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.jsonl"), String.join("\n",
                "{\"id\":\"a\",\"source\":\"Warta\",\"date\":\"2017-05-25\",\"title\":\"Bom di Kampung Melayu\",\"text\":\"Jakarta - Dua ledakan bom bunuh diri mengguncang Terminal Kampung Melayu, Jakarta Timur, Rabu (24/5) malam. Tiga anggota Polri gugur, kata juru bicara Polri.\"}",
                "{\"id\":\"b\",\"source\":\"Kabar\",\"date\":\"2017-05-25\",\"title\":\"Ledakan Kampung Melayu\",\"text\":\"Jakarta - Bom bunuh diri meledak di Terminal Kampung Melayu pada Rabu (24/5) malam dan menewaskan lima orang, termasuk dua pelaku, menurut Reuters. Polisi menduga pelaku dari jaringan JAD.\"}"));
        String data = tmp.resolve("data").toString();
        assertThat(run("ingest", "--data", data, in.toString())).isZero();

        Path jsonl = tmp.resolve("events.jsonl");
        assertThat(run("events", "export", "--data", data, "--format", "jsonl", "-o", jsonl.toString())).isZero();
        List<String> lines = Files.readAllLines(jsonl);
        assertThat(lines).hasSize(1);
        JsonNode e = new ObjectMapper().readTree(lines.get(0));
        for (String f : List.of("event_id", "event_type", "sub_event_type", "event_date", "time_precision", "actor1", "assoc_actor_1",
                "actor2", "assoc_actor_2", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "geonames_id",
                "fatalities", "injured", "displaced", "captured", "claims", "doc_ids", "evidence", "notes")) {
            assertThat(e.has(f)).as(f).isTrue();
        }
        assertThat(e.get("sub_event_type").asText()).isEqualTo("Suicide bomb");
        assertThat(e.get("event_date").asText()).isEqualTo("2017-05-24");
        assertThat(e.get("doc_ids")).hasSize(2);
        assertThat(e.get("claims").size()).isGreaterThanOrEqualTo(2);
        JsonNode ev = e.get("evidence").get(0);
        assertThat(ev.get("text").asText()).isNotBlank();

        assertThat(run("events", "export", "--data", data, "--no-merge", "-o", tmp.resolve("raw.jsonl").toString())).isZero();
        assertThat(Files.readAllLines(tmp.resolve("raw.jsonl"))).hasSize(2);

        Path csv = tmp.resolve("events.csv");
        assertThat(run("events", "export", "--data", data, "--format", "csv", "-o", csv.toString())).isZero();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(Files.newBufferedReader(csv)).getRecords();
        assertThat(rows).hasSize(1);
        // ACLED's published export columns (ACLED Codebook), in ACLED's order, then Pantau's own
        List<String> acled = List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
                "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
                "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp");
        String headerLine = Files.readAllLines(csv).get(0);
        List<String> header = List.of(headerLine.split(","));
        assertThat(header.subList(0, 31)).containsExactlyElementsOf(acled);
        assertThat(header.subList(31, header.size())).containsExactly("injured", "displaced", "captured", "claims", "doc_ids",
                "evidence", "geonames_id");
        CSVRecord r = rows.get(0);
        assertThat(r.get("event_date")).isEqualTo("2017-05-24");
        assertThat(r.get("year")).isEqualTo("2017");
        assertThat(r.get("location")).isEqualTo("Kampung Melayu");
        assertThat(r.get("disorder_type")).isEqualTo("Political violence");
        assertThat(r.get("iso")).isEqualTo("360");
        assertThat(r.get("region")).isEqualTo("Southeast Asia");
        assertThat(r.get("admin1")).isEqualTo("Jakarta");
        assertThat(r.get("admin2")).isEqualTo("Jakarta Timur");
        assertThat(r.get("source")).isEqualTo("Kabar; Warta"); // outlet names, not doc ids
        assertThat(r.get("source_scale")).isEqualTo("National");
        assertThat(r.get("doc_ids")).isEqualTo("a; b");
        assertThat(Long.parseLong(r.get("timestamp"))).isGreaterThan(1_700_000_000L);
        assertThat(r.get("fatalities")).isNotBlank();
        assertThat(r.get("inter1")).isNotBlank();
        int i1 = Integer.parseInt(r.get("inter1"));
        int interaction = r.get("inter2").isEmpty() ? i1 * 10
                : Math.min(i1, Integer.parseInt(r.get("inter2"))) * 10 + Math.max(i1, Integer.parseInt(r.get("inter2")));
        assertThat(r.get("interaction")).isEqualTo(String.valueOf(interaction));

        Path geo = tmp.resolve("events.geojson");
        assertThat(run("events", "export", "--data", data, "--format", "geojson", "-o", geo.toString())).isZero();
        JsonNode fc = new ObjectMapper().readTree(geo.toFile());
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(fc.get("features").get(0).get("id").asText()).isEqualTo(e.get("event_id").asText());
        assertThat(fc.get("features").get(0).get("geometry").get("coordinates").get(1).asDouble()).isBetween(-6.3, -6.1);

        assertThat(run("events", "export", "--data", data, "--format", "kml")).isEqualTo(ExitCodes.USAGE);
    }
}
