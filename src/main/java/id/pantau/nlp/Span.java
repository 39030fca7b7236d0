package id.pantau.nlp;

/** A stretch of the clean text: character offsets {@code [start, end)} and the text itself. */
public record Span(int start, int end, String text) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public static Span of(String source, int start, int end) {
        return new Span(start, end, source.substring(start, end));
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean overlaps(Span o) {
        return start < o.end && o.start < end;
    }
}
