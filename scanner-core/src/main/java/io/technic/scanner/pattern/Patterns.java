package io.technic.scanner.pattern;

import static io.technic.scanner.pattern.CandleSetting.BODY_DOJI;
import static io.technic.scanner.pattern.CandleSetting.BODY_LONG;
import static io.technic.scanner.pattern.CandleSetting.BODY_SHORT;
import static io.technic.scanner.pattern.CandleSetting.EQUAL;
import static io.technic.scanner.pattern.CandleSetting.FAR;
import static io.technic.scanner.pattern.CandleSetting.NEAR;
import static io.technic.scanner.pattern.CandleSetting.SHADOW_LONG;
import static io.technic.scanner.pattern.CandleSetting.SHADOW_SHORT;
import static io.technic.scanner.pattern.CandleSetting.SHADOW_VERY_LONG;
import static io.technic.scanner.pattern.CandleSetting.SHADOW_VERY_SHORT;
import static io.technic.scanner.pattern.Pattern.Signal.BEARISH;
import static io.technic.scanner.pattern.Pattern.Signal.BULLISH;
import static io.technic.scanner.pattern.Pattern.Signal.NEUTRAL;
import static io.technic.scanner.pattern.Pattern.Signal.SIGNED;
import static io.technic.scanner.pattern.SingleCandle.lookback;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of candlestick patterns: all 61 of TA-Lib 0.4.0's CDL functions, most used first,
 * each with TA-Lib's default settings (penetration 0.3 for the stars and abandoned baby, 0.5 for
 * dark cloud cover and mat hold). Immutable; thread-safe.
 */
public final class Patterns {

    private static final List<Pattern> ALL;
    private static final Map<String, Pattern> BY_NAME;

    static {
        List<Pattern> p = new ArrayList<>();
        add(p, "doji", "Doji", "CDLDOJI", lookback(BODY_DOJI), NEUTRAL, SingleCandle::doji);
        add(p, "dragonfly_doji", "Dragonfly Doji", "CDLDRAGONFLYDOJI", lookback(BODY_DOJI, SHADOW_VERY_SHORT),
                NEUTRAL, SingleCandle::dragonflyDoji);
        add(p, "gravestone_doji", "Gravestone Doji", "CDLGRAVESTONEDOJI", lookback(BODY_DOJI, SHADOW_VERY_SHORT),
                NEUTRAL, SingleCandle::gravestoneDoji);
        add(p, "long_legged_doji", "Long Legged Doji", "CDLLONGLEGGEDDOJI", lookback(BODY_DOJI, SHADOW_LONG),
                NEUTRAL, SingleCandle::longLeggedDoji);
        add(p, "hammer", "Hammer", "CDLHAMMER", lookback(BODY_SHORT, SHADOW_LONG, SHADOW_VERY_SHORT, NEAR) + 1,
                BULLISH, TwoCandles::hammer);
        add(p, "hanging_man", "Hanging Man", "CDLHANGINGMAN",
                lookback(BODY_SHORT, SHADOW_LONG, SHADOW_VERY_SHORT, NEAR) + 1, BEARISH, TwoCandles::hangingMan);
        add(p, "inverted_hammer", "Inverted Hammer", "CDLINVERTEDHAMMER",
                lookback(BODY_SHORT, SHADOW_LONG, SHADOW_VERY_SHORT) + 1, BULLISH, TwoCandles::invertedHammer);
        add(p, "shooting_star", "Shooting Star", "CDLSHOOTINGSTAR",
                lookback(BODY_SHORT, SHADOW_LONG, SHADOW_VERY_SHORT) + 1, BEARISH, TwoCandles::shootingStar);
        add(p, "engulfing", "Engulfing", "CDLENGULFING", 2, SIGNED, TwoCandles::engulfing);
        add(p, "harami", "Harami", "CDLHARAMI", lookback(BODY_SHORT, BODY_LONG) + 1, SIGNED, TwoCandles::harami);
        add(p, "harami_cross", "Harami Cross", "CDLHARAMICROSS", lookback(BODY_DOJI, BODY_LONG) + 1, SIGNED,
                TwoCandles::haramiCross);
        add(p, "piercing", "Piercing", "CDLPIERCING", lookback(BODY_LONG) + 1, BULLISH, TwoCandles::piercing);
        add(p, "dark_cloud_cover", "Dark Cloud Cover", "CDLDARKCLOUDCOVER", lookback(BODY_LONG) + 1, BEARISH,
                (o, h, l, c, f, t, out) -> TwoCandles.darkCloudCover(o, h, l, c, f, t, 0.5, out));
        add(p, "morning_star", "Morning Star", "CDLMORNINGSTAR", lookback(BODY_SHORT, BODY_LONG) + 2, BULLISH,
                (o, h, l, c, f, t, out) -> Stars.morningStar(o, h, l, c, f, t, Stars.PENETRATION, out));
        add(p, "evening_star", "Evening Star", "CDLEVENINGSTAR", lookback(BODY_SHORT, BODY_LONG) + 2, BEARISH,
                (o, h, l, c, f, t, out) -> Stars.eveningStar(o, h, l, c, f, t, Stars.PENETRATION, out));
        add(p, "morning_doji_star", "Morning Doji Star", "CDLMORNINGDOJISTAR",
                lookback(BODY_DOJI, BODY_LONG, BODY_SHORT) + 2, BULLISH,
                (o, h, l, c, f, t, out) -> Stars.morningDojiStar(o, h, l, c, f, t, Stars.PENETRATION, out));
        add(p, "evening_doji_star", "Evening Doji Star", "CDLEVENINGDOJISTAR",
                lookback(BODY_DOJI, BODY_LONG, BODY_SHORT) + 2, BEARISH,
                (o, h, l, c, f, t, out) -> Stars.eveningDojiStar(o, h, l, c, f, t, Stars.PENETRATION, out));
        add(p, "doji_star", "Doji Star", "CDLDOJISTAR", lookback(BODY_DOJI, BODY_LONG) + 1, SIGNED,
                TwoCandles::dojiStar);
        add(p, "three_white_soldiers", "Three White Soldiers", "CDL3WHITESOLDIERS",
                lookback(SHADOW_VERY_SHORT, BODY_SHORT, FAR, NEAR) + 2, BULLISH, ThreeCandles::threeWhiteSoldiers);
        add(p, "three_black_crows", "Three Black Crows", "CDL3BLACKCROWS", lookback(SHADOW_VERY_SHORT) + 3,
                BEARISH, ThreeCandles::threeBlackCrows);
        add(p, "marubozu", "Marubozu", "CDLMARUBOZU", lookback(BODY_LONG, SHADOW_VERY_SHORT), SIGNED,
                SingleCandle::marubozu);
        add(p, "closing_marubozu", "Closing Marubozu", "CDLCLOSINGMARUBOZU", lookback(BODY_LONG, SHADOW_VERY_SHORT),
                SIGNED, SingleCandle::closingMarubozu);
        add(p, "spinning_top", "Spinning Top", "CDLSPINNINGTOP", lookback(BODY_SHORT), SIGNED,
                SingleCandle::spinningTop);
        add(p, "belt_hold", "Belt Hold", "CDLBELTHOLD", lookback(BODY_LONG, SHADOW_VERY_SHORT), SIGNED,
                SingleCandle::beltHold);
        add(p, "kicking", "Kicking", "CDLKICKING", lookback(SHADOW_VERY_SHORT, BODY_LONG) + 1, SIGNED,
                TwoCandles::kicking);
        add(p, "kicking_by_length", "Kicking by Length", "CDLKICKINGBYLENGTH",
                lookback(SHADOW_VERY_SHORT, BODY_LONG) + 1, SIGNED, TwoCandles::kickingByLength);
        add(p, "three_inside", "Three Inside Up/Down", "CDL3INSIDE", lookback(BODY_SHORT, BODY_LONG) + 2, SIGNED,
                ThreeCandles::threeInside);
        add(p, "three_outside", "Three Outside Up/Down", "CDL3OUTSIDE", 3, SIGNED, ThreeCandles::threeOutside);
        add(p, "abandoned_baby", "Abandoned Baby", "CDLABANDONEDBABY",
                lookback(BODY_DOJI, BODY_LONG, BODY_SHORT) + 2, SIGNED,
                (o, h, l, c, f, t, out) -> Stars.abandonedBaby(o, h, l, c, f, t, Stars.PENETRATION, out));
        add(p, "tristar", "Tristar", "CDLTRISTAR", lookback(BODY_DOJI) + 2, SIGNED, ThreeCandles::tristar);
        add(p, "hikkake", "Hikkake", "CDLHIKKAKE", 5, SIGNED, Hikkake::hikkake);
        add(p, "hikkake_mod", "Modified Hikkake", "CDLHIKKAKEMOD", Math.max(1, NEAR.period()) + 5, SIGNED,
                Hikkake::hikkakeMod);
        add(p, "three_line_strike", "Three-Line Strike", "CDL3LINESTRIKE", lookback(NEAR) + 3, SIGNED,
                ManyCandles::threeLineStrike);
        add(p, "rise_fall_three_methods", "Rising/Falling Three Methods", "CDLRISEFALL3METHODS",
                lookback(BODY_SHORT, BODY_LONG) + 4, SIGNED, ManyCandles::riseFallThreeMethods);
        add(p, "mat_hold", "Mat Hold", "CDLMATHOLD", lookback(BODY_SHORT, BODY_LONG) + 4, BULLISH,
                (o, h, l, c, f, t, out) -> ManyCandles.matHold(o, h, l, c, f, t, ManyCandles.MAT_HOLD_PENETRATION, out));
        add(p, "two_crows", "Two Crows", "CDL2CROWS", lookback(BODY_LONG) + 2, BEARISH, ThreeCandles::twoCrows);
        add(p, "upside_gap_two_crows", "Upside Gap Two Crows", "CDLUPSIDEGAP2CROWS",
                lookback(BODY_SHORT, BODY_LONG) + 2, BEARISH, ThreeCandles::upsideGapTwoCrows);
        add(p, "identical_three_crows", "Identical Three Crows", "CDLIDENTICAL3CROWS",
                lookback(SHADOW_VERY_SHORT, EQUAL) + 2, BEARISH, ThreeCandles::identicalThreeCrows);
        add(p, "three_stars_in_south", "Three Stars in the South", "CDL3STARSINSOUTH",
                lookback(SHADOW_VERY_SHORT, SHADOW_LONG, BODY_LONG, BODY_SHORT) + 2, BULLISH,
                ThreeCandles::threeStarsInSouth);
        add(p, "advance_block", "Advance Block", "CDLADVANCEBLOCK",
                lookback(SHADOW_LONG, SHADOW_SHORT, FAR, NEAR, BODY_LONG) + 2, BEARISH, ThreeCandles::advanceBlock);
        add(p, "stalled_pattern", "Stalled Pattern", "CDLSTALLEDPATTERN",
                lookback(BODY_LONG, BODY_SHORT, SHADOW_VERY_SHORT, NEAR) + 2, BEARISH, ThreeCandles::stalledPattern);
        add(p, "unique_three_river", "Unique Three River", "CDLUNIQUE3RIVER", lookback(BODY_SHORT, BODY_LONG) + 2,
                BULLISH, ThreeCandles::uniqueThreeRiver);
        add(p, "stick_sandwich", "Stick Sandwich", "CDLSTICKSANDWICH", lookback(EQUAL) + 2, BULLISH,
                ThreeCandles::stickSandwich);
        add(p, "tasuki_gap", "Tasuki Gap", "CDLTASUKIGAP", lookback(NEAR) + 2, SIGNED, ThreeCandles::tasukiGap);
        add(p, "gap_side_side_white", "Up/Down-gap Side-by-side White Lines", "CDLGAPSIDESIDEWHITE",
                lookback(NEAR, EQUAL) + 2, SIGNED, ThreeCandles::gapSideSideWhite);
        add(p, "xside_gap_three_methods", "Upside/Downside Gap Three Methods", "CDLXSIDEGAP3METHODS", 2, SIGNED,
                ThreeCandles::xSideGapThreeMethods);
        add(p, "breakaway", "Breakaway", "CDLBREAKAWAY", lookback(BODY_LONG) + 4, SIGNED, ManyCandles::breakaway);
        add(p, "conceal_babys_wall", "Concealing Baby Swallow", "CDLCONCEALBABYSWALL",
                lookback(SHADOW_VERY_SHORT) + 3, BULLISH, ManyCandles::concealBabysWall);
        add(p, "ladder_bottom", "Ladder Bottom", "CDLLADDERBOTTOM", lookback(SHADOW_VERY_SHORT) + 4, BULLISH,
                ManyCandles::ladderBottom);
        add(p, "counterattack", "Counterattack", "CDLCOUNTERATTACK", lookback(EQUAL, BODY_LONG) + 1, SIGNED,
                TwoCandles::counterAttack);
        add(p, "homing_pigeon", "Homing Pigeon", "CDLHOMINGPIGEON", lookback(BODY_SHORT, BODY_LONG) + 1, BULLISH,
                TwoCandles::homingPigeon);
        add(p, "in_neck", "In-Neck", "CDLINNECK", lookback(EQUAL, BODY_LONG) + 1, BEARISH, TwoCandles::inNeck);
        add(p, "on_neck", "On-Neck", "CDLONNECK", lookback(EQUAL, BODY_LONG) + 1, BEARISH, TwoCandles::onNeck);
        add(p, "thrusting", "Thrusting", "CDLTHRUSTING", lookback(EQUAL, BODY_LONG) + 1, BEARISH,
                TwoCandles::thrusting);
        add(p, "matching_low", "Matching Low", "CDLMATCHINGLOW", lookback(EQUAL) + 1, BULLISH,
                TwoCandles::matchingLow);
        add(p, "separating_lines", "Separating Lines", "CDLSEPARATINGLINES",
                lookback(SHADOW_VERY_SHORT, BODY_LONG, EQUAL) + 1, SIGNED, TwoCandles::separatingLines);
        add(p, "long_line", "Long Line Candle", "CDLLONGLINE", lookback(BODY_LONG, SHADOW_SHORT), SIGNED,
                SingleCandle::longLine);
        add(p, "short_line", "Short Line Candle", "CDLSHORTLINE", lookback(BODY_SHORT, SHADOW_SHORT), SIGNED,
                SingleCandle::shortLine);
        add(p, "high_wave", "High-Wave Candle", "CDLHIGHWAVE", lookback(BODY_SHORT, SHADOW_VERY_LONG), SIGNED,
                SingleCandle::highWave);
        add(p, "rickshaw_man", "Rickshaw Man", "CDLRICKSHAWMAN", lookback(BODY_DOJI, SHADOW_LONG, NEAR), NEUTRAL,
                SingleCandle::rickshawMan);
        add(p, "takuri", "Takuri", "CDLTAKURI", lookback(BODY_DOJI, SHADOW_VERY_SHORT, SHADOW_VERY_LONG), BULLISH,
                SingleCandle::takuri);
        ALL = Collections.unmodifiableList(p);
        Map<String, Pattern> byName = new LinkedHashMap<>();
        for (Pattern x : p) {
            byName.put(x.name(), x);
            byName.put(x.taLibName().toLowerCase(Locale.ROOT), x);
        }
        BY_NAME = Collections.unmodifiableMap(byName);
    }

    private Patterns() {}

    private static void add(List<Pattern> p, String name, String title, String taLib, int lookback,
                            Pattern.Signal signal, Pattern.Kernel kernel) {
        p.add(new Pattern(name, title, taLib, lookback, signal, kernel));
    }

    /** Every pattern, most used first. */
    public static List<Pattern> all() {
        return ALL;
    }

    /** A pattern by key ({@code "engulfing"}) or TA-Lib name ({@code "CDLENGULFING"}), case-insensitive. */
    public static Optional<Pattern> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The longest lookback of all patterns: bars needed before every pattern has an output. */
    public static int maxLookback() {
        return ALL.stream().mapToInt(Pattern::lookback).max().orElse(0);
    }
}
