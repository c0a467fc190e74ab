package org.telecomgrowth.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.telecomgrowth.io.CsvTableWriter;

/**
 * What a drawn chart's value axis shows: its range, its tick labels and the lowest reported figure (the chart's
 * first dataset), so a run can be checked for axes stretched far below the data and for repeated tick labels.
 * Read after the chart was drawn (JFreeChart picks a linear axis's tick unit while drawing).
 */
public record ChartAxes(String entity, String chart, String scale, double lower, double upper, double lowestFigure,
    List<String> tickLabels) {

  /** How far the axis reaches below the lowest figure, in decades of a log axis (0 when not below or not log). */
  public double decadesBelowLowest() {
    if (!"log".equals(scale) || !(lower > 0) || Double.isNaN(lowestFigure) || lowestFigure <= lower) {
      return 0;
    }
    return Math.log10(lowestFigure / lower);
  }

  /** Tick labels printed more than once. */
  public List<String> duplicateLabels() {
    Set<String> seen = new HashSet<>();
    List<String> dups = new ArrayList<>();
    for (String l : tickLabels) {
      if (!seen.add(l) && !dups.contains(l)) {
        dups.add(l);
      }
    }
    return dups;
  }

  /** The value axis of a drawn XY or category chart; null for a chart without a numeric value axis. */
  public static ChartAxes of(String entity, String chartName, JFreeChart chart) {
    Plot plot = chart.getPlot();
    ValueAxis axis;
    double lowest = Double.NaN;
    if (plot instanceof XYPlot xy) {
      axis = xy.getRangeAxis();
      lowest = lowestPositive(xy.getDataset(0));
    } else if (plot instanceof CategoryPlot cat) {
      axis = cat.getRangeAxis();
      lowest = lowestPositive(cat.getDataset(0));
    } else {
      return null;
    }
    if (axis == null || axis instanceof SymbolAxis) {
      return null;
    }
    double lower = axis.getLowerBound();
    double upper = axis.getUpperBound();
    List<String> labels = new ArrayList<>();
    String scale;
    if (axis instanceof LogTickAxis) {
      scale = "log";
      labels.addAll(LogTickAxis.labelledTicks(lower, upper).values());
    } else if (axis instanceof NumberAxis n) {
      scale = "linear";
      NumberTickUnit unit = n.getTickUnit();
      double size = unit.getSize();
      if (size > 0 && (upper - lower) / size < 1_000) {
        for (double v = Math.ceil(lower / size) * size; v <= upper + size * 1e-9; v += size) {
          // What NumberAxis prints: the override format if set, else the unit's own.
          double tick = Math.abs(v) < size * 1e-9 ? 0 : v;
          labels.add(n.getNumberFormatOverride() != null ? n.getNumberFormatOverride().format(tick)
              : unit.valueToString(tick));
        }
      }
    } else {
      return null;
    }
    return new ChartAxes(entity, chartName, scale, lower, upper, lowest, List.copyOf(labels));
  }

  private static double lowestPositive(XYDataset ds) {
    double lo = Double.NaN;
    if (ds == null) {
      return lo;
    }
    for (int s = 0; s < ds.getSeriesCount(); s++) {
      for (int i = 0; i < ds.getItemCount(s); i++) {
        double y = ds.getYValue(s, i);
        if (y > 0 && !(lo <= y)) {
          lo = y;
        }
      }
    }
    return lo;
  }

  private static double lowestPositive(CategoryDataset ds) {
    double lo = Double.NaN;
    if (ds == null) {
      return lo;
    }
    for (int r = 0; r < ds.getRowCount(); r++) {
      for (int c = 0; c < ds.getColumnCount(); c++) {
        Number v = ds.getValue(r, c);
        if (v != null && v.doubleValue() > 0 && !(lo <= v.doubleValue())) {
          lo = v.doubleValue();
        }
      }
    }
    return lo;
  }

  public static final List<String> COLUMNS = List.of("entity", "chart", "scale", "axis_lower", "axis_upper",
      "lowest_figure", "decades_below_lowest", "tick_labels", "duplicate_labels");

  /** The audit as CSV (the pipeline's CSV format), rows in the order given. */
  public static String csv(List<ChartAxes> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(out, CsvTableWriter.FORMAT)) {
      p.printRecord(COLUMNS);
      for (ChartAxes a : rows) {
        p.printRecord(CsvTableWriter.cell(a.entity()), CsvTableWriter.cell(a.chart()), a.scale(),
            CsvTableWriter.cell(a.lower()), CsvTableWriter.cell(a.upper()),
            Double.isNaN(a.lowestFigure()) ? "" : CsvTableWriter.cell(a.lowestFigure()),
            CsvTableWriter.cell(Math.round(a.decadesBelowLowest() * 100) / 100.0),
            CsvTableWriter.cell(String.join(" | ", a.tickLabels())),
            CsvTableWriter.cell(String.join(" | ", a.duplicateLabels())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
