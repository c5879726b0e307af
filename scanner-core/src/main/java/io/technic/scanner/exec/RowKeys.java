package io.technic.scanner.exec;

import io.technic.scanner.model.FeatureSchema;
import io.technic.scanner.model.Market;

/**
 * Cache keys of per-symbol feature rows. A row is a pure function of the engine's code, the
 * feature schema, the market's data version and the symbol's bar range, so the key names all of
 * them; bumping {@link #ENGINE_VERSION} (any change to indicator code) retires every old row.
 */
public final class RowKeys {

    /** Version of the per-symbol computation; part of every cache key. */
    public static final String ENGINE_VERSION = "e1";

    private RowKeys() {}

    /** The key prefix shared by every row of a market under a schema. */
    static String prefix(Market market, FeatureSchema schema) {
        return "technic:v1:row:" + ENGINE_VERSION + ":" + schema.hash().substring(0, 16) + ":" + market.dataVersion() + ":";
    }

    /** The key of one symbol's row over bars between two epoch days (inclusive). */
    static String key(String prefix, String symbol, int fromDay, int atDay) {
        return prefix + symbol + ":" + fromDay + ":" + atDay;
    }
}
