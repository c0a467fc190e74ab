package org.telecomgrowth.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A base-10 log axis with ticks at 1, 2 and 5 of each decade labelled compactly (20k, 500k, 1M, 2M). JFreeChart's
 * LogAxis puts ticks only at powers of ten over a narrow range like 20k..3M, which leaves the reader guessing.
 */
final class LogTickAxis extends LogAxis {
  private static final long serialVersionUID = 1L;

  LogTickAxis(String label) {
    super(label);
    setBase(10);
    setSmallestValue(1);
    // The default minimum (1e-8) vanishes next to a count like 12,900,000: a chart with one value would get an
    // empty range and fail to draw.
    setAutoRangeMinimumSize(1.0);
  }

  /** The 1-2-5 ticks between lower and upper, inclusive. */
  static List<Double> tickValues(double lower, double upper) {
    List<Double> values = new ArrayList<>();
    if (!(lower > 0) || !(upper > lower)) {
      return values;
    }
    for (int e = (int) Math.floor(Math.log10(lower)); e <= (int) Math.ceil(Math.log10(upper)); e++) {
      for (int m : new int[] {1, 2, 5}) {
        double v = m * Math.pow(10, e);
        if (v >= lower * (1 - 1e-9) && v <= upper * (1 + 1e-9)) {
          values.add(v);
        }
      }
    }
    return values;
  }

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
    List ticks = new ArrayList();
    boolean vertical = RectangleEdge.isLeftOrRight(edge);
    TextAnchor anchor = vertical
        ? (edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT)
        : (edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER);
    for (Double v : labelledTicks(getLowerBound(), getUpperBound()).keySet()) {
      ticks.add(new NumberTick(TickType.MAJOR, v, tickLabel(v), anchor, TextAnchor.CENTER, 0));
    }
    return ticks;
  }

  /**
   * The ticks drawn between lower and upper with their labels, in order; a tick whose label would repeat the one
   * before it is left out, so no label is printed twice.
   */
  static java.util.LinkedHashMap<Double, String> labelledTicks(double lower, double upper) {
    java.util.LinkedHashMap<Double, String> out = new java.util.LinkedHashMap<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (double v : tickValues(lower, upper)) {
      String label = tickLabel(v);
      if (seen.add(label)) {
        out.put(v, label);
      }
    }
    return out;
  }

  /** A 1-2-5 tick's label: compact from 1 up (20k, 5M), the exact decimal below 1 (0.5, 0.002), never "0". */
  static String tickLabel(double v) {
    if (v >= 1) {
      return Formats.compact(v);
    }
    return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
  }
}
