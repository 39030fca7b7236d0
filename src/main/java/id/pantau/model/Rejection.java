package id.pantau.model;

import java.util.Objects;

/** An input, or one record inside it, that could not be read, with the reason in words. */
public record Rejection(Origin origin, String reason) {
    public Rejection {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
    }

    /** The one-line message shown to the user. */
    public String message() {
        return "rejected " + origin.describe() + ": " + reason;
    }
}
