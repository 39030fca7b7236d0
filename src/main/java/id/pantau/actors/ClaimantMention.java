package id.pantau.actors;

import id.pantau.nlp.Span;

/** A source of figures named in the text ("Observatorium Suriah", "SANA", "Kapolda"), canonically named. */
public record ClaimantMention(Span span, String claimant) {
}
