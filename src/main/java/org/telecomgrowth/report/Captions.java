package org.telecomgrowth.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Two-sentence captions written from each chart's data, so the words always match the picture. */
final class Captions {
  private Captions() {}

  static String noData(String table) {
    return "No data: the " + table + " table is missing or has no rows for this chart, so it is drawn empty. "
        + "It fills in once the transform stage produces " + table + ".";
  }

  static String subscribers(SubscriberChartData d) {
    if (d.isEmpty()) {
      return noData("series");
    }
    List<SubscriberChartData.Point> all = d.allPoints();
    SubscriberChartData.Point first = all.get(0);
    SubscriberChartData.Point last = all.get(all.size() - 1);
    long bounds = all.stream().filter(SubscriberChartData.Point::lowerBound).count();
    String s1 = String.format(Locale.ROOT, "Mobile subscribers went from %s%s (%s) to %s%s (%s) in %d reported "
        + "figures from %d source%s, %d of them lower bounds (\u25b2).", Formats.boundSign(first.qualifier()),
        Formats.grouped(first.value()), Formats.monthYear(first.date()), Formats.boundSign(last.qualifier()),
        Formats.grouped(last.value()), Formats.monthYear(last.date()), all.size(), d.lines().size(),
        d.lines().size() == 1 ? "" : "s", bounds);
    String band = d.bands().isEmpty() ? "No regime break was found among the events"
        : "The shaded band marks the " + d.bands().get(0).label();
    String fit = d.fit() == null ? ". No forecast: " + d.noForecast() + "." : "; " + forecast(d.fit());
    return s1 + " " + band + fit;
  }

  /** The forecast sentence: which model, why, its values with their 80 % intervals and its backtest error. */
  static String forecast(SubscriberChartData.Curve c) {
    StringBuilder b = new StringBuilder("the dashed line is the ");
    b.append(c.label());
    if (!Double.isNaN(c.r2())) {
      b.append(String.format(Locale.ROOT, " (R\u00b2 %.2f)", c.r2()));
    }
    if (c.choiceBasis() != null && !c.choiceBasis().isEmpty() && !Double.isNaN(c.modelError())) {
      String basis = switch (c.choiceBasis()) {
        case "own_backtest" -> "this series' own backtest";
        case "corpus_backtest" -> "the backtest of every series of the metric in this run";
        case "prior_backtest" -> "the backtest of the full CIA World Factbook corpus (the prior)";
        default -> c.choiceBasis();
      };
      b.append(String.format(Locale.ROOT, ", chosen by %s: mean error %s against %s for the better naive "
          + "baseline", basis, pct(c.modelError()), pct(c.naiveError())));
    }
    b.append(", lighter where it forecasts.");
    List<SubscriberChartData.CurvePoint> ahead = c.points().stream()
        .filter(SubscriberChartData.CurvePoint::hasInterval).toList();
    if (!ahead.isEmpty()) {
      b.append(" Forecast with its 80 % interval (shaded): ");
      List<String> parts = new ArrayList<>();
      for (SubscriberChartData.CurvePoint p : ahead) {
        parts.add(String.format(Locale.ROOT, "%s %s (%s\u2013%s)", Formats.monthYear(p.date()),
            Formats.compact(p.value()), Formats.compact(p.lower80()), Formats.compact(p.upper80())));
      }
      b.append(String.join("; ", parts)).append(". Median error of the method in the backtest: ");
      List<String> errs = new ArrayList<>();
      for (SubscriberChartData.CurvePoint p : ahead) {
        if (!Double.isNaN(p.backtestMedianApe())) {
          errs.add(String.format(Locale.ROOT, "%s at %d year%s", pct(p.backtestMedianApe()), p.horizon(),
              p.horizon() == 1 ? "" : "s"));
        }
      }
      b.append(errs.isEmpty() ? "not known" : String.join(", ", errs)).append('.');
    }
    return b.toString();
  }

  private static String pct(double share) {
    return Double.isNaN(share) ? "unknown" : String.format(Locale.ROOT, "%.0f %%", 100 * share);
  }

  static String growth(GrowthChartData d) {
    if (d.isEmpty()) {
      return noData("growth");
    }
    List<GrowthChartData.Bar> pairs = d.bars().stream().filter(b -> "pair".equals(b.kind())).toList();
    List<GrowthChartData.Bar> segments = d.bars().stream().filter(b -> "segment".equals(b.kind())).toList();
    String s1;
    if (pairs.isEmpty()) {
      s1 = "No consecutive pair of figures gives a growth rate.";
    } else {
      GrowthChartData.Bar max = pairs.stream().max(Comparator.comparingDouble(GrowthChartData.Bar::cagr)).get();
      GrowthChartData.Bar min = pairs.stream().min(Comparator.comparingDouble(GrowthChartData.Bar::cagr)).get();
      s1 = "Between consecutive figures the annual growth rate ranged from " + ReportCharts.growthLabel(min)
          + " (" + min.label() + ") to " + ReportCharts.growthLabel(max) + " (" + max.label() + ").";
    }
    String s2;
    if (segments.isEmpty()) {
      s2 = "No segment between regime breaks has two figures";
    } else {
      List<String> parts = new ArrayList<>();
      for (GrowthChartData.Bar b : segments) {
        parts.add(ReportCharts.growthLabel(b) + " a year for " + b.label().replace(" (segment)", ""));
      }
      s2 = "Over whole segments between regime breaks it was " + String.join(", ", parts);
    }
    s2 += d.omittedCrossingBreak() == 0 ? "." : "; " + d.omittedCrossingBreak()
        + " pair(s) spanning a break are left out because they average over it.";
    if (d.omittedFlagged() > 0) {
      s2 += " " + d.omittedFlagged() + " rate(s) flagged in growth.csv (over less than a year, or above 300 % a "
          + "year) are not drawn.";
    }
    return s1 + " " + s2;
  }

  static String households(HouseholdChartData d) {
    if (d.isEmpty()) {
      return noData("penetration");
    }
    Map<String, List<HouseholdChartData.Bar>> byGroup = new LinkedHashMap<>();
    d.bars().stream().sorted(Comparator.comparingInt(HouseholdChartData.Bar::year).reversed()
        .thenComparing(b -> "national".equals(b.scope()) ? "" : b.scope()))
        .forEach(b -> byGroup.computeIfAbsent(b.group(), k -> new ArrayList<>()).add(b));
    List<String> sentences = new ArrayList<>();
    for (List<HouseholdChartData.Bar> bars : byGroup.values()) {
      HouseholdChartData.Bar any = bars.get(0);
      List<String> parts = new ArrayList<>();
      for (HouseholdChartData.Bar b : bars) {
        parts.add(Formats.trim(b.percent()) + "% " + (parts.isEmpty() ? "of households had " : "")
            + article(b.item()));
      }
      String where = "national".equals(any.scope()) ? "" : " in " + any.scope();
      sentences.add("In " + any.year() + where + ", " + join(parts) + ".");
      if (sentences.size() == 2) {
        break;
      }
    }
    if (sentences.size() == 1) {
      sentences.add("Each bar is a survey share as the text states it, not a derived figure.");
    }
    return String.join(" ", sentences);
  }

  static String per100(PenetrationChartData d) {
    if (d.isEmpty()) {
      return noData("penetration");
    }
    PenetrationChartData.Line line = d.lines().stream()
        .max(Comparator.comparingInt((PenetrationChartData.Line l) -> l.points().size())
            .thenComparing(PenetrationChartData.Line::label, Comparator.reverseOrder())).get();
    PenetrationChartData.Point first = line.points().get(0);
    PenetrationChartData.Point last = line.points().get(line.points().size() - 1);
    String s1 = String.format(Locale.ROOT, "For %s the figure per 100 inhabitants went from %s in %d to %s in %d.",
        line.label(), Formats.trim(first.value()), first.date().getYear(), Formats.trim(last.value()),
        last.date().getYear());
    String used = PopulationSources.describe(d.populationSources());
    long derived = d.lines().stream().filter(l -> !l.label().contains("(as stated)")).count();
    String how = derived == 0 ? "Each line is a figure per 100 inhabitants as the text states it."
        : used.isBlank() ? "No population was available for the derived lines."
        : (d.lines().size() == 1 ? "It is the reported count divided by the population of the same year ("
            + used + "), times 100."
            : d.lines().size() + " lines are shown; each derived line is a reported count divided by the population "
                + "of the same year (" + used + "), times 100" + (derived < d.lines().size()
                ? ", the others as the text states them." : "."));
    return s1 + " " + how;
  }

  static String timeline(TimelineChartData d) {
    if (d.isEmpty()) {
      return noData("events");
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    d.milestones().forEach(m -> counts.merge(m.category(), 1, Integer::sum));
    Map.Entry<String, Integer> top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).get();
    int from = d.milestones().stream().mapToInt(m -> m.start().getYear()).min().getAsInt();
    int to = d.milestones().stream().mapToInt(m -> m.end().getYear()).max().getAsInt();
    return String.format(Locale.ROOT, "%d dated events from %d to %d, most often of category %s (%d).",
        d.milestones().size(), from, to, top.getKey(), top.getValue())
        + " Each number is listed in the events table below with the sentence it comes from.";
  }

  private static String article(String item) {
    return item.endsWith("access") ? item : "a " + item;
  }

  private static String join(List<String> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }
}
