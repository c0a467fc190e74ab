package org.telecomgrowth.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap pre-check for a rule's regex: the lower-case literal words that any match must start with, read off
 * the regex itself ("(?:mobile|cell)\\s+phones?" must start with "mobile" or "cell"). A sentence that contains
 * none of them is skipped without running the regex, which keeps the rules near the speed of a substring search
 * on text with no match. A regex whose start cannot be read this way is always run.
 */
public final class LiteralGate {
  private final List<String> literals;

  private LiteralGate(List<String> literals) {
    this.literals = literals;
  }

  /** A gate for {@code regex}; it lets every text through when no literal start can be derived. */
  public static LiteralGate of(String regex) {
    List<String> out = prefixes(regex);
    if (out != null) {
      for (String s : out) {
        if (s.length() < 2) {
          out = null;
          break;
        }
      }
    }
    return new LiteralGate(out);
  }

  private static final LastSentence<String> LOWER = new LastSentence<>(s -> s.toLowerCase(Locale.ROOT));

  /** {@code s.toLowerCase(Locale.ROOT)}; the last answer is kept, as several rules lower-case one sentence. */
  public static String lower(String s) {
    return LOWER.get(s);
  }

  /** A gate that is always open. */
  public static LiteralGate always() {
    return new LiteralGate(null);
  }

  /** A gate that opens when the text contains any of these lower-case literals. */
  public static LiteralGate anyOf(String... literals) {
    return new LiteralGate(List.of(literals));
  }

  /** The literals a match starts with, or null when any start is possible. */
  public List<String> literals() {
    return literals;
  }

  /** True when the regex may match {@code lowerText} (the text already lower-cased). */
  public boolean mayMatch(String lowerText) {
    if (literals == null) {
      return true;
    }
    for (String l : literals) {
      if (lowerText.contains(l)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code s[from, to)} contains any of the lower-case literals, ignoring case: a cheap pre-check for a
   * case-insensitive regex that must contain one of them (ASCII case folding, as the rules' regexes use).
   */
  public static boolean containsAny(String s, int from, int to, String... lowerLiterals) {
    from = Math.max(0, from);
    to = Math.min(s.length(), to);
    // the literals' first characters (ASCII) as a bit set: most positions are rejected by one test
    long low = 0;
    long high = 0;
    for (String l : lowerLiterals) {
      char f = l.charAt(0);
      if (f < 64) {
        low |= 1L << f;
      } else if (f < 128) {
        high |= 1L << (f - 64);
      } else {
        low = high = -1L;
      }
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      char f = c;
      if (c < 128) {
        f = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        if (f < 64 ? (low >>> f & 1) == 0 : (high >>> (f - 64) & 1) == 0) {
          continue;
        }
      }
      for (String l : lowerLiterals) {
        if ((c >= 128 || l.charAt(0) == f) && i + l.length() <= to && s.regionMatches(true, i, l, 0, l.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Literal starts of the top-level alternatives, or null when one of them has none. */
  static List<String> prefixes(String regex) {
    List<String> out = new ArrayList<>();
    for (String alt : splitTopLevel(regex)) {
      List<String> p = prefixOfAlternative(alt);
      if (p == null) {
        return null;
      }
      out.addAll(p);
    }
    return out;
  }

  private static List<String> prefixOfAlternative(String alt) {
    String a = alt;
    while (a.startsWith("\\b") || a.startsWith("(?<!") || a.startsWith("(?<=") || a.startsWith("(?!")
        || a.startsWith("(?=")) {
      if (a.startsWith("\\b")) {
        a = a.substring(2);
        continue;
      }
      // a look-around reads no text: the match starts with what follows it
      int close = matchingParen(a, 0);
      if (close < 0) {
        return null;
      }
      a = a.substring(close + 1);
    }
    Matcher flags = FLAG_GROUP.matcher(a);
    if (flags.lookingAt()) {
      // "(?iu:...)": flags change no letter a match starts with (the literals are compared in lower case)
      a = "(?:" + a.substring(flags.end());
    }
    if (a.startsWith("(?:")) {
      // each alternative of the group written out in its place, so a short one reads on into what follows
      return expandGroup("", a, 0);
    }
    StringBuilder lit = new StringBuilder();
    int i = 0;
    int lastStart = 0; // where the last literal character's source starts
    while (i < a.length()) {
      char c = a.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '\'' || c == ' ' || c == '-') {
        lastStart = i;
        lit.append(c);
        i++;
      } else if (c == '\\' && i + 1 < a.length() && !Character.isLetterOrDigit(a.charAt(i + 1))) {
        lastStart = i;
        lit.append(a.charAt(i + 1)); // an escaped literal such as \. or \-
        i += 2;
      } else {
        break;
      }
    }
    if (lit.length() == 2 && i < a.length() && a.charAt(i) == '?') {
      // "M-?Pesa": a match starts with the optional character or without it
      List<String> with = prefixOfAlternative(a.substring(0, i) + a.substring(i + 1));
      List<String> without = prefixOfAlternative(a.substring(0, lastStart) + a.substring(i + 1));
      if (with == null || without == null) {
        return null;
      }
      List<String> both = new ArrayList<>(with);
      both.addAll(without);
      return both;
    }
    if (lit.length() == 1 && i < a.length() && a.startsWith("(?:", i)) {
      // "r(?:o|i)se", "f(?:e|a)ll": the letter then each of the group's alternatives, and what follows the group
      List<String> expanded = expandGroup(a.substring(0, i), a, i);
      if (expanded != null) {
        return expanded;
      }
    }
    if (lit.length() == 1 && a.startsWith("\\s", i)
        && (i + 2 == a.length() || "?*{".indexOf(a.charAt(i + 2)) < 0)) {
      // "a\\s+progress[ée]": the letter and one white-space character (\\s without Unicode classes)
      List<String> out = new ArrayList<>();
      for (char w : WHITE_SPACE.toCharArray()) {
        out.add(lit.toString().toLowerCase(Locale.ROOT) + w);
      }
      return out;
    }
    if (i < a.length() && "?*{".indexOf(a.charAt(i)) >= 0 && lit.length() > 0) {
      lit.setLength(lit.length() - 1); // the last literal character is optional
    } else if (lit.length() < 2 && i < a.length() && a.charAt(i) == '[') {
      // "l[íi]neas", "[ée]coles", "d[óo]lares": a class of letters early in the word gives one literal per letter
      List<String> expanded = expandClass(lit.toString(), a, i);
      if (expanded != null) {
        return expanded;
      }
    }
    if (lit.length() == 0) {
      return null;
    }
    return List.of(lit.toString().toLowerCase(Locale.ROOT));
  }

  // a group that sets flags: "(?i:", "(?iu:", "(?-i:"
  private static final Pattern FLAG_GROUP = Pattern.compile("\\(\\?[a-zA-Z]*(?:-[a-zA-Z]+)?:");

  /** What {@code \\s} matches in a pattern compiled without UNICODE_CHARACTER_CLASS. */
  private static final String WHITE_SPACE = " \t\n\u000B\f\r";

  /**
   * The literal starts of {@code source} (the regex of one literal character) followed by the group {@code (?:...)}
   * at {@code at} and the rest of {@code a}: each group alternative written out in its place; null when the group
   * repeats or a start cannot be read.
   */
  private static List<String> expandGroup(String source, String a, int at) {
    int close = matchingParen(a, at);
    if (close < 0) {
      return null;
    }
    String q = close + 1 < a.length() ? a.substring(close + 1, close + 2) : "";
    if (q.equals("*") || q.equals("{")) {
      return null;
    }
    String rest = q.equals("+")
        ? a.substring(at, close + 1) + "*" + a.substring(close + 2) // one repetition, then any more
        : a.substring(close + 1 + (q.equals("?") ? 1 : 0));
    List<String> out = new ArrayList<>();
    List<String> alternatives = new ArrayList<>(splitTopLevel(a.substring(at + 3, close)));
    if (q.equals("?")) {
      alternatives.add("");
    }
    for (String alternative : alternatives) {
      List<String> p = prefixOfAlternative(source + alternative + rest);
      if (p == null) {
        return null;
      }
      out.addAll(p);
    }
    return out;
  }

  /**
   * The two-character literals of {@code lit} (zero or one letter) followed by the letter class at {@code at} (and,
   * after a class that opens the word, the letter after it), or null when the class is not plain letters or is
   * quantified.
   */
  private static List<String> expandClass(String lit, String a, int at) {
    int close = a.indexOf(']', at + 1);
    if (close < 0) {
      return null;
    }
    String members = a.substring(at + 1, close);
    if (members.isEmpty() || !members.chars().allMatch(ch -> Character.isLetter(ch) || ch == '\'' || ch == '’')) {
      return null; // a range, a negation or an escape
    }
    int next = close + 1;
    if (next < a.length() && "?*+{".indexOf(a.charAt(next)) >= 0) {
      return null;
    }
    String tail = "";
    if (lit.isEmpty()) {
      if (next >= a.length() || !Character.isLetter(a.charAt(next))
          || (next + 1 < a.length() && "?*+{".indexOf(a.charAt(next + 1)) >= 0)) {
        return null;
      }
      tail = String.valueOf(a.charAt(next));
    }
    List<String> out = new ArrayList<>();
    for (char m : members.toCharArray()) {
      out.add((lit + m + tail).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  static List<String> splitTopLevel(String regex) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '[') {
        int j = regex.indexOf(']', i + 1);
        i = j < 0 ? regex.length() : j;
      } else if (c == '|' && depth == 0) {
        parts.add(regex.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(regex.substring(start));
    return parts;
  }

  private static int matchingParen(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        int j = s.indexOf(']', i + 1);
        i = j < 0 ? s.length() : j;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }
}
