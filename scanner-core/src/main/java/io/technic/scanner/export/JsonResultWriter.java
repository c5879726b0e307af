package io.technic.scanner.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.technic.scanner.analytics.ScanAnalytics;
import io.technic.scanner.model.FilteredSymbol;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import io.technic.scanner.model.SkippedSymbol;
import io.technic.scanner.score.options.OptionIdea;
import io.technic.scanner.score.risk.SizingPlan;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes a result as one JSON object: {@code request}, {@code asOf}, {@code source},
 * {@code dataVersion}, {@code accounting} ({@code universe, ranked, filtered, skipped}),
 * {@code shown}, {@code metrics}, {@code rows} (the top N, each with {@code symbol}, scores
 * — {@code alpha5d}/{@code alpha10d} being the forecasts' percentiles — the raw ML
 * {@code forecasts} when models ran, and features), {@code filtered} and {@code skipped} (each with {@code symbol} and the
 * reason). Non-finite numbers are written as {@code null}.
 */
public final class JsonResultWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonResultWriter() {}

    public static void write(ScanResult r, Writer out) throws IOException {
        write(r, ScanAnalytics.NONE, out);
    }

    /** Also writes {@code sizing} per row and {@code optionIdeas} when the analytics have them. */
    public static void write(ScanResult r, ScanAnalytics analytics, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            request(g, r.request());
            g.writeStringField("asOf", r.asOf() == null ? null : r.asOf().toString());
            g.writeStringField("source", r.source());
            g.writeStringField("dataVersion", r.dataVersion());
            regime(g, r.regime());
            g.writeObjectFieldStart("accounting");
            g.writeNumberField("universe", r.accounting().universe());
            g.writeNumberField("ranked", r.accounting().ranked());
            g.writeNumberField("filtered", r.accounting().filtered());
            g.writeNumberField("skipped", r.accounting().skipped());
            g.writeEndObject();
            List<ScanRow> top = r.top();
            g.writeNumberField("shown", top.size());
            g.writeObjectFieldStart("metrics");
            g.writeObjectFieldStart("stageMillis");
            for (Map.Entry<String, Double> e : r.metrics().stageMillis().entrySet()) {
                num(g, e.getKey(), e.getValue());
            }
            g.writeEndObject();
            num(g, "totalMillis", r.metrics().totalMillis());
            num(g, "symbolsPerSecond", r.metrics().symbolsPerSecond());
            g.writeNumberField("threads", r.metrics().threads());
            g.writeStringField("resultSource", r.metrics().source());
            g.writeEndObject();
            g.writeArrayFieldStart("rows");
            for (ScanRow row : top) {
                row(g, row, analytics.sizing().get(row.symbol()));
            }
            g.writeEndArray();
            if (analytics.portfolio() != null) {
                portfolio(g, analytics.portfolio());
            }
            if (!analytics.optionIdeas().isEmpty()) {
                g.writeArrayFieldStart("optionIdeas");
                for (OptionIdea idea : analytics.optionIdeas()) {
                    idea(g, idea);
                }
                g.writeEndArray();
            }
            g.writeArrayFieldStart("filtered");
            for (FilteredSymbol f : r.filtered()) {
                g.writeStartObject();
                g.writeStringField("symbol", f.symbol());
                g.writeStringField("filter", f.filter());
                g.writeStringField("detail", f.detail());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("skipped");
            for (SkippedSymbol s : r.skipped()) {
                g.writeStartObject();
                g.writeStringField("symbol", s.symbol());
                g.writeStringField("reason", s.reason().name());
                g.writeStringField("detail", s.detail());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
        out.flush();
    }

    private static void request(JsonGenerator g, ScanRequest q) throws IOException {
        g.writeObjectFieldStart("request");
        g.writeStringField("source", q.source());
        g.writeStringField("profile", q.profile().id());
        g.writeStringField("asOf", q.asOf() == null ? null : q.asOf().toString());
        g.writeNumberField("lookback", q.lookback());
        g.writeNumberField("topN", q.topN());
        g.writeNumberField("threads", q.threads());
        g.writeObjectFieldStart("filter");
        g.writeArrayFieldStart("symbols");
        for (String s : q.filter().symbols()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sectors");
        for (String s : q.filter().sectors()) {
            g.writeString(s);
        }
        g.writeEndArray();
        num(g, "minPrice", q.filter().minPrice());
        num(g, "maxPrice", q.filter().maxPrice());
        num(g, "minDollarVolume", q.filter().minDollarVolume());
        g.writeNumberField("minHistoryBars", q.filter().minHistoryBars());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void portfolio(JsonGenerator g, io.technic.scanner.portfolio.Allocation p) throws IOException {
        g.writeObjectFieldStart("portfolio");
        g.writeArrayFieldStart("positions");
        for (int i = 0; i < p.symbols().size(); i++) {
            g.writeStartObject();
            g.writeStringField("symbol", p.symbols().get(i));
            g.writeStringField("sector", p.sectors().get(i));
            num(g, "riskParityWeight", p.riskParityWeights()[i]);
            num(g, "riskParityContribution", p.riskParityContributions()[i]);
            num(g, "minVarianceWeight", p.minVarianceWeights()[i]);
            num(g, "minVarianceContribution", p.minVarianceContributions()[i]);
            g.writeEndObject();
        }
        g.writeEndArray();
        num(g, "riskParityVolatility", p.riskParityVolatility());
        num(g, "minVarianceVolatility", p.minVarianceVolatility());
        num(g, "shrinkageIntensity", p.shrinkageIntensity());
        g.writeNumberField("observations", p.observations());
        g.writeStringField("firstDate", String.valueOf(p.firstDate()));
        g.writeStringField("lastDate", String.valueOf(p.lastDate()));
        num(g, "maxWeight", p.maxWeight());
        num(g, "sectorCap", p.sectorCap());
        g.writeBooleanField("capsRelaxed", p.capsRelaxed());
        g.writeEndObject();
    }

    private static void idea(JsonGenerator g, OptionIdea i) throws IOException {
        g.writeStartObject();
        g.writeStringField("symbol", i.symbol());
        g.writeStringField("structure", i.structure().name());
        g.writeStringField("view", i.view().name());
        g.writeStringField("regime", i.regime().name());
        g.writeStringField("rationale", i.rationale());
        num(g, "close", i.close());
        num(g, "ivProxy", i.ivProxy());
        num(g, "volPercentile", i.volPercentile());
        g.writeNumberField("horizonDays", i.horizonDays());
        num(g, "expectedMoveUsd", i.expectedMoveUsd());
        num(g, "expectedMovePct", i.expectedMovePct());
        g.writeArrayFieldStart("legs");
        for (var leg : i.legs()) {
            g.writeStartObject();
            g.writeStringField("action", leg.action().name());
            g.writeStringField("instrument", leg.instrument().name());
            num(g, "strike", leg.strike());
            num(g, "price", leg.price());
            num(g, "delta", leg.delta());
            g.writeEndObject();
        }
        g.writeEndArray();
        num(g, "netDebit", i.netDebit());
        num(g, "maxLoss", i.maxLoss());
        num(g, "maxGain", i.maxGain());
        num(g, "breakeven", i.breakeven());
        num(g, "netDelta", i.netDelta());
        g.writeStringField("label", i.label());
        g.writeEndObject();
    }

    private static void row(JsonGenerator g, ScanRow row, SizingPlan sizing) throws IOException {
        g.writeStartObject();
        g.writeNumberField("rank", row.rank());
        g.writeStringField("symbol", row.symbol());
        g.writeStringField("name", row.info().name());
        g.writeStringField("sector", row.info().sector());
        g.writeStringField("industry", row.info().industry());
        num(g, "score", row.score());
        g.writeObjectFieldStart("scores");
        for (Map.Entry<String, Double> e : row.scores().entrySet()) {
            num(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
        if (!row.forecasts().isEmpty()) {
            g.writeObjectFieldStart("forecasts");
            for (Map.Entry<String, Double> e : row.forecasts().entrySet()) {
                num(g, e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        if (sizing != null) {
            g.writeObjectFieldStart("sizing");
            num(g, "expectedMoveUsd", sizing.expectedMoveUsd());
            num(g, "expectedMovePct", sizing.expectedMovePct());
            g.writeNumberField("horizonDays", sizing.horizonDays());
            num(g, "stopPrice", sizing.stopPrice());
            num(g, "stopDistanceUsd", sizing.stopDistanceUsd());
            num(g, "stopDistancePct", sizing.stopDistancePct());
            g.writeNumberField("shares", sizing.shares());
            num(g, "positionValueUsd", sizing.positionValueUsd());
            num(g, "positionPctOfAccount", sizing.positionPctOfAccount());
            num(g, "riskAtStopUsd", sizing.riskAtStopUsd());
            g.writeBooleanField("cappedByMaxPosition", sizing.cappedByMaxPosition());
            g.writeEndObject();
        }
        g.writeObjectFieldStart("factors");
        for (Map.Entry<String, Double> e : row.factors().entrySet()) {
            num(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("contributions");
        for (var c : row.contributions()) {
            g.writeStartObject();
            g.writeStringField("name", c.name());
            num(g, "weight", c.weight());
            num(g, "value", c.value());
            num(g, "points", c.points());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("features");
        List<String> names = row.schema().names();
        for (int i = 0; i < names.size(); i++) {
            num(g, names.get(i), row.features()[i]);
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void regime(JsonGenerator g, io.technic.scanner.model.Regime m) throws IOException {
        g.writeObjectFieldStart("regime");
        g.writeStringField("name", m == null ? null : m.name().name());
        if (m != null) {
            g.writeStringField("indexDate", m.asOf() == null ? null : m.asOf().toString());
            num(g, "indexClose", m.indexClose());
            num(g, "sma200", m.sma200());
            num(g, "sma200Slope", m.sma200Slope());
            num(g, "realizedVol", m.realizedVol());
            num(g, "volPercentile", m.volPercentile());
        }
        g.writeEndObject();
    }

    private static void num(JsonGenerator g, String name, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumberField(name, v);
        } else {
            g.writeNullField(name);
        }
    }
}
