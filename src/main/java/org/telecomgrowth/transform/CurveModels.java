package org.telecomgrowth.transform;

import java.io.Serializable;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer.Optimum;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * The candidate forecast models for an adoption series (issue 12), each fitted to points (t in years, y) and
 * giving a curve y(t). The three saturating curves are least-squares fits (Commons Math Levenberg-Marquardt); their
 * saturation K is kept inside the bounds the caller gives (for a per-100-inhabitants series, what is physically
 * plausible for the metric) by the parameterisation K = kMin + (kMax - kMin) * sigmoid(a), so every iterate is a
 * sensible curve. Their least squares are discounted: a point's weight halves every {@value #HALF_LIFE_YEARS}
 * years back from the last point (chosen on half of the Factbook's countries, checked on the other half: it lowered
 * the 3-year-ahead median error of every S-curve on both). The damped trend and the two naive baselines are closed
 * forms.
 *
 * <ul>
 *   <li>{@code logistic}: K / (1 + e^(-r (t - t0)));
 *   <li>{@code gompertz}: K e^(-e^(-r (t - t0))) (inflection at t0, earlier and slower saturation than the logistic);
 *   <li>{@code bass}: K F(t - t0), F(x) = (1 - e^(-(p+q) x)) / (1 + (q/p) e^(-(p+q) x)) for x &gt; 0, else 0
 *       (t0 the launch; innovation p, imitation q; r reported as p + q);
 *   <li>{@code damped_trend}: the last value and the slope of a least-squares line through the last
 *       {@value #TREND_POINTS} points, the slope damped by {@value #PHI} a year:
 *       y(T + h) = y(T) + slope (phi - phi^(h+1)) / (1 - phi);
 *   <li>{@code naive_last}: the last value; {@code naive_drift}: the line through the last two points.
 * </ul>
 */
public final class CurveModels {
  private CurveModels() {}

  public static final String LOGISTIC = "logistic";
  public static final String GOMPERTZ = "gompertz";
  public static final String BASS = "bass";
  public static final String DAMPED_TREND = "damped_trend";
  public static final String NAIVE_LAST = "naive_last";
  public static final String NAIVE_DRIFT = "naive_drift";
  public static final String THETA = "theta";
  public static final String ARIMA_DRIFT = "arima_drift";
  public static final String COMBINATION = "combination";
  public static final String COMBINATION_GOMPERTZ = "combination_gompertz";
  /** The two baselines a model must beat to draw a curve. */
  public static final List<String> NAIVE = List.of(NAIVE_LAST, NAIVE_DRIFT);
  /** The time-series models the combination takes the median of. */
  public static final List<String> COMBINED = List.of(THETA, DAMPED_TREND, NAIVE_DRIFT);
  /** The members of the combination with a saturating curve: the three above and the Gompertz curve. */
  public static final List<String> COMBINED_GOMPERTZ = List.of(THETA, DAMPED_TREND, NAIVE_DRIFT, GOMPERTZ);
  /** Every candidate, in the order that breaks ties (simpler and more conservative first). */
  public static final List<String> MODELS = List.of(NAIVE_LAST, NAIVE_DRIFT, COMBINATION, THETA, ARIMA_DRIFT,
      DAMPED_TREND, LOGISTIC, GOMPERTZ, BASS, COMBINATION_GOMPERTZ);
  /**
   * Models on the series' own values: fitted on them (no saturation, so never per 100 inhabitants), or, for
   * combination_gompertz, combined from its members already converted to them (SeriesBacktest).
   */
  public static final List<String> OWN_VALUES = List.of(NAIVE_LAST, NAIVE_DRIFT, COMBINATION, THETA, ARIMA_DRIFT,
      COMBINATION_GOMPERTZ);

  static final double PHI = 0.8;
  /** Least-squares weights of the S-curves halve every this many years back from the last point. */
  static final double HALF_LIFE_YEARS = 3;
  static final int TREND_POINTS = 4;

  public static boolean isNaive(String model) {
    return NAIVE.contains(model);
  }

  /** A saturating curve (logistic, gompertz, bass): fitted in the metric's per-100 space with bounds on K. */
  public static boolean isSCurve(String model) {
    return LOGISTIC.equals(model) || GOMPERTZ.equals(model) || BASS.equals(model);
  }

  /** Fitted on the series' own values (not per 100 inhabitants). */
  public static boolean onOwnValues(String model) {
    return OWN_VALUES.contains(model);
  }

  /** Points a model needs before it is tried. */
  public static int minPoints(String model) {
    switch (model) {
      case NAIVE_LAST:
        return 1;
      case NAIVE_DRIFT:
      case DAMPED_TREND:
      case THETA:
      case COMBINATION:
        return 2;
      case ARIMA_DRIFT:
        return 4;
      case BASS:
        return 5;
      default:
        return 4;
    }
  }

  /** A fitted curve; parameters are NaN where the model has none of that name. */
  public static final class Curve implements Serializable {
    private static final long serialVersionUID = 1L;
    public final String model;
    public final double k;
    public final double r;
    public final double t0;
    final transient DoubleUnaryOperator f;
    final double[] params;

    Curve(String model, double k, double r, double t0, double[] params, DoubleUnaryOperator f) {
      this.model = model;
      this.k = k;
      this.r = r;
      this.t0 = t0;
      this.params = params;
      this.f = f;
    }

    public double valueAt(double t) {
      return f.applyAsDouble(t);
    }
  }

  /** Saturation bounds for K, in the units of y. */
  public static final class Bounds implements Serializable {
    private static final long serialVersionUID = 1L;
    public final double kMin;
    public final double kMax;

    public Bounds(double kMin, double kMax) {
      this.kMin = kMin;
      this.kMax = Math.max(kMax, kMin * 1.0001);
    }
  }

  /**
   * Fits one model to (t, y), t ascending. Returns null when the model cannot be fitted (too few points, no
   * convergence, a result outside its bounds). {@code warm} is an earlier solution of the same model to start from
   * (its params), or null.
   */
  public static Curve fit(String model, double[] t, double[] y, Bounds bounds, double[] warm) {
    int n = t.length;
    if (n < minPoints(model)) {
      return null;
    }
    switch (model) {
      case NAIVE_LAST: {
        double last = y[n - 1];
        return new Curve(model, Double.NaN, Double.NaN, Double.NaN, null, x -> last);
      }
      case NAIVE_DRIFT: {
        double dt = t[n - 1] - t[n - 2];
        if (!(dt > 0)) {
          return null;
        }
        double slope = (y[n - 1] - y[n - 2]) / dt;
        double tl = t[n - 1];
        double yl = y[n - 1];
        return new Curve(model, Double.NaN, slope, Double.NaN, null, x -> Math.max(0, yl + slope * (x - tl)));
      }
      case DAMPED_TREND:
        return dampedTrend(t, y, bounds);
      case THETA:
        return theta(t, y);
      case ARIMA_DRIFT:
        return arimaDrift(t, y);
      case COMBINATION:
        return combination(t, y, bounds);
      default:
        return sCurve(model, t, y, bounds, warm);
    }
  }

  private static Curve dampedTrend(double[] t, double[] y, Bounds bounds) {
    int n = t.length;
    double slope = olsSlope(t, y, Math.max(0, n - TREND_POINTS));
    if (Double.isNaN(slope)) {
      return null;
    }
    double tl = t[n - 1];
    // The level is the last value (Holt's level with full weight on the newest point): a forecast that starts
    // below or above the last figure is an artefact of the line, not news. Chosen on half of the Factbook's
    // countries (3-year median APE 0.146 -> 0.132), checked on the other half (0.131 -> 0.123).
    double level = y[n - 1];
    double cap = bounds == null ? Double.POSITIVE_INFINITY : bounds.kMax;
    return new Curve(DAMPED_TREND, Double.NaN, slope, Double.NaN, null, x -> {
      if (x <= tl) {
        return Math.max(0, level + slope * (x - tl));
      }
      double h = x - tl;
      double v = level + slope * (PHI - Math.pow(PHI, h + 1)) / (1 - PHI);
      return Math.min(cap, Math.max(0, v));
    });
  }

  /** SES smoothing parameters tried by the theta method's least squares (0.01 to 1). */
  static final int SES_GRID = 100;

  /**
   * The theta method (theta = 2; Assimakopoulos and Nikolopoulos 2000, as Hyndman and Billah 2003 state it and
   * statsmodels' ThetaModel computes it): simple exponential smoothing of the points, its alpha the least squares
   * of the one-step errors with the first value as the initial level, plus half the slope b0 of a least-squares
   * line through every point: y(T + h) = l(T) + b0/2 (h - 1 + 1/alpha - (1 - alpha)^n / alpha). Points are taken
   * as consecutive steps and h is in years (one point a year).
   */
  private static Curve theta(double[] t, double[] y) {
    int n = t.length;
    double b0 = olsSlope(t, y, 0);
    if (Double.isNaN(b0)) {
      return null;
    }
    double bestAlpha = 1;
    double bestSse = Double.POSITIVE_INFINITY;
    double bestLevel = y[n - 1];
    for (int g = 1; g <= SES_GRID; g++) {
      double alpha = g / (double) SES_GRID;
      double level = y[0];
      double sse = 0;
      for (int i = 1; i < n; i++) {
        double e = y[i] - level;
        sse += e * e;
        level += alpha * e;
      }
      // Ties (a straight series) go to the larger alpha: the last value, not an old average.
      if (sse <= bestSse) {
        bestSse = sse;
        bestAlpha = alpha;
        bestLevel = level;
      }
    }
    double alpha = bestAlpha;
    double level = bestLevel;
    double tl = t[n - 1];
    double offset = -1 + 1 / alpha - Math.pow(1 - alpha, n) / alpha;
    return new Curve(THETA, Double.NaN, b0 / 2, Double.NaN, null,
        x -> Math.max(0, level + b0 / 2 * (Math.max(0, x - tl) + offset)));
  }

  /**
   * ARIMA(1,1,0) with drift: the yearly changes d (change between consecutive points per year between them) are
   * an AR(1) around their mean mu, phi their lag-one autocorrelation (kept within +-{@value #MAX_PHI}); the change
   * of year k ahead is mu + phi^k (d_last - mu), summed up to the horizon (a part year taking its share).
   */
  private static Curve arimaDrift(double[] t, double[] y) {
    int n = t.length;
    double[] d = new double[n - 1];
    for (int i = 1; i < n; i++) {
      double dt = t[i] - t[i - 1];
      if (!(dt > 0)) {
        return null;
      }
      d[i - 1] = (y[i] - y[i - 1]) / dt;
    }
    int m = d.length;
    double mu = 0;
    for (double v : d) {
      mu += v / m;
    }
    double num = 0;
    double den = 0;
    for (int i = 0; i < m; i++) {
      den += (d[i] - mu) * (d[i] - mu);
      if (i > 0) {
        num += (d[i] - mu) * (d[i - 1] - mu);
      }
    }
    double phi = den > 0 ? Math.max(-MAX_PHI, Math.min(MAX_PHI, num / den)) : 0;
    double last = d[m - 1];
    double tl = t[n - 1];
    double yl = y[n - 1];
    double meanChange = mu;
    return new Curve(ARIMA_DRIFT, Double.NaN, mu, Double.NaN, null, x -> {
      double h = Math.max(0, x - tl);
      double v = yl;
      double dev = last - meanChange;
      while (h > 0) {
        dev *= phi;
        double step = Math.min(1, h);
        v += step * (meanChange + dev);
        h -= step;
      }
      return Math.max(0, v);
    });
  }

  static final double MAX_PHI = 0.9;

  /**
   * The median of the theta method, the damped trend and the drift (the lesson of the M competitions: a combination
   * of simple methods forecasts better than any one of them), each fitted on the same points.
   */
  private static Curve combination(double[] t, double[] y, Bounds bounds) {
    Curve a = fit(THETA, t, y, bounds, null);
    Curve b = fit(DAMPED_TREND, t, y, bounds, null);
    Curve c = fit(NAIVE_DRIFT, t, y, bounds, null);
    if (a == null || b == null || c == null) {
      return null;
    }
    double tl = t[t.length - 1];
    return new Curve(COMBINATION, Double.NaN, Double.NaN, Double.NaN, null, x -> {
      double u = x <= tl ? y[t.length - 1] : a.valueAt(x);
      double v = b.valueAt(x);
      double w = c.valueAt(x);
      return Math.max(Math.min(u, v), Math.min(Math.max(u, v), w));
    });
  }

  /**
   * The median of curves at every time (of four, the mean of the middle two): combination_gompertz, whose members
   * SeriesBacktest fits each in its own space and passes here in the series' values.
   */
  public static Curve median(String model, List<DoubleUnaryOperator> parts) {
    return new Curve(model, Double.NaN, Double.NaN, Double.NaN, null, x -> {
      double[] v = new double[parts.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = parts.get(i).applyAsDouble(x);
      }
      java.util.Arrays.sort(v);
      int m = v.length / 2;
      return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    });
  }

  /** The slope of the least-squares line through the points from index {@code from}; NaN for one time only. */
  static double olsSlope(double[] t, double[] y, int from) {
    int n = t.length;
    int m = n - from;
    double mt = 0;
    double my = 0;
    for (int i = from; i < n; i++) {
      mt += t[i] / m;
      my += y[i] / m;
    }
    double sxx = 0;
    double sxy = 0;
    for (int i = from; i < n; i++) {
      sxx += (t[i] - mt) * (t[i] - mt);
      sxy += (t[i] - mt) * (y[i] - my);
    }
    return sxx > 0 ? sxy / sxx : Double.NaN;
  }

  private static double sigmoid(double a) {
    return 1 / (1 + Math.exp(-a));
  }

  private static double logit(double p) {
    double c = Math.min(1 - 1e-6, Math.max(1e-6, p));
    return Math.log(c / (1 - c));
  }

  /** y(t) of an S-curve at its (internal) parameters; K already in y's units. */
  @FunctionalInterface
  private interface SFunction {
    double value(double k, double[] p, double t);
  }

  private static final SFunction LOGISTIC_VALUE = (k, p, t) -> k / (1 + Math.exp(-Math.exp(p[1]) * (t - p[2])));
  private static final SFunction GOMPERTZ_VALUE = (k, p, t) -> k * Math.exp(-Math.exp(-Math.exp(p[1]) * (t - p[2])));
  private static final SFunction BASS_VALUE = (k, p, t) -> {
    double x = t - p[3];
    if (x <= 0) {
      return 0;
    }
    double pp = Math.exp(p[1]);
    double qq = Math.exp(p[2]);
    double e = Math.exp(-(pp + qq) * x);
    return k * (1 - e) / (1 + (qq / pp) * e);
  };

  /** The S-curve of a model name, looked up once per fit rather than once per evaluation. */
  private static SFunction sFunction(String model) {
    switch (model) {
      case LOGISTIC:
        return LOGISTIC_VALUE;
      case GOMPERTZ:
        return GOMPERTZ_VALUE;
      case BASS:
        return BASS_VALUE;
      default:
        throw new IllegalArgumentException("not an S-curve: " + model);
    }
  }

  private static Curve sCurve(String model, double[] t, double[] y, Bounds b, double[] warm) {
    int n = t.length;
    double max = 0;
    for (double v : y) {
      max = Math.max(max, v);
    }
    if (!(max > 0) || !(t[n - 1] > t[0]) || b == null) {
      return null;
    }
    // Scaled so that the largest value is 1: the optimiser sees the same problem at every magnitude.
    double kMin = b.kMin / max;
    double kMax = b.kMax / max;
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      ys[i] = y[i] / max;
    }
    double tFirst = t[0];
    double tLast = t[n - 1];
    double[][] starts;
    if (BASS.equals(model)) {
      starts = new double[][] {
          {0, Math.log(0.01), Math.log(0.4), tFirst - 1}, {-2, Math.log(0.03), Math.log(0.6), tFirst - 0.5}};
    } else {
      starts = new double[][] {{0, 0, tLast}, {-2, Math.log(0.5), (tFirst + tLast) / 2}, {0, Math.log(0.5), tLast + 2}};
    }
    Optimum best = null;
    if (warm != null) {
      best = optimise(model, t, ys, kMin, kMax, warm);
    }
    for (double[] s : starts) {
      Optimum o = optimise(model, t, ys, kMin, kMax, s);
      if (o != null && (best == null || o.getCost() < best.getCost())) {
        best = o;
      }
    }
    if (best == null) {
      return null;
    }
    double[] p = best.getPoint().toArray();
    for (double v : p) {
      if (!Double.isFinite(v)) {
        return null;
      }
    }
    double tOffset = BASS.equals(model) ? p[3] : p[2];
    if (tOffset < tFirst - 100 || tOffset > tLast + 100) {
      return null;
    }
    double k = (kMin + (kMax - kMin) * sigmoid(p[0])) * max;
    double rate = BASS.equals(model) ? Math.exp(p[1]) + Math.exp(p[2]) : Math.exp(p[1]);
    double[] params = p.clone();
    SFunction f = sFunction(model);
    return new Curve(model, k, rate, tOffset, params, x -> f.value(k, params, x));
  }

  private static Optimum optimise(String model, double[] t, double[] ys, double kMin, double kMax, double[] start) {
    int np = start.length;
    SFunction f = sFunction(model);
    MultivariateJacobianFunction fn = point -> {
      double[] p = point.toArray();
      RealVector values = new ArrayRealVector(t.length);
      Array2DRowRealMatrix jac = new Array2DRowRealMatrix(t.length, np);
      double k = kMin + (kMax - kMin) * sigmoid(p[0]);
      for (int i = 0; i < t.length; i++) {
        values.setEntry(i, f.value(k, p, t[i]));
      }
      // Central differences: the same code serves the three curves, and the problems are tiny.
      for (int j = 0; j < np; j++) {
        double h = 1e-6 * Math.max(1, Math.abs(p[j]));
        double[] up = p.clone();
        double[] down = p.clone();
        up[j] += h;
        down[j] -= h;
        double ku = kMin + (kMax - kMin) * sigmoid(up[0]);
        double kd = kMin + (kMax - kMin) * sigmoid(down[0]);
        for (int i = 0; i < t.length; i++) {
          jac.setEntry(i, j, (f.value(ku, up, t[i]) - f.value(kd, down, t[i])) / (2 * h));
        }
      }
      return new Pair<>(values, jac);
    };
    try {
      LeastSquaresBuilder lb = new LeastSquaresBuilder()
          .start(start).model(fn).target(ys).maxEvaluations(2_000).maxIterations(2_000);
      // Recent points weigh more (discounted least squares): the curve is for forecasting, not for history.
      double[] w = new double[t.length];
      for (int i = 0; i < t.length; i++) {
        w[i] = Math.pow(0.5, (t[t.length - 1] - t[i]) / HALF_LIFE_YEARS);
      }
      lb.weight(new org.apache.commons.math3.linear.DiagonalMatrix(w));
      Optimum o = new LevenbergMarquardtOptimizer().optimize(lb.build());
      return Double.isFinite(o.getCost()) ? o : null;
    } catch (RuntimeException e) {
      // No convergence, a degenerate Jacobian: this start failed.
      return null;
    }
  }

  /** Start values from a K already in y's units (the warm start of a later origin). */
  static double[] warmStart(Curve c, Bounds b) {
    if (c == null || c.params == null || b == null) {
      return null;
    }
    double[] p = c.params.clone();
    p[0] = logit((c.k - b.kMin) / (b.kMax - b.kMin));
    return p;
  }
}
