package io.technic.scanner.cache;

import java.util.List;

/**
 * Statistics of a scan cache: per tier, plus whole-scan results served and computed.
 *
 * @param tiers       L1 first, then L2 when configured
 * @param resultHits  scans answered from a cached whole result
 * @param resultMisses scans that had to be computed
 */
public record CacheStats(List<TierStats> tiers, long resultHits, long resultMisses) {
    public CacheStats {
        tiers = List.copyOf(tiers);
    }

    /** Stats of a tier by name, or null. */
    public TierStats tier(String name) {
        return tiers.stream().filter(t -> t.tier().equals(name)).findFirst().orElse(null);
    }
}
