package io.technic.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {

    private static final String SMALL_SIM = "sim:seed=3,symbols=400";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void scanPrintsARankedTableWithAccounting() {
        CliRun r = CliRun.of("scan", "--source", SMALL_SIM, "--top", "10");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("universe 400: ranked").contains("Symbol").contains("Tech");
        long dataLines = r.out().lines().filter(l -> l.matches("\\s+\\d+ [A-Z]+\\s.*")).count();
        assertThat(dataLines).isEqualTo(10);
    }

    @Test
    void jsonAccountsForEverySymbolWhenTopIsZero() throws Exception {
        CliRun r = CliRun.of("scan", "--source", SMALL_SIM, "--top", "0", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode root = JSON.readTree(r.out());
        JsonNode acc = root.get("accounting");
        int universe = acc.get("universe").asInt();
        assertThat(universe).isEqualTo(400);
        assertThat(acc.get("ranked").asInt() + acc.get("filtered").asInt() + acc.get("skipped").asInt()).isEqualTo(universe);
        Set<String> seen = new HashSet<>();
        root.get("rows").forEach(n -> assertThat(seen.add(n.get("symbol").asText())).isTrue());
        root.get("filtered").forEach(n -> {
            assertThat(seen.add(n.get("symbol").asText())).isTrue();
            assertThat(n.get("filter").asText()).isNotBlank();
        });
        root.get("skipped").forEach(n -> {
            assertThat(seen.add(n.get("symbol").asText())).isTrue();
            assertThat(n.get("reason").asText()).isNotBlank();
        });
        assertThat(seen).hasSize(universe);
        assertThat(root.get("rows").size()).isEqualTo(acc.get("ranked").asInt());
        assertThat(root.get("metrics").get("stageMillis").has("INDICATORS")).isTrue();
        assertThat(root.get("request").get("source").asText()).isEqualTo(SMALL_SIM);
    }

    @Test
    void csvOutFileIsWrittenAndReadsBack(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sub/result.csv");
        CliRun r = CliRun.of("scan", "--source", SMALL_SIM, "--top", "5", "--format", "csv", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        var lines = Files.readAllLines(out);
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).startsWith("rank,symbol,name,sector,industry,merit,quality,ics,rsRank,risk,alpha,alpha5d,alpha10d,techRating")
                .contains(",fMomentum,").contains(",alpha5dForecast,alpha10dForecast,");
        assertThat(lines.get(1)).startsWith("1,");
        try (var files = Files.list(out.getParent())) {
            assertThat(files).as("no temp file left behind").containsExactly(out);
        }
    }

    @Test
    void scanShowsTheShippedAlphaModelsAndMeritUsesThem() throws Exception {
        CliRun table = CliRun.of("scan", "--source", SMALL_SIM, "--top", "5");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("Alpha5d").contains("Raw5d%").contains("Alpha10d").contains("Raw10d%");
        CliRun r = CliRun.of("scan", "--source", SMALL_SIM, "--top", "0", "--format", "json");
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("metrics").get("stageMillis").has("ALPHA")).isTrue();
        for (JsonNode row : root.get("rows")) {
            JsonNode f = row.get("forecasts");
            assertThat(f.get("alpha5d").isNumber()).isTrue();
            assertThat(f.get("alpha10d").isNumber()).isTrue();
            double a5 = row.get("scores").get("alpha5d").asDouble();
            double a10 = row.get("scores").get("alpha10d").asDouble();
            assertThat(a5).isBetween(0.0, 100.0);
            assertThat(row.get("scores").get("alpha").asDouble()).isCloseTo((a5 + a10) / 2,
                    org.assertj.core.data.Offset.offset(1e-9));
            boolean meritHasAlpha = false;
            for (JsonNode c : row.get("contributions")) {
                meritHasAlpha |= c.get("name").asText().equals("alpha") && c.get("weight").asDouble() > 0;
            }
            assertThat(meritHasAlpha).as(row.get("symbol").asText()).isTrue();
        }
    }

    @Test
    void unknownSourceIsAOneLineErrorWithExitCode2() {
        CliRun r = CliRun.of("scan", "--source", "ftp:somewhere");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).startsWith("technic: ").contains("ftp");
    }

    @Test
    void missingCsvFileNamesThePath() {
        CliRun r = CliRun.of("scan", "--source", "csv:/no/such/file.csv");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("/no/such/file.csv");
    }

    @Test
    void badOptionValueIsAUsageErrorWithExitCode2() {
        CliRun r = CliRun.of("scan", "--top", "many");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("--top").contains("many");
    }

    @Test
    void unknownProfileIsRejectedByName() {
        CliRun r = CliRun.of("scan", "--source", SMALL_SIM, "--profile", "yolo");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown profile 'yolo'");
    }

    @Test
    void sectorFilterKeepsOnlyThatSector() throws Exception {
        CliRun r = CliRun.of("scan", "--source", SMALL_SIM, "--sector", "Energy", "--top", "0", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("rows").size()).isPositive();
        root.get("rows").forEach(n -> assertThat(n.get("sector").asText()).isEqualTo("Energy"));
        assertThat(root.get("filtered")).anyMatch(n -> n.get("filter").asText().equals("sectors"));
    }

    @Test
    void accountAndOptionIdeasAddSizingAndLabelledEstimates() throws Exception {
        CliRun r = CliRun.of("scan", "--source", SMALL_SIM, "--top", "10", "--format", "json",
                "--account", "50000", "--risk-pct", "0.5", "--option-ideas", "3");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode root = JSON.readTree(r.out());
        for (JsonNode row : root.get("rows")) {
            JsonNode sizing = row.get("sizing");
            assertThat(sizing).as(row.get("symbol").asText()).isNotNull();
            double value = sizing.get("positionValueUsd").asDouble();
            assertThat(value).isLessThanOrEqualTo(50000 * 0.20 + 1e-6);
            double risk = sizing.get("riskAtStopUsd").asDouble();
            assertThat(risk).isLessThanOrEqualTo(50000 * 0.005 + 1e-6);
            assertThat(sizing.get("stopPrice").asDouble()).isLessThan(row.get("features").get("close").asDouble());
        }
        JsonNode ideas = root.get("optionIdeas");
        assertThat(ideas).hasSize(3);
        assertThat(ideas.get(0).get("symbol").asText()).isEqualTo(root.get("rows").get(0).get("symbol").asText());
        ideas.forEach(i -> {
            assertThat(i.get("label").asText()).startsWith("ESTIMATE");
            assertThat(i.get("legs").size()).isPositive();
        });
    }

    @Test
    void negativeAccountIsRejectedByName() {
        CliRun r = CliRun.of("scan", "--source", SMALL_SIM, "--account", "-5");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("accountUsd");
    }

    @Test
    void portfolioWeightsSumToOneWithinCaps() throws Exception {
        CliRun r = CliRun.of("scan", "--source", SMALL_SIM, "--top", "15", "--format", "json", "--portfolio", "15");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode p = JSON.readTree(r.out()).get("portfolio");
        double rp = 0;
        double mv = 0;
        java.util.Map<String, Double> sectorRp = new java.util.HashMap<>();
        for (JsonNode pos : p.get("positions")) {
            rp += pos.get("riskParityWeight").asDouble();
            mv += pos.get("minVarianceWeight").asDouble();
            assertThat(pos.get("riskParityWeight").asDouble()).isLessThanOrEqualTo(p.get("maxWeight").asDouble() + 1e-9);
            assertThat(pos.get("minVarianceWeight").asDouble()).isBetween(-1e-12, p.get("maxWeight").asDouble() + 1e-9);
            sectorRp.merge(pos.get("sector").asText(), pos.get("riskParityWeight").asDouble(), Double::sum);
        }
        assertThat(p.get("positions")).hasSize(15);
        assertThat(rp).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(mv).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        double cap = p.get("sectorCap").asDouble();
        sectorRp.values().forEach(w -> assertThat(w).isLessThanOrEqualTo(cap + 1e-9));
        assertThat(p.get("shrinkageIntensity").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void sectorNeutralFactorsCentreOnZeroWithinEachSector() throws Exception {
        CliRun r = CliRun.of("scan", "--source", SMALL_SIM, "--top", "0", "--format", "json", "--sector-neutral");
        assertThat(r.exitCode()).as(r.err()).isZero();
        java.util.Map<String, double[]> bySector = new java.util.HashMap<>(); // sum, count
        for (JsonNode row : JSON.readTree(r.out()).get("rows")) {
            double[] acc = bySector.computeIfAbsent(row.get("sector").asText(), k -> new double[2]);
            acc[0] += row.get("factors").get("fMomentum").asDouble();
            acc[1]++;
        }
        bySector.forEach((sector, acc) -> {
            if (acc[1] >= 10) {
                assertThat(acc[0] / acc[1]).as(sector).isCloseTo(0.0, org.assertj.core.data.Offset.offset(0.15));
            }
        });
    }
}
