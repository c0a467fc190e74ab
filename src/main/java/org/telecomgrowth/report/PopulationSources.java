package org.telecomgrowth.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;

/**
 * The population sources a set of per-100 figures actually used (penetration.reference_source of derived rows with
 * a value), named shortly: Factbook editions are joined into one name with their range of editions.
 */
final class PopulationSources {
  private PopulationSources() {}


  /** Distinct sources of the derived per-100-inhabitants rows that carry a value. */
  static Set<String> used(List<Row> penetration) {
    Set<String> out = new TreeSet<>();
    for (Row r : penetration) {
      if ("derived".equals(RowValues.str(r, "kind")) && "per_100_inhabitants".equals(RowValues.str(r, "unit"))
          && RowValues.dbl(r, "value") != null) {
        for (String s : RowValues.str(r, "reference_source").split("; ")) {
          if (!s.isBlank()) {
            out.add(s.trim());
          }
        }
      }
    }
    return out;
  }

  private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19[0-9]{2}|20[0-9]{2})(?![0-9])");

  /**
   * The sources joined by " and ", those differing only in a year named once with the range of years ("The World
   * Factbook 1999\u20132015 (...), Population field"); "" when none.
   */
  static String describe(Set<String> sources) {
    TreeMap<String, TreeSet<Integer>> byPattern = new TreeMap<>();
    for (String s : sources) {
      Matcher m = YEAR.matcher(s);
      TreeSet<Integer> years = byPattern.computeIfAbsent(m.replaceAll("#"), k -> new TreeSet<>());
      m.reset();
      while (m.find()) {
        years.add(Integer.parseInt(m.group(1)));
      }
    }
    List<String> names = new ArrayList<>();
    byPattern.forEach((pattern, years) -> {
      String range = years.isEmpty() ? "" : years.size() == 1 ? years.first().toString()
          : years.first() + "\u2013" + years.last();
      names.add(pattern.replaceFirst("#", range).replace("#", "").replaceAll("\\s+", " ").trim());
    });
    return String.join(" and ", names);
  }
}
