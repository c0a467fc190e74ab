package org.telecomgrowth.extract.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time dimension: rules that find dated periods in a sentence, each named after the text it matches. Periods
 * follow the contract's table (a month is its first to last day, "mid-2010" is May to August, "the 1990s" is
 * 1990-01-01..1999-12-31...). Relative dates ("that year", "the following year") are returned unresolved; the
 * caller resolves them against the year last named in the paragraph.
 */
public final class DateRules {
  private DateRules() {}

  /** A date expression at [start, end) of the sentence; for a relative one, from/to are null and yearShift is set. */
  public record DateMention(int start, int end, LocalDate from, LocalDate to, boolean relative, int yearShift,
      String rule) {
    public DateMention resolve(int year) {
      int y = year + yearShift;
      return new DateMention(start, end, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), false, 0, rule);
    }

    /** The year a later "that year" refers to. */
    public int lastYear() {
      return to.getYear();
    }
  }

  /** Where a rule's match can begin: at a year, in the words before a year, or before the word "year". */
  private enum Start { AT_YEAR, BEFORE_YEAR, BEFORE_WORD_YEAR }

  private record Rule(String name, Start start, LiteralGate gate, Pattern pattern,
      Function<Matcher, DateMention> production) {}

  static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|"
      + "December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
  static final String YEAR = "(?<![\\p{N},.$€£])(1[89]\\d\\d|20\\d\\d)(?![\\p{N}]|,\\d|\\.\\d|s\\b|'s\\b)";
  private static final String QUARTER_WORD = "(first|second|third|fourth|1st|2nd|3rd|4th)";

  private static final LiteralGate MONTHS = LiteralGate.anyOf("jan", "feb", "mar", "apr", "may", "jun", "jul",
      "aug", "sep", "oct", "nov", "dec");
  private static final LiteralGate ALWAYS = LiteralGate.always();

  private static final List<Rule> RULES = List.of(
      rule("<year>-<mm>-<dd>", Start.AT_YEAR, LiteralGate.anyOf("-"), "(?<![\\p{N}])(1[89]\\d\\d|20\\d\\d)-(\\d\\d)-(\\d\\d)(?![\\p{N}])",
          m -> dayOf(m, y(m, 1), n(m, 2), n(m, 3))),
      rule("<month> <day>, <year>", Start.BEFORE_YEAR, MONTHS, "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR,
          m -> dayOf(m, y(m, 3), month(m.group(1)), n(m, 2))),
      rule("<day> <month> <year>", Start.BEFORE_YEAR, MONTHS, "(?<![\\p{N}])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR,
          m -> dayOf(m, y(m, 3), month(m.group(2)), n(m, 1))),
      rule("from <year> to <year>", Start.BEFORE_YEAR, LiteralGate.anyOf("from", "between"), "(?i:\\b(?:from|between)\\s+)" + YEAR
          + "(?i:\\s+(?:to|and|until|till|through|thru)\\s+)" + YEAR,
          m -> span(m, LocalDate.of(y(m, 1), 1, 1), LocalDate.of(y(m, 2), 12, 31))),
      rule("<year>-<year>", Start.AT_YEAR, LiteralGate.anyOf("-", "–", "—"), YEAR + "\\s*[–—-]\\s*(\\d{4}|\\d{2})(?![\\p{N}])",
          m -> {
            int a = y(m, 1);
            String b = m.group(2);
            int end = b.length() == 2 ? a / 100 * 100 + Integer.parseInt(b) : Integer.parseInt(b);
            return end > a && end - a < 100 ? span(m, LocalDate.of(a, 1, 1), LocalDate.of(end, 12, 31)) : null;
          }),
      rule("the <ordinal> quarter of <year>", Start.BEFORE_YEAR, LiteralGate.anyOf("quarter"), "(?i:\\b(?:the\\s+)?" + QUARTER_WORD + "\\s+quarter\\s+(?:of\\s+)?)"
          + YEAR, m -> quarter(m, ordinal(m.group(1)), y(m, 2))),
      rule("Q<n> <year>", Start.BEFORE_YEAR, LiteralGate.anyOf("q"), "\\bQ([1-4])\\s*(?:of\\s+)?" + YEAR, m -> quarter(m, Integer.parseInt(m.group(1)), y(m, 2))),
      rule("<year> Q<n>", Start.AT_YEAR, LiteralGate.anyOf("q"), YEAR + "\\s*Q([1-4])\\b", m -> quarter(m, Integer.parseInt(m.group(2)), y(m, 1))),
      rule("the first|second half of <year>", Start.BEFORE_YEAR, LiteralGate.anyOf("half"), "(?i:\\b(?:the\\s+)?(first|second)\\s+half\\s+(?:of\\s+)?)" + YEAR,
          m -> half(m, m.group(1).equalsIgnoreCase("first") ? 1 : 2, y(m, 2))),
      rule("H<n> <year>", Start.BEFORE_YEAR, LiteralGate.anyOf("h1", "h2"), "\\bH([12])\\s+" + YEAR, m -> half(m, Integer.parseInt(m.group(1)), y(m, 2))),
      rule("the end of <year>", Start.BEFORE_YEAR, LiteralGate.anyOf("end", "close"), "(?i:\\b(?:the\\s+)?(?:end|close)\\s+of\\s+)" + YEAR,
          m -> month(m, y(m, 1), 12)),
      rule("year-end <year>", Start.BEFORE_YEAR, LiteralGate.anyOf("end"), "(?i:\\b(?:yearend\\s+|year[-\\s]end|end[-\\s]|end\\s+of\\s+year\\s+))" + YEAR,
          m -> month(m, y(m, 1), 12)),
      rule("the start of <year>", Start.BEFORE_YEAR, LiteralGate.anyOf("start", "beginning"), "(?i:\\b(?:the\\s+)?(?:start|beginning)\\s+of\\s+)" + YEAR,
          m -> month(m, y(m, 1), 1)),
      rule("early|mid|late <decade>s", Start.BEFORE_YEAR, LiteralGate.anyOf("early", "mid", "late"), "(?i:\\b(early|mid|late)[-\\s]+(?:the\\s+)?)(1[89]\\d0|20\\d0)'?s\\b",
          m -> decade(m, m.group(1), Integer.parseInt(m.group(2)))),
      rule("the <decade>s", Start.AT_YEAR, LiteralGate.anyOf("0s", "0's"), "(?<![\\p{N}])(1[89]\\d0|20\\d0)'?s\\b", m -> decade(m, "", Integer.parseInt(m.group(1)))),
      rule("early|mid|late <year>", Start.BEFORE_YEAR, LiteralGate.anyOf("early", "mid", "late"), "(?i:\\b(early|mid|late)[-\\s]+)" + YEAR, m -> part(m, m.group(1), y(m, 2))),
      rule("<month> <year>", Start.BEFORE_YEAR, MONTHS, "\\b" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR, m -> month(m, y(m, 2), month(m.group(1)))),
      rule("<year>", Start.AT_YEAR, ALWAYS, YEAR, m -> span(m, LocalDate.of(y(m, 1), 1, 1), LocalDate.of(y(m, 1), 12, 31))),
      rule("that year", Start.BEFORE_WORD_YEAR, LiteralGate.anyOf("year"), "(?i:\\b(?:that|the\\s+same)\\s+year\\b)", m -> relative(m, 0)),
      rule("the following year", Start.BEFORE_WORD_YEAR, LiteralGate.anyOf("year"), "(?i:\\b(?:(?:the\\s+)?(?:following|next)\\s+year|a\\s+year\\s+later)\\b)",
          m -> relative(m, 1)),
      rule("the previous year", Start.BEFORE_WORD_YEAR, LiteralGate.anyOf("year"), "(?i:\\b(?:(?:the\\s+)?(?:previous|preceding|prior)\\s+year|the\\s+year\\s+before)\\b)",
          m -> relative(m, -1)));

  // per rule: a relative one ("that year") starts near the word "year"; one written from the year onwards can only
  // start at a year
  // per rule: the characters its match can start with (both cases where the regex ignores case; the month names
  // are capitalised), or null for any; a pre-check at each anchor
  private static final String[] FIRSTS = new String[RULES.size()];
  private static final Map<String, String> FIRST_CHARS = Map.ofEntries(
      Map.entry("<month> <day>, <year>", "JFMASOND"),
      Map.entry("<day> <month> <year>", "0123456789"),
      Map.entry("from <year> to <year>", "fFbB"),
      Map.entry("the <ordinal> quarter of <year>", "tTfFsS1234"),
      Map.entry("Q<n> <year>", "Q"),
      Map.entry("the first|second half of <year>", "tTfFsS"),
      Map.entry("H<n> <year>", "H"),
      Map.entry("the end of <year>", "tTeEcC"),
      Map.entry("year-end <year>", "yYeE"),
      Map.entry("the start of <year>", "tTsSbB"),
      Map.entry("early|mid|late <decade>s", "eEmMlL"),
      Map.entry("early|mid|late <year>", "eEmMlL"),
      Map.entry("<month> <year>", "JFMASOND"),
      Map.entry("that year", "tT"),
      Map.entry("the following year", "tTfFnNaA"),
      Map.entry("the previous year", "tTpP"));

  // the distinct gates of the rules, and each rule's index among them
  private static final List<LiteralGate> GATES = new ArrayList<>();
  private static final int[] GATE_OF = new int[RULES.size()];

  static {
    for (int k = 0; k < RULES.size(); k++) {
      LiteralGate gate = RULES.get(k).gate();
      int g = 0;
      while (g < GATES.size() && GATES.get(g) != gate) {
        g++;
      }
      if (g == GATES.size()) {
        GATES.add(gate);
      }
      GATE_OF[k] = g;
      FIRSTS[k] = FIRST_CHARS.get(RULES.get(k).name());
    }
  }

  private static Rule rule(String name, Start start, LiteralGate gate, String regex,
      Function<Matcher, DateMention> production) {
    return new Rule(name, start, gate, Pattern.compile(regex), m -> {
      DateMention d = production.apply(m);
      return d == null ? null : new DateMention(d.start(), d.end(), d.from(), d.to(), d.relative(), d.yearShift(), name);
    });
  }

  /** All date expressions of {@code s}, non-overlapping, longest first where they compete, in text order. */
  public static List<DateMention> find(String s) {
    String lower = LiteralGate.lower(s);
    // A date ends at most a few words after its year ("2016 Q4") and starts at most a few words before it
    // ("the third quarter of 2016"), so the rules are tried only at the word starts around each year.
    int[] words = Anchors.wordStarts(s);
    boolean[] nearYear = new boolean[words.length];
    boolean[] nearYearWord = new boolean[words.length];
    int[] yearsAt = new int[4];
    int years = 0;
    for (int i = 0; i + 3 < s.length(); i++) {
      if (isYearAt(s, i)) {
        if (years == yearsAt.length) {
          yearsAt = java.util.Arrays.copyOf(yearsAt, years * 2);
        }
        yearsAt[years++] = i;
        mark(words, nearYear, i - 45, i + 8);
        i += 3;
      }
    }
    for (int i = lower.indexOf("year"); i >= 0; i = lower.indexOf("year", i + 1)) {
      mark(words, nearYearWord, i - 24, i);
    }
    int[] nearYears = select(words, nearYear);
    int[] nearYearWords = select(words, nearYearWord);
    int[] atYears = java.util.Arrays.copyOf(yearsAt, years);
    if (years == 0 && nearYearWords.length == 0) {
      return List.of();
    }
    List<DateMention> all = new ArrayList<>();
    // several rules share a gate (the month names): test each gate once per sentence (0 = not yet, 1 open, 2 shut)
    byte[] gates = new byte[GATES.size()];
    for (int k = 0; k < RULES.size(); k++) {
      Rule r = RULES.get(k);
      int[] starts = switch (r.start()) {
        case AT_YEAR -> atYears;
        case BEFORE_YEAR -> nearYears;
        case BEFORE_WORD_YEAR -> nearYearWords;
      };
      final int g = GATE_OF[k];
      java.util.function.BooleanSupplier gate = () -> {
        if (gates[g] == 0) {
          gates[g] = (byte) (GATES.get(g).mayMatch(lower) ? 1 : 2);
        }
        return gates[g] == 1;
      };
      if (starts.length == 0 || (FIRSTS[k] == null && !gate.getAsBoolean())) {
        continue;
      }
      // with a first-character check, the gate is tested only once an anchor passes it
      Anchors.matchAt(r.pattern(), s, starts, FIRSTS[k], gate, m -> {
        DateMention d;
        try {
          d = r.production().apply(m);
        } catch (java.time.DateTimeException e) {
          // "February 30, 2011": not a day; the whole phrase is its year, so the impossible day is never read as
          // a figure ("30 mobile subscribers")
          d = yearOfImpossibleDay(m);
        }
        if (d != null) {
          all.add(d);
        }
      });
    }
    all.sort(LONGEST_FIRST);
    List<DateMention> chosen = new ArrayList<>();
    for (DateMention d : all) {
      boolean overlaps = chosen.stream().anyMatch(c -> d.start() < c.end() && c.start() < d.end());
      if (!overlaps) {
        chosen.add(d);
      }
    }
    chosen.sort(BY_START);
    return mergeRanges(s, chosen);
  }

  private static final Comparator<DateMention> BY_START = Comparator.comparingInt(DateMention::start);

  // longer first, then by start (as comparingInt(length).reversed().thenComparingInt(start))
  private static final Comparator<DateMention> LONGEST_FIRST = (a, b) -> {
    int c = Integer.compare(b.end() - b.start(), a.end() - a.start());
    return c != 0 ? c : Integer.compare(a.start(), b.start());
  };

  private static final Pattern RANGE_JOIN = Pattern.compile("^\\s*(?:to|until|till|through|thru|and|–|—|-)\\s*$");
  private static final Pattern RANGE_OPEN = Pattern.compile("(?i)\\b(?:from|between)\\s+$");

  /** "from 28 March 2018 to 13 July 2019": two dates that open and close one period become that period. */
  private static List<DateMention> mergeRanges(String s, List<DateMention> dates) {
    List<DateMention> out = new ArrayList<>();
    for (int i = 0; i < dates.size(); i++) {
      DateMention a = dates.get(i);
      if (i + 1 < dates.size() && !a.relative() && !dates.get(i + 1).relative()) {
        DateMention b = dates.get(i + 1);
        // RANGE_JOIN's words and dashes (case-sensitive) are its first characters after white space
        if (NumeralRules.nextIs(s, a.end(), "tua–—-")
            && RANGE_JOIN.matcher(s.substring(a.end(), b.start())).matches()
            && RANGE_OPEN.matcher(s.substring(Math.max(0, a.start() - 12), a.start())).find()
            && !b.to().isBefore(a.from())) {
          out.add(new DateMention(a.start(), b.end(), a.from(), b.to(), false, 0, "from <date> to <date>"));
          i++;
          continue;
        }
      }
      out.add(a);
    }
    return out;
  }

  private static void mark(int[] words, boolean[] marks, int from, int to) {
    for (int k = 0; k < words.length; k++) {
      if (words[k] >= from && words[k] <= to) {
        marks[k] = true;
      }
    }
  }

  private static int[] select(int[] words, boolean[] marks) {
    int n = 0;
    for (boolean b : marks) {
      n += b ? 1 : 0;
    }
    int[] out = new int[n];
    int j = 0;
    for (int k = 0; k < words.length; k++) {
      if (marks[k]) {
        out[j++] = words[k];
      }
    }
    return out;
  }

  /** Four digits starting 18, 19 or 20 at {@code i}, not inside a longer number. */
  private static boolean isYearAt(String s, int i) {
    if (i > 0 && Character.isDigit(s.charAt(i - 1))) {
      return false;
    }
    char a = s.charAt(i);
    char b = s.charAt(i + 1);
    if (!((a == '1' && (b == '8' || b == '9')) || (a == '2' && b == '0'))) {
      return false;
    }
    return Character.isDigit(s.charAt(i + 2)) && Character.isDigit(s.charAt(i + 3))
        && (i + 4 == s.length() || !Character.isDigit(s.charAt(i + 4)));
  }

  private static int y(Matcher m, int g) {
    return Integer.parseInt(m.group(g));
  }

  private static DateMention span(Matcher m, LocalDate from, LocalDate to) {
    return new DateMention(m.start(), m.end(), from, to, false, 0, null);
  }

  private static DateMention relative(Matcher m, int shift) {
    return new DateMention(m.start(), m.end(), null, null, true, shift, null);
  }

  private static final Pattern YEAR_IN = Pattern.compile("(?<!\\d)(?:18|19|20)\\d\\d(?!\\d)");

  /** The year of a phrase naming an impossible day ("February 30, 2011"), spanning the phrase; null without one. */
  private static DateMention yearOfImpossibleDay(Matcher m) {
    Matcher y = YEAR_IN.matcher(m.group());
    int year = -1;
    while (y.find()) {
      year = Integer.parseInt(y.group());
    }
    return year < 0 ? null : span(m, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  private static DateMention dayOf(Matcher m, int year, int month, int day) {
    LocalDate d = LocalDate.of(year, month, day);
    return span(m, d, d);
  }

  private static int n(Matcher m, int g) {
    return Integer.parseInt(m.group(g));
  }

  private static DateMention month(Matcher m, int year, int month) {
    YearMonth ym = YearMonth.of(year, month);
    return span(m, ym.atDay(1), ym.atEndOfMonth());
  }

  private static DateMention quarter(Matcher m, int q, int year) {
    return span(m, YearMonth.of(year, q * 3 - 2).atDay(1), YearMonth.of(year, q * 3).atEndOfMonth());
  }

  private static DateMention half(Matcher m, int h, int year) {
    return span(m, YearMonth.of(year, h * 6 - 5).atDay(1), YearMonth.of(year, h * 6).atEndOfMonth());
  }

  /** early = Jan-Apr, mid = May-Aug, late = Sep-Dec (contract). */
  private static DateMention part(Matcher m, String which, int year) {
    int first = switch (which.toLowerCase(Locale.ROOT)) {
      case "early" -> 1;
      case "mid" -> 5;
      default -> 9;
    };
    return span(m, YearMonth.of(year, first).atDay(1), YearMonth.of(year, first + 3).atEndOfMonth());
  }

  /** the 1990s = 1990-1999, early = 1990-1993, mid = 1994-1996, late = 1997-1999 (contract). */
  private static DateMention decade(Matcher m, String which, int decade) {
    int[] years = switch (which.toLowerCase(Locale.ROOT)) {
      case "early" -> new int[] {0, 3};
      case "mid" -> new int[] {4, 6};
      case "late" -> new int[] {7, 9};
      default -> new int[] {0, 9};
    };
    return span(m, LocalDate.of(decade + years[0], 1, 1), LocalDate.of(decade + years[1], 12, 31));
  }

  static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace(".", "");
    String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < months.length; i++) {
      if (n.startsWith(months[i])) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  private static int ordinal(String w) {
    return switch (w.toLowerCase(Locale.ROOT)) {
      case "first", "1st" -> 1;
      case "second", "2nd" -> 2;
      case "third", "3rd" -> 3;
      default -> 4;
    };
  }
}
