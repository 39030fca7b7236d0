package id.pantau.search;

import java.util.List;
import java.util.Map;

/** Matching documents (one page), the total, and facet counts by source and language. */
public record SearchResult(long total, List<Hit> hits, Map<String, Long> sources, Map<String, Long> languages) {
    /**
     * One matching document. {@code snippet} is plain text in which the matched words are wrapped
     * in U+0001 … U+0002 markers; clients turn those into highlighting without parsing HTML.
     */
    public record Hit(String docId, String title, String source, String published, String language, boolean hasEvents,
                      String snippet, float score) {
    }
}
