package id.pantau.model;

import java.util.Objects;

/**
 * An input, or one record inside it, that could not be read, with the reason in words. The reason is
 * kept to one printable line of at most {@value #MAX_REASON} characters: a parser's message that quotes
 * raw bytes of a broken file shows them as '?', never as control characters.
 */
public record Rejection(Origin origin, String reason) {
    static final int MAX_REASON = 400;

    public Rejection {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
        StringBuilder clean = new StringBuilder(Math.min(reason.length(), MAX_REASON));
        reason.codePoints().limit(MAX_REASON).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.PRIVATE_USE || Character.getType(c) == Character.UNASSIGNED) {
                clean.append('?');
            } else {
                clean.appendCodePoint(c);
            }
        });
        reason = clean + (reason.codePointCount(0, reason.length()) > MAX_REASON ? "…" : "");
    }

    /** The one-line message shown to the user. */
    public String message() {
        return "rejected " + origin.describe() + ": " + reason;
    }
}
