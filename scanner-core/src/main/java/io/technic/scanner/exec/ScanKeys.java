package io.technic.scanner.exec;

import io.technic.scanner.ml.AlphaModel;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.UniverseFilter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * Cache keys of whole scan results: a SHA-256 over everything that decides the result — the
 * request (without thread count and top N, which never change the ranking), the resolved as-of
 * date, the market's data version, the engine version, the feature schema, the scorers and the
 * alpha models' file hashes. The key is versioned ({@code technic:v1:scan:}) so a format change
 * retires every old entry.
 */
public final class ScanKeys {

    private ScanKeys() {}

    /** The result key of {@code request} on {@code market} with {@code executor}'s engine. */
    public static String result(ScanRequest request, Market market, LocalScanExecutor executor) {
        StringBuilder sb = new StringBuilder(256);
        UniverseFilter f = request.filter();
        LocalDate asOf = LocalScanExecutor.asOf(request, market);
        sb.append("source=").append(request.source())
                .append("\nsymbols=").append(new TreeSet<>(f.symbols()))
                .append("\nsectors=").append(new TreeSet<>(f.sectors()))
                .append("\nprice=").append(Double.doubleToLongBits(f.minPrice())).append(',')
                .append(Double.doubleToLongBits(f.maxPrice()))
                .append("\ndollarVolume=").append(Double.doubleToLongBits(f.minDollarVolume()))
                .append("\nminHistory=").append(f.minHistoryBars())
                .append("\nasOf=").append(asOf)
                .append("\nlookback=").append(request.lookback())
                .append("\nprofile=").append(request.profile())
                .append("\ndata=").append(market.dataVersion())
                .append("\nengine=").append(RowKeys.ENGINE_VERSION)
                .append("\nschema=").append(executor.features().schema().hash())
                .append("\nscorer=").append(executor.scorerId());
        for (AlphaModel m : executor.models()) {
            sb.append("\nmodel=").append(m.name()).append(':').append(m.metadata().modelSha256());
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return "technic:v1:scan:" + HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
