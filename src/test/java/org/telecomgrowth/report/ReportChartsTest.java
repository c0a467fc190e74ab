package org.telecomgrowth.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.telecomgrowth.SparkTestBase;

/** Each chart renders to a 1200×700 PNG with content and to an SVG, with seed data and with none. */
class ReportChartsTest extends SparkTestBase {
  private static final String NOTE = "Source: Telecommunications in North Korea; reference: World Bank population";

  private Map<String, JFreeChart> charts(boolean empty) {
    ReportInputs in = new ReportInputs(empty ? Map.of() : ReportFixtures.tables(session(), false));
    Map<String, JFreeChart> charts = new LinkedHashMap<>();
    charts.put("mobile_subscribers", ReportCharts.subscribers(SubscriberChartData.from("mobile_subscribers",
        in.series("mobile_subscribers"), in.fits("mobile_subscribers"), in.breaks()), NOTE));
    charts.put("growth_rates", ReportCharts.growthRates(
        GrowthChartData.from("mobile_subscribers", in.growth("mobile_subscribers")), NOTE));
    charts.put("household_penetration", ReportCharts.householdPenetration(
        HouseholdChartData.from(in.penetration()), NOTE));
    charts.put("per_100_inhabitants", ReportCharts.per100Inhabitants(
        PenetrationChartData.from(in.penetration()), RegimeBand.from(in.breaks()), NOTE));
    charts.put("timeline", ReportCharts.timeline(TimelineChartData.from(in.events()), NOTE));
    return charts;
  }

  /** Share of pixels that are not (near) white. */
  static double inkShare(BufferedImage img) {
    long ink = 0;
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        int rgb = img.getRGB(x, y);
        if (((rgb >> 16) & 0xff) < 240 || ((rgb >> 8) & 0xff) < 240 || (rgb & 0xff) < 240) {
          ink++;
        }
      }
    }
    return ink / (double) ((img.getHeight() / 2) * (img.getWidth() / 2));
  }

  @Test
  void everyChartRendersPngAtSizeAndSvgWithTitleAndSourceNote() throws IOException {
    for (Map.Entry<String, JFreeChart> e : charts(false).entrySet()) {
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(ChartWriter.png(e.getValue())));
      assertEquals(1200, img.getWidth(), e.getKey());
      assertEquals(700, img.getHeight(), e.getKey());
      Assertions.assertTrue(inkShare(img) > 0.02, e.getKey() + " has drawn content");
      Assertions.assertTrue(e.getValue().getAntiAlias());
      String svg = ChartWriter.svg(e.getValue(), e.getKey());
      Assertions.assertTrue(svg.contains("<svg"), e.getKey());
      Assertions.assertTrue(svg.contains("World Bank population"), e.getKey() + " carries the source note");
      Assertions.assertTrue(e.getValue().getTitle().getText().length() > 10, e.getKey() + " has a title");
    }
  }

  @Test
  void chartsWithoutDataStillRenderAndSayNoData() throws IOException {
    for (Map.Entry<String, JFreeChart> e : charts(true).entrySet()) {
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(ChartWriter.png(e.getValue())));
      assertEquals(1200, img.getWidth(), e.getKey());
      Assertions.assertTrue(ChartWriter.svg(e.getValue(), e.getKey()).contains("No data"), e.getKey());
    }
  }

  @Test
  void logAxisTicksAreOneTwoFivePerDecadeWithCompactLabels() {
    assertEquals(List.of(1e4, 2e4, 5e4, 1e5, 2e5, 5e5, 1e6, 2e6, 5e6), LogTickAxis.tickValues(1e4, 9e6));
    assertEquals(List.of("20k", "1M", "2M", "1.18M"), List.of(Formats.compact(2e4), Formats.compact(1e6),
        Formats.compact(2e6), Formats.compact(1.18e6)));
  }

  @Test
  void aLogAxisWithOneLargeCountDraws() throws Exception {
    org.jfree.data.xy.XYSeries one = new org.jfree.data.xy.XYSeries("one");
    one.add(2014.5, 12_900_000.0);
    org.jfree.chart.plot.XYPlot plot = new org.jfree.chart.plot.XYPlot(
        new org.jfree.data.xy.XYSeriesCollection(one), new org.jfree.chart.axis.NumberAxis("year"),
        new LogTickAxis("subscribers"), new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer());
    byte[] png = ChartWriter.png(new org.jfree.chart.JFreeChart(plot));
    Assertions.assertTrue(png.length > 1000);
  }
}
