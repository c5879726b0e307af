package io.technic.scanner.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.technic.scanner.data.BarSource;
import io.technic.scanner.data.DataException;
import io.technic.scanner.data.csv.CsvBarSource;
import io.technic.scanner.data.csv.CsvSpec;
import io.technic.scanner.data.sim.SimulatedMarket;
import io.technic.scanner.data.sim.SimulationSpec;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BarSourcesTest {

    @Test
    void simAloneIsTheDefaultMarket() {
        assertThat(((SimulatedMarket) BarSources.parse("sim")).spec()).isEqualTo(SimulationSpec.defaults());
        assertThat(((SimulatedMarket) BarSources.parse(" SIM: ")).spec()).isEqualTo(SimulationSpec.defaults());
    }

    @Test
    void simKeysOverrideTheDefaults() {
        SimulationSpec s = ((SimulatedMarket) BarSources.parse("sim:seed=7,symbols=500,bars=300,end=2025-06-30")).spec();
        assertThat(s).isEqualTo(new SimulationSpec(7, 500, 300, LocalDate.of(2025, 6, 30)));
        assertThat(((SimulatedMarket) BarSources.parse("sim:symbols=1_000")).spec().symbols()).isEqualTo(1000);
    }

    @Test
    void csvTakesAPathAndOptionalKeys() {
        CsvSpec s = ((CsvBarSource) BarSources.parse("csv:/data/us.csv.gz,index=/data/spy.csv,meta=/data/m.csv,strict=true")).spec();
        assertThat(s).isEqualTo(new CsvSpec(Path.of("/data/us.csv.gz"), Path.of("/data/spy.csv"), Path.of("/data/m.csv"), true));
        assertThat(((CsvBarSource) BarSources.parse("csv:/data/a,b.csv")).spec())
                .isEqualTo(CsvSpec.of(Path.of("/data/a,b.csv")));
        assertThat(((CsvBarSource) BarSources.parse("csv:bars")).spec().strict()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            yahoo:AAPL                       | unknown source scheme 'yahoo' in 'yahoo:AAPL'; valid schemes: sim, csv, store
            sim:sedd=1                       | unknown key 'sedd' in 'sim:sedd=1'; valid sim keys: seed, symbols, bars, end
            sim:seed                         | 'seed' in 'sim:seed' is not key=value; valid sim keys: seed, symbols, bars, end
            sim:seed=abc                     | seed 'abc' in 'sim:seed=abc' is not an integer
            sim:seed=1,seed=2                | key 'seed' given twice in 'sim:seed=1,seed=2'
            sim:symbols=0                    | symbols must be in 1..100000, was 0 in 'sim:symbols=0'
            sim:end=20261120                 | end '20261120' in 'sim:end=20261120' is not a date (yyyy-MM-dd)
            csv:                             | no path in 'csv:'; expected csv:PATH[,index=PATH,meta=PATH,strict=true]
            csv:/d/us.csv,strict=yes         | strict 'yes' in 'csv:/d/us.csv,strict=yes' is not true or false
            csv:/d/us.csv,index=             | key 'index' has no value in 'csv:/d/us.csv,index='
            csv:/d/us.csv,idx=/d/spy.csv     | unknown key 'idx' in 'csv:/d/us.csv,idx=/d/spy.csv'; valid csv keys: index, meta, strict
            """)
    void badSpecsNameTheBadPartAndTheValidOnes(String spec, String message) {
        assertThatThrownBy(() -> BarSources.parse(spec)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void blankSpecIsRejected() {
        assertThatThrownBy(() -> BarSources.parse(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("empty source spec; valid: sim");
    }
}
