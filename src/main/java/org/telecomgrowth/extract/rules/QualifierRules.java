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
  private static final String FILLER = "(?:\\s+(?:only|just|a|an|the|of|to|at|total|some|reaching|reached"
      + "|de|d['’]|du|des|les|la|le|el|los|las|o|os|as|à|un|una|um|uma))*\\s*$";
  // French, Spanish and Portuguese: "plus de", "au moins", "más de", "mais de", "pelo menos", "moins de", "menos
  // de", "environ", "près de", "cerca de", "alrededor de", "quase"
  private static final String ROMANCE_AT_LEAST = "|plus\\s+d(?:e|['’])|au\\s+moins|d[ée]pass\\w*|sup[ée]rieure?s?\\s+[àa]|m[áa]s\\s+del?"
      + "|al\\s+menos|por\\s+lo\\s+menos|superior(?:es)?\\s+a|super[óo]|mais\\s+de|pelo\\s+menos|ultrapass\\w*|acima\\s+de";
  private static final String ROMANCE_AT_MOST = "|moins\\s+d(?:e|['’])|inf[ée]rieure?s?\\s+[àa]|menos\\s+del?|inferior(?:es)?\\s+a"
      + "|abaixo\\s+de|por\\s+debajo\\s+de";
  private static final String ROMANCE_APPROX = "|environ|pr[èe]s\\s+d(?:e|['’])|presque|quelque|approximativement|autour\\s+de"
      + "|aux\\s+alentours\\s+de|cerca\\s+de|casi|alrededor\\s+de|aproximadamente|unos|unas|quase|em\\s+torno\\s+de"
      + "|por\\s+volta\\s+de|estimad[oa]s?|estim[ée]e?s?";

  private static final Pattern AT_LEAST_BEFORE = Pattern.compile(
      "\\b(?:more\\s+than|over|exceed(?:ing|ed|s)?|above|at\\s+least|upwards\\s+of|in\\s+excess\\s+of"
          + "|greater\\s+than|surpass(?:ing|ed)?|topp(?:ing|ed)|pass(?:ed|ing)|crossed|beyond" + ROMANCE_AT_LEAST + ")" + FILLER,
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern AT_MOST_BEFORE = Pattern.compile(
      "\\b(?:fewer\\s+than|less\\s+than|under|below|(?<!\\b(?:went|go|goes|gone|going|shot|moved|climbed|rose|jumped|grew|edged|inched|crept|ticked|picked|ramped|stepped|crawled|bounced)\\s)up\\s+to|at\\s+most|no\\s+more\\s+than|not\\s+more\\s+than"
          + "|a\\s+maximum\\s+of" + ROMANCE_AT_MOST + ")" + FILLER, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern APPROX_BEFORE = Pattern.compile(
      "(?:\\b(?:about|around|approximately|approx\\.?|roughly|some|nearly|almost|near(?:ed|ing|s)?|close\\s+to"
          + "|perhaps|maybe|an\\s+estimated|estimated|circa|ca\\.|c\\.|an\\s+approximate" + ROMANCE_APPROX + ")|~)" + FILLER,
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern AT_LEAST_AFTER = Pattern.compile("^\\s*(?:\\+|or\\s+more\\b|and\\s+more\\b|plus\\b)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern AT_MOST_AFTER = Pattern.compile("^\\s+(?:or\\s+(?:less|fewer))\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern APPROX_AFTER = Pattern.compile("^\\s+or\\s+so\\b", Pattern.CASE_INSENSITIVE);
  // "estimated", "estimates"; "estimó", "estimou", "a estimé" (the estimate of an agency)
  private static final Pattern ESTIMATE = Pattern.compile("(?iu)(?<![\\p{L}])(?:estimat\\w*|estim[óo]u?|estim[ée])(?![\\p{L}])");

  /** The qualifier of the quantity at [start, end) of {@code s}; {@code clauseStart} bounds the estimate search. */
  public static String qualify(String s, int start, int end, int clauseStart) {
    String before = s.substring(Math.max(0, start - 40), start);
    // Each regex is run only when the window holds one of the literals every match of it contains.
    String lower = before.toLowerCase(java.util.Locale.ROOT);
    if ((mayHold(lower, AT_LEAST_WORDS) && AT_LEAST_BEFORE.matcher(before).find())
        || (mayFollow(s, end, "+oap") && NumeralRules.at(AT_LEAST_AFTER, s, end))) {
      return AT_LEAST;
    }
    if ((mayHold(lower, AT_MOST_WORDS) && AT_MOST_BEFORE.matcher(before).find())
        || (mayFollow(s, end, "o") && NumeralRules.at(AT_MOST_AFTER, s, end))) {
      return AT_MOST;
    }
    if ((mayHold(lower, APPROX_WORDS) && APPROX_BEFORE.matcher(before).find())
        || (mayFollow(s, end, "o") && NumeralRules.at(APPROX_AFTER, s, end))) {
      return APPROX;
    }
    if (LiteralGate.containsAny(s, clauseStart, start, "estimat", "estimó", "estimou", "estimé")) {
      Matcher est = ESTIMATE.matcher(s.substring(clauseStart, start));
      if (est.find()) {
        return APPROX;
      }
    }
    return EXACT;
  }

  // A literal that each alternative of the regex above contains (lower case).
  private static final String[] AT_LEAST_WORDS = {"more", "over", "exceed", "above", "least", "upwards", "excess",
      "greater", "surpass", "topp", "pass", "crossed", "beyond", "plus", "moins", "dépass", "depass", "supérieur",
      "superieur", "más", "mas", "menos", "superior", "super", "mais", "ultrapass", "acima"};
  private static final String[] AT_MOST_WORDS = {"fewer", "less", "under", "below", "up", "most", "more",
      "maximum", "moins", "inférieur", "inferieur", "menos", "inferior", "abaixo", "debajo"};
  private static final String[] APPROX_WORDS = {"about", "around", "approx", "roughly", "some", "near", "almost", "close",
      "perhaps", "maybe", "estimated", "circa", "ca.", "c.", "~", "environ", "près", "pres", "presque", "quelque",
      "approximativement", "autour", "alentours", "cerca", "casi", "alrededor", "aproximadamente", "unos", "unas",
      "quase", "torno", "volta", "estimad", "estim"};

  private static boolean mayHold(String lower, String[] literals) {
    for (String l : literals) {
      if (lower.contains(l)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the first character after {@code end} and any white space (regex \s) is one of {@code firsts}. */
  private static boolean mayFollow(String s, int end, String firsts) {
    int i = end;
    while (i < s.length() && isRegexSpace(s.charAt(i))) {
      i++;
    }
    return i < s.length() && firsts.indexOf(Character.toLowerCase(s.charAt(i))) >= 0;
  }

  static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
