package org.telecomgrowth.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** One look for every chart: the palette, fonts, date axes and the source note. */
final class ChartStyle {
  private ChartStyle() {}

  /** Okabe-Ito, distinguishable with the common colour-vision deficiencies. */
  static final List<Color> PALETTE = List.of(new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
      new Color(0xE69F00), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x8C6D00), new Color(0x000000));
  static final Color FIT = new Color(0x444444);
  static final Color BAND = new Color(0xD55E00);
  static final Color GRID = new Color(0xDDDDDD);
  static final Color TEXT = new Color(0x222222);

  static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 22);
  static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  static final Font ITEM_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  static final Font NOTE = new Font(Font.SANS_SERIF, Font.ITALIC, 12);

  static Color color(int i) {
    return PALETTE.get(Math.floorMod(i, PALETTE.size()));
  }

  /** A lighter tint of a colour, for forecast parts and lower-bound bars. */
  static Color lighter(Color c, double amount) {
    return new Color((int) (c.getRed() + (255 - c.getRed()) * amount),
        (int) (c.getGreen() + (255 - c.getGreen()) * amount), (int) (c.getBlue() + (255 - c.getBlue()) * amount));
  }

  static BasicStroke dashed(float width) {
    return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 6f}, 0f);
  }

  static long millis(LocalDate d) {
    return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  /** Applies the common look and adds the source note under the plot. */
  static JFreeChart finish(JFreeChart chart, String sourceNote) {
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(8, 12, 8, 16));
    TextTitle title = chart.getTitle();
    if (title != null) {
      title.setFont(TITLE);
      title.setPaint(TEXT);
      title.setHorizontalAlignment(HorizontalAlignment.LEFT);
    }
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(SUBTITLE);
      legend.setFrame(BlockBorder.NONE);
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
    }
    TextTitle note = new TextTitle(sourceNote, NOTE);
    note.setPaint(new Color(0x555555));
    note.setPosition(RectangleEdge.BOTTOM);
    note.setHorizontalAlignment(HorizontalAlignment.LEFT);
    note.setPadding(new RectangleInsets(6, 0, 0, 0));
    // Index 0 is the outermost bottom block: the note sits under the legend.
    chart.addSubtitle(0, note);
    Plot plot = chart.getPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    if (plot instanceof XYPlot) {
      XYPlot p = (XYPlot) plot;
      p.setDomainGridlinePaint(GRID);
      p.setRangeGridlinePaint(GRID);
      styleAxis(p.getDomainAxis());
      styleAxis(p.getRangeAxis());
    } else if (plot instanceof CategoryPlot) {
      CategoryPlot p = (CategoryPlot) plot;
      p.setRangeGridlinePaint(GRID);
      styleAxis(p.getDomainAxis());
      styleAxis(p.getRangeAxis());
    }
    return chart;
  }

  /** A subtitle under the title, e.g. what the markers mean. */
  static void subtitle(JFreeChart chart, String text) {
    TextTitle t = new TextTitle(text, SUBTITLE);
    t.setPaint(new Color(0x444444));
    t.setHorizontalAlignment(HorizontalAlignment.LEFT);
    t.setPosition(RectangleEdge.TOP);
    chart.addSubtitle(0, t);
  }

  private static void styleAxis(org.jfree.chart.axis.Axis axis) {
    if (axis == null) {
      return;
    }
    axis.setLabelFont(AXIS_LABEL);
    axis.setTickLabelFont(TICK);
    axis.setLabelPaint(TEXT);
    axis.setTickLabelPaint(TEXT);
    axis.setAxisLinePaint(new Color(0x888888));
  }

  /** A UTC date axis whose ticks are whole years, labelled "2010", never months. */
  static DateAxis yearAxis(String label) {
    DateAxis axis = new DateAxis(label, TimeZone.getTimeZone("UTC"), Locale.ROOT);
    TickUnits units = new TickUnits();
    for (int n : new int[] {1, 2, 5, 10, 20, 50}) {
      SimpleDateFormat f = new SimpleDateFormat("yyyy", Locale.ROOT);
      f.setTimeZone(TimeZone.getTimeZone("UTC"));
      units.add(new DateTickUnit(DateTickUnitType.YEAR, n, f));
    }
    axis.setStandardTickUnits(units);
    axis.setLowerMargin(0.02);
    axis.setUpperMargin(0.02);
    return axis;
  }

  static Paint categoryColor(String category) {
    int i = TimelineChartData.CATEGORY_ORDER.indexOf(category);
    return color(i < 0 ? TimelineChartData.CATEGORY_ORDER.size() : i);
  }
}
