package io.technic.scanner.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.indicator.ScanRecurrencesBatch.PathChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The measured choice between the vector and the scalar recurrences, on given timings. */
class PathChoiceTest {

    @BeforeEach
    void forget() {
        PathChoice.reset();
    }

    @AfterEach
    void leaveUnchosen() {
        PathChoice.reset();
    }

    @Test
    void theVectorCodeIsChosenAfterBeatingTheScalarCodesBestThreeTimesInARow() {
        PathChoice.scalarRan(90_000, 1_000);    // cold: 90 ns a bar
        PathChoice.scalarRan(20_000, 1_000);    // compiled: 20 ns a bar, the reference from now on
        PathChoice.scalarRan(60_000, 1_000);    // a noisy run does not raise it
        PathChoice.vectorRan(150_000_000, 1_000); // interpreted Vector API
        PathChoice.vectorRan(15_000, 1_000);
        PathChoice.vectorRan(15_000, 1_000);
        assertThat(PathChoice.vectorChosen()).isFalse();
        PathChoice.vectorRan(25_000, 1_000);    // a loss starts the count again
        PathChoice.vectorRan(15_000, 1_000);
        PathChoice.vectorRan(15_000, 1_000);
        assertThat(PathChoice.vectorChosen()).isFalse();
        PathChoice.vectorRan(19_000, 1_000);
        assertThat(PathChoice.vectorChosen()).isTrue();
        assertThat(ScanRecurrencesBatch.vectorChosen()).isTrue();
    }

    @Test
    void aVectorCodeThatNeverWinsIsGivenUpOnAndTheScalarCodeKept() {
        PathChoice.scalarRan(20_000, 1_000);
        for (int i = 0; i < 3_999; i++) {
            PathChoice.vectorRan(30_000, 1_000);
        }
        assertThat(PathChoice.gaveUp()).isFalse();
        PathChoice.vectorRan(30_000, 1_000);
        assertThat(PathChoice.gaveUp()).isTrue();
        assertThat(PathChoice.vectorChosen()).isFalse();
        // warming up again does nothing once given up
        assertThat(ScanRecurrencesBatch.warmUp(10_000_000_000L)).isFalse();
    }

    @Test
    void withoutScalarTimingsTheVectorCodeCannotWin() {
        for (int i = 0; i < 10; i++) {
            PathChoice.vectorRan(1_000, 1_000);
        }
        assertThat(PathChoice.vectorChosen()).isFalse();
    }

    @Test
    void warmUpStopsAtItsBudget() {
        long t0 = System.nanoTime();
        ScanRecurrencesBatch.warmUp(1_000_000L);
        // one round (a vector group, interpreted when cold, and its scalar rows) may overrun a
        // 1 ms budget, but not by the minute an unbounded warm-up takes
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(20);
    }
}
