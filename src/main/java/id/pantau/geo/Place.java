package id.pantau.geo;

import java.util.List;

/**
 * A gazetteer entry. {@code id} is the GeoNames id, or "S…" (Pantau's supplement), "A{cc}.{code}"
 * (a first-level region, placed at its capital as ACLED does) or "C{cc}" (a country).
 */
public record Place(String id, String name, double lat, double lon, String feature, String country, String admin1,
                    long population, List<String> names) {
    public Place {
        names = List.copyOf(names);
    }

    public boolean isRegion() {
        return feature.equals("ADM1");
    }

    public boolean isCountry() {
        return feature.equals("PCLI");
    }

    /** The GeoNames id when there is one. */
    public String geonamesId() {
        return Character.isDigit(id.charAt(0)) ? id : null;
    }

    /** Great-circle distance in kilometres. */
    public double kmTo(double lat2, double lon2) {
        double p1 = Math.toRadians(lat), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
