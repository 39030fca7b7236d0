package id.pantau.geo;

/**
 * What a gazetteer entry is. Regions (admin1, admin2) take their seat's coordinates, as ACLED does; a
 * country takes its centre.
 */
public enum PlaceKind {
    COUNTRY, ADMIN1, ADMIN2, ADMIN3, TOWN, QUARTER, VILLAGE, AIRPORT, LANDMARK, ISLAND;

    static PlaceKind parse(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }

    /** A unit that contains other places (country, province, regency, district). */
    public boolean isArea() {
        return this == COUNTRY || this == ADMIN1 || this == ADMIN2 || this == ADMIN3;
    }

    /** ACLED's geo precision of an event placed here: 1 the place itself, 2 a district, 3 a region or country. */
    public int precision() {
        return switch (this) {
            case COUNTRY, ADMIN1, ADMIN2, ISLAND -> 3;
            case ADMIN3 -> 2;
            default -> 1;
        };
    }
}
