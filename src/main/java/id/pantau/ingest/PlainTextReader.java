package id.pantau.ingest;

import id.pantau.model.Origin;
import id.pantau.model.RawDocument;

/** A plain-text article per file; the doc_id is the path relative to the input root. */
public final class PlainTextReader {
    public static final String NAME = "text";

    public RawDocument read(FileInput input, ReadLimits limits) throws InputException {
        String text = TextDecoder.decode(input.readBounded(limits), null);
        if (text.isBlank()) {
            throw new InputException("empty input (only white space)");
        }
        return RawDocument.ofText(input.docId(), text, new Origin(input.display(), NAME, ""));
    }
}
