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

  private static final Pattern FACTBOOK = Pattern.compile("^The World Factbook (\\d{4})\\b.*");

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

  /** "World Bank SP.POP.TOTL (...) and The World Factbook's Population field (editions 1999-2015)"; "" when none. */
  static String describe(Set<String> sources) {
    TreeMap<String, TreeSet<Integer>> factbook = new TreeMap<>();
    List<String> names = new ArrayList<>();
    for (String s : sources) {
      Matcher m = FACTBOOK.matcher(s);
      if (m.matches()) {
        factbook.computeIfAbsent("fb", k -> new TreeSet<>()).add(Integer.parseInt(m.group(1)));
      } else {
        names.add(s);
      }
    }
    if (!factbook.isEmpty()) {
      TreeSet<Integer> years = factbook.get("fb");
      names.add("The World Factbook's Population field (edition" + (years.size() == 1 ? " " + years.first()
          : "s " + years.first() + "\u2013" + years.last()) + ")");
    }
    return String.join(" and ", names);
  }
}
