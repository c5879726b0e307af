package io.technic.app.context;

import io.technic.scanner.api.Scanner;
import io.technic.scanner.api.BarSources;
import io.technic.scanner.cache.ScanCache;
import io.technic.scanner.exec.Offload;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.ml.AlphaModel;
import io.technic.scanner.ml.XgboostAlphaModel;
import io.technic.scanner.model.Market;
import io.technic.scanner.score.Merit;
import io.technic.scanner.score.TechRating;
import java.util.List;

/** Composition root: wires the engine's parts the CLI (and later the app) use. */
public final class Engine {

    private Engine() {}

    private static String lastSource;
    private static Market lastMarket;
    private static List<AlphaModel> models;

    /**
     * Loads a market from a source spec such as {@code sim} or {@code csv:PATH}. The last market
     * is kept, so a command that scans and then needs the bars (portfolio returns) loads once.
     */
    public static synchronized Market load(String source) {
        if (!source.equals(lastSource)) {
            lastMarket = BarSources.parse(source).load();
            lastSource = source;
        }
        return lastMarket;
    }

    /** The shipped alpha models (Alpha 5d, Alpha 10d), loaded once. */
    public static synchronized List<AlphaModel> models() {
        if (models == null) {
            models = XgboostAlphaModel.shipped();
        }
        return models;
    }

    /** A scanner with the standard features, TechRating, the alpha models and MERIT ranking. Close it when done. */
    public static Scanner scanner() {
        return scanner(false);
    }

    /** @param sectorNeutral factor z-scores measured within each sector */
    public static Scanner scanner(boolean sectorNeutral) {
        return scanner(sectorNeutral, ScanCache.none(), null);
    }

    /**
     * A scanner with a cache (not closed by the scanner) and remote offload (null: local only).
     *
     * @param sectorNeutral factor z-scores measured within each sector
     */
    public static Scanner scanner(boolean sectorNeutral, ScanCache cache, Offload offload) {
        List<AlphaModel> m = models();
        return new Scanner(Engine::load, new TechnicalFeatures(), new TechRating(),
                new Merit(sectorNeutral, m.stream().map(AlphaModel::name).toList()), m, cache, offload);
    }
}
