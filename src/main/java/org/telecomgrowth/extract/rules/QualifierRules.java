package org.telecomgrowth.extract.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The qualifier dimension: whether a number is exact, approximate or a bound, from the words just before it
 * ("more than", "about", "fewer than") or just after it ("or more"), or from an estimate in its clause.
 */
public final class QualifierRules {
  private QualifierRules() {}

  public static final String EXACT = "exact";
  public static final String APPROX = "approx";
  public static final String AT_LEAST = "at_least";
  public static final String AT_MOST = "at_most";

  // Filler words allowed between the qualifier and the number: "over a total of", "to about", "only perhaps".
  private static final String FILLER = "(?:\\s+(?:only|just|a|an|the|of|to|at|total|some|reaching|reached))*\\s*$";

  private static final Pattern AT_LEAST_BEFORE = Pattern.compile(
      "\\b(?:more\\s+than|over|exceed(?:ing|ed|s)?|above|at\\s+least|upwards\\s+of|in\\s+excess\\s+of"
          + "|greater\\s+than|surpass(?:ing|ed)?|topp(?:ing|ed))" + FILLER, Pattern.CASE_INSENSITIVE);
  private static final Pattern AT_MOST_BEFORE = Pattern.compile(
      "\\b(?:fewer\\s+than|less\\s+than|under|below|up\\s+to|at\\s+most|no\\s+more\\s+than|not\\s+more\\s+than"
          + "|a\\s+maximum\\s+of)" + FILLER, Pattern.CASE_INSENSITIVE);
  private static final Pattern APPROX_BEFORE = Pattern.compile(
      "(?:\\b(?:about|around|approximately|approx\\.?|roughly|some|nearly|almost|near(?:ed|ing|s)?|close\\s+to"
          + "|perhaps|maybe|an\\s+estimated|estimated|circa|ca\\.|c\\.|an\\s+approximate)|~)" + FILLER,
      Pattern.CASE_INSENSITIVE);
  private static final Pattern AT_LEAST_AFTER = Pattern.compile("^\\s*(?:\\+|or\\s+more\\b|and\\s+more\\b|plus\\b)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern AT_MOST_AFTER = Pattern.compile("^\\s+(?:or\\s+(?:less|fewer))\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern APPROX_AFTER = Pattern.compile("^\\s+or\\s+so\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ESTIMATE = Pattern.compile("\\bestimat\\w*", Pattern.CASE_INSENSITIVE);

  /** The qualifier of the quantity at [start, end) of {@code s}; {@code clauseStart} bounds the estimate search. */
  public static String qualify(String s, int start, int end, int clauseStart) {
    String before = s.substring(Math.max(0, start - 40), start);
    if (AT_LEAST_BEFORE.matcher(before).find() || NumeralRules.at(AT_LEAST_AFTER, s, end)) {
      return AT_LEAST;
    }
    if (AT_MOST_BEFORE.matcher(before).find() || NumeralRules.at(AT_MOST_AFTER, s, end)) {
      return AT_MOST;
    }
    if (APPROX_BEFORE.matcher(before).find() || NumeralRules.at(APPROX_AFTER, s, end)) {
      return APPROX;
    }
    Matcher est = ESTIMATE.matcher(s.substring(clauseStart, start));
    if (est.find()) {
      return APPROX;
    }
    return EXACT;
  }
}
