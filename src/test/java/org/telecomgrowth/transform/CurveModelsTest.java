package org.telecomgrowth.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class CurveModelsTest {

  private static final CurveModels.Bounds WIDE = new CurveModels.Bounds(10, 1000);

  private static double[] grid(int n, double from) {
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = from + i;
    }
    return t;
  }

  private static double[] apply(double[] t, DoubleUnaryOperator f) {
    double[] y = new double[t.length];
    for (int i = 0; i < t.length; i++) {
      y[i] = f.applyAsDouble(t[i]);
    }
    return y;
  }

  @Test
  void logisticRecoversItsParametersWithinTheBounds() {
    double[] t = grid(10, 40);
    double[] y = apply(t, x -> 120 / (1 + Math.exp(-0.9 * (x - 45))));
    CurveModels.Curve c = CurveModels.fit(CurveModels.LOGISTIC, t, y, WIDE, null);
    assertNotNull(c);
    assertEquals(120, c.k, 1e-3);
    assertEquals(0.9, c.r, 1e-4);
    assertEquals(45, c.t0, 1e-3);
    assertEquals(120 / (1 + Math.exp(-0.9 * 7)), c.valueAt(52), 1e-3);
  }

  @Test
  void gompertzRecoversItsParameters() {
    double[] t = grid(10, 40);
    double[] y = apply(t, x -> 150 * Math.exp(-Math.exp(-0.6 * (x - 44))));
    CurveModels.Curve c = CurveModels.fit(CurveModels.GOMPERTZ, t, y, WIDE, null);
    assertNotNull(c);
    assertEquals(150, c.k, 1e-2);
    assertEquals(0.6, c.r, 1e-4);
    assertEquals(44, c.t0, 1e-3);
  }

  @Test
  void bassRecoversItsCurve() {
    double p = 0.02;
    double q = 0.5;
    double[] t = grid(12, 40);
    DoubleUnaryOperator bass = x -> {
      double e = Math.exp(-(p + q) * (x - 38));
      return 100 * (1 - e) / (1 + (q / p) * e);
    };
    double[] y = apply(t, bass);
    CurveModels.Curve c = CurveModels.fit(CurveModels.BASS, t, y, WIDE, null);
    assertNotNull(c);
    assertEquals(100, c.k, 1);
    assertEquals(bass.applyAsDouble(55), c.valueAt(55), 1);
  }

  @Test
  void saturationNeverLeavesItsBoundsEvenWhenTheDataWantMore() {
    // Exponential growth without a bend: an unbounded logistic would put K far above the data.
    double[] t = grid(8, 40);
    double[] y = apply(t, x -> Math.exp(0.5 * (x - 40)));
    CurveModels.Bounds b = new CurveModels.Bounds(60, 200);
    for (String m : new String[] {CurveModels.LOGISTIC, CurveModels.GOMPERTZ, CurveModels.BASS}) {
      CurveModels.Curve c = CurveModels.fit(m, t, y, b, null);
      if (c != null) {
        assertTrue(c.k >= 60 - 1e-9 && c.k <= 200 + 1e-9, m + " K " + c.k);
        assertTrue(c.valueAt(100) <= 200 + 1e-6, m);
      }
    }
  }

  @Test
  void dampedTrendFlattensAndStaysWithinTheCap() {
    double[] t = {40, 41, 42, 43};
    double[] y = {10, 20, 30, 40};
    CurveModels.Curve c = CurveModels.fit(CurveModels.DAMPED_TREND, t, y, new CurveModels.Bounds(0, 70), null);
    assertEquals(40 + 10 * 0.8, c.valueAt(44), 1e-9);
    assertEquals(40 + 10 * (0.8 + 0.64), c.valueAt(45), 1e-9);
    // The sum of damped steps tends to 10 * 0.8 / 0.2 = 40 more; the cap of 70 holds first.
    assertEquals(70, c.valueAt(80), 1e-9);
  }

  @Test
  void naiveBaselines() {
    double[] t = {40, 41, 43};
    double[] y = {5, 8, 12};
    assertEquals(12, CurveModels.fit(CurveModels.NAIVE_LAST, t, y, null, null).valueAt(50), 0);
    assertEquals(12 + 2 * 3, CurveModels.fit(CurveModels.NAIVE_DRIFT, t, y, null, null).valueAt(46), 1e-9);
    // A falling drift stops at zero.
    assertEquals(0, CurveModels.fit(CurveModels.NAIVE_DRIFT, t, new double[] {9, 8, 2}, null, null).valueAt(60), 0);
  }

  @Test
  void tooFewPointsOrAFlatZeroSeriesGiveNoCurve() {
    assertNull(CurveModels.fit(CurveModels.LOGISTIC, new double[] {1, 2, 3}, new double[] {1, 2, 3}, WIDE, null));
    assertNull(CurveModels.fit(CurveModels.BASS, grid(4, 1), new double[] {1, 2, 3, 4}, WIDE, null));
    assertNull(CurveModels.fit(CurveModels.GOMPERTZ, grid(5, 1), new double[5], WIDE, null));
  }

  @Test
  void thetaIsSimpleSmoothingPlusHalfTheTrend() {
    // A steady climb: smoothing keeps the last value (alpha 1) and adds half the least-squares slope a year.
    // statsmodels' ThetaModel gives 22.986 and 24.971 one and two steps ahead.
    double[] t = grid(6, 40);
    double[] y = {2, 5, 9, 14, 18, 21};
    CurveModels.Curve c = CurveModels.fit(CurveModels.THETA, t, y, null, null);
    assertEquals(22.986, c.valueAt(46), 0.01);
    assertEquals(24.971, c.valueAt(47), 0.01);
    // A noisy level: smoothing averages (statsmodels: alpha 0.632, 13.507 one step ahead, +0.25 a step).
    double[] noisy = {10, 12, 11, 13, 12, 14, 13};
    CurveModels.Curve n = CurveModels.fit(CurveModels.THETA, grid(7, 40), noisy, null, null);
    assertEquals(13.507, n.valueAt(47), 0.02);
    assertEquals(0.25, n.valueAt(48) - n.valueAt(47), 1e-9);
  }

  @Test
  void arimaDriftCarriesTheMeanChangeAndFadesTheLastDeviation() {
    // Changes 2, 4, 2, 4, 2: mean 2.8, deviations -0.8, 1.2, ...: lag-one autocorrelation -3.84 / 4.8 = -0.8.
    double[] t = grid(6, 40);
    double[] y = {0, 2, 6, 8, 12, 14};
    CurveModels.Curve c = CurveModels.fit(CurveModels.ARIMA_DRIFT, t, y, null, null);
    double dev = 2 - 2.8;
    double first = 2.8 + dev * -0.8;
    double second = 2.8 + dev * 0.64;
    assertEquals(14 + first, c.valueAt(46), 1e-9);
    assertEquals(14 + first + second, c.valueAt(47), 1e-9);
    // Half a year takes half of the next year's change.
    assertEquals(14 + first + second / 2, c.valueAt(46.5), 1e-9);
    assertNull(CurveModels.fit(CurveModels.ARIMA_DRIFT, grid(3, 40), new double[] {1, 2, 3}, null, null));
  }

  @Test
  void theCombinationIsTheMedianOfThetaDampedTrendAndDrift() {
    double[] t = grid(6, 40);
    double[] y = {2, 5, 9, 14, 18, 21};
    CurveModels.Curve comb = CurveModels.fit(CurveModels.COMBINATION, t, y, null, null);
    for (double x : new double[] {46, 47, 49}) {
      double[] v = {CurveModels.fit(CurveModels.THETA, t, y, null, null).valueAt(x),
          CurveModels.fit(CurveModels.DAMPED_TREND, t, y, null, null).valueAt(x),
          CurveModels.fit(CurveModels.NAIVE_DRIFT, t, y, null, null).valueAt(x)};
      java.util.Arrays.sort(v);
      assertEquals(v[1], comb.valueAt(x), 1e-9, "at " + x);
    }
  }
}
