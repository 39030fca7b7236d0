package id.pantau.geo;

import id.pantau.nlp.Span;

/**
 * A place named in the text and the gazetteer entry it was resolved to. {@code precision} is the
 * guide's geo precision: 1 = the place itself, 2 = near it ("di sebelah timur kota al-Sukhna"),
 * 3 = a region or country (coordinates of its capital).
 */
public record PlaceMention(Span span, Place place, int precision, boolean ambiguous) {
}
