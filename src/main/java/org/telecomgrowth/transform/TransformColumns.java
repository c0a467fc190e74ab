package org.telecomgrowth.transform;

import java.util.List;

/**
 * Names and column orders of the transform tables (DIR/tables/NAME.csv and DIR/parquet/NAME/), one place for the
 * transforms that build them and the report that reads them.
 *
 * <p>Conventions: dates are Spark DateType (ISO in CSV); a point's {@code date} is its period's midpoint
 * (contract: Dec 2010 -> 2010-12-16, 2015 -> 2015-07-02); {@code evidence_ref} is one or more
 * {@code doc_id#sentence_index} joined by {@code ;}; a series is (country_iso3, metric, scope, source) and its
 * {@code series_id} is those four joined by {@code |} (empty source kept as empty; a document without a country
 * puts {@code doc:<doc_id>} in the country's place, so it never joins another document's series).
 */
public final class TransformColumns {
  private TransformColumns() {}

  public static final String SERIES = "series";
  public static final String GROWTH = "growth";
  public static final String PENETRATION = "penetration";
  public static final String CONFLICTS = "conflicts";
  public static final String ADOPTION_FIT = "adoption_fit";
  public static final String QUARANTINE = "quarantine";
  public static final String GROWTH_WINDOWS = "growth_windows";
  public static final String POPULATION_GAPS = "population_gaps";
  public static final String BREAKS = "breaks";
  public static final String ENTITIES = "entities";

  /**
   * One row per (entity, metric, scope, date): the published value (SeriesTransform's rule picks it among the
   * statements; the others are in conflicts, kind superseded); value double, qualifier exact|approx|at_least|at_most;
   * doc_id the most recent document stating it. flag: empty when the point is plausible, else why it is held back
   * from growth, penetration and fits (PlausibilityTransform).
   */
  public static final List<String> SERIES_COLUMNS = List.of("doc_id", "country_iso3", "metric", "scope", "source",
      "series_id", "date", "period_start", "period_end", "value", "unit", "qualifier", "evidence_ref", "flag");

  /**
   * kind: pair (consecutive points), span (first to last point of a series), segment (first to last point of a
   * segment between regime breaks), yoy (year-over-year on the annual log-linear interpolation). segment: 0-based
   * segment number (null for span and for pairs that cross a break). years = days / 365.25;
   * cagr = (to/from)^(1/years) - 1; doubling_time_years = ln 2 / ln(1 + cagr) (null when cagr <= 0).
   * qualifier: the bound carried by the figure (at_least when the end is at_least or the start at_most, ...).
   * note: why cagr is null (e.g. "start value not positive", "same date", "spans a regime break"), else empty.
   * flag: empty when the figure may be a headline, else why not ("interval under one year", "crosses a regime
   * break", "CAGR above 300 %/yr"), several joined by "; ".
   */
  public static final List<String> GROWTH_COLUMNS = List.of("series_id", "country_iso3", "metric", "scope",
      "source", "kind", "segment", "from_date", "to_date", "from_value", "to_value", "years", "cagr",
      "doubling_time_years", "qualifier", "crosses_break", "interpolated", "note", "evidence_ref", "flag");

  /**
   * CAGR per series over standard windows, so countries compare on the same years. window: 2000-2010 or
   * 2010-2020 (first to last plausible point dated in those calendar years), or since_last_break (first to last
   * point of the series' last segment). cagr is null (note says why) for fewer than two points or when the window's
   * points straddle a regime break; flag as in growth plus "covers under half the window" (under 5 of 10 years).
   */
  public static final List<String> GROWTH_WINDOWS_COLUMNS = List.of("series_id", "country_iso3", "metric", "scope",
      "source", "window", "from_date", "to_date", "from_value", "to_value", "n_points", "years", "cagr", "note",
      "flag", "evidence_ref");

  /** Country-years with national count points but no reference population: no per-100 figure there. */
  public static final List<String> POPULATION_GAPS_COLUMNS = List.of("country_iso3", "year", "metrics", "points");

  /**
   * kind: stated (a households_with_* or *_share figure as the text states it) or derived (value / population x
   * 100, value / households x 100). unit: percent | per_100_inhabitants | per_100_households. estimated: true when
   * a denominator was estimated (households outside a census year). reference_source names the reference row(s).
   */
  public static final List<String> PENETRATION_COLUMNS = List.of("country_iso3", "metric", "base_metric", "scope",
      "source", "year", "date", "value", "unit", "kind", "estimated", "reference_source", "note", "evidence_ref");

  /**
   * Two kinds of disagreement, relative_difference = |a-b| / max(|a|,|b|). kind superseded: a statement of a
   * series point that lost to the published one (a = published, b = the statement that lost, days_apart 0, reason
   * why it lost, e.g. "older document (2014-01-01 < 2015-01-01)"). kind nearby: points of one metric and scope from
   * different series within 6 months (reason "different series within 6 months"). doc_a/doc_b: the documents.
   */
  public static final List<String> CONFLICTS_COLUMNS = List.of("country_iso3", "metric", "scope", "series_a",
      "date_a", "value_a", "evidence_a", "series_b", "date_b", "value_b", "evidence_b", "days_apart",
      "relative_difference", "kind", "doc_a", "doc_b", "reason");

  /**
   * Forecasts (issue 12, ForecastTransform): for a group with a forecast, one row per point of the chosen model's
   * curve (its parameters and choice repeated on each row): yearly from the first point (horizon 0, in sample), then
   * 1 to 5 years past the last point (forecast true) with the 80 % interval lower80/upper80 and the method's backtest
   * median absolute percentage error at that horizon (backtest_median_ape, over backtest_n forecasts). A group
   * without a forecast has one row saying why in fit_status: too_few_points | too_few_points_since_break |
   * too_little_backtest | no_model_beats_naive | no_interval_calibration | not_converged (model then names the
   * model chosen, if any). fit_scope: series (one series, its points since its last regime break) or since_break
   * (all sources of a metric after its last regime break; series_id country|metric|scope|*). model: logistic |
   * gompertz | bass | damped_trend | theta | arima_drift | combination | combination_gompertz (naive_last |
   * naive_drift only on no_model_beats_naive rows); where the chosen model has no curve on every point, the next one
   * of its ranking; choice_basis: corpus_backtest | prior_backtest | own_backtest; model_error, naive_error: mean APE
   * capped at 10 % of the model and of the better naive baseline on that basis. fit_unit: per_100_inhabitants when
   * the curve was fitted per 100 inhabitants (k is then per 100), else empty (k in the series' unit). k saturation,
   * r rate (p+q for bass, the trend's slope per year for damped_trend, half the trend's slope for theta, the mean
   * yearly change for arima_drift), t0 inflection (launch for bass); fitted_value in the series' unit.
   */
  public static final List<String> ADOPTION_FIT_COLUMNS = List.of("series_id", "country_iso3", "metric", "scope",
      "fit_scope", "fit_status", "model", "choice_basis", "model_error", "naive_error", "n_points", "fit_unit", "k",
      "r", "t0", "r2", "rmse", "date", "horizon", "fitted_value", "forecast", "lower80", "upper80",
      "backtest_median_ape", "backtest_n");

  /**
   * The rolling-origin backtest (issue 12): one row per (series, model, origin year, target) where the model was
   * fitted on the series' points up to the end of the origin year and scored on the series' last point of the year
   * origin + horizon (1 to 5). forecast empty when the model could not be fitted there. chosen: the model the series
   * would have used at that origin (choice from what was known then); lower80/upper80 on chosen rows when the
   * interval could be calibrated at that origin. date: the actual's date.
   */
  public static final String FORECAST_BACKTEST = "forecast_backtest";
  public static final List<String> FORECAST_BACKTEST_COLUMNS = List.of("series_id", "country_iso3", "metric",
      "model", "chosen", "origin", "horizon", "actual", "forecast", "lower80", "upper80", "abs_pct_error",
      "fit_scope", "date");

  /** Observations impossible on their face, held back from the transforms with the reason. */
  public static final List<String> QUARANTINE_COLUMNS = List.of("doc_id", "metric", "value", "unit", "qualifier",
      "period_start", "period_end", "reason", "sentence", "evidence_ref");

  /**
   * Regime breaks (RegimeBreakTransform.breaks): one row per (country_iso3, service, break_date), with the metric ids
   * the break cuts, its kind, the ban it begins or ends and every sentence stating it.
   */
  public static final List<String> BREAKS_COLUMNS = List.of("country_iso3", "service", "metrics", "break_date",
      "kind", "ban_start", "ban_end", "evidence_ref", "documents");
}
