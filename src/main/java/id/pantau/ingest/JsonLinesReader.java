package id.pantau.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.model.Origin;
import id.pantau.model.RawDocument;
import id.pantau.model.Rejection;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/**
 * JSON Lines, one article per line: {@code id, url, source, date|published, title, text|html}.
 * A bad line is rejected on its own (named by its line number) and reading goes on.
 */
public final class JsonLinesReader {
    public static final String NAME = "jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    public void read(FileInput input, ReadLimits limits, DocumentSink sink) throws InputException {
        try (InputStream in = input.open()) {
            BoundedLineReader lines = new BoundedLineReader(in, limits.maxDocumentBytes(), limits.maxFileBytes());
            BoundedLineReader.Line line;
            boolean anyRecord = false;
            while ((line = lines.next()) != null) {
                Origin origin = new Origin(input.display(), NAME, "line " + line.number());
                if (line.tooLong()) {
                    sink.reject(new Rejection(origin, "line longer than " + limits.describe()));
                    continue;
                }
                if (line.bytes().length == 0 || isBlank(line.bytes())) {
                    continue;
                }
                anyRecord = true;
                try {
                    sink.accept(parse(TextDecoder.decode(line.bytes(), "UTF-8"), origin, input.docId()));
                } catch (InputException e) {
                    sink.reject(new Rejection(origin, e.getMessage()));
                }
            }
            if (!anyRecord) {
                throw new InputException("no JSON lines (the file is empty or blank)");
            }
        } catch (EOFException | ZipException e) {
            throw new InputException("truncated or corrupt gzip data (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new InputException("cannot read: " + e.getMessage(), e);
        }
    }

    static RawDocument parse(String json, Origin origin, String fileId) throws InputException {
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InputException("not valid JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw new InputException("not a JSON object");
        }
        String id = text(n, "id", "doc_id");
        String text = text(n, "text", "content", "body");
        String html = text(n, "html", "raw_html");
        if (text == null && html == null) {
            throw new InputException("no \"text\" or \"html\" field");
        }
        String docId = id != null ? id : fileId + "#" + origin.locator().replace("line ", "");
        RawDocument raw = text != null ? RawDocument.ofText(docId, text, origin) : RawDocument.ofHtml(docId, html, origin);
        return raw.withMeta(text(n, "source", "outlet"), text(n, "url", "link"), text(n, "title"),
                text(n, "date", "published", "published_at"));
    }

    private static String text(JsonNode n, String... fields) {
        for (String f : fields) {
            JsonNode v = n.get(f);
            if (v != null && !v.isNull()) {
                String s = v.isTextual() ? v.asText() : v.toString();
                if (!s.isBlank()) {
                    return s;
                }
            }
        }
        return null;
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) {
            if (!Character.isWhitespace(x)) {
                return false;
            }
        }
        return true;
    }
}
