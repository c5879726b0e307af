package io.technic.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code technic backtest} as a trader types it. */
class BacktestCommandTest {

    private static final String SOURCE = "sim:seed=4,symbols=300,bars=500";

    @Test
    void theTableReportsThePortfolioTheHorizonsAndTheLastPicks() {
        CliRun r = CliRun.of("backtest", "--source", SOURCE, "--scan", "close > sma(50)", "--rank-by", "roc(63) desc",
                "--top", "5", "--from", "2025-06-02", "--to", "2025-10-31");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Backtest of 'close > sma(50)'").contains("top 5 by roc(63) desc")
                .contains("Portfolio  total").contains("max drawdown").contains("Picks on 2025-10-31");
        List<String> horizonRows = r.out().lines().filter(l -> l.matches("^(1|5|10|20)d .*")).toList();
        assertThat(horizonRows).hasSize(4);
    }

    @Test
    void jsonAndCsvExportsAreWrittenToFiles(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("bt.json");
        CliRun r = CliRun.of("backtest", "--source", SOURCE, "--scan", "rsi(14) < 50", "--rank-by", "roc(20) asc",
                "--top", "3", "--from", "2025-09-01", "--to", "2025-09-30", "--hold", "5", "--cost-bps", "25",
                "--format", "json", "--out", json.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("wrote the json backtest").contains(json.toString());
        JsonNode j = new ObjectMapper().readTree(json.toFile());
        assertThat(j.path("spec").path("hold").asInt()).isEqualTo(5);
        assertThat(j.path("spec").path("costBps").asDouble()).isEqualTo(25.0);
        JsonNode days = j.path("days");
        assertThat(days.size()).isEqualTo(j.path("dates").asInt()).isBetween(20, 23);
        for (JsonNode d : days) {
            assertThat(d.path("passed").asInt() + d.path("filtered").asInt() + d.path("unknown").asInt()
                    + d.path("noBar").asInt()).isEqualTo(300);
            assertThat(d.path("picks").size()).isLessThanOrEqualTo(3);
        }
        assertThat(j.path("horizons").size()).isEqualTo(4);
        assertThat(j.path("equity").size()).isEqualTo(days.size());
        assertThat(j.path("summary").path("maxDrawdown").isNumber()).isTrue();

        Path picks = dir.resolve("picks.csv");
        assertThat(CliRun.of("backtest", "--source", SOURCE, "--rank-by", "roc(20)", "--top", "3", "--from",
                "2025-09-01", "--to", "2025-09-30", "--format", "picks-csv", "--out", picks.toString()).exitCode()).isZero();
        List<String> lines = Files.readAllLines(picks);
        assertThat(lines.getFirst()).startsWith("date,rank,symbol,value,fwd1d");
        assertThat(lines).hasSize(1 + 3 * days.size());
        Path equity = dir.resolve("equity.csv");
        assertThat(CliRun.of("backtest", "--source", SOURCE, "--rank-by", "roc(20)", "--from", "2025-09-01", "--to",
                "2025-09-30", "--format", "equity-csv", "--out", equity.toString()).exitCode()).isZero();
        assertThat(Files.readAllLines(equity)).hasSize(1 + days.size()).first().asString().startsWith("date,portfolio,index");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("bt.json", "picks.csv", "equity.csv");
        }
    }

    @Test
    void aTemplateGivesTheConditionAndItsRankingWhenTheBacktestCanUseIt() throws Exception {
        var volume = io.technic.scanner.expr.Templates.builtIn("unusual_volume_up_day").orElseThrow();
        CliRun r = CliRun.of("backtest", "--source", SOURCE, "--scan", "unusual_volume_up_day", "--top", "4",
                "--from", "2025-09-01", "--to", "2025-10-31", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.path("spec").path("where").asText()).isEqualTo(volume.where());
        assertThat(j.path("spec").path("rankBy").asText()).isEqualTo(volume.rankBy());
        // a template ranked by MERIT backtests by scanning every date (a short range: one scan a date)
        CliRun merit = CliRun.of("backtest", "--source", SOURCE, "--template", "top_merit", "--top", "3",
                "--from", "2026-10-26", "--to", "2026-10-30", "--format", "json");
        assertThat(merit.exitCode()).as(merit.err()).isZero();
        JsonNode mj = new ObjectMapper().readTree(merit.out());
        assertThat(mj.path("spec").path("rankBy").asText()).isEqualTo("merit");
        assertThat(mj.path("days")).hasSize(5).allSatisfy(d -> assertThat(d.path("picks")).hasSize(3));
        assertThat(mj.path("notes").toString()).contains("the whole scan ran as of each of the 5 dates");
        CliRun ranked = CliRun.of("backtest", "--source", SOURCE, "--template", "golden_cross", "--rank-by", "roc(63)",
                "--from", "2025-09-01", "--to", "2025-10-31", "--format", "json");
        assertThat(ranked.exitCode()).as(ranked.err()).isZero();
        assertThat(new ObjectMapper().readTree(ranked.out()).path("spec").path("where").asText())
                .isEqualTo(io.technic.scanner.expr.Templates.builtIn("golden_cross").orElseThrow().where());
    }

    @Test
    void badInputIsOneLineNamingTheProblem() {
        CliRun typo = CliRun.of("backtest", "--source", SOURCE, "--scan", "close > smaa(50)", "--rank-by", "roc(5)");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("technic: unknown function 'smaa' at 1:9, did you mean 'sma'?")
                .contains("  close > smaa(50)").contains("          ^");
        CliRun score = CliRun.of("backtest", "--source", SOURCE, "--scan", "merit > 70", "--rank-by", "weekly.roc(5) + smaa(3)");
        assertThat(score.exitCode()).isEqualTo(2);
        assertThat(score.err()).contains("technic: unknown function 'smaa' at 1:17, did you mean 'sma'?");
        CliRun order = CliRun.of("backtest", "--source", SOURCE, "--rank-by", "roc(5)", "--from", "2025-06-01",
                "--to", "2025-01-01");
        assertThat(order.exitCode()).isEqualTo(2);
        assertThat(order.err()).contains("technic: --from 2025-06-01 is after --to 2025-01-01");
        CliRun outside = CliRun.of("backtest", "--source", SOURCE, "--rank-by", "roc(5)", "--from", "2030-01-01",
                "--to", "2030-12-31");
        assertThat(outside.exitCode()).isEqualTo(2);
        assertThat(outside.err()).contains("technic: the range 2030-01-01 to 2030-12-31 holds no trading day of the data");
        CliRun noRank = CliRun.of("backtest", "--source", SOURCE);
        assertThat(noRank.exitCode()).isEqualTo(2);
        assertThat(noRank.err()).contains("give --rank-by EXPR");
        CliRun fmt = CliRun.of("backtest", "--source", SOURCE, "--rank-by", "roc(5)", "--format", "xml");
        assertThat(fmt.exitCode()).isEqualTo(2);
        assertThat(fmt.err()).contains("unknown --format 'xml'");
    }
}
