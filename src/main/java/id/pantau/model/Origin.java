package id.pantau.model;

import java.util.Objects;

/**
 * Where a record came from: the input the user named, the reader that read it, and the
 * position inside that input (a line number, a WARC offset, a feed item link).
 */
public record Origin(String input, String reader, String locator) {
    public Origin {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(reader, "reader");
        locator = locator == null ? "" : locator;
    }

    /** Human-readable form used in error messages: {@code input} or {@code input#locator}. */
    public String describe() {
        return locator.isEmpty() ? input : input + "#" + locator;
    }
}
