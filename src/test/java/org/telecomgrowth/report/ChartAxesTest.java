package org.telecomgrowth.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/**
 * Chart ranges come from what is reported: a fitted curve that tends to zero before the data neither stretches the
 * axis nor is drawn there, and no tick label is printed twice.
 */
class ChartAxesTest {

  /** Figures 2009-2016 from 40,000 to 3.1 million; the curve starts in 1990 near zero, forecast 2017-2019. */
  private static SubscriberChartData fitTendingToZero(double k, double r) {
    List<SubscriberChartData.Point> pts = new ArrayList<>();
    double[] values = {40_000, 95_000, 210_000, 480_000, 900_000, 1_600_000, 2_400_000, 3_100_000};
    for (int i = 0; i < values.length; i++) {
      pts.add(new SubscriberChartData.Point(LocalDate.of(2009 + i, 7, 2), values[i], "exact", "d#" + i));
    }
    List<SubscriberChartData.CurvePoint> curve = new ArrayList<>();
    for (int y = 1990; y <= 2019; y++) {
      double v = k / (1 + Math.exp(-r * (y - 2014)));
      boolean forecast = y > 2016;
      curve.add(forecast
          ? new SubscriberChartData.CurvePoint(LocalDate.of(y, 7, 2), v, true, y - 2016, v * 0.7, v * 1.4, 0.2)
          : new SubscriberChartData.CurvePoint(LocalDate.of(y, 7, 2), v, false));
    }
    SubscriberChartData.Curve fit = new SubscriberChartData.Curve("logistic fit", "series", k, 0.98,
        LocalDate.of(2014, 1, 1), curve);
    return new SubscriberChartData("mobile_subscribers",
        List.of(new SubscriberChartData.Line("no named source", pts)), fit, List.of(), null);
  }

  private static ChartAxes drawn(String name, JFreeChart chart) throws Exception {
    ChartWriter.png(chart);
    return ChartAxes.of("XYZ", name, chart);
  }

  @Test
  void aFitTendingToZeroBeforeTheDataDoesNotStretchTheAxis() throws Exception {
    for (double r : new double[] {0.6, 1.2, 2.5}) {
      JFreeChart chart = ReportCharts.subscribers(fitTendingToZero(6_000_000, r), "Source: test");
      ChartAxes a = drawn("mobile_subscribers", chart);
      assertEquals("log", a.scale());
      assertEquals(40_000, a.lowestFigure(), 1e-9);
      assertTrue(a.lower() >= 40_000 / 10.0, "axis starts at " + a.lower() + " for r=" + r);
      assertTrue(a.decadesBelowLowest() <= 1, "decades below " + a.decadesBelowLowest());
      assertTrue(a.duplicateLabels().isEmpty(), "duplicates " + a.duplicateLabels());
      assertTrue(a.tickLabels().contains("1M"), a.tickLabels().toString());
      // The forecast's interval (up to 1.4 x the curve's 2019 value) is within the axis.
      assertTrue(a.upper() >= 1.4 * 6_000_000 / (1 + Math.exp(-r * 5)), "upper " + a.upper());
      XYDataset curves = ((XYPlot) chart.getPlot()).getDataset(1);
      double firstCurveX = curves.getXValue(0, 0);
      assertTrue(firstCurveX >= ChartStyle.millis(LocalDate.of(2009, 1, 1)),
          "the in-sample curve starts within the data, not in " + LocalDate.ofEpochDay((long) (firstCurveX
          / 86_400_000L)));
    }
  }

  @Test
  void logTicksBelowOneAreExactDecimalsAndNeverRepeat() {
    assertEquals(List.of("0.001", "0.002", "0.005", "0.01", "0.02", "0.05", "0.1", "0.2", "0.5", "1", "2"),
        List.copyOf(LogTickAxis.labelledTicks(0.001, 2).values()));
    List<String> wide = List.copyOf(LogTickAxis.labelledTicks(1e-7, 5e9).values());
    assertEquals(wide.size(), new java.util.HashSet<>(wide).size(), wide.toString());
    assertTrue(!wide.contains("0"), wide.toString());
  }

  @Test
  void smallPer100ValuesGetTickLabelsThatDoNotRepeat() throws Exception {
    List<PenetrationChartData.Point> pts = List.of(
        new PenetrationChartData.Point(LocalDate.of(2001, 7, 2), 0.02, false, "d#1"),
        new PenetrationChartData.Point(LocalDate.of(2003, 7, 2), 0.11, false, "d#2"),
        new PenetrationChartData.Point(LocalDate.of(2005, 7, 2), 0.23, false, "d#3"));
    PenetrationChartData data = new PenetrationChartData(
        List.of(new PenetrationChartData.Line("mobile subscribers per 100", pts)), java.util.Set.of());
    ChartAxes a = drawn("per_100_inhabitants", ReportCharts.per100Inhabitants(data, List.of(), "Source: test"));
    assertEquals("linear", a.scale());
    assertTrue(a.tickLabels().size() >= 3, a.tickLabels().toString());
    assertTrue(a.duplicateLabels().isEmpty(), a.tickLabels().toString());
  }

  @Test
  void anAllZeroPer100ChartGetsAZeroToOneAxis() throws Exception {
    List<PenetrationChartData.Point> pts = List.of(
        new PenetrationChartData.Point(LocalDate.of(2004, 7, 2), 0.0, false, "d#1"),
        new PenetrationChartData.Point(LocalDate.of(2006, 7, 2), 0.0, false, "d#2"));
    PenetrationChartData data = new PenetrationChartData(
        List.of(new PenetrationChartData.Line("mobile subscribers per 100", pts)), java.util.Set.of());
    ChartAxes a = drawn("per_100_inhabitants", ReportCharts.per100Inhabitants(data, List.of(), "Source: test"));
    assertEquals(0, a.lower(), 1e-12);
    assertEquals(1, a.upper(), 1e-12);
    assertTrue(a.tickLabels().size() >= 3, a.tickLabels().toString());
    assertTrue(a.duplicateLabels().isEmpty(), a.tickLabels().toString());
  }

  @Test
  void smallGrowthRatesGetWholePercentTicksThatDoNotRepeat() throws Exception {
    GrowthChartData data = new GrowthChartData("mobile_subscribers", List.of(
        new GrowthChartData.Bar("2011 to 2012", "pair", "no named source", LocalDate.of(2011, 7, 2),
            LocalDate.of(2012, 7, 2), 0.004, "exact", "d#1;d#2")), 0, 0);
    ChartAxes a = drawn("growth_rates", ReportCharts.growthRates(data, "Source: test"));
    assertTrue(a.duplicateLabels().isEmpty(), a.tickLabels().toString());
  }

  @Test
  void theIndexCountsEntitiesByKindInPlainEnglish() {
    assertEquals("2 countries, 2 territories, 1 former country and 1 aggregate",
        CorpusReport.countByKind(List.of("KEN", "PRK", "west_bank", "ABW", "ANT", "world")));
  }

  @Test
  void theAuditFlagsAnAxisStretchedBelowItsFigures() {
    ChartAxes stretched = new ChartAxes("IND", "mobile_subscribers", "log", 0.5, 2e9, 5_000,
        List.of("0", "0", "1k"));
    assertEquals(4.0, stretched.decadesBelowLowest(), 1e-9);
    assertEquals(List.of("0"), stretched.duplicateLabels());
    String csv = ChartAxes.csv(List.of(stretched));
    assertTrue(csv.startsWith(String.join(",", ChartAxes.COLUMNS) + "\n"), csv);
    assertTrue(csv.contains("IND,mobile_subscribers,log,0.5,2000000000,5000,4,0 | 0 | 1k,0\n"), csv);
  }
}
