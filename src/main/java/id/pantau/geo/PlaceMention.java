package id.pantau.geo;

import id.pantau.nlp.Span;

/**
 * A place named in the text and the gazetteer entry it was resolved to. {@code precision} is the
 * guide's geo precision: 1 = the place itself, 2 = near it ("di sebelah timur kota al-Sukhna", "80 km
 * utara X") or a district, 3 = a region or country. {@code role} says what the text uses the name for:
 * only {@link Role#PLACE} can be where an event happened. {@code within} is the index (in the
 * geocoder's output) of the next larger place named with it in one address ("Ciampea, Bogor, Jawa
 * Barat"), or -1.
 */
public record PlaceMention(Span span, Place place, int precision, boolean ambiguous, Role role, int within) {

    /** What the text uses a place name for. */
    public enum Role {
        /** Where something is or happened. */
        PLACE,
        /** Names a larger unit of an address whose smaller place is named just before it. */
        CONTEXT,
        /** Where somebody spoke ("kata Martinus di Mabes Polri, Jakarta Selatan"). */
        SPEAKER,
        /** Where somebody comes from ("pria asal Bekasi", "warga negara Uzbekistan"). */
        ORIGIN,
        /** Where somebody was taken ("dilarikan ke RS Bhayangkara Jayapura"). */
        DESTINATION,
        /** Part of an organisation's name ("Polda Papua", "Pengadilan Negeri Jakarta Timur"). */
        ORGANISATION,
        /** The dateline of the article ("Jakarta, CNN Indonesia --"). */
        DATELINE
    }

    public PlaceMention(Span span, Place place, int precision, boolean ambiguous) {
        this(span, place, precision, ambiguous, Role.PLACE, -1);
    }

    public PlaceMention withRole(Role r) {
        return new PlaceMention(span, place, precision, ambiguous, r, within);
    }

    public boolean isEventPlace() {
        return role == Role.PLACE;
    }
}
