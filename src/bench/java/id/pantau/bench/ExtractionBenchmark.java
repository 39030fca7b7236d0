package id.pantau.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import id.pantau.ingest.FileInput;
import id.pantau.ingest.InputException;
import id.pantau.ingest.ReadLimits;
import id.pantau.ingest.TextDecoder;
import id.pantau.model.Origin;
import id.pantau.model.RawDocument;
import id.pantau.pipeline.Cleaned;
import id.pantau.pipeline.DocumentCleaner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;

/**
 * Pantau's article extraction side by side with Readability4J and boilerpipe's ArticleExtractor
 * on the same pages in the same run: mean token F1 against ground truth and milliseconds per page.
 * All three get the same title (Pantau's metadata title) so the comparison is of body extraction.
 */
public final class ExtractionBenchmark {
    /** A page and its ground-truth text. */
    public record Case(String name, Path file, String url, String goldTitle, String goldBody) {
    }

    /** One extractor's result over all cases. */
    public record Result(String extractor, double meanF1, double msPerPage, List<Double> f1s) {
    }

    private final DocumentCleaner pantau = DocumentCleaner.standard();

    /** Ground truth in the anpandu format: JSON Lines with file, url, title, content. */
    public static List<Case> anpandu(Path truth, Path pagesRoot) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Case> out = new ArrayList<>();
        for (String line : Files.readAllLines(truth)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            String file = n.get("file").asText();
            Path p = pagesRoot.resolve(Path.of(file).getFileName().toString());
            out.add(new Case(p.getFileName().toString(), p, n.path("url").asText(null), n.path("title").asText(""),
                    n.path("content").asText("")));
        }
        return out;
    }

    /** Ground truth in the scrapinghub format: {sha: {url, articleBody}}, pages as html/SHA.html.gz. */
    public static List<Case> scrapinghub(Path truth, Path htmlDir) throws IOException {
        JsonNode root = new ObjectMapper().readTree(truth.toFile());
        List<Case> out = new ArrayList<>();
        root.fields().forEachRemaining(e -> out.add(new Case(e.getKey(), htmlDir.resolve(e.getKey() + ".html.gz"),
                e.getValue().path("url").asText(null), null, e.getValue().path("articleBody").asText(""))));
        return out;
    }

    public List<Result> run(List<Case> cases, PrintWriter log) throws InputException {
        List<String> pages = new ArrayList<>();
        for (Case c : cases) {
            FileInput in = new FileInput(c.file().getParent(), c.file());
            pages.add(TextDecoder.decode(in.readBounded(ReadLimits.DEFAULT), null));
        }
        // warm up each extractor once so class loading is not billed to the first page
        List<String> titles = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        results.add(measure("pantau", cases, pages, i -> {
            Cleaned c = pantau.clean(RawDocument.ofHtml(cases.get(i).name(), pages.get(i),
                    new Origin(cases.get(i).name(), "html", "")).withMeta(null, cases.get(i).url(), null, null));
            titles.add(c.title() == null ? "" : c.title());
            return c.text();
        }, titles));
        results.add(measure("readability4j", cases, pages,
                i -> new Readability4J(cases.get(i).url() == null ? "http://example.org/" : cases.get(i).url(), pages.get(i))
                        .parse().getTextContent(), titles));
        results.add(measure("boilerpipe", cases, pages, i -> {
            try {
                return ArticleExtractor.INSTANCE.getText(pages.get(i));
            } catch (Exception e) {
                return "";
            }
        }, titles));
        if (log != null) {
            for (int i = 0; i < cases.size(); i++) {
                log.printf("%-70s pantau %.3f  readability4j %.3f  boilerpipe %.3f%n", cases.get(i).name(),
                        results.get(0).f1s().get(i), results.get(1).f1s().get(i), results.get(2).f1s().get(i));
            }
        }
        return results;
    }

    private static Result measure(String name, List<Case> cases, List<String> pages, Function<Integer, String> extractor,
                                  List<String> titles) {
        if (!pages.isEmpty()) {
            extractor.apply(0);
            if (name.equals("pantau")) {
                titles.clear();
            }
        }
        List<Double> f1s = new ArrayList<>();
        long nanos = 0;
        for (int i = 0; i < cases.size(); i++) {
            long t0 = System.nanoTime();
            String body;
            try {
                body = extractor.apply(i);
            } catch (RuntimeException e) {
                body = "";
            }
            nanos += System.nanoTime() - t0;
            Case c = cases.get(i);
            String gold = c.goldTitle() == null ? c.goldBody() : c.goldTitle() + "\n" + c.goldBody();
            String pred = c.goldTitle() == null ? body : titles.get(i) + "\n" + body;
            f1s.add(TokenF1.f1(gold, pred));
        }
        double mean = f1s.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new Result(name, mean, cases.isEmpty() ? 0 : nanos / 1e6 / cases.size(), f1s);
    }

    /**
     * Runs the benchmark on one ground-truth file and prints the table; called by {@code pantau bench
     * extraction}, which finds this class only in a build with {@code -Pbench}.
     */
    public static void print(Path anpandu, Path scrapinghub, boolean perPage, PrintWriter out) throws IOException, InputException {
        List<Case> cases = anpandu != null
                ? anpandu(anpandu, anpandu.toAbsolutePath().getParent().resolve("pages"))
                : scrapinghub(scrapinghub, scrapinghub.toAbsolutePath().getParent().resolve("html"));
        List<Result> results = new ExtractionBenchmark().run(cases, perPage ? out : null);
        out.printf("%d pages%n%-14s %8s %10s%n", cases.size(), "extractor", "mean F1", "ms/page");
        for (Result r : results) {
            out.printf("%-14s %8.3f %10.1f%n", r.extractor(), r.meanF1(), r.msPerPage());
        }
    }
}
