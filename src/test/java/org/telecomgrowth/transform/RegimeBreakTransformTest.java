package org.telecomgrowth.transform;

import static org.telecomgrowth.transform.Fixtures.d;
import static org.telecomgrowth.transform.Fixtures.event;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class RegimeBreakTransformTest extends TransformTestBase {

  private Dataset<Row> breaks() {
    Dataset<Row> events = Fixtures.frame(session(), Fixtures.EVENTS,
        event("launch", "2002-11-01", "2002-11-30", 1),
        event("ban", "2004-01-01", "2008-12-31", 2),
        event("launch", "2008-12-01", "2008-12-31", 3),
        event("agreement", "2006-05-01", "2006-05-31", 4),
        // a later launch (a new service) is history, not another regime
        event("launch", "2016-08-01", "2016-08-31", 5));
    return RegimeBreakTransform.breaks(events, Fixtures.documents(session(), "PRK"));
  }

  @Test
  void aBanAndTheRelaunchThatEndsItAreBreaksEarlierAndLaterLaunchesAreNot() {
    List<Row> got = breaks().orderBy(RegimeBreakTransform.BREAK_DATE).collectAsList();
    org.junit.jupiter.api.Assertions.assertEquals(
        List.of(row("PRK", d("2004-01-01")), row("PRK", d("2008-12-01"))), got);
  }

  @Test
  void segmentsAreCountedPerSeries() {
    StructType schema = new StructType().add("series_id", DataTypes.StringType)
        .add("country_iso3", DataTypes.StringType).add("date", DataTypes.DateType);
    Dataset<Row> points = session().createDataFrame(List.of(
        row("a", "PRK", d("2003-11-15")), row("a", "PRK", d("2010-05-16")), row("a", "PRK", d("2011-08-16")),
        row("b", "PRK", d("2011-08-16")), row("c", "KOR", d("2003-11-15")), row("c", "KOR", d("2010-05-16"))),
        schema);

    Dataset<Row> segmented = RegimeBreakTransform.segments(points, breaks());

    assertTable(List.of("series_id", "country_iso3", "date", "segment"), List.of(
        row("a", "PRK", d("2003-11-15"), 0), row("a", "PRK", d("2010-05-16"), 1),
        row("a", "PRK", d("2011-08-16"), 1), row("b", "PRK", d("2011-08-16"), 0),
        row("c", "KOR", d("2003-11-15"), 0), row("c", "KOR", d("2010-05-16"), 0)),
        segmented, "series_id", "date");
  }
}
