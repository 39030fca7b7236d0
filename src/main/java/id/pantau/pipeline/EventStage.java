package id.pantau.pipeline;

import id.pantau.events.Event;
import id.pantau.events.EventCoder;
import id.pantau.store.Store;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;

/** Codes the events of stored documents and stores them (replacing what was coded before). */
public final class EventStage {
    private final EventCoder coder;

    public EventStage(EventCoder coder) {
        this.coder = coder;
    }

    /** Codes the named documents (all when {@code docIds} is null); returns how many events were stored. */
    public long run(Store store, Collection<String> docIds) {
        long[] n = {0};
        store.forEachForCoding(docIds, (docId, text, published, url) -> {
            List<Event> events = coder.code(docId, text, id.pantau.nlp.PublicationDate.resolve(published, url));
            store.replaceEvents(docId, events);
            n[0] += events.size();
        });
        store.commit();
        return n[0];
    }

    /** The day of an ISO date or date-time ("2017-05-25", "2015-11-05T14:56:43+07:00"), or null. */
    static LocalDate publicationDate(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
