package id.pantau.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Query-parameter parsing that answers bad values with a 400 naming the parameter. */
final class Params {
    private Params() {
    }

    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    static String date(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(name, name + " must be a date like 2017-05-24, not '" + v + "'");
        }
    }

    static int integer(Context ctx, String name, int def, int min, int max) {
        String v = text(ctx, name);
        if (v == null) {
            return def;
        }
        try {
            int i = Integer.parseInt(v);
            if (i < min || i > max) {
                throw ApiException.badParameter(name, name + " must be between " + min + " and " + max);
            }
            return i;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, name + " must be a whole number, not '" + v + "'");
        }
    }

    static Boolean bool(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.badParameter(name, name + " must be true or false");
        };
    }

    static String oneOf(Context ctx, String name, String def, List<String> allowed) {
        String v = text(ctx, name);
        if (v == null) {
            return def;
        }
        if (!allowed.contains(v)) {
            throw ApiException.badParameter(name, name + " must be one of " + String.join(", ", allowed));
        }
        return v;
    }

    /** bbox=minLon,minLat,maxLon,maxLat */
    static double[] bbox(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        String[] p = v.split(",");
        if (p.length != 4) {
            throw ApiException.badParameter(name, name + " must be minLon,minLat,maxLon,maxLat");
        }
        double[] out = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                out[i] = Double.parseDouble(p[i].strip());
            }
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, name + " must be four numbers: minLon,minLat,maxLon,maxLat");
        }
        if (out[0] > out[2] || out[1] > out[3]) {
            throw ApiException.badParameter(name, name + ": the minimum corner must come first");
        }
        return out;
    }
}
