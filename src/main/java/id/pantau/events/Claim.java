package id.pantau.events;

/** One figure as somebody reported it: kind (killed, injured, displaced, captured), value and source. */
public record Claim(String kind, long value, Long low, Long high, boolean approximate, String claimant, String docId,
                    String quote) {
}
