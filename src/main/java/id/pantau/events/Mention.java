package id.pantau.events;

import id.pantau.geo.PlaceMention;
import id.pantau.nlp.DateMention;
import id.pantau.nlp.Span;
import java.util.List;

/**
 * One sentence that reports (part of) an event: the sentence, its trigger and the type the coder
 * gave it, the place and date it names, who did what to whom, its figures, and whether it recalls
 * an earlier happening ("sebelumnya", "tahun lalu", "aksi serupa") rather than the reported one.
 */
record Mention(int sentence, Span span, EventLexicon.Trigger trigger, Span triggerSpan, String eventType,
               String subEventType, PlaceMention place, DateMention date, ActorRoles.Roles roles, List<Claim> claims,
               boolean recalled, boolean separate, boolean lead) {

    String family() {
        return EventLexicon.family(eventType);
    }

    Mention withPlace(PlaceMention p) {
        return new Mention(sentence, span, trigger, triggerSpan, eventType, subEventType, p, date, roles, claims, recalled,
                separate, lead);
    }

    /** A sentence of figures without a trigger of its own: the assembler gives its claims to an event told around it. */
    static Mention figures(int sentence, Span span, PlaceMention place, DateMention date, List<Claim> claims, boolean recalled,
                           boolean separate, boolean lead) {
        return new Mention(sentence, span, null, null, null, null, place, date, new ActorRoles.Roles(null, List.of(), null, List.of()),
                claims, recalled, separate, lead);
    }

    /** This mention's sentence as figures only (no trigger, type, place or day), with these claims. */
    Mention figuresOnly(List<Claim> of) {
        return figures(sentence, span, null, null, of, recalled, false, lead);
    }

    /** This mention with other claims. */
    Mention withClaims(List<Claim> of) {
        return new Mention(sentence, span, trigger, triggerSpan, eventType, subEventType, place, date, roles, of, recalled, separate, lead);
    }

    Mention withDate(DateMention d) {
        return new Mention(sentence, span, trigger, triggerSpan, eventType, subEventType, place, d, roles, claims, recalled, separate, lead);
    }

    Mention withType(String type, String sub) {
        return new Mention(sentence, span, trigger, triggerSpan, type, sub, place, date, roles, claims, recalled, separate, lead);
    }
}
