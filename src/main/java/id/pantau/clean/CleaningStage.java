package id.pantau.clean;

/** One step of cleaning: a pure function from draft to draft. */
public interface CleaningStage {
    /** Stable name, used in configuration and in diagnostics. */
    String name();

    Draft apply(Draft draft);
}
