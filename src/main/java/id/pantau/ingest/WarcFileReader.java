package id.pantau.ingest;

import id.pantau.model.Origin;
import id.pantau.model.RawDocument;
import id.pantau.model.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC and WARC.gz archives (jwarc): every HTML response record becomes a document whose
 * doc_id is its target URI. Other records are skipped; a truncated or corrupt archive keeps
 * the records read before the damage and rejects the rest with the byte offset.
 */
public final class WarcFileReader {
    public static final String NAME = "warc";

    public void read(FileInput input, ReadLimits limits, DocumentSink sink) throws InputException {
        long accepted = 0;
        long offset = 0;
        try (InputStream raw = input.openRaw(); WarcReader reader = new WarcReader(raw)) {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                    sink.reject(new Rejection(new Origin(input.display(), NAME, "offset " + offset),
                            "truncated or malformed WARC record (" + e.getMessage() + "); the "
                                    + accepted + " records before it were kept"));
                    return;
                }
                if (next.isEmpty()) {
                    break;
                }
                WarcRecord record = next.get();
                offset = record.position();
                if (!(record instanceof WarcResponse response)) {
                    continue;
                }
                Origin origin = new Origin(input.display(), NAME, "offset " + offset);
                try {
                    RawDocument doc = readResponse(response, limits, origin);
                    if (doc != null) {
                        sink.accept(doc);
                        accepted++;
                    }
                } catch (InputException e) {
                    sink.reject(new Rejection(origin, e.getMessage()));
                } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                    sink.reject(new Rejection(origin, "truncated or malformed WARC record (" + e.getMessage()
                            + "); the " + accepted + " records before it were kept"));
                    return;
                }
            }
        } catch (IOException e) {
            throw new InputException("not a readable WARC file: " + e.getMessage(), e);
        }
        if (accepted == 0 && offset == 0) {
            sink.reject(new Rejection(new Origin(input.display(), NAME, ""), "no HTML response records in the archive"));
        }
    }

    private static RawDocument readResponse(WarcResponse response, ReadLimits limits, Origin origin)
            throws IOException, InputException {
        HttpResponse http = response.http();
        MediaType type = http.contentType();
        String base = type == null ? "" : type.base().toString();
        if (!(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
            return null;
        }
        if (http.status() < 200 || http.status() >= 300) {
            return null;
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
        }
        if (body.length > limits.maxDocumentBytes()) {
            throw new InputException("response body larger than " + limits.describe());
        }
        String html = TextDecoder.decode(body, type.parameters().get("charset"));
        String url = response.target();
        // the capture date is not the publication date: the page's own metadata supplies that
        return RawDocument.ofHtml(url, html, origin).withMeta(null, url, null, null);
    }
}
