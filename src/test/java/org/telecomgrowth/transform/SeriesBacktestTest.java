package org.telecomgrowth.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SeriesBacktestTest {

  private static final SeriesBacktest.Saturation MOBILE = new SeriesBacktest.Saturation(60, 200, true);

  private static int day(int year) {
    return (int) LocalDate.of(year, 7, 1).toEpochDay();
  }

  /** A mobile series of a country of 10 million people, logistic in subscriptions per 100, 2000 to 2015. */
  private static double[][] series(int from, int to) {
    double[][] out = new double[2][to - from + 1];
    for (int y = from; y <= to; y++) {
      out[0][y - from] = day(y);
      out[1][y - from] = 1e7 * 1.1 / (1 + Math.exp(-0.7 * (y - 2008)));
    }
    return out;
  }

  private static int[] days(double[] d) {
    int[] out = new int[d.length];
    for (int i = 0; i < d.length; i++) {
      out[i] = (int) d[i];
    }
    return out;
  }

  private static final int[] POP_YEARS = {1995, 2000, 2005, 2010, 2015, 2020};
  private static final double[] POPS = {1e7, 1e7, 1e7, 1e7, 1e7, 1e7};

  @Test
  void everyOriginScoresEveryModelOnTheNextFiveYearsOnly() {
    double[][] s = series(2000, 2015);
    SeriesBacktest.Result r = SeriesBacktest.run(days(s[0]), s[1], POP_YEARS, POPS, MOBILE);
    // Origins need five points (2004 on) and a later point (up to 2014).
    List<Integer> origins = r.scored.stream().map(x -> x.origin).distinct().sorted().collect(Collectors.toList());
    assertEquals(2004, origins.get(0));
    assertEquals(2014, origins.get(origins.size() - 1));
    for (SeriesBacktest.Scored x : r.scored) {
      assertTrue(x.horizon >= 1 && x.horizon <= 5);
      assertEquals(x.origin + x.horizon, x.targetYear);
    }
    // Origin 2012: targets 2013, 2014, 2015 for each of the six models.
    assertEquals(3 * CurveModels.MODELS.size(), r.scored.stream().filter(x -> x.origin == 2012).count());
  }

  @Test
  void aForecastNeverSeesThePointsOrPopulationAfterItsOrigin() {
    double[][] s = series(2000, 2015);
    SeriesBacktest.Result base = SeriesBacktest.run(days(s[0]), s[1], POP_YEARS, POPS, MOBILE);
    double[] changed = s[1].clone();
    changed[changed.length - 1] *= 3; // 2015 tripled
    double[] pops = POPS.clone();
    pops[4] = 2e7; // population of 2015 doubled
    pops[5] = 3e7;
    SeriesBacktest.Result other = SeriesBacktest.run(days(s[0]), changed, POP_YEARS, pops, MOBILE);
    for (int i = 0; i < base.scored.size(); i++) {
      SeriesBacktest.Scored a = base.scored.get(i);
      SeriesBacktest.Scored b = other.scored.get(i);
      assertEquals(a.model + a.origin + a.horizon, b.model + b.origin + b.horizon);
      // Every origin (2004 to 2014) knows neither the 2015 point nor the population of 2015 and later.
      assertEquals(a.forecast, b.forecast, a.model + " at " + a.origin);
      if (a.targetYear < 2015) {
        assertEquals(a.actual, b.actual, 0);
      }
    }
  }

  @Test
  void aLogisticSeriesIsForecastWellByItsCurveAndBadlyByTheLastValue() {
    double[][] s = series(2000, 2015);
    SeriesBacktest.Result r = SeriesBacktest.run(days(s[0]), s[1], POP_YEARS, POPS, MOBILE);
    SeriesBacktest.OwnScore logistic = score(r, 2015, CurveModels.LOGISTIC);
    SeriesBacktest.OwnScore last = score(r, 2015, CurveModels.NAIVE_LAST);
    assertTrue(logistic.n >= 10);
    assertTrue(logistic.meanError < 0.05, "logistic " + logistic.meanError);
    assertTrue(last.meanError > 4 * logistic.meanError, "naive_last " + last.meanError);
  }

  @Test
  void ownScoresCountOnlyForecastsWhoseTargetHadPassed() {
    double[][] s = series(2000, 2015);
    SeriesBacktest.Result r = SeriesBacktest.run(days(s[0]), s[1], POP_YEARS, POPS, MOBILE);
    long byHand = r.scored.stream().filter(x -> x.model.equals(CurveModels.DAMPED_TREND) && x.targetYear <= 2008)
        .count();
    assertEquals(byHand, score(r, 2008, CurveModels.DAMPED_TREND).n);
    // Origin 2004's forecasts reach 2005 first: nothing had been scored by 2004.
    assertEquals(0, score(r, 2004, CurveModels.LOGISTIC).n);
  }

  @Test
  void finalCurvesRunFiveYearsPastTheLastPoint() {
    double[][] s = series(2000, 2015);
    SeriesBacktest.Result r = SeriesBacktest.run(days(s[0]), s[1], POP_YEARS, POPS, MOBILE);
    SeriesBacktest.FinalFit f = r.fits.stream().filter(x -> x.model.equals(CurveModels.LOGISTIC)).findFirst()
        .orElseThrow();
    assertTrue(f.per100);
    assertEquals(110, f.curve.k, 0.5); // per 100 inhabitants
    List<double[]> ahead = f.points.stream().filter(p -> p[2] > 0).collect(Collectors.toList());
    assertEquals(5, ahead.size());
    assertEquals(day(2020), (int) ahead.get(4)[0]);
    assertEquals(1e7 * 1.1 / (1 + Math.exp(-0.7 * 12)), ahead.get(4)[1], 1e7 * 0.01);
  }

  @Test
  void withoutAPopulationACountIsBoundedByItsOwnScale() {
    double[][] s = series(2000, 2015);
    SeriesBacktest.Result r = SeriesBacktest.run(days(s[0]), s[1], new int[0], new double[0], MOBILE);
    SeriesBacktest.FinalFit f = r.fits.stream().filter(x -> x.model.equals(CurveModels.LOGISTIC)).findFirst()
        .orElseThrow();
    assertFalse(f.per100);
    assertEquals(1.1e7, f.curve.k, 1e5);
  }

  @Test
  void theCombinationWithGompertzIsTheMedianOfItsMembersInTheSeriesUnits() {
    double[][] s = series(2000, 2015);
    SeriesBacktest.Result r = SeriesBacktest.run(days(s[0]), s[1], POP_YEARS, POPS, MOBILE);
    int checked = 0;
    for (SeriesBacktest.Scored x : r.scored) {
      if (!x.model.equals(CurveModels.COMBINATION_GOMPERTZ)) {
        continue;
      }
      double[] members = CurveModels.COMBINED_GOMPERTZ.stream().mapToDouble(m -> r.scored.stream()
          .filter(y -> y.model.equals(m) && y.origin == x.origin && y.horizon == x.horizon).findFirst()
          .orElseThrow().forecast).sorted().toArray();
      assertEquals((members[1] + members[2]) / 2, x.forecast, 1e-6 * x.actual, "origin " + x.origin);
      checked++;
    }
    assertTrue(checked > 20, "combined forecasts: " + checked);
  }

  private static SeriesBacktest.OwnScore score(SeriesBacktest.Result r, int origin, String model) {
    return r.own.stream().filter(o -> o.origin == origin && o.model.equals(model)).findFirst().orElseThrow();
  }
}
