package org.telecomgrowth.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;

/**
 * What the mobile_subscribers chart draws: one line per source, the points' bounds, one forecast curve (the model
 * the backtest chose, with its 80 % interval) and the regime breaks. Built from rows of the series, adoption_fit and
 * events tables (already filtered to the metric). noForecast says why there is no curve when there is none.
 */
public record SubscriberChartData(String metric, List<Line> lines, Curve fit, List<RegimeBand> bands,
    String noForecast) {

  public record Point(LocalDate date, double value, String qualifier, String evidenceRef) {
    public boolean lowerBound() {
      return "at_least".equals(qualifier);
    }

    public boolean upperBound() {
      return "at_most".equals(qualifier);
    }
  }

  public record Line(String label, List<Point> points) {}

  /** A curve point; past the last figure (forecast) it has its horizon, 80 % interval and the backtest error. */
  public record CurvePoint(LocalDate date, double value, boolean forecast, int horizon, double lower80,
      double upper80, double backtestMedianApe) {
    public CurvePoint(LocalDate date, double value, boolean forecast) {
      this(date, value, forecast, 0, Double.NaN, Double.NaN, Double.NaN);
    }

    public boolean hasInterval() {
      return forecast && !Double.isNaN(lower80) && !Double.isNaN(upper80);
    }
  }

  /**
   * The chosen forecast curve; k is the saturation in the curve's own unit (NaN for a damped trend), r2 the
   * in-sample fit; model, choiceBasis, modelError and naiveError say why this model was chosen.
   */
  public record Curve(String label, String fitScope, double k, double r2, LocalDate t0, List<CurvePoint> points,
      String model, String choiceBasis, double modelError, double naiveError, String fitUnit) {
    public Curve(String label, String fitScope, double k, double r2, LocalDate t0, List<CurvePoint> points) {
      this(label, fitScope, k, r2, t0, points, "logistic", null, Double.NaN, Double.NaN, null);
    }
  }

  public boolean isEmpty() {
    return lines.stream().allMatch(l -> l.points().isEmpty());
  }

  public List<Point> allPoints() {
    List<Point> all = new ArrayList<>();
    lines.forEach(l -> all.addAll(l.points()));
    all.sort(Comparator.comparing(Point::date));
    return all;
  }

  /**
   * @param series series rows of one metric (points with a date and a positive value are kept: a log axis)
   * @param fits adoption_fit rows of the same metric; the since_break fit is preferred, else the series fit with
   *     most points, because one curve is readable and several are not
   * @param breaks rows of the breaks table for this metric
   */
  public static SubscriberChartData from(String metric, List<Row> series, List<Row> fits, List<Row> breaks) {
    Set<String> countries = new TreeSet<>();
    series.forEach(r -> countries.add(RowValues.str(r, "country_iso3")));
    Map<String, List<Point>> bySeries = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    List<Row> sorted = new ArrayList<>(series);
    sorted.sort(Comparator.comparing((Row r) -> RowValues.str(r, "series_id"))
        .thenComparing(r -> RowValues.date(r, "date"), Comparator.nullsLast(Comparator.naturalOrder())));
    for (Row r : sorted) {
      LocalDate d = RowValues.date(r, "date");
      Double v = RowValues.dbl(r, "value");
      if (d == null || v == null || v <= 0) {
        continue;
      }
      String id = RowValues.str(r, "series_id");
      labels.computeIfAbsent(id, k -> seriesLabel(RowValues.str(r, "source"), RowValues.str(r, "country_iso3"),
          RowValues.str(r, "scope"), countries.size() > 1));
      bySeries.computeIfAbsent(id, k -> new ArrayList<>())
          .add(new Point(d, v, RowValues.str(r, "qualifier"), RowValues.str(r, "evidence_ref")));
    }
    List<Line> lines = new ArrayList<>();
    bySeries.forEach((id, pts) -> lines.add(new Line(labels.get(id), List.copyOf(pts))));
    lines.sort(Comparator.comparing(Line::label));
    Curve fit = chooseFit(fits);
    return new SubscriberChartData(metric, List.copyOf(lines), fit, RegimeBand.from(breaks),
        fit == null ? noForecast(fits) : null);
  }

  /** "Orascom", or "no named source" when the text attributes the figure to nobody. */
  static String seriesLabel(String source, String country, String scope, boolean withCountry) {
    String s = source == null || source.isBlank() ? "no named source" : source;
    if (scope != null && !scope.isBlank() && !"national".equals(scope)) {
      s += " (" + scope + ")";
    }
    return withCountry ? country + ": " + s : s;
  }

  /** Why the preferred group (since_break first, else the series with most points) has no forecast. */
  static String noForecast(List<Row> fits) {
    Row best = null;
    for (Row r : fits) {
      if (best == null || preference(r) > preference(best)) {
        best = r;
      }
    }
    if (best == null) {
      return "no series of this metric could be forecast";
    }
    String status = RowValues.str(best, "fit_status");
    Integer n = RowValues.integer(best, "n_points");
    switch (status == null ? "" : status) {
      case "too_few_points":
        return "too few figures to forecast (" + n + ", at least 5 are needed)";
      case "too_few_points_since_break":
        return "too few figures since the last regime break to forecast (" + n + ", at least 5 are needed)";
      case "too_little_backtest":
        return "the backtest record is too short to choose a model";
      case "no_model_beats_naive":
        return "no model beat the naive baseline (" + RowValues.str(best, "model") + ") on the backtest";
      case "no_interval_calibration":
        return "the backtest is too short to calibrate an 80 % interval";
      case "not_converged":
        return "the chosen model could not be fitted";
      default:
        return "no forecast (" + status + ")";
    }
  }

  /** Which group the chart speaks for: the since_break one, else the series with most points. */
  private static int preference(Row fitRow) {
    Integer n = RowValues.integer(fitRow, "n_points");
    return ("since_break".equals(RowValues.str(fitRow, "fit_scope")) ? 1_000_000 : 0) + (n == null ? 0 : n);
  }

  static String modelName(String model) {
    return model == null || model.isEmpty() ? "curve" : model.replace('_', ' ');
  }

  private static double nan(Double d) {
    return d == null ? Double.NaN : d;
  }

  private static Curve chooseFit(List<Row> fits) {
    Map<String, List<Row>> byId = new LinkedHashMap<>();
    for (Row r : fits) {
      if ("ok".equals(RowValues.str(r, "fit_status")) && RowValues.date(r, "date") != null
          && RowValues.dbl(r, "fitted_value") != null) {
        byId.computeIfAbsent(RowValues.str(r, "series_id"), k -> new ArrayList<>()).add(r);
      }
    }
    String best = null;
    int bestScore = Integer.MIN_VALUE;
    for (Map.Entry<String, List<Row>> e : new java.util.TreeMap<>(byId).entrySet()) {
      int score = preference(e.getValue().get(0));
      if (score > bestScore) {
        bestScore = score;
        best = e.getKey();
      }
    }
    if (best == null) {
      return null;
    }
    List<Row> rows = byId.get(best);
    Row first = rows.get(0);
    List<CurvePoint> pts = new ArrayList<>();
    for (Row r : rows) {
      Integer h = RowValues.integer(r, "horizon");
      pts.add(new CurvePoint(RowValues.date(r, "date"), RowValues.dbl(r, "fitted_value"),
          RowValues.bool(r, "forecast"), h == null ? 0 : h, nan(RowValues.dbl(r, "lower80")),
          nan(RowValues.dbl(r, "upper80")), nan(RowValues.dbl(r, "backtest_median_ape"))));
    }
    pts.sort(Comparator.comparing(CurvePoint::date));
    Double k = RowValues.dbl(first, "k");
    Double r2 = RowValues.dbl(first, "r2");
    String scope = RowValues.str(first, "fit_scope");
    String stated = RowValues.str(first, "model");
    String model = stated.isEmpty() ? "logistic" : stated;
    String name = modelName(model);
    String label = "since_break".equals(scope) ? name + " fit, all sources since the last break" : name + " fit";
    return new Curve(label, scope, k == null ? Double.NaN : k, r2 == null ? Double.NaN : r2,
        RowValues.date(first, "t0"), List.copyOf(pts), model,
        RowValues.str(first, "choice_basis"), nan(RowValues.dbl(first, "model_error")),
        nan(RowValues.dbl(first, "naive_error")), RowValues.str(first, "fit_unit"));
  }
}
