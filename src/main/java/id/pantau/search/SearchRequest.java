package id.pantau.search;

/** A document search: free text plus filters; nulls mean "any". Dates are ISO days, inclusive. */
public record SearchRequest(String text, String source, String language, String dateFrom, String dateTo, Boolean hasEvents,
                            int offset, int limit) {
    public SearchRequest {
        if (limit <= 0 || limit > 500) {
            throw new IllegalArgumentException("limit must be 1..500");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0");
        }
    }

    public static SearchRequest text(String q) {
        return new SearchRequest(q, null, null, null, null, null, 0, 10);
    }
}
