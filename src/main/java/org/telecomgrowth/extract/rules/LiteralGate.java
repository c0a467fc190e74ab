package org.telecomgrowth.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

  private record Lower(String s, String lower) {}

  private static Lower lastLower;

  /** {@code s.toLowerCase(Locale.ROOT)}; the last answer is kept, as several rules lower-case one sentence. */
  public static String lower(String s) {
    Lower last = lastLower;
    if (last != null && last.s() == s) {
      return last.lower();
    }
    String lower = s.toLowerCase(Locale.ROOT);
    lastLower = new Lower(s, lower);
    return lower;
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
    while (a.startsWith("\\b")) {
      a = a.substring(2);
    }
    if (a.startsWith("(?:")) {
      int close = matchingParen(a, 0);
      if (close < 0) {
        return null;
      }
      String after = close + 1 < a.length() ? a.substring(close + 1, close + 2) : "";
      if (after.equals("*") || after.startsWith("{")) {
        return null;
      }
      List<String> inGroup = prefixes(a.substring(3, close));
      if (after.equals("?")) {
        // an optional group: the match starts with the group or with what follows it
        List<String> rest = prefixOfAlternative(a.substring(close + 2));
        if (inGroup == null || rest == null) {
          return null;
        }
        List<String> both = new ArrayList<>(inGroup);
        both.addAll(rest);
        return both;
      }
      return inGroup;
    }
    StringBuilder lit = new StringBuilder();
    int i = 0;
    while (i < a.length()) {
      char c = a.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '\'' || c == ' ') {
        lit.append(c);
        i++;
      } else if (c == '\\' && i + 1 < a.length() && !Character.isLetterOrDigit(a.charAt(i + 1))) {
        lit.append(a.charAt(i + 1)); // an escaped literal such as \. or \-
        i += 2;
      } else {
        break;
      }
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
    if (members.isEmpty() || !members.chars().allMatch(Character::isLetter)) {
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
