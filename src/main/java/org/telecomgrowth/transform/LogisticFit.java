package org.telecomgrowth.transform;

import java.io.Serializable;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer.Optimum;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * Least-squares fit of the logistic V(t) = K / (1 + e^(-r (t - t0))) with Commons Math's Levenberg-Marquardt
 * optimiser; t in years, values scaled by their maximum so the problem is well conditioned.
 *
 * <p>Bounds are kept by the parameterisation rather than by clipping: K = max * (1 + e^a) &gt; max &gt; 0 and
 * r = e^b &gt; 0, so every iterate is a sensible curve. Several starts (K ~ 2 max, r ~ 1/yr and 0.5/yr, t0 at the
 * last and the middle date and two years past the last) guard against a local minimum; the best converged one
 * wins. A result with K above {@value #MAX_K_RATIO} times the largest value or t0 more than {@value #MAX_T0_YEARS}
 * years away from the data says the points are still exponential and do not pin down a ceiling: not_converged.
 */
public final class LogisticFit implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String OK = "ok";
  public static final String TOO_FEW_POINTS = "too_few_points";
  public static final String NOT_CONVERGED = "not_converged";
  public static final int MIN_POINTS = 4;
  static final double MAX_K_RATIO = 1000;
  static final double MAX_T0_YEARS = 100;

  public final String status;
  public final double k;
  public final double r;
  public final double t0;
  /** Null when the values do not vary (R² undefined). */
  public final Double r2;
  public final double rmse;

  private LogisticFit(String status, double k, double r, double t0, Double r2, double rmse) {
    this.status = status;
    this.k = k;
    this.r = r;
    this.t0 = t0;
    this.r2 = r2;
    this.rmse = rmse;
  }

  static LogisticFit failed(String status) {
    return new LogisticFit(status, Double.NaN, Double.NaN, Double.NaN, null, Double.NaN);
  }

  public boolean ok() {
    return OK.equals(status);
  }

  /** The fitted curve at t (years). */
  public double valueAt(double t) {
    return logistic(k, r, t0, t);
  }

  static double logistic(double k, double r, double t0, double t) {
    return k / (1 + Math.exp(-r * (t - t0)));
  }

  /** Fits t (years, ascending or not) against v. */
  public static LogisticFit fit(double[] t, double[] v) {
    int n = t.length;
    if (n < MIN_POINTS) {
      return failed(TOO_FEW_POINTS);
    }
    double max = Double.NEGATIVE_INFINITY;
    double tMin = Double.POSITIVE_INFINITY;
    double tMax = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      max = Math.max(max, v[i]);
      tMin = Math.min(tMin, t[i]);
      tMax = Math.max(tMax, t[i]);
    }
    if (!(max > 0) || !(tMax > tMin)) {
      return failed(NOT_CONVERGED);
    }
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = v[i] / max;
    }
    Optimum best = null;
    double[][] starts = {
        {0, 0, tMax}, {0, Math.log(0.5), tMax}, {0, 0, (tMin + tMax) / 2}, {0, Math.log(0.5), tMax + 2}};
    for (double[] start : starts) {
      Optimum o = optimise(t, y, start);
      if (o != null && (best == null || o.getCost() < best.getCost())) {
        best = o;
      }
    }
    if (best == null) {
      return failed(NOT_CONVERGED);
    }
    double[] p = best.getPoint().toArray();
    double kScaled = 1 + Math.exp(p[0]);
    double r = Math.exp(p[1]);
    double t0 = p[2];
    if (!Double.isFinite(kScaled) || !Double.isFinite(r) || !Double.isFinite(t0) || kScaled > MAX_K_RATIO
        || t0 < tMin - MAX_T0_YEARS || t0 > tMax + MAX_T0_YEARS) {
      return failed(NOT_CONVERGED);
    }
    double k = kScaled * max;
    double mean = 0;
    for (double x : v) {
      mean += x / n;
    }
    double ssRes = 0;
    double ssTot = 0;
    for (int i = 0; i < n; i++) {
      double e = v[i] - logistic(k, r, t0, t[i]);
      ssRes += e * e;
      ssTot += (v[i] - mean) * (v[i] - mean);
    }
    Double r2 = ssTot > 0 ? 1 - ssRes / ssTot : null;
    return new LogisticFit(OK, k, r, t0, r2, Math.sqrt(ssRes / n));
  }

  private static Optimum optimise(double[] t, double[] y, double[] start) {
    MultivariateJacobianFunction model = point -> {
      double a = point.getEntry(0);
      double k = 1 + Math.exp(a);
      double r = Math.exp(point.getEntry(1));
      double t0 = point.getEntry(2);
      RealVector values = new ArrayRealVector(t.length);
      Array2DRowRealMatrix jacobian = new Array2DRowRealMatrix(t.length, 3);
      for (int i = 0; i < t.length; i++) {
        // s = 1 / (1 + e^(-r (t - t0))) written so that a large exponent gives 0 or 1, never NaN.
        double s = 1 / (1 + Math.exp(-r * (t[i] - t0)));
        double ds = s * (1 - s);
        values.setEntry(i, k * s);
        jacobian.setEntry(i, 0, Math.exp(a) * s);
        jacobian.setEntry(i, 1, k * ds * (t[i] - t0) * r);
        jacobian.setEntry(i, 2, -k * ds * r);
      }
      return new Pair<>(values, jacobian);
    };
    LeastSquaresProblem problem = new LeastSquaresBuilder()
        .start(start)
        .model(model)
        .target(y)
        .maxEvaluations(10_000)
        .maxIterations(10_000)
        .build();
    try {
      Optimum o = new LevenbergMarquardtOptimizer().optimize(problem);
      return Double.isFinite(o.getCost()) ? o : null;
    } catch (RuntimeException e) {
      // Too many iterations, no convergence, a degenerate Jacobian: any of them means this start failed.
      return null;
    }
  }
}
