package id.pantau.ingest;

import id.pantau.model.Origin;
import id.pantau.model.RawDocument;

/** A saved HTML page per file (optionally gzipped); extraction happens in the cleaning step. */
public final class HtmlFileReader {
    public static final String NAME = "html";

    public RawDocument read(FileInput input, ReadLimits limits) throws InputException {
        String html = TextDecoder.decode(input.readBounded(limits), null);
        if (html.isBlank()) {
            throw new InputException("empty input (only white space)");
        }
        return RawDocument.ofHtml(input.docId(), html, new Origin(input.display(), NAME, ""));
    }
}
