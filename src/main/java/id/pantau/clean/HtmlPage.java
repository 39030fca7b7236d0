package id.pantau.clean;

import java.util.List;

/** What the HTML extractor read from a page: metadata and the article body as paragraphs. */
public record HtmlPage(String title, String published, String outlet, String url, String description,
                       List<String> paragraphs) {
    public HtmlPage {
        paragraphs = List.copyOf(paragraphs);
    }

    public Draft toDraft() {
        return new Draft(title, paragraphs, published);
    }
}
