package id.pantau.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotationsTest {
    @Test
    void curlyAndStraightQuotesOnOneLine() {
        String t = "Massa meneriakkan “Yerusalem milik Palestina” dan \"Bebaskan Gaza\" di Hebron.";
        assertThat(Quotations.stretches(t)).hasSize(2);
        assertThat(Quotations.inside(t, t.indexOf("Yerusalem"))).isTrue();
        assertThat(Quotations.inside(t, t.indexOf("Gaza"))).isTrue();
        assertThat(Quotations.inside(t, t.indexOf("Hebron"))).isFalse();
        // a straight quote left open to the end of the line quotes nothing
        assertThat(Quotations.inside("Ia berkata \"Saya\nmenolak", 13)).isFalse();
    }
}
