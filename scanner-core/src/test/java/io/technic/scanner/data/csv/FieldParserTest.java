package io.technic.scanner.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldParserTest {

    private static double parse(FieldParser p, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        return p.parseDouble(b, 0, b.length);
    }

    @Test
    void decimalsParseExactlyLikeDoubleParseDouble() {
        FieldParser p = new FieldParser();
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 200_000; i++) {
            long mant = r.nextLong(1, 10_000_000_000_000_000L);
            int scale = r.nextInt(0, 12);
            String s = new java.math.BigDecimal(java.math.BigInteger.valueOf(mant), scale).toPlainString();
            if (r.nextBoolean()) {
                s = "-" + s;
            }
            assertThat(parse(p, s)).as(s).isEqualTo(Double.parseDouble(s));
            assertThat(p.failed).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e3", "1.5E-7", "+2.25", "NaN", "-Infinity", "0.000000000000000000001", "123456789012345678"})
    void exponentsSignsAndSpecialValuesTakeTheSlowPath(String s) {
        FieldParser p = new FieldParser();
        assertThat(Double.valueOf(parse(p, s))).isEqualTo(Double.valueOf(Double.parseDouble(s)));
        assertThat(p.failed).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1.2.3", "1,5", "0x10", "1d", "--1", "null", "1 2"})
    void nonNumbersFail(String s) {
        FieldParser p = new FieldParser();
        parse(p, s);
        assertThat(p.failed).as(s).isTrue();
    }

    @Test
    void epochDayAgreesWithLocalDate() {
        for (LocalDate d = LocalDate.of(1899, 1, 1); d.isBefore(LocalDate.of(2101, 1, 1)); d = d.plusDays(1)) {
            assertThat(FieldParser.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()))
                    .isEqualTo((int) d.toEpochDay());
            assertThat(FieldParser.dayOfWeek((int) d.toEpochDay())).isEqualTo(d.getDayOfWeek().ordinal());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29", "20240229", "2024-02-29 00:00:00", "2024-02-29T00:00:00-05:00"})
    void datesInEveryAcceptedForm(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        assertThat(FieldParser.parseDate(b, 0, b.length)).isEqualTo((int) LocalDate.of(2024, 2, 29).toEpochDay());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2024-00-10", "2024-1-5", "2024/01/05", "01/05/2024", "2024010", "20241301", ""})
    void invalidDatesAreRejected(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        assertThat(FieldParser.parseDate(b, 0, b.length)).isEqualTo(FieldParser.NO_DATE);
    }
}
