package io.technic.scanner.ml;

import java.time.LocalDate;

/**
 * Out-of-sample quality of forecasts over a window of dates.
 *
 * @param window        a name, e.g. {@code fold 2021} or {@code last 2 years}
 * @param from          first date of the window
 * @param to            last date of the window
 * @param dates         dates with an IC (at least {@value Evaluation#MIN_ROWS_PER_DATE} rows)
 * @param rows          forecasts scored
 * @param rankIc        mean over dates of the Spearman correlation between forecast and realised excess return
 * @param rankIcT       t-statistic of the mean IC with a Newey–West standard error (lag horizon − 1,
 *                      since forward windows of consecutive dates overlap)
 * @param rankIcTNaive  t-statistic assuming independent dates (overstates significance for overlapping labels)
 * @param icStd         standard deviation of the daily IC
 * @param decileSpread  mean over dates of the top-decile minus bottom-decile realised excess log return
 *                      over the horizon (fraction, not annualised)
 * @param hitRate       share of forecasts on the same side of their date's median as the realised return
 */
public record ValidationMetrics(String window, LocalDate from, LocalDate to, int dates, long rows, double rankIc,
                                double rankIcT, double rankIcTNaive, double icStd, double decileSpread,
                                double hitRate) {}
