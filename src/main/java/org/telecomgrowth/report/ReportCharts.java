package org.telecomgrowth.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Pure builders: typed chart data in, JFreeChart out; nothing here reads tables or writes files. Each chart gets a
 * title, axis labels with units, compact tick labels, the shared palette and the source note; an empty dataset
 * still gives a chart that says "no data".
 */
public final class ReportCharts {
  private ReportCharts() {}

  public static final String MOBILE_SUBSCRIBERS = "mobile_subscribers";
  public static final String GROWTH_RATES = "growth_rates";
  public static final String HOUSEHOLD_PENETRATION = "household_penetration";
  public static final String PER_100_INHABITANTS = "per_100_inhabitants";
  public static final String TIMELINE = "timeline";

  static final Shape POINT = new Ellipse2D.Double(-4.5, -4.5, 9, 9);
  static final Shape LOWER_BOUND = ShapeUtils.createUpTriangle(7f);
  static final Shape UPPER_BOUND = ShapeUtils.createDownTriangle(7f);
  private static final Shape LEGEND_LINE = new Line2D.Double(-12, 0, 12, 0);
  private static final Shape LEGEND_BOX = new Rectangle2D.Double(-7, -7, 14, 14);

  // ---- 1. mobile_subscribers ----

  /** The subscribers renderer draws each point with the marker of its bound, so ▲ sits exactly on a lower bound. */
  static final class BoundMarkerRenderer extends XYLineAndShapeRenderer {
    private static final long serialVersionUID = 1L;
    private final transient List<List<SubscriberChartData.Point>> points;

    BoundMarkerRenderer(List<List<SubscriberChartData.Point>> points) {
      super(true, true);
      this.points = points;
    }

    @Override
    public Shape getItemShape(int series, int item) {
      return markerFor(points.get(series).get(item));
    }
  }

  /** The marker a subscribers point is drawn with: ▲ at_least, ▼ at_most, ● otherwise. */
  public static Shape markerFor(SubscriberChartData.Point p) {
    return p.lowerBound() ? LOWER_BOUND : p.upperBound() ? UPPER_BOUND : POINT;
  }

  public static JFreeChart subscribers(SubscriberChartData data, String sourceNote) {
    XYSeriesCollection points = new XYSeriesCollection();
    List<List<SubscriberChartData.Point>> perSeries = new ArrayList<>();
    List<Integer> colourOf = new ArrayList<>();
    for (int i = 0; i < data.lines().size(); i++) {
      SubscriberChartData.Line line = data.lines().get(i);
      int part = 0;
      // One JFreeChart series per stretch between breaks: no line is drawn across a ban.
      for (List<SubscriberChartData.Point> stretch : splitAtBreaks(line.points(), SubscriberChartData.Point::date,
          data.bands())) {
        XYSeries s = new XYSeries(line.label() + "#" + part++, false, true);
        for (SubscriberChartData.Point p : stretch) {
          s.add(ChartStyle.millis(p.date()), p.value());
        }
        points.addSeries(s);
        perSeries.add(stretch);
        colourOf.add(i);
      }
    }
    BoundMarkerRenderer renderer = new BoundMarkerRenderer(perSeries);
    for (int i = 0; i < perSeries.size(); i++) {
      renderer.setSeriesPaint(i, ChartStyle.color(colourOf.get(i)));
      renderer.setSeriesStroke(i, new BasicStroke(2.2f));
    }
    DateAxis x = ChartStyle.yearAxis("Date (midpoint of the reported period)");
    LogTickAxis y = new LogTickAxis("Subscribers (log scale)");
    XYPlot plot = new XYPlot(points, x, y, renderer);
    plot.setNoDataMessage("No data: no " + data.metric() + " points in the series table");
    plot.setNoDataMessageFont(ChartStyle.AXIS_LABEL);

    LegendItemCollection legend = new LegendItemCollection();
    for (int i = 0; i < data.lines().size(); i++) {
      Color c = ChartStyle.color(i);
      legend.add(new LegendItem(data.lines().get(i).label(), null, null, null, true, POINT, true, c, false, c,
          new BasicStroke(1f), true, LEGEND_LINE, new BasicStroke(2.2f), c));
    }
    List<SubscriberChartData.Point> all = data.allPoints();
    if (all.stream().anyMatch(SubscriberChartData.Point::lowerBound)) {
      legend.add(new LegendItem("lower bound (\u201cmore than\u201d)", null, null, null, LOWER_BOUND,
          ChartStyle.TEXT));
    }
    if (all.stream().anyMatch(SubscriberChartData.Point::upperBound)) {
      legend.add(new LegendItem("upper bound (\u201cfewer than\u201d)", null, null, null, UPPER_BOUND,
          ChartStyle.TEXT));
    }

    double lo = Double.MAX_VALUE;
    double hi = 0;
    LocalDate first = null;
    LocalDate last = null;
    for (SubscriberChartData.Point p : all) {
      lo = Math.min(lo, p.value());
      hi = Math.max(hi, p.value());
      first = first == null || p.date().isBefore(first) ? p.date() : first;
      last = last == null || p.date().isAfter(last) ? p.date() : last;
    }

    LocalDate dataFirst = all.isEmpty() ? null : all.get(0).date();
    LocalDate dataLast = all.isEmpty() ? null : all.get(all.size() - 1).date();
    SubscriberChartData.Curve fit = data.fit();
    if (fit != null && !fit.points().isEmpty()) {
      XYSeries fitted = new XYSeries("fit", false, true);
      XYSeries forecast = new XYSeries("forecast", false, true);
      SubscriberChartData.CurvePoint lastFitted = null;
      for (SubscriberChartData.CurvePoint p : fit.points()) {
        if (p.value() <= 0 || !p.forecast() && !withinData(p.date(), dataFirst, dataLast)) {
          // A fitted curve is drawn over the reported span only: before the data it tends to zero and would
          // stretch the axis decades below every figure.
          continue;
        }
        if (p.forecast()) {
          if (forecast.getItemCount() == 0 && lastFitted != null) {
            // Start the lighter forecast where the fitted part ends, so the curve has no gap.
            forecast.add(ChartStyle.millis(lastFitted.date()), lastFitted.value());
          }
          forecast.add(ChartStyle.millis(p.date()), p.value());
          // The axis spans the reported figures and the forecast, never the in-sample curve.
          hi = Math.max(hi, p.value());
          lo = Math.min(lo, p.value());
          last = last == null || p.date().isAfter(last) ? p.date() : last;
        } else {
          fitted.add(ChartStyle.millis(p.date()), p.value());
          lastFitted = p;
        }
      }
      // The 80 % interval of the forecast as a band, drawn under the curves.
      org.jfree.data.xy.YIntervalSeries interval = new org.jfree.data.xy.YIntervalSeries("80 % interval");
      for (SubscriberChartData.CurvePoint p : fit.points()) {
        if (p.hasInterval() && p.lower80() > 0) {
          if (interval.getItemCount() == 0 && lastFitted != null) {
            interval.add(ChartStyle.millis(lastFitted.date()), lastFitted.value(), lastFitted.value(),
                lastFitted.value());
          }
          interval.add(ChartStyle.millis(p.date()), p.value(), p.lower80(), p.upper80());
          hi = Math.max(hi, p.upper80());
          lo = Math.min(lo, p.lower80());
        }
      }
      if (interval.getItemCount() > 0) {
        org.jfree.data.xy.YIntervalSeriesCollection bands = new org.jfree.data.xy.YIntervalSeriesCollection();
        bands.addSeries(interval);
        org.jfree.chart.renderer.xy.DeviationRenderer bandRenderer =
            new org.jfree.chart.renderer.xy.DeviationRenderer(false, false);
        Color bandColor = ChartStyle.lighter(ChartStyle.FIT, 0.75);
        bandRenderer.setSeriesFillPaint(0, bandColor);
        bandRenderer.setAlpha(0.45f);
        plot.setDataset(2, bands);
        plot.setRenderer(2, bandRenderer);
        legend.add(new LegendItem("80 % interval (from backtest errors)", null, null, null,
            new java.awt.Rectangle(0, 0, 18, 10), bandColor));
      }
      XYSeriesCollection curves = new XYSeriesCollection();
      curves.addSeries(fitted);
      curves.addSeries(forecast);
      XYLineAndShapeRenderer curveRenderer = new XYLineAndShapeRenderer(true, false);
      Color forecastColor = ChartStyle.lighter(ChartStyle.FIT, 0.55);
      curveRenderer.setSeriesPaint(0, ChartStyle.FIT);
      curveRenderer.setSeriesPaint(1, forecastColor);
      curveRenderer.setSeriesStroke(0, ChartStyle.dashed(2f));
      curveRenderer.setSeriesStroke(1, ChartStyle.dashed(2f));
      plot.setDataset(1, curves);
      plot.setRenderer(1, curveRenderer);
      String detail = Double.isNaN(fit.r2()) ? "" : String.format(Locale.ROOT, " (R\u00b2 %.2f)", fit.r2());
      legend.add(new LegendItem(fit.label() + detail, null, null, null, LEGEND_LINE, ChartStyle.dashed(2f),
          ChartStyle.FIT));
      if (forecast.getItemCount() > 0) {
        legend.add(new LegendItem("forecast beyond the last figure", null, null, null, LEGEND_LINE,
            ChartStyle.dashed(2f), forecastColor));
      }
    }

    if (first != null) {
      LocalDate[] range = shadeBreaks(plot, data.bands(), first, last);
      first = range[0];
      last = range[1];
    }
    if (!data.bands().isEmpty()) {
      legend.add(breakLegend(data.bands()));
    }
    plot.setFixedLegendItems(legend);

    if (hi > 0) {
      // Room above the highest figure for the band label, below the lowest for the markers.
      y.setRange(lo / 2.0, hi * 3.0);
    } else {
      y.setRange(1_000, 10_000_000);
    }
    if (first != null) {
      x.setRange(ChartStyle.millis(first.minusMonths(6)), ChartStyle.millis(last.plusMonths(6)));
    }

    String span = dataFirst == null ? "" : ", " + dataFirst.getYear() + "\u2013" + dataLast.getYear();
    JFreeChart chart = new JFreeChart("Mobile phone subscribers" + span, ChartStyle.TITLE, plot, true);
    ChartStyle.subtitle(chart, "Reported subscriber counts, one line per source; log scale, so a straight line "
        + "is constant growth.");
    return ChartStyle.finish(chart, sourceNote);
  }

  // ---- 2. growth_rates ----

  /** Colours a bar by its kind and lightens it when the rate is only a bound. */
  static final class GrowthBarRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;
    private final transient List<GrowthChartData.Bar> bars;

    GrowthBarRenderer(List<GrowthChartData.Bar> bars) {
      this.bars = bars;
    }

    @Override
    public Paint getItemPaint(int row, int column) {
      return growthPaint(bars.get(column));
    }
  }

  /** Pairs in blue, segments in green; a bound is the lighter tint of its colour. */
  public static Color growthPaint(GrowthChartData.Bar bar) {
    Color base = "segment".equals(bar.kind()) ? ChartStyle.color(2) : ChartStyle.color(0);
    return bar.lowerBound() || bar.upperBound() ? ChartStyle.lighter(base, 0.55) : base;
  }

  /** The label printed at the end of a bar: "≥85.3%" for a lower bound. */
  public static String growthLabel(GrowthChartData.Bar bar) {
    String sign = bar.lowerBound() ? "\u2265" : bar.upperBound() ? "\u2264" : "";
    return sign + Formats.percent(bar.cagr());
  }

  public static JFreeChart growthRates(GrowthChartData data, String sourceNote) {
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    for (GrowthChartData.Bar b : data.bars()) {
      ds.addValue(b.cagr() * 100, "CAGR", b.label());
    }
    CategoryAxis cats = new CategoryAxis("Period between two reported figures");
    cats.setMaximumCategoryLabelWidthRatio(0.45f);
    cats.setCategoryMargin(0.25);
    NumberAxis values = new NumberAxis("Compound annual growth rate (% per year)");
    values.setNumberFormatOverride(new DecimalFormat("#,##0'%'", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    // Whole-percent ticks: the labels print whole percents, so a 0.5 % unit printed "0%" and "1%" twice.
    values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    values.setUpperMargin(0.15);
    values.setAutoRangeIncludesZero(true);
    GrowthBarRenderer renderer = new GrowthBarRenderer(data.bars());
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.07);
    renderer.setDefaultItemLabelGenerator(itemLabels((dataset, row, column) -> growthLabel(data.bars().get(column))));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(ChartStyle.ITEM_LABEL);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setDefaultNegativeItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
    CategoryPlot plot = new CategoryPlot(ds, cats, values, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.setNoDataMessage("No data: no growth rates between figures of " + data.metric());
    plot.setNoDataMessageFont(ChartStyle.AXIS_LABEL);

    LegendItemCollection legend = new LegendItemCollection();
    legend.add(new LegendItem("consecutive pair of figures", null, null, null, LEGEND_BOX, ChartStyle.color(0)));
    legend.add(new LegendItem("whole segment between regime breaks", null, null, null, LEGEND_BOX,
        ChartStyle.color(2)));
    legend.add(new LegendItem("lighter bar: a bound (\u2265 at least, \u2264 at most), from a \u201cmore "
        + "than\u201d figure", null, null, null, LEGEND_BOX, ChartStyle.lighter(ChartStyle.color(0), 0.55)));
    plot.setFixedLegendItems(legend);

    JFreeChart chart = new JFreeChart("Growth rate of mobile phone subscribers", ChartStyle.TITLE, plot, true);
    String omitted = data.omittedCrossingBreak() == 0 ? ""
        : "; " + data.omittedCrossingBreak() + " pair(s) crossing a regime break omitted";
    ChartStyle.subtitle(chart, "CAGR per consecutive pair and per segment, dates are period midpoints" + omitted
        + ".");
    return ChartStyle.finish(chart, sourceNote);
  }

  // ---- 3. household_penetration ----

  public static JFreeChart householdPenetration(HouseholdChartData data, String sourceNote) {
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    for (HouseholdChartData.Bar b : data.bars()) {
      ds.addValue(b.percent(), b.group(), b.item());
    }
    CategoryAxis cats = new CategoryAxis("Item in the household");
    cats.setCategoryMargin(0.3);
    NumberAxis values = new NumberAxis("Share of households (%)");
    values.setRange(0, 108);
    values.setTickUnit(new NumberTickUnit(20));
    values.setNumberFormatOverride(new DecimalFormat("0'%'", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    BarRenderer renderer = new BarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setItemMargin(0.05);
    renderer.setMaximumBarWidth(0.12);
    for (int i = 0; i < ds.getRowCount(); i++) {
      renderer.setSeriesPaint(i, ChartStyle.color(i));
    }
    renderer.setDefaultItemLabelGenerator(itemLabels((dataset, row, column) -> {
      Number v = dataset.getValue(row, column);
      return v == null ? null : Formats.trim(v.doubleValue()) + "%";
    }));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(ChartStyle.ITEM_LABEL);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    CategoryPlot plot = new CategoryPlot(ds, cats, values, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.setNoDataMessage("No data: no stated household shares in the penetration table");
    plot.setNoDataMessageFont(ChartStyle.AXIS_LABEL);
    JFreeChart chart = new JFreeChart("Households with TV, mobile phone, computer and network access",
        ChartStyle.TITLE, plot, true);
    ChartStyle.subtitle(chart, "Survey shares as the text states them, per survey year and scope.");
    return ChartStyle.finish(chart, sourceNote);
  }

  // ---- 4. per_100_inhabitants ----

  public static JFreeChart per100Inhabitants(PenetrationChartData data, List<RegimeBand> bands,
      String sourceNote) {
    XYSeriesCollection ds = new XYSeriesCollection();
    LocalDate first = null;
    LocalDate last = null;
    List<Integer> colourOf = new ArrayList<>();
    LegendItemCollection legend = new LegendItemCollection();
    double max = 0;
    for (int i = 0; i < data.lines().size(); i++) {
      PenetrationChartData.Line line = data.lines().get(i);
      int part = 0;
      for (List<PenetrationChartData.Point> stretch : splitAtBreaks(line.points(), PenetrationChartData.Point::date,
          bands)) {
        XYSeries s = new XYSeries(line.label() + "#" + part++, false, true);
        for (PenetrationChartData.Point p : stretch) {
          s.add(ChartStyle.millis(p.date()), p.value());
          first = first == null || p.date().isBefore(first) ? p.date() : first;
          last = last == null || p.date().isAfter(last) ? p.date() : last;
          max = Math.max(max, p.value());
        }
        ds.addSeries(s);
        colourOf.add(i);
      }
      Color c = ChartStyle.color(i);
      legend.add(new LegendItem(line.label(), null, null, null, true, POINT, true, c, false, c,
          new BasicStroke(1f), true, LEGEND_LINE, new BasicStroke(2.2f), c));
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    for (int i = 0; i < ds.getSeriesCount(); i++) {
      renderer.setSeriesPaint(i, ChartStyle.color(colourOf.get(i)));
      renderer.setSeriesStroke(i, new BasicStroke(2.2f));
      renderer.setSeriesShape(i, POINT);
    }
    DateAxis x = ChartStyle.yearAxis("Date (midpoint of the reported period)");
    NumberAxis y = new NumberAxis("Per 100 inhabitants");
    y.setAutoRangeIncludesZero(true);
    y.setUpperMargin(0.1);
    if (max > 4) {
      y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
      y.setNumberFormatOverride(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    } else {
      // Small values: the standard units carry a format with as many decimals as the unit (0.05 -> "0.05"), so
      // two ticks never print the same label.
      y.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
    }
    if (first != null && max <= 0) {
      // Every figure is 0: an automatic range around one value is a sliver whose ticks all print "0".
      y.setRange(0, 1);
    }
    XYPlot plot = new XYPlot(ds, x, y, renderer);
    plot.setNoDataMessage("No data: no per-100-inhabitants figures in the penetration table");
    plot.setNoDataMessageFont(ChartStyle.AXIS_LABEL);
    if (first != null) {
      LocalDate[] range = shadeBreaks(plot, bands, first, last);
      if (!bands.isEmpty()) {
        legend.add(breakLegend(bands));
      }
      x.setRange(ChartStyle.millis(range[0].minusMonths(6)), ChartStyle.millis(range[1].plusMonths(6)));
    }
    plot.setFixedLegendItems(legend);
    JFreeChart chart = new JFreeChart("Subscriptions and lines per 100 inhabitants", ChartStyle.TITLE, plot, true);
    ChartStyle.subtitle(chart, "Reported counts divided by the population of the same year, times 100.");
    return ChartStyle.finish(chart, sourceNote);
  }

  // ---- 5. timeline ----

  public static JFreeChart timeline(TimelineChartData data, String sourceNote) {
    XYIntervalSeriesCollection ds = new XYIntervalSeriesCollection();
    List<String> categories = new ArrayList<>();
    for (TimelineChartData.Milestone m : data.milestones()) {
      if (!categories.contains(m.category())) {
        categories.add(m.category());
      }
    }
    categories.sort(java.util.Comparator.comparingInt(TimelineChartData.CATEGORY_ORDER::indexOf));
    List<XYIntervalSeries> series = new ArrayList<>();
    for (String c : categories) {
      XYIntervalSeries s = new XYIntervalSeries(c);
      series.add(s);
      ds.addSeries(s);
    }
    LocalDate first = null;
    LocalDate last = null;
    List<XYTextAnnotation> labels = new ArrayList<>();
    Font labelFont = new Font(Font.SANS_SERIF, Font.BOLD, 11);
    for (TimelineChartData.Milestone m : data.milestones()) {
      LocalDate markEnd = m.end().isBefore(m.start().plusDays(TimelineChartData.MIN_MARK_DAYS))
          ? m.start().plusDays(TimelineChartData.MIN_MARK_DAYS) : m.end();
      double x0 = ChartStyle.millis(m.start());
      double x1 = ChartStyle.millis(markEnd);
      series.get(categories.indexOf(m.category())).add(x0, x0, x1, m.row(), m.row() - 0.3, m.row() + 0.3);
      XYTextAnnotation label = new XYTextAnnotation(Integer.toString(m.number()),
          ChartStyle.millis(markEnd.plusDays(40)), m.row());
      label.setFont(labelFont);
      label.setPaint(ChartStyle.TEXT);
      label.setTextAnchor(TextAnchor.CENTER_LEFT);
      labels.add(label);
      first = first == null || m.start().isBefore(first) ? m.start() : first;
      last = last == null || markEnd.isAfter(last) ? markEnd : last;
    }
    XYBarRenderer renderer = new XYBarRenderer();
    renderer.setUseYInterval(true);
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    for (int i = 0; i < categories.size(); i++) {
      renderer.setSeriesPaint(i, ChartStyle.categoryColor(categories.get(i)));
    }
    DateAxis x = ChartStyle.yearAxis("Year");
    SymbolAxis y = new SymbolAxis("Category", data.rowLabels().toArray(new String[0]));
    y.setGridBandsVisible(false);
    y.setInverted(true);
    y.setRange(-0.8, Math.max(0.8, data.rowLabels().size() - 0.2));
    XYPlot plot = new XYPlot(ds, x, y, renderer);
    labels.forEach(plot::addAnnotation);
    for (int row = 1; row < data.rowLabels().size(); row++) {
      if (!data.rowLabels().get(row).isEmpty()) {
        // A thin rule where a new category lane begins.
        plot.addRangeMarker(new org.jfree.chart.plot.ValueMarker(row - 0.5, ChartStyle.GRID, new BasicStroke(1f)),
            Layer.BACKGROUND);
      }
    }
    plot.setRangeGridlinesVisible(false);
    plot.setNoDataMessage("No data: the events table is empty");
    plot.setNoDataMessageFont(ChartStyle.AXIS_LABEL);
    if (first != null) {
      // Right margin for the last number label.
      x.setRange(ChartStyle.millis(first.minusYears(1)), ChartStyle.millis(last.plusYears(2)));
    }
    String span = first == null ? "" : ", " + first.getYear() + "\u2013" + data.milestones().stream()
        .map(TimelineChartData.Milestone::end).max(LocalDate::compareTo).get().getYear();
    JFreeChart chart = new JFreeChart("Milestones of telecommunications" + span, ChartStyle.TITLE, plot, true);
    ChartStyle.subtitle(chart, "Dated events by category; numbers refer to the events table of the report, bars "
        + "span the stated period.");
    return ChartStyle.finish(chart, sourceNote);
  }

  /**
   * Whether an in-sample curve point lies within the reported figures' span, widened by half a year each way (a
   * curve point stands for a year, a figure for its period's midpoint).
   */
  static boolean withinData(LocalDate d, LocalDate dataFirst, LocalDate dataLast) {
    return dataFirst != null && !d.isBefore(dataFirst.minusMonths(6)) && !d.isAfter(dataLast.plusMonths(6));
  }

  /** Splits date-sorted points into stretches so that no stretch spans a regime break. */
  static <T> List<List<T>> splitAtBreaks(List<T> points, java.util.function.Function<T, LocalDate> date,
      List<RegimeBand> bands) {
    List<List<T>> out = new ArrayList<>();
    List<T> current = new ArrayList<>();
    for (T p : points) {
      if (!current.isEmpty()) {
        LocalDate prev = date.apply(current.get(current.size() - 1));
        LocalDate cur = date.apply(p);
        boolean crosses = bands.stream().anyMatch(b -> !b.end().isBefore(prev) && !b.start().isAfter(cur));
        if (crosses) {
          out.add(current);
          current = new ArrayList<>();
        }
      }
      current.add(p);
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  /** Shades each band with its label; returns the date range widened to include the bands. */
  private static LocalDate[] shadeBreaks(XYPlot plot, List<RegimeBand> bands, LocalDate first, LocalDate last) {
    for (RegimeBand band : bands) {
      IntervalMarker m = new IntervalMarker(ChartStyle.millis(band.start()),
          ChartStyle.millis(band.end().plusDays(1)), withAlpha(ChartStyle.BAND, 40));
      m.setLabel(band.label());
      m.setLabelFont(ChartStyle.SUBTITLE);
      m.setLabelPaint(ChartStyle.BAND.darker());
      m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
      m.setLabelAnchor(RectangleAnchor.TOP);
      m.setLabelTextAnchor(TextAnchor.TOP_CENTER);
      m.setLabelOffset(new RectangleInsets(8, 0, 0, 0));
      plot.addDomainMarker(m, Layer.BACKGROUND);
      first = band.start().isBefore(first) ? band.start() : first;
      last = band.end().isAfter(last) ? band.end() : last;
    }
    return new LocalDate[] {first, last};
  }

  private static LegendItem breakLegend(List<RegimeBand> bands) {
    return new LegendItem("regime break (shaded, not connected): " + bands.get(0).label(), null, null, null,
        LEGEND_BOX, withAlpha(ChartStyle.BAND, 60));
  }

  private static Color withAlpha(Color c, int alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
  }

  /** One label per bar, from a function of the dataset cell. */
  interface CellLabel {
    String label(CategoryDataset dataset, int row, int column);
  }

  private static CategoryItemLabelGenerator itemLabels(CellLabel label) {
    return new CategoryItemLabelGenerator() {
      @Override
      public String generateRowLabel(CategoryDataset dataset, int row) {
        return dataset.getRowKey(row).toString();
      }

      @Override
      public String generateColumnLabel(CategoryDataset dataset, int column) {
        return dataset.getColumnKey(column).toString();
      }

      @Override
      public String generateLabel(CategoryDataset dataset, int row, int column) {
        return label.label(dataset, row, column);
      }
    };
  }
}
