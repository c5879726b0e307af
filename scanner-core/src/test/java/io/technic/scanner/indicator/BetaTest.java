package io.technic.scanner.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.technic.scanner.model.BarColumns;
import io.technic.scanner.testdata.RealData;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BetaTest {

    @Test
    void symbolMovingOneAndAHalfTimesTheIndexHasBetaOneAndAHalfAndNoIdiosyncraticRisk() {
        int n = 300;
        int[] day = new int[n];
        double[] index = new double[n];
        double[] close = new double[n];
        SplittableRandom rnd = new SplittableRandom(5);
        double li = Math.log(100);
        for (int i = 0; i < n; i++) {
            day[i] = 19000 + i;
            double m = i == 0 ? 0 : 0.02 * (rnd.nextDouble() - 0.5);
            li += m;
            index[i] = Math.exp(li);
            close[i] = Math.exp(Math.log(50) + 1.5 * (li - Math.log(100)));
        }
        double[] beta = new double[n];
        double[] idio = new double[n];
        Beta.compute(day, close, 0, n, day, index, 0, n, 252, beta, idio);
        assertThat(beta[251]).isNaN();
        assertThat(beta[n - 1]).isCloseTo(1.5, within(1e-9));
        assertThat(idio[n - 1]).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void betaMatchesADateMapRegressionOnRealData() {
        var stocks = RealData.stocks();
        BarColumns b = stocks.bars();
        BarColumns idx = RealData.index().bars();
        Map<Integer, Double> indexByDay = new HashMap<>();
        for (int i = 0; i < idx.barCount(); i++) {
            indexByDay.put(idx.day()[i], idx.close()[i]);
        }
        for (int s = 0; s < b.symbolCount(); s += Math.max(1, b.symbolCount() / 25)) {
            int to = b.end(s);
            if (b.length(s) < 300) {
                continue;
            }
            double[] beta = new double[b.barCount()];
            double[] idio = new double[b.barCount()];
            Beta.compute(b.day(), b.close(), to - 260, to, idx.day(), idx.close(), 0, idx.barCount(), 252, beta, idio);
            // every stock date is an index date in this data set, so a plain map lookup is the reference
            double sr = 0;
            double sm = 0;
            double[] r = new double[252];
            double[] m = new double[252];
            for (int j = 0; j < 252; j++) {
                int i = to - 252 + j;
                r[j] = Math.log(b.close()[i] / b.close()[i - 1]);
                m[j] = Math.log(indexByDay.get(b.day()[i]) / indexByDay.get(b.day()[i - 1]));
                sr += r[j];
                sm += m[j];
            }
            double cov = 0;
            double var = 0;
            for (int j = 0; j < 252; j++) {
                cov += (r[j] - sr / 252) * (m[j] - sm / 252);
                var += (m[j] - sm / 252) * (m[j] - sm / 252);
            }
            assertThat(beta[to - 1]).as(stocks.symbols().get(s)).isCloseTo(cov / var, within(1e-9));
            assertThat(idio[to - 1]).isPositive();
        }
    }

    @Test
    void noIndexHistoryBeforeTheWindowGivesNaN() {
        int[] day = {10, 11, 12, 13, 14};
        double[] c = {1, 2, 3, 4, 5};
        int[] indexDay = {12, 13, 14};
        double[] index = {1, 2, 3};
        double[] beta = new double[5];
        double[] idio = new double[5];
        Beta.compute(day, c, 0, 5, indexDay, index, 0, 3, 2, beta, idio);
        assertThat(beta[2]).isNaN();   // window starts at day 10: no index date on or before it
        assertThat(beta[4]).isFinite();
    }
}
