package io.technic.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.technic.app.context.Engine;
import io.technic.scanner.ml.ModelMetadata;
import io.technic.scanner.ml.ValidationMetrics;
import io.technic.scanner.ml.XgboostAlphaModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code technic model}: the alpha models' provenance and out-of-sample quality. */
@Command(name = "model", mixinStandardHelpOptions = true, description = "Alpha models.",
        subcommands = {ModelCommand.Info.class})
final class ModelCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code technic model info [--format json] [--dir DIR]}. */
    @Command(name = "info", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Print the models' metadata: label, feature schema hash, training data, walk-forward",
                    "out-of-sample metrics (oosRankIc and oosRankIcT are the last two years), XGBoost version."})
    static final class Info implements Callable<Integer> {

        @Option(names = "--format", paramLabel = "FMT", defaultValue = "table", description = "table | json. Default: ${DEFAULT-VALUE}.")
        String format;

        @Option(names = "--dir", paramLabel = "DIR", description = "Read models written by 'technic train --out DIR' instead of the shipped ones.")
        Path dir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            boolean json = switch (format) {
                case "table" -> false;
                case "json" -> true;
                default -> throw new IllegalArgumentException("unknown format '" + format + "' (expected table or json)");
            };
            List<ModelMetadata> models = new ArrayList<>();
            if (dir == null) {
                Engine.models().forEach(m -> models.add(m.metadata()));
            } else {
                if (!java.nio.file.Files.isDirectory(dir)) {
                    throw new CliException("no such directory: " + dir);
                }
                try (var files = java.nio.file.Files.list(dir)) {
                    for (String f : files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".meta.json"))
                            .sorted().toList()) {
                        models.add(XgboostAlphaModel.load(dir, f.substring(0, f.length() - ".meta.json".length()))
                                .metadata());
                    }
                }
            }
            if (models.isEmpty()) {
                throw new CliException("no alpha models " + (dir == null ? "shipped in this build" : "in " + dir)
                        + " (train them with 'technic train')");
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                try (JsonGenerator g = new JsonFactory().createGenerator(out)
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                    g.useDefaultPrettyPrinter();
                    g.writeStartObject();
                    g.writeArrayFieldStart("models");
                    for (ModelMetadata m : models) {
                        m.write(g);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                out.println();
            } else {
                for (ModelMetadata m : models) {
                    table(out, m);
                }
            }
            out.flush();
            return 0;
        }

        private static void table(PrintWriter o, ModelMetadata m) {
            o.printf(Locale.ROOT, "%s  (%d-session forward excess return)  oosRankIc %.4f  oosRankIcT %.2f  (last two years)%n",
                    m.name(), m.horizon(), m.oosRankIc(), m.oosRankIcT());
            o.printf(Locale.ROOT, "  label     %s%n", m.label());
            o.printf(Locale.ROOT, "  data      %s, %s..%s%n", m.source(), m.dataFrom(), m.dataTo());
            o.printf(Locale.ROOT, "  fitted    %s..%s, early-stopped on %s..%s: %d trees (validation IC %.4f)%n",
                    m.trainFrom(), m.trainTo(), m.validFrom(), m.validTo(), m.rounds(), m.validationRankIc());
            o.printf(Locale.ROOT, "  features  %d (%d masked), schema %s%n", m.featureNames().size(),
                    m.maskedFeatures().size(), m.schemaHash());
            o.printf(Locale.ROOT, "  %-14s %-23s %6s %8s %8s %9s %6s%n", "walk-forward", "test window", "dates", "rankIC",
                    "t (NW)", "D10-D1 %", "hit %");
            for (ValidationMetrics v : m.folds()) {
                row(o, v);
            }
            row(o, m.overall());
            row(o, m.lastTwoYears());
            o.printf(Locale.ROOT, "  xgboost %s, config v%d, created %s, trained in %.0f s, %s (sha256 %s)%n%n",
                    m.xgboostVersion(), m.configVersion(), m.createdAt(), m.trainingSeconds(), m.modelFile(),
                    m.modelSha256().substring(0, 12));
        }

        private static void row(PrintWriter o, ValidationMetrics v) {
            if (v == null) {
                return;
            }
            o.printf(Locale.ROOT, "  %-14s %-23s %6d %8.4f %8.2f %9.3f %6.1f%n", v.window(), v.from() + ".." + v.to(),
                    v.dates(), v.rankIc(), v.rankIcT(), 100 * v.decileSpread(), 100 * v.hitRate());
        }
    }
}
