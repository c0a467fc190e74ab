package org.telecomgrowth.transform;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.telecomgrowth.transform.Fixtures.d;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class AdoptionFitTransformTest extends TransformTestBase {

  private static final StructType POINTS = new StructType()
      .add("series_id", DataTypes.StringType).add("country_iso3", DataTypes.StringType)
      .add("metric", DataTypes.StringType).add("scope", DataTypes.StringType).add("source", DataTypes.StringType)
      .add("date", DataTypes.DateType).add("value", DataTypes.DoubleType).add("unit", DataTypes.StringType)
      .add("segment", DataTypes.IntegerType);
  private static final StructType BREAKS = new StructType()
      .add("country_iso3", DataTypes.StringType).add(RegimeBreakTransform.BREAK_DATE, DataTypes.DateType);

  private static Row p(String source, LocalDate date, double value, int segment) {
    return row("PRK|m|national|" + source, "PRK", "m", "national", source, java.sql.Date.valueOf(date), value,
        "count", segment);
  }

  private Dataset<Row> fit(List<Row> points, Row... breaks) {
    Dataset<Row> series = session().createDataFrame(points, POINTS);
    return AdoptionFitTransform.fit(AdoptionFitTransform.fitInputs(series,
        session().createDataFrame(List.of(breaks), BREAKS)));
  }

  @Test
  void recoversTheParametersOfAnExactLogisticWithItsCurve() {
    double k = 1000;
    double r = 0.8;
    double t0 = 5;
    LocalDate first = LocalDate.of(2008, 7, 2);
    List<Row> points = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      LocalDate date = first.plusYears(i);
      double t = ChronoUnit.DAYS.between(first, date) / 365.25;
      points.add(p("", date, k / (1 + Math.exp(-r * (t - t0))), 0));
    }

    List<Row> curve = fit(points).orderBy("date").collectAsList();

    assertEquals(8 + AdoptionFitTransform.FORECAST_YEARS, curve.size());
    for (int i = 0; i < curve.size(); i++) {
      Row c = curve.get(i);
      assertEquals("ok", c.getAs("fit_status"));
      assertEquals("series", c.getAs("fit_scope"));
      assertEquals(8, c.<Integer>getAs("n_points"));
      assertEquals(k, c.<Double>getAs("k"), 1e-3);
      assertEquals(r, c.<Double>getAs("r"), 1e-6);
      assertEquals(d(first.plusDays(Math.round(t0 * 365.25)).toString()), c.getAs("t0"));
      assertEquals(1.0, c.<Double>getAs("r2"), 1e-9);
      assertEquals(0.0, c.<Double>getAs("rmse"), 1e-3);
      LocalDate date = first.plusYears(i);
      assertEquals(d(date.toString()), c.getAs("date"));
      double t = ChronoUnit.DAYS.between(first, date) / 365.25;
      assertEquals(k / (1 + Math.exp(-r * (t - t0))), c.<Double>getAs("fitted_value"), 1e-3);
      assertEquals(i >= 8, c.<Boolean>getAs("forecast"));
    }
  }

  @Test
  void fewerThanFourPointsGiveOneRowSayingSo() {
    Dataset<Row> rows = fit(List.of(p("Orascom", LocalDate.of(2010, 12, 16), 432000, 0),
        p("Orascom", LocalDate.of(2011, 9, 15), 809000, 0), p("Orascom", LocalDate.of(2012, 2, 15), 1000000, 0)));
    assertTable(TransformColumns.ADOPTION_FIT_COLUMNS, List.of(
        row("PRK|m|national|Orascom", "PRK", "m", "national", "series", "too_few_points", 3, null, null, null, null,
            null, null, null, null)),
        rows, "series_id");
  }

  @Test
  void sinceBreakPoolsEverySourceAfterTheLastBreak() {
    List<Row> points = List.of(
        p("", LocalDate.of(2003, 11, 15), 20000, 0), p("", LocalDate.of(2010, 5, 16), 120000, 1),
        p("", LocalDate.of(2011, 8, 16), 660000, 1), p("", LocalDate.of(2013, 4, 15), 2000000, 1),
        p("Orascom", LocalDate.of(2010, 12, 16), 432000, 0), p("Orascom", LocalDate.of(2012, 2, 15), 1000000, 0));

    Dataset<Row> fits = fit(points, row("PRK", d("2004-01-01")), row("PRK", d("2008-12-01")));

    List<Row> since = fits.filter(col("fit_scope").equalTo("since_break")).orderBy("date").collectAsList();
    assertEquals("PRK|m|national|*", since.get(0).getAs("series_id"));
    // The 2003 point lies before the December 2008 break; the five after it come from both sources.
    assertEquals(5, since.get(0).<Integer>getAs("n_points"));
    assertEquals(d("2010-05-16"), since.get(0).getAs("date"));
    List<Row> perSeries = fits.filter(col("fit_scope").equalTo("series")).select("series_id", "n_points")
        .distinct().orderBy("series_id").collectAsList();
    assertEquals(List.of(row("PRK|m|national|", 4), row("PRK|m|national|Orascom", 2)), perSeries);
  }

  @Test
  void fitStatusInsteadOfAFailureForAFlatSeries() {
    LogisticFit f = LogisticFit.fit(new double[] {0, 1, 2, 3}, new double[] {0, 0, 0, 0});
    assertEquals(LogisticFit.NOT_CONVERGED, f.status);
    assertNull(f.r2);
  }
}
