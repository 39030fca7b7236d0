package id.pantau.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelLexiconTest {
    @Test
    void theBundledLexiconLoadsWithEveryStance() {
        LabelLexicon l = LabelLexicon.standard();
        assertThat(l.entry("teroris").stance()).isEqualTo(Stance.DELEGITIMISING);
        assertThat(l.entry("Pejuang").stance()).isEqualTo(Stance.SYMPATHETIC);
        assertThat(l.entry("militan").stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(l.entry("kelompok kriminal bersenjata").label()).isEqualTo("KKB");
        assertThat(l.entry("tentara salib").actor()).isEqualTo("Military Forces of the United States");
    }

    @Test
    void shortFormsMustBeInCapitals() {
        LabelLexicon l = LabelLexicon.standard();
        assertThat(l.find("KKB menyerang")).hasSize(1);
        assertThat(l.find("kkb menyerang")).isEmpty();
    }

    @Test
    void aMalformedFileFailsLoudlyNamingItAndTheLine() {
        assertThatThrownBy(() -> new LabelLexicon(List.of("teroris\tdelegitimising\thead")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("labels-v1.tsv").hasMessageContaining("teroris");
        assertThatThrownBy(() -> new LabelLexicon(List.of("teroris\tnasty\thead\tnonstate\t")))
                .hasMessageContaining("unknown stance 'nasty'");
        assertThatThrownBy(() -> new LabelLexicon(List.of("teroris\tneutral\thead\tnonstate\t", "Teroris\tneutral\thead\tnonstate\t")))
                .hasMessageContaining("listed twice");
    }
}
