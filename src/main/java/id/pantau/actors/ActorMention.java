package id.pantau.actors;

import id.pantau.nlp.Span;

/** An actor named in the text: the words used and the canonical actor they stand for. */
public record ActorMention(Span span, Actor actor) {
}
