package id.pantau.pipeline;

import id.pantau.ingest.Outlets;
import id.pantau.nlp.Timestamps;

import id.pantau.clean.CleaningPipeline;
import id.pantau.clean.Draft;
import id.pantau.clean.HtmlExtractor;
import id.pantau.clean.HtmlPage;
import id.pantau.clean.MojibakeRepair;
import id.pantau.clean.UnicodeNormalizer;
import id.pantau.model.RawDocument;

/**
 * Raw document in, clean text out: HTML goes through the extractor first, then every document
 * runs the same {@link CleaningPipeline}. Metadata the input gave explicitly (JSONL fields, a
 * feed item, a user-supplied date) wins over what the page says about itself.
 */
public final class DocumentCleaner {
    static final int SHORT_BODY_WORDS = 25;
    private final HtmlExtractor extractor;
    private final CleaningPipeline pipeline;

    public DocumentCleaner(HtmlExtractor extractor, CleaningPipeline pipeline) {
        this.extractor = extractor;
        this.pipeline = pipeline;
    }

    public static DocumentCleaner standard() {
        return new DocumentCleaner(HtmlExtractor.standard(), CleaningPipeline.standard());
    }

    public Cleaned clean(RawDocument raw) {
        Draft draft;
        String description = null;
        String source = raw.source();
        String url = raw.url();
        if (raw.isHtml()) {
            HtmlPage page = extractor.extract(raw.html(), raw.url());
            draft = new Draft(first(raw.title(), page.title()), page.paragraphs(), first(raw.published(), page.published()));
            source = first(source, page.outlet());
            url = first(url, page.url());
            description = page.description();
        } else {
            draft = Draft.ofText(raw.title(), raw.text(), raw.published());
        }
        Draft clean = pipeline.apply(draft);
        String body = clean.body();
        if (description != null && words(body) < SHORT_BODY_WORDS) {
            // photo and video pages carry their text only in the page description
            String d = UnicodeNormalizer.normalize(MojibakeRepair.repair(description));
            if (words(d) > words(body)) {
                body = d;
            }
        }
        Outlets.Outlet outlet = Outlets.standard().resolve(source, url);
        Timestamps.Parsed when = Timestamps.normalize(clean.published(), outlet == null || outlet.indonesian());
        return new Cleaned(clean.title(), when.value(), outlet == null ? null : outlet.name(), url, body,
                when.understood() ? null : clean.published());
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
