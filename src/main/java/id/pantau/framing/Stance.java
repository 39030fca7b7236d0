package id.pantau.framing;

import java.util.Locale;

/** How a label positions the actor it names (see {@code labels-v1.tsv} for the classes' definitions). */
public enum Stance {
    DELEGITIMISING, NEUTRAL, SYMPATHETIC;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Stance of(String s) {
        for (Stance v : values()) {
            if (v.label().equals(s)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown stance '" + s + "' (delegitimising, neutral or sympathetic)");
    }
}
