package org.telecomgrowth.extract.table;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telecomgrowth.extract.rules.NumeralRules;

/**
 * The figure a table cell's text states, read strictly: the whole cell is one number, with at most a percent sign, a
 * scale word ("1.05m", "4.6 million"), an estimate mark ("(e)", "est.") and a few trailing words naming what is
 * counted ("86,236 lines"). Digit groups may be separated by commas, spaces or dots ("2 374 513", "8.665.156"); a
 * comma followed by other than three digits is a decimal comma ("181,1").
 *
 * @param value the number as written, times its own scale word
 * @param percent the cell says "%" or "percent"
 * @param scaled the cell carries its own scale word (a table-wide "(million)" then does not apply)
 * @param estimate the cell is marked as an estimate
 * @param words trailing words after the number ("lines", "per 100 people"), or ""
 */
public record CellValue(double value, boolean percent, boolean scaled, boolean estimate, String words) {

  private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?"       // 1,234,567.8
      + "|\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?:[.,]\\d+)?"                 // 2 374 513
      + "|\\d{1,3}(?:\\.\\d{3}){2,}(?:,\\d+)?"                                // 8.665.156
      + "|\\d{1,3}(?:['’]\\d{3})+(?:\\.\\d+)?"                                  // 10'788'602
      + "|\\d+(?:[.,]\\d+)?)";                                                // 13.6, 181,1
  private static final Pattern CELL = Pattern.compile("^\\s*(~|≈|c\\.\\s*|approx\\.?\\s*)?" + NUMBER
      + "\\s*(%|per\\s*cent\\b|percent\\b|million\\b|mn\\b|mln\\b|m\\b|thousand\\b|k\\b|billion\\b|bn\\b)?"
      + "\\s*((?:\\p{L}[\\p{L}'’./-]*)"
      + "(?:\\s+(?:\\p{L}[\\p{L}'’./-]*|1[0,]*0{2}))*)?"
      + "\\s*(\\((?:e|est\\.?|estimate)\\)|\\*+|est\\.?)?\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern BLANK = Pattern.compile(
      "^\\s*(?:[-–—.…x]+|n/?a|n\\.a\\.|na|nil|none|\\.\\.)\\s*$", Pattern.CASE_INSENSITIVE);

  /** Whether the text stands for no figure ("-", "n/a", "..", ""). */
  public static boolean isBlank(String text) {
    if (text == null || text.isBlank()) {
      return true;
    }
    char first = text.strip().charAt(0);
    return !Character.isDigit(first) && BLANK.matcher(text).matches(); // a figure is never a blank mark
  }

  /** The cell's figure, or null when the text is not one number. */
  public static CellValue parse(String text) {
    if (text == null || text.length() > 60) {
      return null;
    }
    Matcher m = CELL.matcher(text);
    if (!m.matches()) {
      return null;
    }
    String words = m.group(4) == null ? "" : m.group(4).strip();
    if (words.length() > 30 || (!words.isEmpty() && !words.chars().anyMatch(Character::isLetter))) {
      return null;
    }
    double v = number(m.group(2));
    String scale = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    boolean percent = scale.equals("%") || scale.startsWith("per"); // "%", "percent", "per cent"
    double factor = switch (scale) {
      case "million", "mn", "mln", "m" -> 1e6;
      case "thousand", "k" -> 1e3;
      case "billion", "bn" -> 1e9;
      default -> 1;
    };
    boolean estimate = m.group(1) != null || m.group(5) != null && !m.group(5).startsWith("*");
    return new CellValue(NumeralRules.times(v, factor), percent, factor != 1, estimate, words);
  }

  /** A number as written ("1,234.5", "2 374 513", "8.665.156", "181,1") to its value. */
  static double number(String s) {
    String t = s.indexOf(' ') < 0 && s.indexOf('\u00a0') < 0 && s.indexOf('\u202f') < 0 ? s
        : SPACES.matcher(s).replaceAll("");
    if (t.indexOf('\'') >= 0 || t.indexOf('’') >= 0) {
      t = t.replace("'", "").replace("’", ""); // "10'788'602": the apostrophe groups thousands
    }
    if (t.indexOf(',') < 0 && t.indexOf('.') == t.lastIndexOf('.')) {
      return Double.parseDouble(t); // "13.6", "2374513": no group separator to read
    }
    if (DOT_GROUPS.matcher(t).matches()) {
      return Double.parseDouble(t.replace(".", "").replace(',', '.'));
    }
    if (COMMA_GROUPS.matcher(t).matches()) {
      return Double.parseDouble(t.replace(",", ""));
    }
    return Double.parseDouble(t.replace(',', '.'));
  }

  private static final Pattern SPACES = Pattern.compile("[ \\u00a0\\u202f]");
  private static final Pattern DOT_GROUPS = Pattern.compile("\\d{1,3}(?:\\.\\d{3}){2,}(?:,\\d+)?");
  private static final Pattern COMMA_GROUPS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
}
