package io.technic.app.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreBandTest {

    @Test
    void bandsFollowTheDocumentedThresholds() {
        assertThat(ScoreBand.of(80)).isEqualTo(ScoreBand.STRONG);
        assertThat(ScoreBand.of(79.99)).isEqualTo(ScoreBand.GOOD);
        assertThat(ScoreBand.of(60)).isEqualTo(ScoreBand.GOOD);
        assertThat(ScoreBand.of(59.9)).isEqualTo(ScoreBand.NEUTRAL);
        assertThat(ScoreBand.of(20)).isEqualTo(ScoreBand.NEUTRAL);
        assertThat(ScoreBand.of(19.9)).isEqualTo(ScoreBand.WEAK);
        assertThat(ScoreBand.of(Double.NaN)).isEqualTo(ScoreBand.NEUTRAL);
        assertThat(ScoreBand.STRONG.pseudoClass()).isEqualTo("band-strong");
        assertThat(ScoreBand.NEUTRAL.pseudoClass()).isNull();
    }
}
