package id.pantau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.dedup.MinHasher;
import id.pantau.events.CoderVersion;
import id.pantau.events.Event;
import id.pantau.events.EventJson;
import id.pantau.framing.ActorLabel;
import id.pantau.framing.Stance;
import id.pantau.model.CleanDocument;
import id.pantau.model.Origin;
import id.pantau.model.Rejection;
import id.pantau.pipeline.Hashes;
import id.pantau.pipeline.SourceBoilerplateLearner;
import id.pantau.search.DocumentIndex;
import id.pantau.store.Store;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pantau import DIR}: fills the store and the search index from the output of {@code pantau spark ingest}
 * (its JSON Lines: documents, per-article events, actor labels, rejections), so the dashboard, the API and the
 * exports serve what a cluster computed. Events are kept when the run's coder is this build's coder; otherwise the
 * documents are left uncoded and the next command codes them, as after any rules upgrade. Re-importing replaces, never
 * duplicates. A malformed line is reported with its file and line number and skipped.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Load the output of 'pantau spark ingest' (a folder) into the store and the search index.")
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "DIR", description = "The --out folder of a pantau spark ingest run.")
    Path dir;

    @Spec
    CommandSpec spec;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path docs = dir.resolve("documents.jsonl");
        if (!Files.isDirectory(dir) || !Files.exists(docs)) {
            throw new PantauException(ExitCodes.NOT_FOUND, dir + " is not the output of pantau spark ingest (no documents.jsonl in it)");
        }
        String runCoder = runCoder(dir.resolve("run.json"));
        boolean keepEvents = CoderVersion.get().equals(runCoder);
        long[] n = new long[4]; // documents, events, labels, malformed lines
        Map<String, List<ActorLabel>> labels = new HashMap<>();
        lines(dir.resolve("labels.jsonl"), n, err, j -> labels.computeIfAbsent(j.get("doc_id").asText(), k -> new ArrayList<>()).add(
                new ActorLabel(j.get("start").asInt(), j.get("end").asInt(), j.get("label").asText(), Stance.of(j.get("stance").asText()),
                        j.get("actor").asText(), j.get("surface").asText(), j.get("mention").asText(), j.path("context").asText(""),
                        j.get("how").asText())));
        Map<String, List<Event>> events = new LinkedHashMap<>();
        lines(dir.resolve("events.jsonl"), n, err, j -> {
            Event e = EventJson.read(j.toString());
            events.computeIfAbsent(e.docIds().get(0), k -> new ArrayList<>()).add(e);
        });
        MinHasher minHasher = new MinHasher();
        List<String> imported = new ArrayList<>();
        try (Store store = data.openOrCreateStore()) {
            long run = store.startRun("import " + dir);
            long[] added = {0, 0};
            lines(docs, n, err, j -> {
                String text = j.get("text").asText();
                String base = j.hasNonNull("base_text") ? j.get("base_text").asText() : text;
                CleanDocument d = new CleanDocument(j.get("doc_id").asText(), str(j, "source"), str(j, "url"), str(j, "title"),
                        str(j, "published"), str(j, "language"), text, Hashes.contentHash(text), str(j, "duplicate_of"),
                        new Origin(j.path("origin_input").asText(j.path("origin").asText("")), j.path("origin_reader").asText("spark"),
                                j.path("origin_locator").asText("")));
                boolean isNew = store.upsert(d, base, j.path("raw_hash").asText(Hashes.sha256(text)), minHasher.signature(base),
                        j.hasNonNull("similarity") ? j.get("similarity").asDouble() : null);
                if (isNew && d.duplicateOf() == null && d.source() != null) {
                    store.countLines(d.source(), SourceBoilerplateLearner.lineKeys(base)); // for what later ingests learn
                }
                added[isNew ? 0 : 1]++;
                imported.add(d.docId());
                n[0]++;
            });
            for (String id : imported) {
                List<Event> es = events.getOrDefault(id, List.of());
                if (keepEvents) {
                    store.replaceEvents(id, es, labels.getOrDefault(id, List.of()), CoderVersion.get());
                    n[1] += es.size();
                    n[2] += labels.getOrDefault(id, List.of()).size();
                }
            }
            long[] rejected = {0};
            lines(dir.resolve("rejections.jsonl"), n, err, j -> {
                store.reject(new Rejection(new Origin(j.get("input").asText(), j.get("reader").asText(), j.get("locator").asText()),
                        j.get("reason").asText()));
                rejected[0]++;
            });
            store.finishRun(run, added[0], added[1], 0, rejected[0], 0);
            store.commit();
            if (!keepEvents) {
                err.printf("pantau: the run was coded by %s, this build codes with %s: its events are recoded now%n",
                        runCoder == null ? "an unknown coder" : runCoder, CoderVersion.get());
                err.flush();
                id.pantau.pipeline.EventStage.lazy().threads(Runtime.getRuntime().availableProcessors()).catchUp(store);
            }
            long indexed;
            try (DocumentIndex index = DocumentIndex.open(data.dataDir())) {
                indexed = index.catchUp(store, Duration.ofSeconds(20));
            }
            new id.pantau.store.MergedEventTable(store).refresh();
            out.printf("imported %,d documents (%,d new, %,d updated), %,d events, %,d actor labels, %,d rejections from %s%n", n[0],
                    added[0], added[1], keepEvents ? n[1] : store.countEvents(), n[2], rejected[0], dir);
            out.printf("  search index: %s%n", indexed < 0 ? "busy (another Pantau process holds its write lock); the next command catches up"
                    : String.format("%,d documents updated", indexed));
            if (n[3] > 0) {
                out.printf("  %,d malformed lines skipped (named above)%n", n[3]);
            }
        }
        return n[3] > 0 ? ExitCodes.SOME_REJECTED : ExitCodes.OK;
    }

    private static String str(JsonNode j, String field) {
        JsonNode v = j.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String runCoder(Path runJson) {
        try {
            return Files.exists(runJson) ? JSON.readTree(runJson.toFile()).path("coder").asText(null) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Each JSON line of a file, or of the part files of a folder Spark wrote; a bad line is named on err and counted. */
    private static void lines(Path path, long[] n, PrintWriter err, Consumer<JsonNode> each) {
        if (!Files.exists(path)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> parts = Files.list(path)) {
                parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new PantauException(ExitCodes.IO, "cannot list " + path + ": " + e.getMessage(), e);
            }
        } else {
            files.add(path);
        }
        for (Path f : files) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                String line;
                long no = 0;
                while ((line = r.readLine()) != null) {
                    no++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        each.accept(JSON.readTree(line));
                    } catch (IOException | RuntimeException e) {
                        n[3]++;
                        err.printf("pantau: %s line %d skipped: %s%n", f, no, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                throw new PantauException(ExitCodes.IO, "cannot read " + f + ": " + e.getMessage(), e);
            }
        }
    }
}
