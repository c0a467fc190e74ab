package org.telecomgrowth.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import org.junit.jupiter.api.Assertions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.telecomgrowth.SparkTestBase;

/** Chart datasets built from hand-made seed rows, checked without rendering. */
class ChartDataTest extends SparkTestBase {

  private ReportInputs inputs() {
    return new ReportInputs(ReportFixtures.tables(session(), false));
  }

  @Test
  void subscribersHaveOneLinePerSourceBoundMarkersFitAndBanBand() {
    ReportInputs in = inputs();
    SubscriberChartData d = SubscriberChartData.from("mobile_subscribers", in.series("mobile_subscribers"),
        in.fits("mobile_subscribers"), in.breaks());

    assertEquals(List.of("Orascom", "no named source"), d.lines().stream().map(SubscriberChartData.Line::label)
        .toList());
    SubscriberChartData.Line orascom = d.lines().get(0);
    SubscriberChartData.Line text = d.lines().get(1);
    assertEquals(List.of(432000.0, 809000.0, 1000000.0), orascom.points().stream()
        .map(SubscriberChartData.Point::value).toList());
    assertEquals(7, text.points().size());
    assertEquals(LocalDate.of(2003, 11, 15), text.points().get(0).date());
    assertEquals(LocalDate.of(2015, 7, 2), text.points().get(6).date());

    // The two "more than" figures, and only they, are drawn with the lower-bound triangle.
    List<Double> lowerBounds = new ArrayList<>();
    for (SubscriberChartData.Point p : d.allPoints()) {
      if (ReportCharts.markerFor(p) == ReportCharts.LOWER_BOUND) {
        lowerBounds.add(p.value());
      } else {
        assertSame(ReportCharts.POINT, ReportCharts.markerFor(p));
      }
    }
    assertEquals(List.of(120000.0, 1000000.0), lowerBounds);

    assertNotNull(d.fit());
    assertEquals("since_break", d.fit().fitScope());
    assertEquals(17.0, d.fit().k(), 1e-9);
    assertEquals("logistic", d.fit().model());
    assertEquals("prior_backtest", d.fit().choiceBasis());
    List<SubscriberChartData.CurvePoint> ahead = d.fit().points().stream()
        .filter(SubscriberChartData.CurvePoint::forecast).toList();
    assertEquals(5, ahead.size());
    Assertions.assertTrue(ahead.stream().allMatch(p -> p.date().isAfter(LocalDate.of(2015, 7, 2))
        && p.hasInterval() && p.lower80() < p.value() && p.value() < p.upper80()));
    // The caption names the model, why it was chosen, each forecast with its interval, and the backtest error.
    String caption = Captions.subscribers(d);
    Assertions.assertTrue(caption.contains("logistic fit, all sources since the last break"), caption);
    Assertions.assertTrue(caption.contains("mean error 12 % against 18 % for the better naive baseline"), caption);
    Assertions.assertTrue(caption.contains("Jul 2016"), caption);
    Assertions.assertTrue(caption.contains("5 % at 1 year, 10 % at 2 years"), caption);

    assertEquals(1, d.bands().size());
    assertEquals(LocalDate.of(2004, 1, 1), d.bands().get(0).start());
    assertEquals(LocalDate.of(2008, 12, 31), d.bands().get(0).end());
    assertEquals("ban 2004\u20132008", d.bands().get(0).label());
  }

  @Test
  void growthBarsOmitBreakCrossingPairsAndMarkBounds() {
    GrowthChartData d = GrowthChartData.from("mobile_subscribers", inputs().growth("mobile_subscribers"));

    assertEquals(1, d.omittedCrossingBreak());
    // Pairs under a year carry a flag in growth and are not drawn as annual rates.
    assertEquals(5, d.omittedFlagged());
    assertEquals(4, d.bars().size(), "2 pairs over a year and 2 segments");
    assertEquals(2, d.bars().stream().filter(b -> b.kind().equals("pair")).count());
    Assertions.assertTrue(d.bars().stream().noneMatch(b -> b.from().getYear() == 2003), "the pair across the ban is left out");
    // 809,000 -> 1,000,000 over 153 days is not drawn; the Orascom segment to "exceeding one million" is, as a bound.
    Assertions.assertTrue(d.bars().stream().noneMatch(b -> b.kind().equals("pair")
        && b.to().equals(LocalDate.of(2012, 2, 15))));
    GrowthChartData.Bar toMillion = d.bars().stream()
        .filter(b -> b.kind().equals("segment") && b.to().equals(LocalDate.of(2012, 2, 15))).findFirst().orElseThrow();
    assertEquals("Orascom: Dec 2010 \u2192 Feb 2012 (segment)", toMillion.label());
    Assertions.assertTrue(toMillion.lowerBound());
    Assertions.assertTrue(ReportCharts.growthLabel(toMillion).startsWith("\u2265"));
    assertEquals(d.bars().size(), d.bars().stream().map(GrowthChartData.Bar::label).distinct().count());
  }

  @Test
  void householdBarsPerItemYearAndScope() {
    HouseholdChartData d = HouseholdChartData.from(inputs().penetration());

    assertEquals(List.of("TV set", "mobile phone", "computer", "intranet access", "intranet access"),
        d.bars().stream().map(HouseholdChartData.Bar::item).toList());
    assertEquals(List.of(98.0, 69.0, 19.0, 1.0, 5.0), d.bars().stream().map(HouseholdChartData.Bar::percent)
        .toList());
    assertEquals("2017 \u00b7 Pyongyang", d.bars().get(4).group());
    assertEquals("2017 \u00b7 national", d.bars().get(0).group());
  }

  @Test
  void per100LinesFromDerivedPenetration() {
    PenetrationChartData d = PenetrationChartData.from(inputs().penetration());

    assertEquals(List.of("fixed lines", "mobile subscribers"), d.lines().stream()
        .map(PenetrationChartData.Line::label).toList());
    PenetrationChartData.Line mobile = d.lines().get(1);
    assertEquals(7, mobile.points().size());
    assertEquals(3_000_000.0 / 25575350 * 100, mobile.points().get(6).value(), 1e-9);
    assertEquals(1_180_000.0 / 24764618 * 100, d.lines().get(0).points().get(0).value(), 1e-9);
  }

  @Test
  void timelineNumbersEventsByDateAndKeepLabelsApart() {
    TimelineChartData d = TimelineChartData.from(inputs().events());

    assertEquals(32, d.milestones().size());
    assertEquals(LocalDate.of(1970, 1, 1), d.milestones().get(0).start());
    assertEquals(32, d.milestones().get(31).number());
    assertEquals(LocalDate.of(2020, 11, 1), d.milestones().get(31).start());
    assertEquals("launch", d.rowLabels().get(0));
    for (int row = 0; row < d.rowLabels().size(); row++) {
      final int r = row;
      List<TimelineChartData.Milestone> inRow = d.milestones().stream().filter(m -> m.row() == r)
          .sorted(java.util.Comparator.comparing(TimelineChartData.Milestone::start)).toList();
      Assertions.assertFalse(inRow.isEmpty(), "row " + r + " is used");
      for (int i = 1; i < inRow.size(); i++) {
        LocalDate prev = inRow.get(i - 1).end().isAfter(inRow.get(i - 1).start()
            .plusDays(TimelineChartData.MIN_MARK_DAYS)) ? inRow.get(i - 1).end()
            : inRow.get(i - 1).start().plusDays(TimelineChartData.MIN_MARK_DAYS);
        Assertions.assertFalse(inRow.get(i).start().isBefore(prev.plusDays(TimelineChartData.LABEL_DAYS)),
            "milestones " + inRow.get(i - 1).number() + " and " + inRow.get(i).number() + " would overlap");
      }
      String category = inRow.get(0).category();
      Assertions.assertTrue(inRow.stream().allMatch(m -> m.category().equals(category)), "one category per row");
    }
  }

  @Test
  void missingTransformTablesGiveEmptyDataNotErrors() {
    Map<String, Dataset<Row>> extractOnly = ReportFixtures.extractTables(session(), false);
    ReportInputs in = new ReportInputs(extractOnly);

    Assertions.assertTrue(SubscriberChartData.from("mobile_subscribers", in.series("mobile_subscribers"),
        in.fits("mobile_subscribers"), in.breaks()).isEmpty());
    assertNull(SubscriberChartData.from("mobile_subscribers", in.series("mobile_subscribers"),
        in.fits("mobile_subscribers"), in.breaks()).fit());
    Assertions.assertTrue(GrowthChartData.from("mobile_subscribers", in.growth("mobile_subscribers")).isEmpty());
    Assertions.assertTrue(HouseholdChartData.from(in.penetration()).isEmpty());
    Assertions.assertFalse(TimelineChartData.from(in.events()).isEmpty());
    Assertions.assertTrue(Captions.growth(GrowthChartData.from("mobile_subscribers", List.of())).startsWith("No data"));
  }
}
