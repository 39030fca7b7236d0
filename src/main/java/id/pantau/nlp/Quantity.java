package id.pantau.nlp;

/**
 * A figure read from text. {@code value} is the figure the guide says to use (ACLED's
 * conservative reading: "puluhan" = 10, "setidaknya 1.700" = 1,700); {@code low} and {@code high}
 * bound it where the wording does ("lebih dari 50": low 50, no high; "hampir 50": high 50);
 * {@code approximate} marks vague amounts and hedged figures; {@code qualifier} is the hedge word.
 */
public record Quantity(double value, Double low, Double high, boolean approximate, String qualifier, Span span) {
    public long asLong() {
        return Math.round(value);
    }
}
