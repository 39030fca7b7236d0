package id.pantau.geo;

/**
 * A gazetteer entry. {@code id} is the GeoNames id where there is one, else the source's id ("ID32.01.15"
 * for an Indonesian unit by its Kemendagri code, "W…" Who's On First, "P…" OurAirports, "S…" Pantau's
 * supplement, "A{cc}.{code}" a first-level region, "B{cc}.{a1}.{a2}" a second-level one, "C{cc}" a
 * country). {@code parent} is the index of the enclosing unit in the gazetteer, or -1.
 */
public record Place(int index, String id, String name, PlaceKind kind, double lat, double lon, String country,
                    String admin1, int parent, long population) {

    public boolean isRegion() {
        return kind == PlaceKind.ADMIN1;
    }

    public boolean isCountry() {
        return kind == PlaceKind.COUNTRY;
    }

    /** The GeoNames id when there is one. */
    public String geonamesId() {
        return !id.isEmpty() && Character.isDigit(id.charAt(0)) ? id : null;
    }

    /** Great-circle distance in kilometres. */
    public double kmTo(double lat2, double lon2) {
        return km(lat, lon, lat2, lon2);
    }

    public double kmTo(Place other) {
        return km(lat, lon, other.lat, other.lon);
    }

    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
