package org.telecomgrowth.extract.rules;

import java.util.List;
import java.util.Set;
import org.telecomgrowth.extract.rules.MetricRules.Term;

/**
 * The metric far from its number: "the number of mobile subscribers in the country has reached 3 120 400",
 * "Subscriptions to landline networks (three operators) stood at 1.8 million", "rising from 3.4 million in 2013 to
 * 11.8 million in 2023". A figure with no item of its own takes the item its clause opens with, when a predicate
 * (a verb of level or change, {@code predicate} rows of the metric vocabulary) links the two.
 *
 * <p>Not linked: a figure followed by its own noun ("3.5 billion minutes"), and an item separated from the figure by
 * something counted that is not a metric ({@code other} rows: "the revenue of mobile operators reached 3 billion").
 */
public final class GovernorRules {
  private GovernorRules() {}

  /** The most words between the governing item and its figure (a long clause, parentheses included). */
  static final int MAX_WORDS = 30;

  // words that may follow a figure without being its own noun: prepositions, conjunctions, articles, and the bare
  // "users" that news writes after a number whose kind the sentence named earlier ("26.08 million users in April")
  private static final Set<String> FOLLOWERS = Set.of("in", "at", "by", "to", "from", "and", "or", "as", "on", "during",
      "for", "compared", "up", "down", "a", "an", "the", "which", "while", "with", "last", "this", "that", "between",
      "against", "versus", "vs", "over", "after", "before", "since", "until", "till", "of", "so", "but", "whereas",
      "according", "year", "users", "mark", "level", "figure", "today", "now", "currently", "presently", "recorded",
      "registered", "posted", "reported", "respectively", "only", "alone", "then", "when", "where", "through",
      "across", "within", "per", "each", "about", "around", "nationwide", "countrywide", "new", "active",
      "additional", "more", "unique", "total", "paying", "individual", "subscribed", "connected",
      "estimated", "people", "persons", "were", "was", "are", "is", "had", "have", "has", "will", "would",
      // the same in Spanish, Portuguese and French ("llegaron a 17,2 millones en 2019", "230 milhões em abril")
      "en", "al", "y", "e", "et", "o", "ou", "u", "em", "no", "na", "nos", "nas", "à", "au", "aux", "el", "la", "los",
      "las", "le", "les", "os", "un", "una", "une", "um", "uma", "frente", "contra", "desde", "hasta", "até",
      "depuis", "jusqu", "entre", "con", "com", "avec", "para", "por", "pour", "par", "durante", "pendant", "según",
      "segundo", "selon", "que", "qui", "cuando", "quand", "quando", "mientras", "enquanto", "tandis", "pero", "mas",
      "mais", "hoy", "hoje", "actualmente", "atualmente", "actuellement", "aujourd", "fue", "foi", "était", "era",
      "es", "é", "est", "son", "são", "sont", "más", "plus", "usuarios", "usuários", "utilisateurs", "utilizadores",
      "activos", "activas", "ativos", "ativas", "actifs", "actives", "personas", "pessoas", "personnes",
      "aproximadamente", "environ", "cerca", "lo", "lors");
  // a preposition the noun may follow ("17 millones de minutos", "3,5 milliards d'euros"): looked through
  private static final Set<String> OF_WORDS = Set.of("de", "d", "do", "da", "dos", "das", "des", "du", "del");

  /**
   * The item of the clause that governs the figure at [qStart, qEnd) of {@code s}, or null: the nearest item term
   * before the figure inside [clauseStart, qStart), with a predicate term after it and no {@code other} term
   * between, at most {@value #MAX_WORDS} words away; null when the figure has a noun of its own, or when it is a
   * {@code share} (percent, per 100) and the item is a generic one.
   */
  public static String governingItem(String s, List<Term> terms, int clauseStart, int qStart, int qEnd,
      boolean share) {
    if (hasOwnNoun(s, qEnd, terms)) {
      return null;
    }
    return governing(s, terms, clauseStart, qStart, share, false);
  }

  /**
   * For a figure whose own item is generic ("28 lines per 100 people", "3.4 million subscriptions"): the specific
   * item its clause opens with, linked as in {@link #governingItem}, generic items skipped; or null.
   */
  public static String governingSpecificItem(String s, List<Term> terms, int clauseStart, int qStart) {
    return governing(s, terms, clauseStart, qStart, false, true);
  }

  private static String governing(String s, List<Term> terms, int clauseStart, int qStart, boolean share,
      boolean specificOnly) {
    Term governor = null;
    List<int[]> asideSpans = asideSpans(s);
    for (Term t : terms) {
      if (t.start() < clauseStart || t.end() > qStart || inClosedAside(asideSpans, t.start(), t.end(), qStart)) {
        continue; // "(three operators share the market)": an aside, not the clause's subject
      }
      if (specificOnly && t.kind().equals("item") && MetricRules.isGeneric(t.name())) {
        continue;
      }
      if (t.kind().equals("item") || t.kind().equals("other")) {
        if (governor == null || t.start() >= governor.end()) {
          governor = t;
        }
      }
    }
    if (governor == null || !governor.kind().equals("item") || words(s, governor.end(), qStart) > MAX_WORDS
        || (share && MetricRules.isGeneric(governor.name()))) {
      // "subscriptions stood at 204.6 million, with a teledensity of 107.2 percent": a share is never of the
      // generic "subscriptions"; its base ("teledensity") decides
      return null;
    }
    boolean linked = false;
    for (Term t : terms) {
      if (t.start() < governor.end() || t.end() > qStart) {
        continue;
      }
      linked |= t.kind().equals("predicate");
    }
    return linked ? governor.name() : null;
  }

  /**
   * Whether a word right after the figure names what it counts ("3.5 billion minutes", "12 towers"): a word that is
   * neither a follower, nor the start of an item or base term.
   */
  public static boolean hasOwnNoun(String s, int qEnd, List<Term> terms) {
    return nounAt(s, qEnd, terms, true);
  }

  private static boolean nounAt(String s, int from, List<Term> terms, boolean lookThroughOf) {
    int i = from;
    while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || (!lookThroughOf && isApostrophe(s.charAt(i))))) {
      i++;
    }
    int start = i;
    while (i < s.length() && Character.isLetter(s.charAt(i))) {
      i++;
    }
    if (i == start) {
      return false; // punctuation, a digit or the end: no noun
    }
    String word = s.substring(start, i).toLowerCase(java.util.Locale.ROOT);
    if (lookThroughOf && OF_WORDS.contains(word)) {
      return nounAt(s, i, terms, false); // "17 millones de minutos": the noun after "de" decides
    }
    if (FOLLOWERS.contains(word)) {
      return false;
    }
    for (Term t : terms) {
      if (t.start() == start && (t.kind().equals("item") || t.kind().equals("base"))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  /**
   * For positions [from, to): whether each lies in one of {@code asides} ({@link #asideSpans}) that closes at or
   * before {@code to}, as {@link #inClosedAside} decides for a term.
   */
  public static boolean[] asideMask(List<int[]> asides, int from, int to) {
    boolean[] out = new boolean[Math.max(0, to - from)];
    for (int[] a : asides) {
      int start = Math.max(a[0], from);
      if (a[1] <= to && start < a[1]) {
        java.util.Arrays.fill(out, start - from, a[1] - from, true);
      }
    }
    return out;
  }

  // ", especially mobile internet subscribers,", ", those on mobile networks included,": a comma aside
  private static final java.util.regex.Pattern COMMA_ASIDE = java.util.regex.Pattern.compile(
      ",\\s+(?:especially|particularly|notably|including|those|both|mainly|mostly|chiefly|excluding|except|"
          + "among\\s+them|in\\s+particular)\\b[^,;()\\d•]{1,60},", java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * Asides of {@code s}, as [start, end) spans: a closed parenthesis, a pair of dashes ("Internet users—both landline
   * and mobile—increased", "the regulator – the NCA – said") with no figure or bullet between, and a comma aside
   * opened by "especially", "including", "those" and the like. A word inside an aside that closes before a figure
   * does not say what the figure counts.
   */
  public static List<int[]> asideSpans(String s) {
    List<int[]> out = new java.util.ArrayList<>();
    java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
    List<int[]> dashes = new java.util.ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        open.push(i);
      } else if (c == ')' && !open.isEmpty()) {
        out.add(new int[] {open.pop(), i + 1});
      } else if (c == '—' || c == '–' || (c == '-' && i > 0 && i + 1 < s.length() && s.charAt(i - 1) == ' '
          && s.charAt(i + 1) == ' ')) {
        dashes.add(new int[] {i, i + 1});
      }
    }
    for (int k = 0; k + 1 < dashes.size(); k++) {
      int a = dashes.get(k)[0];
      int b = dashes.get(k + 1)[1];
      String between = s.substring(a + 1, b - 1);
      if (b - a <= 90 && between.chars().noneMatch(ch -> Character.isDigit(ch) || ch == '•')) {
        out.add(new int[] {a, b});
        k++;
      }
    }
    if (s.indexOf(',') >= 0) {
      java.util.regex.Matcher m = COMMA_ASIDE.matcher(s);
      while (m.find()) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }

  /** Whether [start, end) lies inside one of the asides that close at or before {@code before}. */
  public static boolean inClosedAside(List<int[]> asides, int start, int end, int before) {
    for (int[] a : asides) {
      if (a[0] <= start && end <= a[1] && a[1] <= before) {
        return true;
      }
    }
    return false;
  }

  private static int words(String s, int from, int to) {
    int n = 0;
    boolean in = false;
    for (int i = from; i < to; i++) {
      boolean w = Character.isLetterOrDigit(s.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }
}
