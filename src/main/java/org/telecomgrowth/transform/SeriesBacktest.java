package org.telecomgrowth.transform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One series' rolling-origin backtest and its forecasts from every candidate model (issue 12), in plain Java: a
 * Spark task runs it on one group's points (ForecastTransform), tests run it directly.
 *
 * <p>Points are (day since 1970, value), one series, ascending (ForecastTransform passes one a year, the year's last). An origin is a year in which the series has a point
 * and by which it has at least {@value #MIN_POINTS} points; every model is fitted on the points up to the end of
 * that year and scored on the series' last point in each of the {@value #HORIZON} following years that has one.
 * Nothing after the origin is used: not the later points, and not the population of later years (population is
 * extrapolated from the years up to the origin, as a forecaster at that time would have had to).
 *
 * <p>Fit space: a count series whose country has a population is fitted per 100 inhabitants, where the metric's
 * saturation bounds apply (e.g. 60 to 200 mobile subscriptions per 100), and converted back to counts with the
 * population; a per-100 or percent series is fitted as it is, with the same bounds; a count series without a
 * population gets K between its largest value and {@value #COUNT_K_RATIO} times it. The naive baselines always
 * work on the series' own values.
 */
public final class SeriesBacktest {
  private SeriesBacktest() {}

  public static final int MIN_POINTS = 5;
  public static final int HORIZON = 5;
  static final double COUNT_K_RATIO = 10;
  /**
   * An error above 10 % ranks as 10 %: a forecast that far off is a miss, whatever its size, so a model is ranked
   * by how close it usually comes and a few wild forecasts (the Factbook's revisions and definition changes) cannot
   * decide its rank. With 100 % the S-curves won the ranking on their mean while the combinations were closer on most
   * forecasts (mobile subscribers on the full Factbook: chosen / better naive at 3 years 0.78 with the cap at 100 %,
   * 0.73 at 10 %).
   */
  static final double APE_CAP = 0.1;

  /** Saturation bounds per 100 inhabitants for a metric (from forecast_metrics.tsv). */
  public static final class Saturation implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    final double min;
    final double max;
    final boolean countPer100;

    public Saturation(double min, double max, boolean countPer100) {
      this.min = min;
      this.max = max;
      this.countPer100 = countPer100;
    }
  }

  /** A scored forecast of the backtest. forecast is null when the model could not be fitted at that origin. */
  public static final class Scored {
    public final String model;
    public final int origin;
    public final int horizon;
    public final int targetYear;
    public final int day;
    public final double actual;
    public final Double forecast;

    Scored(String model, int origin, int horizon, int day, double actual, Double forecast) {
      this.model = model;
      this.origin = origin;
      this.horizon = horizon;
      this.targetYear = LocalDate.ofEpochDay(day).getYear();
      this.day = day;
      this.actual = actual;
      this.forecast = forecast;
    }

    /** |forecast - actual| / actual; null without a forecast or for a zero actual. */
    public Double ape() {
      return forecast == null || actual == 0 ? null : Math.abs(forecast - actual) / Math.abs(actual);
    }

    /** The error a model is ranked by: APE capped at 100 %, a failed fit counting as the cap. */
    public double rankError() {
      Double a = ape();
      return a == null ? APE_CAP : Math.min(APE_CAP, a);
    }
  }

  /** A model's record on this series up to an origin year: errors of forecasts whose target lies by then. */
  public static final class OwnScore {
    public final int origin;
    public final String model;
    public final int n;
    public final double meanError;

    OwnScore(int origin, String model, int n, double meanError) {
      this.origin = origin;
      this.model = model;
      this.n = n;
      this.meanError = meanError;
    }
  }

  /** A model fitted on every point: its curve at yearly steps and its in-sample fit. */
  public static final class FinalFit {
    public final String model;
    public final CurveModels.Curve curve;
    public final boolean per100;
    public final Double r2;
    public final double rmse;
    /** (day, value, horizon) rows: in-sample steps from the first point (horizon 0), then 1..HORIZON years past the last. */
    public final List<double[]> points;

    FinalFit(String model, CurveModels.Curve curve, boolean per100, Double r2, double rmse, List<double[]> points) {
      this.model = model;
      this.curve = curve;
      this.per100 = per100;
      this.r2 = r2;
      this.rmse = rmse;
      this.points = points;
    }
  }

  /** Everything computed for one series. */
  public static final class Result {
    public final List<Scored> scored = new ArrayList<>();
    public final List<OwnScore> own = new ArrayList<>();
    public final List<FinalFit> fits = new ArrayList<>();
    public int lastYear;
  }

  /**
   * @param days point days since 1970-01-01, ascending
   * @param values the series' values
   * @param popYears years of the country's population (ascending; may be empty)
   * @param pops population of those years
   * @param sat the metric's saturation bounds, or null when the metric is not forecast per 100
   */
  public static Result run(int[] days, double[] values, int[] popYears, double[] pops, Saturation sat) {
    Result res = new Result();
    int n = days.length;
    int[] years = new int[n];
    for (int i = 0; i < n; i++) {
      years[i] = LocalDate.ofEpochDay(days[i]).getYear();
    }
    res.lastYear = years[n - 1];
    // The last point of each year is that year's actual.
    TreeMap<Integer, Integer> lastOfYear = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      lastOfYear.put(years[i], i);
    }
    Map<String, CurveModels.Curve> warm = new HashMap<>();
    for (int origin : lastOfYear.keySet()) {
      int cut = lastOfYear.get(origin) + 1;
      if (cut < MIN_POINTS || origin == res.lastYear) {
        continue;
      }
      List<Integer> targets = new ArrayList<>();
      for (int h = 1; h <= HORIZON; h++) {
        Integer idx = lastOfYear.get(origin + h);
        if (idx != null) {
          targets.add(idx);
        }
      }
      if (targets.isEmpty()) {
        continue;
      }
      Space space = Space.of(days, values, cut, popYears, pops, origin, sat);
      Map<String, CurveModels.Curve> fitted = new HashMap<>();
      for (String model : CurveModels.MODELS) {
        CurveModels.Curve c = space.fit(model, warm.get(model), fitted);
        if (c != null) {
          warm.put(model, c);
          fitted.put(model, c);
        }
        for (int idx : targets) {
          Double f = c == null ? null : space.toValue(model, c, days[idx]);
          res.scored.add(new Scored(model, origin, years[idx] - origin, days[idx], values[idx], f));
        }
      }
    }
    java.util.Set<Integer> origins = new java.util.LinkedHashSet<>();
    for (Scored s : res.scored) {
      origins.add(s.origin);
    }
    origins.add(res.lastYear);
    for (int origin : origins) {
      for (String model : CurveModels.MODELS) {
        int count = 0;
        double sum = 0;
        for (Scored s : res.scored) {
          if (s.model.equals(model) && s.targetYear <= origin) {
            count++;
            sum += s.rankError();
          }
        }
        res.own.add(new OwnScore(origin, model, count, count == 0 ? Double.NaN : sum / count));
      }
    }
    if (n >= MIN_POINTS) {
      Space space = Space.of(days, values, n, popYears, pops, Integer.MAX_VALUE, sat);
      Map<String, CurveModels.Curve> fitted = new HashMap<>();
      for (String model : CurveModels.MODELS) {
        CurveModels.Curve c = space.fit(model, warm.get(model), fitted);
        if (c != null) {
          fitted.put(model, c);
          res.fits.add(finalFit(model, c, space, days, values));
        }
      }
    }
    return res;
  }

  private static FinalFit finalFit(String model, CurveModels.Curve c, Space space, int[] days, double[] values) {
    int n = days.length;
    // A damped trend says nothing about the points before the ones its line was drawn through: its curve and its
    // in-sample fit cover those points only; the other time-series models start at the last point.
    int from = CurveModels.isSCurve(model) ? 0
        : CurveModels.DAMPED_TREND.equals(model) ? Math.max(0, n - CurveModels.TREND_POINTS) : n - 1;
    double mean = 0;
    for (int i = from; i < n; i++) {
      mean += values[i] / (n - from);
    }
    double ssRes = 0;
    double ssTot = 0;
    for (int i = from; i < n; i++) {
      double e = values[i] - space.toValue(model, c, days[i]);
      ssRes += e * e;
      ssTot += (values[i] - mean) * (values[i] - mean);
    }
    List<double[]> pts = new ArrayList<>();
    LocalDate first = LocalDate.ofEpochDay(days[from]);
    LocalDate last = LocalDate.ofEpochDay(days[n - 1]);
    for (LocalDate d = first; !d.isAfter(last); d = d.plusYears(1)) {
      pts.add(new double[] {d.toEpochDay(), space.toValue(model, c, (int) d.toEpochDay()), 0});
    }
    for (int h = 1; h <= HORIZON; h++) {
      int day = (int) last.plusYears(h).toEpochDay();
      pts.add(new double[] {day, space.toValue(model, c, day), h});
    }
    return new FinalFit(model, c, space.per100 && !CurveModels.onOwnValues(model),
        ssTot > 0 ? 1 - ssRes / ssTot : null, Math.sqrt(ssRes / (n - from)), pts);
  }

  static double years(int day) {
    return day / GrowthTransform.DAYS_PER_YEAR;
  }

  /** The points up to an origin in the space a model is fitted in, and the way back to the series' values. */
  static final class Space {
    final double[] t;
    final double[] raw;
    final double[] y;
    final boolean per100;
    final CurveModels.Bounds bounds;
    final Population pop;

    private Space(double[] t, double[] raw, double[] y, boolean per100, CurveModels.Bounds bounds, Population pop) {
      this.t = t;
      this.raw = raw;
      this.y = y;
      this.per100 = per100;
      this.bounds = bounds;
      this.pop = pop;
    }

    static Space of(int[] days, double[] values, int cut, int[] popYears, double[] pops, int origin,
        Saturation sat) {
      double[] t = new double[cut];
      double[] raw = new double[cut];
      double max = 0;
      for (int i = 0; i < cut; i++) {
        t[i] = years(days[i]);
        raw[i] = values[i];
        max = Math.max(max, values[i]);
      }
      Population pop = sat != null && sat.countPer100 ? Population.known(popYears, pops, origin) : null;
      if (pop != null) {
        double[] y = new double[cut];
        double yMax = 0;
        for (int i = 0; i < cut; i++) {
          y[i] = 100 * values[i] / pop.at(t[i]);
          yMax = Math.max(yMax, y[i]);
        }
        return new Space(t, raw, y, true, satBounds(sat, yMax), pop);
      }
      CurveModels.Bounds b = sat != null && !sat.countPer100 ? satBounds(sat, max)
          : new CurveModels.Bounds(max, COUNT_K_RATIO * max);
      return new Space(t, raw, raw, false, b, null);
    }

    /** The metric's plausible saturation, widened only as far as the data themselves already went. */
    private static CurveModels.Bounds satBounds(Saturation sat, double yMax) {
      double kMax = Math.max(sat.max, 1.05 * yMax);
      double kMin = Math.min(Math.max(sat.min, 0.95 * yMax), kMax);
      return new CurveModels.Bounds(kMin, kMax);
    }

    /** {@code fitted}: the models already fitted on these points (combination_gompertz combines them). */
    CurveModels.Curve fit(String model, CurveModels.Curve warmCurve, Map<String, CurveModels.Curve> fitted) {
      if (CurveModels.COMBINATION_GOMPERTZ.equals(model)) {
        List<java.util.function.DoubleUnaryOperator> parts = new ArrayList<>();
        for (String member : CurveModels.COMBINED_GOMPERTZ) {
          CurveModels.Curve c = fitted.get(member);
          // A Gompertz curve that did not converge leaves the median of the other three.
          if (c == null && !CurveModels.GOMPERTZ.equals(member)) {
            return null;
          }
          if (c != null) {
            parts.add(x -> valueAtYears(member, c, x));
          }
        }
        return CurveModels.median(model, parts);
      }
      if (CurveModels.onOwnValues(model)) {
        return CurveModels.fit(model, t, raw, null, null);
      }
      return CurveModels.fit(model, t, y, bounds, CurveModels.warmStart(warmCurve, bounds));
    }

    /** The model's value at a day, in the series' own units. */
    double toValue(String model, CurveModels.Curve c, int day) {
      return valueAtYears(model, c, years(day));
    }

    double valueAtYears(String model, CurveModels.Curve c, double x) {
      double v = c.valueAt(x);
      if (per100 && !CurveModels.onOwnValues(model)) {
        return v * pop.at(x) / 100;
      }
      return v;
    }
  }

  /**
   * A country's population as known at an origin year: linear between known years (taken at mid-year), before
   * the first known year its value, after the last the growth rate of the last five known years (at most
   * {@value #MAX_POP_GROWTH} a year either way) carried on.
   */
  static final class Population {
    static final double MAX_POP_GROWTH = 0.05;
    final double[] t;
    final double[] p;
    final double growth;

    private Population(double[] t, double[] p) {
      this.t = t;
      this.p = p;
      int last = t.length - 1;
      int base = last;
      while (base > 0 && t[last] - t[base - 1] <= 5.01) {
        base--;
      }
      double g = 0;
      if (base < last && p[base] > 0) {
        g = Math.pow(p[last] / p[base], 1 / (t[last] - t[base])) - 1;
      }
      this.growth = Math.max(-MAX_POP_GROWTH, Math.min(MAX_POP_GROWTH, g));
    }

    static Population known(int[] years, double[] pops, int origin) {
      int m = 0;
      while (m < years.length && years[m] <= origin) {
        m++;
      }
      if (m == 0) {
        return null;
      }
      double[] t = new double[m];
      double[] p = new double[m];
      for (int i = 0; i < m; i++) {
        t[i] = years[i] - 1970 + 0.5;
        p[i] = pops[i];
      }
      return new Population(t, p);
    }

    double at(double x) {
      int n = t.length;
      if (x <= t[0]) {
        return p[0];
      }
      if (x >= t[n - 1]) {
        return p[n - 1] * Math.pow(1 + growth, x - t[n - 1]);
      }
      int i = 1;
      while (t[i] < x) {
        i++;
      }
      double w = (x - t[i - 1]) / (t[i] - t[i - 1]);
      return p[i - 1] + w * (p[i] - p[i - 1]);
    }
  }
}
