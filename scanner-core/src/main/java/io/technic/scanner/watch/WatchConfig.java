package io.technic.scanner.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything a trader keeps for monitoring: watchlists, saved scans and alert rules. Immutable;
 * every change returns a new config, which {@link WatchStore#save} persists.
 *
 * @param watchlists lists with unique names (case-insensitive)
 * @param scans      saved scans with unique names
 * @param rules      rules with unique ids, each naming an existing list (CONDITION) or scan (NEW_ENTRANT)
 */
public record WatchConfig(List<Watchlist> watchlists, List<SavedScan> scans, List<AlertRule> rules) {

    /** @throws IllegalArgumentException on a duplicate name or id, or a rule whose target does not exist */
    public WatchConfig {
        watchlists = List.copyOf(watchlists);
        scans = List.copyOf(scans);
        rules = List.copyOf(rules);
        unique(watchlists.stream().map(Watchlist::name).toList(), "watchlist");
        unique(scans.stream().map(SavedScan::name).toList(), "saved scan");
        unique(rules.stream().map(AlertRule::id).toList(), "rule");
        for (AlertRule r : rules) {
            boolean found = r.kind() == AlertRule.Kind.CONDITION
                    ? watchlists.stream().anyMatch(w -> w.name().equalsIgnoreCase(r.target()))
                    : scans.stream().anyMatch(s -> s.name().equalsIgnoreCase(r.target()));
            if (!found) {
                throw new IllegalArgumentException("rule " + r.id() + " watches "
                        + (r.kind() == AlertRule.Kind.CONDITION ? "watchlist" : "saved scan") + " '" + r.target()
                        + "', which does not exist");
            }
        }
    }

    /** No lists, scans or rules. */
    public static WatchConfig empty() {
        return new WatchConfig(List.of(), List.of(), List.of());
    }

    /** The list named {@code name} (case-insensitive). */
    public Optional<Watchlist> watchlist(String name) {
        return watchlists.stream().filter(w -> w.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The saved scan named {@code name} (case-insensitive). */
    public Optional<SavedScan> scan(String name) {
        return scans.stream().filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** Adds an empty list. @throws IllegalArgumentException if the name is taken or invalid */
    public WatchConfig create(String name) {
        return withWatchlist(Watchlist.empty(name));
    }

    /** Adds {@code list}. @throws IllegalArgumentException if its name is taken */
    public WatchConfig withWatchlist(Watchlist list) {
        List<Watchlist> all = new ArrayList<>(watchlists);
        all.add(list);
        return new WatchConfig(all, scans, rules);
    }

    /** Replaces the list named like {@code list}, or adds it. */
    public WatchConfig put(Watchlist list) {
        List<Watchlist> all = new ArrayList<>(watchlists);
        all.removeIf(w -> w.name().equalsIgnoreCase(list.name()));
        all.add(list);
        return new WatchConfig(all, scans, rules);
    }

    /**
     * Renames a list; rules watching it follow.
     *
     * @throws IllegalArgumentException if there is no list {@code from} or {@code to} is taken
     */
    public WatchConfig rename(String from, String to) {
        Watchlist old = require(from);
        String newName = Watchlist.checkName(to);
        if (!old.name().equalsIgnoreCase(newName) && watchlist(newName).isPresent()) {
            throw new IllegalArgumentException("a watchlist named '" + newName + "' already exists");
        }
        List<Watchlist> all = new ArrayList<>(watchlists);
        all.replaceAll(w -> w == old ? w.rename(newName) : w);
        List<AlertRule> rs = new ArrayList<>(rules);
        rs.replaceAll(r -> r.kind() == AlertRule.Kind.CONDITION && r.target().equalsIgnoreCase(old.name())
                ? new AlertRule(r.id(), r.kind(), newName, r.when(), r.rearm(), r.cooldown()) : r);
        return new WatchConfig(all, scans, rs);
    }

    /** Applies {@code change} to the list {@code name}. @throws IllegalArgumentException if there is none */
    public WatchConfig update(String name, UnaryOperator<Watchlist> change) {
        Watchlist old = require(name);
        List<Watchlist> all = new ArrayList<>(watchlists);
        all.replaceAll(w -> w == old ? change.apply(w) : w);
        return new WatchConfig(all, scans, rules);
    }

    /** Removes a list and the rules watching it. @throws IllegalArgumentException if there is none */
    public WatchConfig delete(String name) {
        Watchlist old = require(name);
        List<Watchlist> all = new ArrayList<>(watchlists);
        all.remove(old);
        List<AlertRule> rs = new ArrayList<>(rules);
        rs.removeIf(r -> r.kind() == AlertRule.Kind.CONDITION && r.target().equalsIgnoreCase(old.name()));
        return new WatchConfig(all, scans, rs);
    }

    /** Adds or replaces the saved scan of that name. */
    public WatchConfig put(SavedScan scan) {
        List<SavedScan> all = new ArrayList<>(scans);
        all.removeIf(s -> s.name().equalsIgnoreCase(scan.name()));
        all.add(scan);
        return new WatchConfig(watchlists, all, rules);
    }

    /** Adds or replaces the rule of that id. @throws IllegalArgumentException if its target does not exist */
    public WatchConfig put(AlertRule rule) {
        List<AlertRule> all = new ArrayList<>(rules);
        all.removeIf(r -> r.id().equals(rule.id()));
        all.add(rule);
        return new WatchConfig(watchlists, scans, all);
    }

    /** Removes the rule {@code id}. @throws IllegalArgumentException if there is none */
    public WatchConfig removeRule(String id) {
        List<AlertRule> all = new ArrayList<>(rules);
        if (!all.removeIf(r -> r.id().equals(id))) {
            throw new IllegalArgumentException("no rule '" + id + "'");
        }
        return new WatchConfig(watchlists, scans, all);
    }

    /** An id not yet used: {@code prefix-1}, {@code prefix-2}, ... */
    public String nextRuleId(String prefix) {
        for (int i = 1; ; i++) {
            String id = prefix + "-" + i;
            if (rules.stream().noneMatch(r -> r.id().equals(id))) {
                return id;
            }
        }
    }

    private Watchlist require(String name) {
        return watchlist(name).orElseThrow(() -> new IllegalArgumentException("no watchlist named '" + name.strip()
                + "'" + (watchlists.isEmpty() ? "" : "; lists: " + String.join(", ",
                watchlists.stream().map(Watchlist::name).toList()))));
    }

    private static void unique(List<String> names, String what) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String n : names) {
            if (!seen.add(n.toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("two " + what + "s named '" + n + "'");
            }
        }
    }
}
