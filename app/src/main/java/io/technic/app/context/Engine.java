package io.technic.app.context;

import io.technic.scanner.api.Scanner;
import io.technic.scanner.api.BarSources;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.model.Market;
import io.technic.scanner.score.Merit;
import io.technic.scanner.score.TechRating;

/** Composition root: wires the engine's parts the CLI (and later the app) use. */
public final class Engine {

    private Engine() {}

    private static String lastSource;
    private static Market lastMarket;

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

    /** A scanner with the standard features, TechRating and MERIT ranking. Close it when done. */
    public static Scanner scanner() {
        return scanner(false);
    }

    /** @param sectorNeutral factor z-scores measured within each sector */
    public static Scanner scanner(boolean sectorNeutral) {
        return new Scanner(Engine::load, new TechnicalFeatures(), new TechRating(), new Merit(sectorNeutral));
    }
}
