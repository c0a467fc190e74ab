package org.telecomgrowth.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numeral and quantity dimensions: rules that find the numbers of a sentence that state an amount, normalised
 * to a double in the contract's units (count, percent, per_100_inhabitants, km).
 *
 * <p>Not quantities (the negative corpus): years and dates (passed in as claimed spans), ages ("between the age of
 * 20 and 50"), names of models and networks ("3G", "E-10A", "STM-1"), compound modifiers ("19-inch",
 * "nineteen-inch", "24-hour"), durations ("two years of operation"), money, and vague amounts ("tens of
 * thousands").
 */
public final class NumeralRules {
  private NumeralRules() {}

  /** Units of the contract. */
  public static final String COUNT = "count";
  public static final String PERCENT = "percent";
  public static final String PER_100 = "per_100_inhabitants";
  public static final String KM = "km";

  /**
   * A quantity at [start, end) (number plus scale word and unit); {@code spelled} when written in words, and
   * {@code needsNoun} when a bare small word number ("one", "three") is an amount only if a counted noun follows.
   */
  public record Quantity(int start, int end, double value, String unit, boolean spelled, boolean needsNoun) {}

  // "digits" <scale>? : 1,180,000 | 1.18 (million) | 94
  private static final Pattern DIGITS = Pattern.compile(
      "(?<![\\p{L}\\p{N}\\-./,$€£¥#])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?");
  private static final Pattern SCALE = Pattern.compile("^\\s+(thousand|million|billion|trillion)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PERCENT_UNIT = Pattern.compile("^\\s*(?:%|percent\\b|per\\s+cent\\b|pc\\b)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PER_100_UNIT = Pattern.compile(
      "^(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:per|for\\s+every|every)\\s+(?:100|one\\s+hundred|a\\s+hundred|hundred)\\s+(?:of\\s+the\\s+)?"
          + "(?:inhabitants?|people|persons|residents|population|capita)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern KM_UNIT = Pattern.compile("^\\s*(?:km|kilomet(?:er|re)s?)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MILE_UNIT = Pattern.compile("^\\s*miles?\\b", Pattern.CASE_INSENSITIVE);
  // "two years of operation", "24 hours": durations, not amounts
  private static final Pattern DURATION_AFTER = Pattern.compile(
      "^\\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONEY_AFTER = Pattern.compile(
      "^\\s*(?:dollars?|euros?|usd|eur|yuan|rmb|won|roubles?|rubles?|pounds?|yen)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONEY_BEFORE = Pattern.compile("(?:[$€£¥]|\\bUS\\$|\\bUSD|\\bEUR)\\s*$");
  // "19-inch", "24-hour", "3-year" ... but "10-percent" is still a share
  private static final Pattern COMPOUND_AFTER = Pattern.compile("^-(?!percent\\b)\\p{L}");
  // Age phrases claim their numbers: "between the age of 20 and 50", "aged 15 to 24", "18-year-olds".
  private static final Pattern AGE = Pattern.compile(
      "\\b(?:between\\s+)?(?:the\\s+)?ages?\\s+(?:of\\s+)?(?:between\\s+)?\\d+(?:\\s*(?:and|to|-|–)\\s*\\d+)?"
          + "|\\baged\\s+(?:between\\s+)?\\d+(?:\\s*(?:and|to|-|–)\\s*\\d+)?(?:\\s+and\\s+(?:over|above|older))?"
          + "|\\b\\d+(?:\\s*(?:to|-|–)\\s*\\d+)?[\\s-]+years?[\\s-]+olds?\\b", Pattern.CASE_INSENSITIVE);

  private static final Map<String, Integer> SMALL = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
      Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));
  private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
      "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
  private static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6,
      "billion", 1e9, "trillion", 1e12);
  private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:-[\\p{L}]+)?");

  /** Quantities in {@code s}, skipping the spans in {@code claimed} (dates), in text order. */
  public static List<Quantity> find(String s, List<int[]> claimed) {
    List<int[]> taken = new ArrayList<>(claimed);
    Matcher age = AGE.matcher(s);
    while (age.find()) {
      taken.add(new int[] {age.start(), age.end()});
    }
    List<Quantity> out = new ArrayList<>();
    findDigits(s, taken, out);
    findWords(s, taken, out);
    out.sort(java.util.Comparator.comparingInt(Quantity::start));
    return out;
  }

  /** The numbers that an age phrase holds, as [start, end) spans (used for scope qualifiers too). */
  public static List<int[]> agePhrases(String s) {
    List<int[]> out = new ArrayList<>();
    Matcher age = AGE.matcher(s);
    while (age.find()) {
      out.add(new int[] {age.start(), age.end()});
    }
    return out;
  }

  private static boolean inside(List<int[]> spans, int start, int end) {
    for (int[] sp : spans) {
      if (start < sp[1] && sp[0] < end) {
        return true;
      }
    }
    return false;
  }

  private static void findDigits(String s, List<int[]> taken, List<Quantity> out) {
    Matcher m = DIGITS.matcher(s);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (inside(taken, start, end)) {
        continue;
      }
      String rest = s.substring(end);
      if (!rest.isEmpty() && (Character.isLetterOrDigit(rest.charAt(0)) || rest.startsWith("'s"))) {
        continue; // 3G, 10A, 1st, 2000s
      }
      if (COMPOUND_AFTER.matcher(rest).find() || rest.matches("^[.,]\\d.*")) {
        continue;
      }
      if (MONEY_BEFORE.matcher(s.substring(0, start)).find() || MONEY_AFTER.matcher(rest).find()) {
        continue;
      }
      double value = Double.parseDouble(m.group(1).replace(",", "") + (m.group(2) != null ? "." + m.group(2) : ""));
      Matcher scale = SCALE.matcher(rest);
      boolean scaled = false;
      if (scale.find()) {
        scaled = true;
        value *= SCALES.get(scale.group(1).toLowerCase(Locale.ROOT));
        end += scale.end();
        rest = s.substring(end);
      }
      Quantity q = withUnit(s, start, end, rest, value, false, false, scaled);
      if (q != null) {
        out.add(q);
        taken.add(new int[] {q.start(), q.end()});
      }
    }
  }

  /** Adds the unit that follows (percent, per 100, km) or count; null for a duration. */
  private static Quantity withUnit(String s, int start, int end, String rest, double value, boolean spelled,
      boolean needsNoun, boolean scaled) {
    Matcher u;
    if ((u = PERCENT_UNIT.matcher(rest)).find()) {
      return new Quantity(start, end + u.end(), value, PERCENT, spelled, false);
    }
    if ((u = PER_100_UNIT.matcher(rest)).find()) {
      return new Quantity(start, end + u.end(), value, PER_100, spelled, false);
    }
    if ((u = KM_UNIT.matcher(rest)).find()) {
      return new Quantity(start, end + u.end(), value, KM, spelled, false);
    }
    if ((u = MILE_UNIT.matcher(rest)).find()) {
      return new Quantity(start, end + u.end(), value * 1.609344, KM, spelled, false);
    }
    if (!scaled && DURATION_AFTER.matcher(rest).find()) {
      return null; // "two years of operation"; but "2 billion minutes" is an amount
    }
    return new Quantity(start, end, value, COUNT, spelled, needsNoun);
  }

  /** Word numbers: "two", "twenty-five", "three million", "one and a half million", "half a million". */
  private static void findWords(String s, List<int[]> taken, List<Quantity> out) {
    Matcher w = WORD.matcher(s);
    List<int[]> words = new ArrayList<>();
    while (w.find()) {
      words.add(new int[] {w.start(), w.end()});
    }
    int i = 0;
    while (i < words.size()) {
      int[] first = words.get(i);
      String lw = s.substring(first[0], first[1]).toLowerCase(Locale.ROOT);
      boolean article = lw.equals("a") || lw.equals("half");
      if (!article && !isNumberWord(lw)) {
        i++;
        continue;
      }
      double value = 0;
      double group = 0;
      boolean any = false;
      boolean scaled = false;
      int j = i;
      int end = first[1];
      if (lw.equals("half")) {
        // "half a million"
        if (j + 2 < words.size() && word(s, words.get(j + 1)).equals("a")
            && SCALES.containsKey(word(s, words.get(j + 2))) && gapIsSpace(s, words, j, j + 1)
            && gapIsSpace(s, words, j + 1, j + 2)) {
          double sc = SCALES.get(word(s, words.get(j + 2)));
          addIfFree(out, taken, s, first[0], words.get(j + 2)[1], 0.5 * sc, true);
          i = j + 3;
          continue;
        }
        i++;
        continue;
      }
      if (lw.equals("a")) {
        // "a million", "a hundred thousand"
        if (j + 1 < words.size() && SCALES.containsKey(word(s, words.get(j + 1))) && gapIsSpace(s, words, j, j + 1)) {
          group = 1;
          any = true;
          j++;
        } else {
          i++;
          continue;
        }
      }
      for (; j < words.size(); j++) {
        if (j > i && !gapIsSpace(s, words, j - 1, j)) {
          break;
        }
        String t = word(s, words.get(j));
        if (t.contains("-")) {
          String[] parts = t.split("-");
          if (TENS.containsKey(parts[0]) && SMALL.containsKey(parts[1]) && SMALL.get(parts[1]) < 10) {
            group += TENS.get(parts[0]) + SMALL.get(parts[1]);
            any = true;
            end = words.get(j)[1];
            continue;
          }
          break;
        }
        if (SMALL.containsKey(t)) {
          group += SMALL.get(t);
        } else if (TENS.containsKey(t)) {
          group += TENS.get(t);
        } else if (t.equals("hundred") && any) {
          group *= 100;
        } else if (SCALES.containsKey(t) && any) {
          value += group * SCALES.get(t);
          group = 0;
          scaled = true;
        } else if (t.equals("and") && any && j + 2 < words.size() && word(s, words.get(j + 1)).equals("a")
            && word(s, words.get(j + 2)).equals("half")) {
          group += 0.5;
          j += 2;
          end = words.get(j)[1];
          continue;
        } else {
          break;
        }
        any = true;
        end = words.get(j)[1];
      }
      value += group;
      int next = Math.max(j, i + 1);
      if (!any) {
        i = next;
        continue;
      }
      String rest = s.substring(end);
      String before = s.substring(0, first[0]).toLowerCase(Locale.ROOT);
      boolean determiner = !scaled && (rest.matches("(?is)^\\s+(?:of|another|more|by\\s+one|day|time)\\b.*")
          || before.matches("(?s).*\\b(?:no|any|every|each|some)\\s*$"));
      if (inside(taken, first[0], end) || determiner || COMPOUND_AFTER.matcher(rest).find()) {
        i = next;
        continue;
      }
      Quantity q = withUnit(s, first[0], end, rest, value, true, !scaled, scaled);
      if (q != null) {
        out.add(q);
      }
      i = next;
    }
  }

  private static void addIfFree(List<Quantity> out, List<int[]> taken, String s, int start, int end, double value,
      boolean spelled) {
    if (!inside(taken, start, end)) {
      Quantity q = withUnit(s, start, end, s.substring(end), value, spelled, false, true);
      if (q != null) {
        out.add(q);
      }
    }
  }

  private static boolean isNumberWord(String w) {
    if (SMALL.containsKey(w) || TENS.containsKey(w)) {
      return true;
    }
    if (w.contains("-")) {
      String[] p = w.split("-");
      return TENS.containsKey(p[0]) && SMALL.containsKey(p[1]);
    }
    return false;
  }

  private static String word(String s, int[] w) {
    return s.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
  }

  private static boolean gapIsSpace(String s, List<int[]> words, int a, int b) {
    return s.substring(words.get(a)[1], words.get(b)[0]).isBlank() && !s.substring(words.get(a)[1],
        words.get(b)[0]).isEmpty();
  }
}
