package id.pantau.pipeline;

/** Counts of one ingest run; {@code stopped} when the user stopped it before it read every input. */
public record IngestStats(long added, long updated, long unchanged, long rejected, long duplicates,
                          long learnedLinesRemoved, long events, double seconds, boolean stopped) {
    public long documents() {
        return added + updated + unchanged;
    }

    public double docsPerSecond() {
        return seconds <= 0 ? 0 : (added + updated + unchanged) / seconds;
    }
}
