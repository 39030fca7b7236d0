package id.pantau.clean;

import id.pantau.util.Resources;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article body of a news page. Clutter containers (comments, share bars, related
 * lists, menus; see {@code html-noise.txt}) are removed, text blocks are scored by length and
 * punctuation and credited to their parents, and the best container plus its article-like
 * siblings is turned into paragraphs. Link-heavy blocks inside it (related-article lists) are
 * skipped.
 */
public final class HtmlExtractor {
    /** Deepest element nesting accepted (real article pages stay far below 100). */
    static final int MAX_DEPTH = 400;
    private static final String NOISE_RESOURCE = "id/pantau/clean/html-noise.txt";
    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "iframe", "svg", "form",
            "button", "input", "select", "textarea", "nav", "footer", "aside", "template", "object", "embed",
            "canvas", "audio", "video", "map", "dialog", "menu");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "ul", "ol", "tr", "td", "th", "table", "blockquote", "section", "article", "figure", "figcaption",
            "header", "pre", "dd", "dt", "dl", "main", "center", "hr", "address", "tbody", "thead");
    private static final Set<String> TEXT_BLOCKS = Set.of("p", "pre", "td", "blockquote", "dd");
    private static final Set<String> KEEP_ALWAYS = Set.of("html", "body", "main", "article");
    private static final Pattern SPLIT_NAME = Pattern.compile("[-_\\s]+|(?<=\\p{Ll})(?=\\p{Lu})");
    private static final int MIN_BLOCK = 25;
    private static final boolean DEBUG = Boolean.getBoolean("pantau.debug.extract");

    private final Set<String> noiseWords;
    private final List<String> noisePhrases;

    private HtmlExtractor(List<String> fragments) {
        var words = new java.util.HashSet<String>();
        var phrases = new ArrayList<String>();
        for (String f : fragments) {
            String t = f.strip().toLowerCase(Locale.ROOT);
            if (t.contains("-")) {
                phrases.add(t);
            } else {
                words.add(t);
            }
        }
        noiseWords = Set.copyOf(words);
        noisePhrases = List.copyOf(phrases);
    }

    private static final class Holder {
        static final HtmlExtractor DEFAULT = new HtmlExtractor(Resources.dataLines(NOISE_RESOURCE));
    }

    public static HtmlExtractor standard() {
        return Holder.DEFAULT;
    }

    /** Parses {@code html} and extracts its metadata and article paragraphs. */
    public HtmlPage extract(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        int[] depth = {0};
        org.jsoup.select.NodeTraversor.traverse((node, d) -> depth[0] = Math.max(depth[0], d), doc);
        if (depth[0] > MAX_DEPTH) {
            // scoring walks the tree; a page nested thousands deep (no article is) would take minutes or overflow
            throw new IllegalArgumentException("HTML nested " + depth[0] + " elements deep (more than " + MAX_DEPTH
                    + "): not an article page");
        }
        HtmlMetadata.Meta meta = HtmlMetadata.read(doc, url);
        Element body = doc.body();
        prune(body);
        Map<Element, Double> scores = score(body);
        Element top = climb(best(scores), body);
        List<String> paragraphs = new ArrayList<>();
        if (top != null) {
            if (DEBUG) {
                scores.entrySet().stream().sorted((x, y) -> Double.compare(y.getValue() * (1 - linkDensity(y.getKey())),
                        x.getValue() * (1 - linkDensity(x.getKey())))).limit(6).forEach(en -> System.err.printf(
                        "candidate %s.%s#%s score=%.1f ld=%.2f len=%d%n", en.getKey().normalName(), en.getKey().className(),
                        en.getKey().id(), en.getValue(), linkDensity(en.getKey()), en.getKey().text().length()));
            }
            for (Element part : withSiblings(top, scores)) {
                emit(part, paragraphs);
            }
        }
        return new HtmlPage(meta.title(), meta.published(), meta.outlet(), meta.url(), meta.description(), paragraphs);
    }

    private void prune(Element body) {
        int total = Math.max(1, paragraphText(body));
        List<Element> remove = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            String tag = e.normalName();
            if ((DROP_TAGS.contains(tag) && !(tag.equals("form") && paragraphText(e) >= total * 0.5)) || hidden(e)) {
                remove.add(e);
            } else if (!KEEP_ALWAYS.contains(tag) && isNoise(e) && paragraphText(e) < total * 0.5) {
                remove.add(e);
            }
        }
        for (Element e : remove) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    private static boolean hidden(Element e) {
        String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        return style.contains("display:none") || style.contains("visibility:hidden") || e.hasAttr("hidden");
    }

    boolean isNoise(Element e) {
        String names = (e.className() + " " + e.id()).strip();
        if (names.isEmpty()) {
            return false;
        }
        String lower = names.toLowerCase(Locale.ROOT);
        for (String phrase : noisePhrases) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        for (String part : SPLIT_NAME.split(names)) {
            if (noiseWords.contains(part.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Characters of paragraph text ({@code <p>} elements) under {@code e}: what a wrapper must not lose. */
    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    private static Map<Element, Double> score(Element body) {
        Map<Element, Double> score = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            int len;
            boolean isDiv = !TEXT_BLOCKS.contains(tag);
            if (TEXT_BLOCKS.contains(tag)) {
                len = e.text().length();
            } else if (tag.equals("div") || tag.equals("section") || tag.equals("article") || tag.equals("span")
                    || tag.equals("font") || tag.equals("center")) {
                len = ownText(e).length();
            } else {
                continue;
            }
            if (len < MIN_BLOCK) {
                continue;
            }
            String text = isDiv ? ownText(e) : e.text();
            double s = (1 + count(text, ',') + Math.min(len / 100.0, 3.0)) * (1 - ownLinkDensity(e, isDiv, len));
            if (isDiv) {
                score.merge(e, s, Double::sum);
            }
            Element p = e.parent();
            if (p != null) {
                score.merge(p, s, Double::sum);
                Element g = p.parent();
                if (g != null) {
                    score.merge(g, s / 2, Double::sum);
                }
            }
        }
        return score;
    }

    private static Element best(Map<Element, Double> score) {
        Element best = null;
        double bestScore = 0;
        for (var en : score.entrySet()) {
            double s = en.getValue() * (1 - linkDensity(en.getKey()));
            if (s > bestScore) {
                bestScore = s;
                best = en.getKey();
            }
        }
        return best;
    }

    /**
     * Moves from the best-scoring element to an ancestor when the ancestor holds much more
     * low-link prose: articles split into several sibling wrappers (one per section or photo).
     */
    private static Element climb(Element top, Element body) {
        if (top == null) {
            return null;
        }
        Element current = top;
        for (int i = 0; i < 3; i++) {
            Element parent = current.parent();
            if (parent == null || parent == body || parent.normalName().equals("html")) {
                break;
            }
            int mine = proseText(current), theirs = proseText(parent);
            boolean fragment = mine < 400 || repeatedShape(parent, current);
            if (fragment && theirs >= mine * 1.5 && linkDensity(parent) < 0.25) {
                current = parent;
            } else {
                break;
            }
        }
        return current;
    }

    private static boolean repeatedShape(Element parent, Element child) {
        if (child.className().isBlank()) {
            return false;
        }
        int same = 0;
        for (Element e : parent.getElementsByTag(child.normalName())) {
            if (e.className().equals(child.className()) && ++same > 1) {
                return true;
            }
        }
        return false;
    }

    /** Characters of text blocks with few links under {@code e}. */
    private static int proseText(Element e) {
        int n = 0;
        for (Element p : e.select("p, pre, blockquote")) {
            String t = p.text();
            if (t.length() >= MIN_BLOCK && linkDensity(p) < 0.3) {
                n += t.length();
            }
        }
        return n;
    }

    private static List<Element> withSiblings(Element top, Map<Element, Double> scores) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            double s = scores.getOrDefault(sib, 0.0) * (1 - linkDensity(sib));
            String text = sib.text();
            double ld = linkDensity(sib);
            if (s >= threshold
                    || (sib.normalName().equals("p") && text.length() > 80 && ld < 0.25)
                    || (sib.normalName().equals("p") && text.length() > 0 && ld == 0 && Lines.endsLikeSentence(text))) {
                out.add(sib);
            }
        }
        return out;
    }

    /** Appends the paragraphs under {@code root}, skipping link lists. */
    private void emit(Element root, List<String> out) {
        StringBuilder current = new StringBuilder();
        for (Node child : root.childNodes()) {
            walk(child, current, out);
        }
        flush(current, out);
    }

    private void walk(Node node, StringBuilder current, List<String> out) {
        if (node instanceof TextNode t) {
            current.append(t.getWholeText());
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        boolean block = BLOCKS.contains(tag);
        if (block && !tag.equals("br") && isLinkList(e)) {
            return;
        }
        if (block) {
            flush(current, out);
        }
        for (Node child : e.childNodes()) {
            walk(child, current, out);
        }
        if (block) {
            flush(current, out);
        }
    }

    private static boolean isLinkList(Element e) {
        String text = e.text();
        if (text.length() > 400 || text.isEmpty()) {
            return false;
        }
        return linkDensity(e) > 0.5;
    }

    private static void flush(StringBuilder current, List<String> out) {
        String s = UnicodeNormalizer.normalize(current.toString());
        if (!s.isEmpty()) {
            out.add(s);
        }
        current.setLength(0);
    }

    private static String ownText(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                sb.append(t.text());
            } else if (n instanceof Element c && !BLOCKS.contains(c.normalName())) {
                sb.append(c.text());
            }
        }
        return sb.toString().strip();
    }

    private static double ownLinkDensity(Element e, boolean ownOnly, int len) {
        if (!ownOnly) {
            return linkDensity(e);
        }
        int links = 0;
        for (Element c : e.children()) {
            if (c.normalName().equals("a")) {
                links += c.text().length();
            }
        }
        return len == 0 ? 0 : Math.min(1.0, (double) links / len);
    }

    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, (double) links / total);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
