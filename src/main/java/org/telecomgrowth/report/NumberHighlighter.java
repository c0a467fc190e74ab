package org.telecomgrowth.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a sentence states a value, so the report can highlight "1.18 million" for 1180000 or "69%" for 69.
 * The observation table keeps the sentence span, not the number's span, so the number is found again here.
 */
final class NumberHighlighter {
  private NumberHighlighter() {}

  private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("a", 1));

  private static final Pattern NUMBER = Pattern.compile(
      "(?i)(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a)"
          + "(?:\\s*(million|billion|thousand))?(?!\\w)");

  /** Half-open [start, end) spans of the sentence that state one of the values. */
  static List<int[]> spans(String sentence, List<Double> values) {
    List<int[]> spans = new ArrayList<>();
    if (sentence == null || values.isEmpty()) {
      return spans;
    }
    Matcher m = NUMBER.matcher(sentence);
    while (m.find()) {
      String digits = m.group(1).toLowerCase(Locale.ROOT);
      boolean word = WORDS.containsKey(digits);
      if (word && m.group(2) == null && ("a".equals(digits) || !values.contains((double) WORDS.get(digits)))) {
        // Bare words ("a", "one") are numbers only when they are exactly an observed value.
        continue;
      }
      double v = word ? WORDS.get(digits) : Double.parseDouble(digits.replace(",", ""));
      if (m.group(2) != null) {
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
          case "billion":
            v *= 1e9;
            break;
          case "million":
            v *= 1e6;
            break;
          default:
            v *= 1e3;
        }
      }
      for (Double target : values) {
        if (same(v, target)) {
          int end = m.end();
          // Take a following "%" or "percent" into the highlight: "69%" reads as one figure.
          Matcher pct = Pattern.compile("^\\s*(%|percent|per cent)").matcher(sentence.substring(end));
          if (pct.find()) {
            end += pct.end();
          }
          spans.add(new int[] {m.start(), end});
          break;
        }
      }
    }
    return spans;
  }

  static boolean same(double a, double b) {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }
}
