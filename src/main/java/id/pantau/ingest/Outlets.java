package id.pantau.ingest;

import id.pantau.util.Resources;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One canonical outlet per source: "cnn indonesia", "CNN Indonesia" and a page on
 * m.cnnindonesia.com are all "CNN Indonesia". The page's web domain decides first (sub-domains
 * included), then the source name as given (case, spaces and punctuation ignored); an outlet the
 * table does not know keeps its given name, or its domain when there is none. Data:
 * {@code outlets-v1.tsv}, loaded on first use.
 */
public final class Outlets {
    public static final String RESOURCE = "id/pantau/ingest/outlets-v1.tsv";

    /** An outlet: canonical name, ISO country code (null when unknown). */
    public record Outlet(String name, String country) {
        public boolean indonesian() {
            return country == null || country.equals("ID");
        }
    }

    private static volatile Outlets standard;

    private final Map<String, Outlet> byDomain = new HashMap<>();
    private final Map<String, Outlet> byAlias = new HashMap<>();

    Outlets(List<String> lines) {
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 4 || f[0].isBlank()) {
                throw new IllegalStateException(RESOURCE + " row " + lineNo + ": expected 4 tab-separated columns (name, domains, country, aliases)");
            }
            Outlet o = new Outlet(f[0].strip(), f[2].isBlank() ? null : f[2].strip());
            for (String d : f[1].split("\\|")) {
                if (!d.isBlank()) {
                    byDomain.put(d.strip().toLowerCase(Locale.ROOT), o);
                }
            }
            byAlias.put(key(o.name()), o);
            for (String a : f[3].split("\\|")) {
                if (!a.isBlank()) {
                    byAlias.put(key(a), o);
                }
            }
        }
    }

    public static Outlets standard() {
        Outlets o = standard;
        if (o == null) {
            synchronized (Outlets.class) {
                if (standard == null) {
                    standard = new Outlets(Resources.dataLines(RESOURCE));
                }
                o = standard;
            }
        }
        return o;
    }

    /** The outlet for a source name and page URL (either may be null); null when both are. */
    public Outlet resolve(String source, String url) {
        String host = host(url);
        if (host != null) {
            for (String h = host; h.indexOf('.') > 0; h = h.substring(h.indexOf('.') + 1)) {
                Outlet o = byDomain.get(h);
                if (o != null) {
                    return o;
                }
            }
        }
        if (source != null && !source.isBlank()) {
            Outlet o = byAlias.get(key(source));
            if (o != null) {
                return o;
            }
            return new Outlet(source.strip(), null);
        }
        if (host != null) {
            return new Outlet(host.startsWith("www.") ? host.substring(4) : host, null);
        }
        return null;
    }

    /** Whether a word is a known outlet's name ("kumparan", "detikcom"), as prose writes it in lower case too. */
    public boolean isOutlet(String word) {
        return word != null && !word.isBlank() && byAlias.containsKey(key(word));
    }

    /** The canonical outlet name, or null. */
    public String canonical(String source, String url) {
        Outlet o = resolve(source, url);
        return o == null ? null : o.name();
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String key(String name) {
        StringBuilder b = new StringBuilder();
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
