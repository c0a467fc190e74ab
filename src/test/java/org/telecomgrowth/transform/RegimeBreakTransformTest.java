package org.telecomgrowth.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.telecomgrowth.transform.Fixtures.d;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Breaks from the acts of events' sentences (our own sentences), per service, collapsed across documents. */
class RegimeBreakTransformTest extends TransformTestBase {

  /** An event row as the extractor writes it: dated by the sentence's first date, whatever its act. */
  private static Row event(String doc, int idx, String firstDate, String category, String sentence) {
    return RowFactory.create(doc, d(firstDate), d(firstDate.substring(0, 4) + "-12-31"), category, "Lead", idx,
        sentence, idx * 100, idx * 100 + sentence.length());
  }

  private static final String SUSPENSION = "Telephone network: wireless cellular service, opened to users in 2003, "
      + "suspended in 2006; a joint venture launched mobile service on May 14, 2010";
  private static final String JAMMING = "Broadcasting: the state forbids tuning in to outside stations and jams "
      + "them (2011)";

  private Dataset<Row> events() {
    return Fixtures.frame(session(), Fixtures.EVENTS,
        // Three editions repeat the suspension; one states the jamming; one, a ban with its end.
        event("x_2011", 2, "2003-01-01", "ban", SUSPENSION),
        event("x_2012", 3, "2003-01-01", "ban", SUSPENSION),
        event("x_2013", 3, "2003-01-01", "link", SUSPENSION),
        event("x_2013", 4, "2011-01-01", "ban", JAMMING),
        event("y_2015", 1, "2007-01-01", "ban", "The regime banned internet cafes from 2007 to 2009."));
  }

  private Dataset<Row> documents() {
    StructType schema = Fixtures.DOCUMENTS;
    return session().createDataFrame(List.of(
        RowFactory.create("x_2011", "x_2011.txt", "X 2011", "XYZ", 1000, 10, 5, 2),
        RowFactory.create("x_2012", "x_2012.txt", "X 2012", "XYZ", 1000, 10, 5, 2),
        RowFactory.create("x_2013", "x_2013.txt", "X 2013", "XYZ", 1000, 10, 5, 2),
        RowFactory.create("y_2015", "y_2015.txt", "Y 2015", "YYY", 1000, 10, 5, 2)), schema);
  }

  @Test
  void breaksAreActsOfAServiceDatedAtTheActOnceWithAllTheirEvidence() {
    Dataset<Row> breaks = RegimeBreakTransform.breaks(events(), documents());
    String mobile = BreakActs.metricsOf("mobile");
    String internet = BreakActs.metricsOf("internet");
    assertTable(List.of("country_iso3", "service", "metrics", "break_date", "kind", "ban_start", "ban_end",
        "evidence_ref", "documents"), List.of(
        row("XYZ", "mobile", mobile, d("2006-01-01"), "ban_start", d("2006-01-01"), d("2010-05-13"),
            "x_2011#2;x_2012#3;x_2013#3", 3),
        row("XYZ", "mobile", mobile, d("2010-05-14"), "ban_end+relaunch", d("2006-01-01"), d("2010-05-13"),
            "x_2011#2;x_2012#3;x_2013#3", 3),
        row("YYY", "internet", internet, d("2007-01-01"), "ban_start", d("2007-01-01"), d("2009-12-31"),
            "y_2015#1", 1),
        row("YYY", "internet", internet, d("2010-01-01"), "ban_end", d("2007-01-01"), d("2009-12-31"),
            "y_2015#1", 1)),
        breaks, "country_iso3", "break_date");
  }

  @Test
  void aBreakCutsOnlyTheSeriesOfItsServiceAndCountry() {
    StructType schema = new StructType().add("series_id", DataTypes.StringType)
        .add("country_iso3", DataTypes.StringType).add("metric", DataTypes.StringType)
        .add("date", DataTypes.DateType);
    Dataset<Row> points = session().createDataFrame(List.of(
        row("a", "XYZ", "mobile_subscribers", d("2004-07-02")), row("a", "XYZ", "mobile_subscribers",
            d("2011-07-02")), row("a", "XYZ", "mobile_subscribers", d("2012-07-02")),
        row("b", "XYZ", "mobile_subscribers", d("2012-07-02")),
        row("c", "XYZ", "radio_sets", d("2004-07-02")), row("c", "XYZ", "radio_sets", d("2012-07-02")),
        row("d", "KOR", "mobile_subscribers", d("2004-07-02")), row("d", "KOR", "mobile_subscribers",
            d("2012-07-02"))), schema);

    Dataset<Row> segmented = RegimeBreakTransform.segments(points, RegimeBreakTransform.breaks(events(),
        documents()));

    assertTable(List.of("series_id", "country_iso3", "metric", "date", "segment"), List.of(
        row("a", "XYZ", "mobile_subscribers", d("2004-07-02"), 0),
        row("a", "XYZ", "mobile_subscribers", d("2011-07-02"), 1),
        row("a", "XYZ", "mobile_subscribers", d("2012-07-02"), 1),
        row("b", "XYZ", "mobile_subscribers", d("2012-07-02"), 0),
        row("c", "XYZ", "radio_sets", d("2004-07-02"), 0), row("c", "XYZ", "radio_sets", d("2012-07-02"), 0),
        row("d", "KOR", "mobile_subscribers", d("2004-07-02"), 0),
        row("d", "KOR", "mobile_subscribers", d("2012-07-02"), 0)),
        segmented, "series_id", "date");
  }

  @Test
  void aBreakFrameWithoutMetricsAppliesToEveryMetric() {
    StructType schema = new StructType().add("series_id", DataTypes.StringType)
        .add("country_iso3", DataTypes.StringType).add("metric", DataTypes.StringType)
        .add("date", DataTypes.DateType);
    Dataset<Row> points = session().createDataFrame(List.of(
        row("c", "XYZ", "radio_sets", d("2004-07-02")), row("c", "XYZ", "radio_sets", d("2012-07-02"))), schema);
    Dataset<Row> blind = session().createDataFrame(List.of(row("XYZ", d("2008-01-01"))), new StructType()
        .add("country_iso3", DataTypes.StringType).add(RegimeBreakTransform.BREAK_DATE, DataTypes.DateType));
    List<Row> got = RegimeBreakTransform.segments(points, blind).orderBy("date").select("segment")
        .collectAsList();
    assertEquals(List.of(row(0), row(1)), got);
  }
}
