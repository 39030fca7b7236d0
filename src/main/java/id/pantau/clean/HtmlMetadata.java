package id.pantau.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Title, publication date, outlet and canonical URL of a page, from meta tags and JSON-LD. */
final class HtmlMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlMetadata() {
    }

    record Meta(String title, String published, String outlet, String url, String description) {
    }

    static Meta read(Document doc, String fallbackUrl) {
        List<JsonNode> ld = jsonLd(doc);
        String title = first(meta(doc, "og:title"), meta(doc, "twitter:title"), ldText(ld, "headline"),
                trimSiteName(doc.title()), text(doc.selectFirst("h1")));
        String published = first(meta(doc, "article:published_time"), ldText(ld, "datePublished"),
                meta(doc, "pubdate"), meta(doc, "publishdate"), meta(doc, "publish-date"), meta(doc, "date"),
                meta(doc, "dc.date.issued"), meta(doc, "dc.date"), meta(doc, "content_publishedtime"),
                meta(doc, "datepublished"), attr(doc.selectFirst("[itemprop=datePublished]"), "content"),
                attr(doc.selectFirst("time[datetime]"), "datetime"));
        String url = first(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"), fallbackUrl);
        String outlet = first(meta(doc, "og:site_name"), ldPublisher(ld), meta(doc, "application-name"), host(url));
        title = stripOutlet(title, outlet);
        String description = first(meta(doc, "og:description"), meta(doc, "description"), meta(doc, "twitter:description"),
                ldText(ld, "description"));
        return new Meta(title, published, outlet, url, description);
    }

    /** "KapanLagi.com: FOTO: ..." and "... - KapanLagi.com" lose the outlet's name. */
    static String stripOutlet(String title, String outlet) {
        if (title == null || outlet == null || outlet.isBlank()) {
            return title;
        }
        String t = title.strip();
        String o = outlet.strip().toLowerCase(java.util.Locale.ROOT);
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith(o)) {
            String rest = t.substring(o.length()).replaceFirst("^\\s*[:|\\-–—]\\s*", "");
            if (rest.length() < t.length() - o.length() && !rest.isBlank()) {
                return rest.strip();
            }
        }
        if (lower.endsWith(o)) {
            String rest = t.substring(0, t.length() - o.length()).replaceFirst("\\s*[:|\\-–—]\\s*$", "");
            if (rest.length() < t.length() - o.length() && !rest.isBlank()) {
                return rest.strip();
            }
        }
        return t;
    }

    private static String meta(Document doc, String key) {
        for (Element e : doc.select("meta[content]")) {
            String p = e.attr("property").isEmpty() ? e.attr("name") : e.attr("property");
            if (p.isEmpty()) {
                p = e.attr("itemprop");
            }
            if (p.equalsIgnoreCase(key)) {
                String c = e.attr("content").strip();
                if (!c.isEmpty()) {
                    return c;
                }
            }
        }
        return null;
    }

    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode n = JSON.readTree(s.data());
                collect(n, out);
            } catch (Exception ignored) {
                // malformed JSON-LD is common on news sites; the meta tags still apply
            }
        }
        return out;
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n == null) {
            return;
        }
        if (n.isArray()) {
            n.forEach(x -> collect(x, out));
        } else if (n.isObject()) {
            out.add(n);
            collect(n.get("@graph"), out);
        }
    }

    private static String ldText(List<JsonNode> ld, String field) {
        for (JsonNode n : ld) {
            JsonNode v = n.get(field);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return null;
    }

    private static String ldPublisher(List<JsonNode> ld) {
        for (JsonNode n : ld) {
            JsonNode p = n.get("publisher");
            if (p != null && p.get("name") != null && p.get("name").isTextual()) {
                return p.get("name").asText().strip();
            }
        }
        return null;
    }

    static String trimSiteName(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String best = title.strip();
        String[] parts = best.split("\\s+[|\\-–—:»]\\s+");
        if (parts.length > 1) {
            String longest = parts[0];
            for (String p : parts) {
                if (p.length() > longest.length()) {
                    longest = p;
                }
            }
            best = longest.strip();
        }
        return best;
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? null : h.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(Element e) {
        return e == null ? null : e.text().strip();
    }

    private static String attr(Element e, String a) {
        return e == null ? null : e.attr(a).strip();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
