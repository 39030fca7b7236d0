package id.pantau.ingest;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import id.pantau.model.Origin;
import id.pantau.model.RawDocument;
import id.pantau.model.Rejection;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.ZoneOffset;
import org.xml.sax.InputSource;

/**
 * RSS and Atom feeds (ROME), from a file or a URL. Each item's link is fetched with the
 * {@link PoliteFetcher}; the item's title and date fill in what the page lacks. An item whose
 * page cannot be fetched is rejected alone.
 */
public final class FeedReader {
    public static final String NAME = "rss";
    private final PoliteFetcher fetcher;

    public FeedReader(PoliteFetcher fetcher) {
        this.fetcher = fetcher;
    }

    public void readFile(FileInput input, ReadLimits limits, DocumentSink sink) throws InputException {
        readFeed(input.readBounded(limits), input.display(), null, sink);
    }

    public void readUrl(URI url, DocumentSink sink) throws InputException {
        PoliteFetcher.Fetched f = fetcher.fetch(url);
        if (f.status() < 200 || f.status() >= 300) {
            throw new InputException("HTTP status " + f.status());
        }
        readFeed(f.body(), url.toString(), url, sink);
    }

    private void readFeed(byte[] xml, String display, URI base, DocumentSink sink) throws InputException {
        if (xml.length == 0) {
            throw new InputException("empty input");
        }
        if (TextDecoder.looksBinary(xml)) {
            throw new InputException("binary content, not an RSS/Atom feed");
        }
        SyndFeed feed;
        try {
            SyndFeedInput in = new SyndFeedInput();
            in.setAllowDoctypes(false);
            InputSource src = new InputSource(new ByteArrayInputStream(xml));
            feed = in.build(src);
        } catch (FeedException | IllegalArgumentException e) {
            throw new InputException("not a valid RSS/Atom feed: " + e.getMessage(), e);
        }
        String outlet = feed.getTitle();
        for (SyndEntry entry : feed.getEntries()) {
            String link = entry.getLink();
            Origin origin = new Origin(display, NAME, link == null ? "item " + entry.getTitle() : link);
            if (link == null || link.isBlank()) {
                sink.reject(new Rejection(origin, "feed item has no link"));
                continue;
            }
            try {
                URI uri = base == null ? URI.create(link.strip()) : base.resolve(link.strip());
                PoliteFetcher.Fetched page = fetcher.fetch(uri);
                if (page.status() < 200 || page.status() >= 300) {
                    throw new InputException("HTTP status " + page.status());
                }
                String html = TextDecoder.decode(page.body(), page.charset());
                String date = entry.getPublishedDate() == null ? null
                        : entry.getPublishedDate().toInstant().atOffset(ZoneOffset.UTC).toString();
                sink.accept(RawDocument.ofHtml(uri.toString(), html, origin)
                        .withMeta(outlet, uri.toString(), entry.getTitle(), date));
            } catch (InputException e) {
                sink.reject(new Rejection(origin, e.getMessage()));
            } catch (IllegalArgumentException e) {
                sink.reject(new Rejection(origin, "malformed link: " + e.getMessage()));
            }
        }
    }
}
