package io.technic.app.ui.chart;

import io.fair_acc.dataset.spi.financial.api.attrs.AttributeModel;
import io.fair_acc.dataset.spi.financial.api.ohlcv.IOhlcv;
import io.fair_acc.dataset.spi.financial.api.ohlcv.IOhlcvItem;
import java.util.Date;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** ChartFX's OHLCV view of a {@link ChartData}'s primitive columns; items are made on demand. */
final class BarsOhlcv implements IOhlcv {

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private final ChartData data;

    BarsOhlcv(ChartData data) {
        this.data = data;
    }

    @Override
    public IOhlcvItem getOhlcvItem(int i) {
        return new Bar(i);
    }

    @Override
    public int size() {
        return data.size();
    }

    @Override
    public AttributeModel getAddon() {
        return null;
    }

    @Override
    public AttributeModel getAddonOrCreate() {
        return new AttributeModel();
    }

    @Override
    public Iterator<IOhlcvItem> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < data.size();
            }

            @Override
            public IOhlcvItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return new Bar(next++);
            }
        };
    }

    private final class Bar implements IOhlcvItem {
        private final int i;

        Bar(int i) {
            this.i = i;
        }

        @Override
        public Date getTimeStamp() {
            return new Date(data.days()[i] * MILLIS_PER_DAY);
        }

        @Override
        public double getOpen() {
            return data.open()[i];
        }

        @Override
        public double getHigh() {
            return data.high()[i];
        }

        @Override
        public double getLow() {
            return data.low()[i];
        }

        @Override
        public double getClose() {
            return data.close()[i];
        }

        @Override
        public double getVolume() {
            return data.volume()[i];
        }

        @Override
        public double getOpenInterest() {
            return 0;
        }

        @Override
        public AttributeModel getAddon() {
            return null;
        }

        @Override
        public AttributeModel getAddonOrCreate() {
            return new AttributeModel();
        }
    }
}
