package io.technic.app.bench;

import io.technic.scanner.model.BarColumns;
import java.time.Duration;
import java.time.Instant;
import org.ta4j.core.BarBuilder;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.num.DoubleNumFactory;

/** Converts one symbol of a {@link BarColumns} block into a ta4j {@code BarSeries} of DoubleNum. */
final class Ta4jSeries {

    private static final Duration DAY = Duration.ofDays(1);
    private static final long SECONDS_PER_DAY = 86_400L;

    private Ta4jSeries() {}

    /** Builds the series the way a ta4j user does: one bar at a time through its bar builder. */
    static BarSeries of(String name, BarColumns bars, int s) {
        BarSeries series = new BaseBarSeriesBuilder()
                .withName(name)
                .withNumFactory(DoubleNumFactory.getInstance())
                .build();
        BarBuilder b = series.barBuilder();
        int[] day = bars.day();
        double[] o = bars.open();
        double[] h = bars.high();
        double[] l = bars.low();
        double[] c = bars.close();
        double[] v = bars.volume();
        for (int i = bars.start(s); i < bars.end(s); i++) {
            // a daily bar ends at midnight UTC after its trading day
            Instant endTime = Instant.ofEpochSecond((day[i] + 1L) * SECONDS_PER_DAY);
            b.timePeriod(DAY).endTime(endTime)
                    .openPrice(o[i]).highPrice(h[i]).lowPrice(l[i]).closePrice(c[i]).volume(v[i])
                    .add();
        }
        return series;
    }
}
