package id.pantau.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Title and date lines. For plain text without a title, a headline-like first line becomes the
 * title (a short rubric such as "Berita Suriah" above it is dropped). Lines that only give the
 * publication date are removed (and fill in the publication date when it is unknown), and
 * copies of the title inside the body are removed.
 */
public final class TitleAndDateline implements CleaningStage {
    public static final String NAME = "title";
    private static final int HEAD_LINES = 6;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Draft apply(Draft draft) {
        List<String> body = new ArrayList<>(draft.paragraphs());
        String published = draft.published();
        for (int i = 0; i < Math.min(HEAD_LINES, body.size()); i++) {
            Optional<String> date = DateLine.parse(body.get(i));
            if (date.isPresent()) {
                if (published == null) {
                    published = date.get();
                }
                body.remove(i--);
            }
        }
        String title = draft.title();
        if (title == null || title.isBlank()) {
            if (body.size() >= 2 && Lines.headlineLike(body.get(0)) && Lines.words(body.get(0)) <= 3
                    && Lines.headlineLike(body.get(1)) && Lines.words(body.get(1)) > 3) {
                body.remove(0); // rubric above the headline
            }
            if (body.size() >= 2 && Lines.headlineLike(body.get(0)) && Lines.words(body.get(0)) >= 2) {
                title = body.remove(0);
            }
        }
        if (title != null) {
            String key = Lines.key(title);
            body.removeIf(p -> Lines.key(p).equals(key));
        }
        return new Draft(title, body, published);
    }
}
