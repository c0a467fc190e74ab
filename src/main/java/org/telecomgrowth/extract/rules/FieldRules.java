package org.telecomgrowth.extract.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field dimension: figures stated as the value of a label, as profiles, fact sheets and infoboxes print them
 * ("Telephones - mobile cellular: 1.8 million (1997)", "total subscriptions: 9.4 million; subscriptions per 100
 * inhabitants: 22 (2019 est.)"). A rule here says whether a number is a label's value and which words are its
 * label; the metric dimension then reads the label as it reads the words around a number in prose.
 */
public final class FieldRules {
  private FieldRules() {}

  /** The label of a labelled value at [start, end) of the text, and where its value part begins. */
  public record Label(int start, int end, int valueStart) {
    public String text(CharSequence s) {
      return s.subSequence(start, end).toString();
    }
  }

  // "<Field name>: " at the start of a paragraph: short, capitalised, no digits, no sentence inside.
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  // (after a list's bullet too: "- Land lines: 1,165,673 lines in use")
  private static final Pattern FIELD_LINE = Pattern.compile("^(?:\\s*[-•*·▪–]\\s+)?([A-Z][\\p{L} ,()'/&–-]{0,60}?)\\s*:\\s+(?=\\S)");
  // What may stand between a label's colon and its value: a date first ("(2023 est.)"), a bound or an estimate.
  private static final Pattern BETWEEN_COLON_AND_VALUE = Pattern.compile(
      "^\\s*(?:\\([^()]{0,40}\\)\\s*)?(?:(?:less|fewer|more)\\s+than|over|under|up\\s+to|about|approximately|"
          + "nearly|almost|roughly|some|around|an\\s+estimated|est\\.)?\\s*$", Pattern.CASE_INSENSITIVE);

  /** The field name that opens a paragraph's first line ("Telephones - fixed lines"), or null. */
  public static String fieldName(String firstLine) {
    Matcher m = FIELD_LINE.matcher(firstLine);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).strip();
    return WHITE_SPACE.split(name).length <= 8 ? name : null;
  }

  /**
   * The label whose value the number at {@code numberStart} is ("subscriptions per 100 inhabitants: 22"), or null
   * when the number is not right after a label's colon. The label runs back from the colon to the previous colon,
   * closing bracket, semicolon, bar or line break ({@code lineBreaks} marks them in the original text).
   */
  public static Label labelOf(String s, int numberStart, int from, CharSequence original, int offset) {
    int colon = s.lastIndexOf(':', numberStart - 1);
    if (colon < from || numberStart - colon > 240) {
      return null;
    }
    int valueStart = colon + 1;
    if (numberStart - colon > 48 || !BETWEEN_COLON_AND_VALUE.matcher(s.substring(colon + 1, numberStart)).find()) {
      // "Main lines in use: 16.5 million, 18th in the world (2009), 12.3 million (Q3 2020)": a later value of the
      // label's list, after values that each close with their date in brackets; its own value starts after them
      Matcher earlier = EARLIER_DATED_VALUES.matcher(s).region(colon + 1, numberStart);
      if (!earlier.matches()) {
        return null;
      }
      valueStart = earlier.end(1);
    }
    int i = colon;
    int unitBracket = unitBracketBefore(s, colon, from);
    if (unitBracket >= 0) {
      i = unitBracket; // "Individuals using the Internet (%): 43", "Mobile subscriptions (millions): 43.6"
    }
    while (i > from) {
      char c = s.charAt(i - 1);
      char o = original.charAt(offset + i - 1);
      if (c == ':' || c == ')' || c == ';' || c == '|' || c == '.' || o == '\n' || Character.isDigit(c)
          && !digitInLabel(s, i - 1)) {
        break;
      }
      i--;
    }
    while (i < colon && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    if (i >= colon) {
      return null;
    }
    return new Label(i, colon, valueStart);
  }

  // one or more values of a label's list before the number, each closed by its date in brackets and a comma ("
  // 62.8 million, 17th in the world (2009), 80 million (2018), "; "(Q3 2020)", "(2022 est.)", "(end of 2014)"; not
  // "(Atlantic Ocean)" nor "(broken in January 2002)"); group 1 ends where the number's own value starts
  private static final Pattern EARLIER_DATED_VALUES = Pattern.compile(
      "((?:\\s*\\d[^:;()]{0,40}?\\(\\s*(?:[\\p{L}.]+\\s+){0,2}(?:\\d{1,2}\\s+)?(?:19|20)\\d\\d(?:\\s+est\\.?)?\\s*\\)\\s*,)+)"
          + "\\s*(?:about|over|nearly|almost|roughly|some|around|more\\s+than)?\\s*");

  private static final Pattern BRACKET_BEFORE_COLON = Pattern.compile("\\(\\s*([^()]{1,25}?)\\s*\\)\\s*");

  /**
   * Where a bracket right before the colon at {@code colon} opens when it holds a unit or a scale ("Internet users
   * (%):", "(per 100 inhabitants):", "(millions):"), read as a label's unit or a printed scale; else -1 (a date or
   * a note in brackets ends the label there).
   */
  private static int unitBracketBefore(String s, int colon, int from) {
    int open = s.lastIndexOf('(', colon);
    if (open <= from) {
      return -1;
    }
    Matcher m = BRACKET_BEFORE_COLON.matcher(s).region(open, colon);
    if (!m.matches()) {
      return -1;
    }
    String inside = m.group(1);
    return NumeralRules.printedScale("(" + inside + ")") != 1
        || !NumeralRules.COUNT.equals(MetricRules.readLabel(inside, NumeralRules.COUNT).unit()) ? open : -1;
  }

  /**
   * Whether [from, to) of {@code s} holds a semicolon or colon: a new clause of a list ("; mobile-cellular ...") or a
   * new field ("domestic:") lies between.
   */
  public static boolean breakBetween(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == ';' || s.charAt(i) == ':') {
        return true;
      }
    }
    return false;
  }

  // "per 100 inhabitants", "per 1,000 people": digits that belong in a label
  private static boolean digitInLabel(String s, int at) {
    int from = Math.max(0, at - 12);
    String before = s.substring(from, at + 1).toLowerCase(java.util.Locale.ROOT);
    return PER_DIGITS_AT_END.matcher(before).matches();
  }

  // also "por cada 100 habitantes", "pour 100 habitants", "a cada 100 domicílios"
  private static final Pattern PER_DIGITS_AT_END = Pattern.compile(
      "(?s).*(?:\\bper|(?<![\\p{L}])(?:por|pour|para|cada))\\s+[\\d,.]*$", Pattern.UNICODE_CASE);
}
