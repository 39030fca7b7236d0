package id.pantau.clean;

import java.util.List;

/**
 * The cleaning stages in order, composed in one place. Each stage is a pure function from
 * {@link Draft} to {@link Draft}; see {@link #standard()} for the chain Pantau runs.
 */
public final class CleaningPipeline {
    private final List<CleaningStage> stages;

    public CleaningPipeline(List<CleaningStage> stages) {
        this.stages = List.copyOf(stages);
    }

    /** mojibake → unicode → boilerplate → title/date lines → related headlines → repeats. */
    public static CleaningPipeline standard() {
        return new CleaningPipeline(List.of(
                new MojibakeRepair(),
                new UnicodeNormalizer(),
                new BoilerplateFilter(BoilerplateRules.standard()),
                new TitleAndDateline(),
                new RelatedHeadlineFilter(),
                new RepeatedContentFilter()));
    }

    public Draft apply(Draft draft) {
        Draft d = draft;
        for (CleaningStage s : stages) {
            d = s.apply(d);
        }
        return d;
    }

    public List<String> stageNames() {
        return stages.stream().map(CleaningStage::name).toList();
    }
}
