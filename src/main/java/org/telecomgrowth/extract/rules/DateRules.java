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

  /**
   * A date expression at [start, end) of the sentence; for a relative one, from/to are null and {@code shift} says
   * how it resolves ({@code yearShift} is its shift in years, for the rules that move by years).
   */
  // what makes a month written without its year another rule's: its year or its day right after it ("September 30",
  // "septembre 2005"), never a figure that opens after it ("à la fin de septembre 7 077 535 abonnés", "September
  // 7,077,535")
  private static final String DAY_OR_YEAR_AFTER =
      "(?:19|20)\\d\\d(?!\\d)|\\d{1,2}(?:st|nd|rd|th)?(?!\\d|[\\s\\u00a0\\u202f.,’']\\d{3}(?!\\d))";

  public record DateMention(int start, int end, LocalDate from, LocalDate to, boolean relative, int yearShift,
      String rule, Relative shift) {
    public DateMention(int start, int end, LocalDate from, LocalDate to, boolean relative, int yearShift,
        String rule) {
      this(start, end, from, to, relative, yearShift, rule,
          relative ? new Relative(false, Unit.YEARS, yearShift, 1, 12) : null);
    }

    public DateMention resolve(int year) {
      return resolveAgainst(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * This relative date resolved against an anchor period (the document's date for a deictic one, the date named
     * last before it for an anaphoric one); null when the anchor is too coarse ("the previous month" after a bare
     * year).
     */
    public DateMention resolveAgainst(LocalDate anchorFrom, LocalDate anchorTo) {
      LocalDate[] p = shift.apply(anchorFrom, anchorTo);
      return p == null ? null : new DateMention(start, end, p[0], p[1], false, 0, rule, shift);
    }

    /**
     * A month named without its year ("in February") resolved against the date the text was written: the latest
     * month of that name not after it. Null for any other date.
     */
    public DateMention resolveAgainstWriting(LocalDate written) {
      if (!monthWithoutYear()) {
        return null;
      }
      if (shift.unit() == Unit.NEAREST_DAY) { // "at 30 September": the latest such day not after the writing
        LocalDate d = dayOf(YearMonth.of(written.getYear(), shift.fromMonth()), shift.amount());
        d = d.isAfter(written) ? dayOf(YearMonth.of(written.getYear() - 1, shift.fromMonth()), shift.amount()) : d;
        return new DateMention(start, end, d, d, false, 0, rule, shift);
      }
      YearMonth m = YearMonth.of(written.getMonthValue() >= shift.fromMonth() ? written.getYear()
          : written.getYear() - 1, shift.fromMonth());
      return new DateMention(start, end, m.atDay(1), m.atEndOfMonth(), false, 0, rule, shift);
    }

    /** A month named without its year ("in June", "at 30 June"). */
    public boolean monthWithoutYear() {
      return shift != null && (shift.unit() == Unit.NEAREST_MONTH || shift.unit() == Unit.NEAREST_DAY
          || shift.unit() == Unit.NEAREST_QUARTER);
    }

    /** "at that date", "by then": the date the text stated last, not a date it gave only an earlier value. */
    public boolean thatDate() {
      return shift != null && !shift.deictic() && shift.unit() == Unit.DAYS && shift.amount() == 0;
    }

    /** A relative date resolved against the document's date ("last year"), not against the date named before it. */
    public boolean deictic() {
      return shift != null && shift.deictic();
    }

    /**
     * A date written in words relative to another ("last year", "a year earlier", "now"; not the older "that
     * year"): it dates figures, never a happening of its own.
     */
    public boolean inWords() {
      return shift != null && !rule.equals("that year") && !rule.equals("the following year")
          && !rule.equals("the previous year");
    }

    /** A relative date that no anchor resolved: it dates its figures as undated. */
    public boolean undated() {
      return from == null;
    }

    /** The year a later "that year" refers to. */
    public int lastYear() {
      return to.getYear();
    }
  }

  /**
   * The step of a relative date, from its anchor (the document's date for a deictic one, else the date named last
   * before it): by {@code amount} years, quarters or months; DAYS: the anchor's own period ("today"); for years, the
   * months {@code fromMonth..toMonth} of the year reached ("the end of last year": December); NAMED_MONTH: "last
   * December", the latest month of that name before the anchor's month ({@code fromMonth}); SAME_PERIOD: the
   * anchor's own period moved by {@code amount} years ("the same month last year"); NEAREST_MONTH: a month named
   * without its year ("up from 78 percent in June"), the month of that name nearest the anchor (of the anchor's year
   * when two are as near); NEAREST_DAY: a day of a month named without its year ("at 30 September"), that day of
   * the month NEAREST_MONTH finds ({@code amount} is the day); YEARS_OF_PERIOD: "a year earlier", the anchor's own
   * period moved by {@code amount} years, or after a span of years the year reached from its end; DAY_OF_YEARS: a
   * day of a month in the year reached by {@code amount} years ("on 14 August this year": {@code fromMonth} is the
   * month, {@code toMonth} the day).
   */
  public enum Unit { YEARS, QUARTERS, MONTHS, DAYS, NAMED_MONTH, SAME_PERIOD, NEAREST_MONTH, NEAREST_DAY, YEARS_OF_PERIOD,
    DAY_OF_YEARS, NEAREST_QUARTER }

  /**
   * How a relative date moves its anchor. A deictic shift in years gives whole years ("last year"); "a year earlier"
   * after "June 2019" is June 2018 (YEARS_OF_PERIOD), which lies inside the year 2018 a coarser reading gives.
   */
  public record Relative(boolean deictic, Unit unit, int amount, int fromMonth, int toMonth) {
    /** [from, to] moved by {@code years}, a month's last day kept its month's last (February 29 to 28). */
    private static LocalDate[] movedByYears(LocalDate from, LocalDate to, int years) {
      LocalDate end = to.equals(YearMonth.from(to).atEndOfMonth())
          ? YearMonth.from(to).plusYears(years).atEndOfMonth() : to.plusYears(years);
      return new LocalDate[] {from.plusYears(years), end};
    }

    LocalDate[] apply(LocalDate from, LocalDate to) {
      switch (unit) {
        case YEARS -> {
          int y = to.getYear() + amount;
          return new LocalDate[] {YearMonth.of(y, fromMonth).atDay(1), YearMonth.of(y, toMonth).atEndOfMonth()};
        }
        case DAY_OF_YEARS -> {
          LocalDate day = dayOf(YearMonth.of(to.getYear() + amount, fromMonth), toMonth);
          return new LocalDate[] {day, day};
        }
        case MONTHS -> {
          if (!YearMonth.from(from).equals(YearMonth.from(to))) {
            return null;
          }
          YearMonth m = YearMonth.from(to).plusMonths(amount);
          return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
        }
        case QUARTERS -> {
          int q = (to.getMonthValue() - 1) / 3;
          if (from.getYear() != to.getYear() || (from.getMonthValue() - 1) / 3 != q) {
            return null;
          }
          YearMonth first = YearMonth.of(to.getYear(), q * 3 + 1).plusMonths(3L * amount);
          return new LocalDate[] {first.atDay(1), first.plusMonths(2).atEndOfMonth()};
        }
        case YEARS_OF_PERIOD -> {
          // "a year earlier" after June 2019 is June 2018; after a span of years ("from 2011 to 2015 ... two years
          // later") the year reached from its end, as YEARS gives
          if (from.getYear() != to.getYear()) {
            int y = to.getYear() + amount;
            return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
          }
          return movedByYears(from, to, amount);
        }
        case SAME_PERIOD -> {
          return movedByYears(from, to, amount);
        }
        case NEAREST_MONTH, NEAREST_DAY, NEAREST_QUARTER -> {
          // months counted from year 0: the candidate's distance to the anchor's span, 0 inside it (a quarter spans
          // three months from its first: "at the end of the second quarter")
          int span = unit == Unit.NEAREST_QUARTER ? 2 : 0;
          int first = from.getYear() * 12 + from.getMonthValue();
          int last = to.getYear() * 12 + to.getMonthValue();
          int best = 0;
          int bestDistance = Integer.MAX_VALUE;
          for (int y = from.getYear() - 1; y <= to.getYear() + 1; y++) {
            int m = y * 12 + fromMonth;
            int distance = Math.max(0, Math.max(first - (m + span), m - last));
            // a tie (June against December 2019, September against March 2017) goes to the anchor's own year
            if (distance < bestDistance || distance == bestDistance && y == to.getYear()) {
              best = y;
              bestDistance = distance;
            }
          }
          YearMonth month = YearMonth.of(best, fromMonth);
          if (unit == Unit.NEAREST_DAY) {
            LocalDate day = dayOf(month, amount);
            return new LocalDate[] {day, day};
          }
          return new LocalDate[] {month.atDay(1), month.plusMonths(span).atEndOfMonth()};
        }
        case NAMED_MONTH -> {
          YearMonth m = YearMonth.of(to.getMonthValue() > fromMonth ? to.getYear() : to.getYear() - 1, fromMonth);
          return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
        }
        default -> {
          return new LocalDate[] {from, to};
        }
      }
    }
  }

  /**
   * Where a rule's match can begin: at a year, in the words before a year, before the word "year", or (a relative
   * date in words: "last month", "18 months ago", "l'année dernière") at any word start that passes its gate.
   */
  private enum Start { AT_YEAR, BEFORE_YEAR, BEFORE_WORD_YEAR, ANY_WORD }

  private record Rule(String name, Start start, LiteralGate gate, Pattern pattern,
      Function<Matcher, DateMention> production) {}

  static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|"
      + "December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
  private static final String YEAR_DIGITS = "(1[89]\\d\\d|20\\d\\d)(?![\\p{N}]|,\\d|\\.\\d|s\\b|'s\\b)";
  static final String YEAR = "(?<![\\p{N},.$€£])" + YEAR_DIGITS;
  // after a day and its comma with no space ("Sep 28,2014"): the comma is the date's own
  private static final String YEAR_AFTER_DAY_COMMA = "(?<![\\p{N}.$€£])" + YEAR_DIGITS;
  private static final Pattern LAST_ORDINAL = Pattern.compile("(?iu)[úu]ltimo|derni(?:er|ère)");
  private static final String QUARTER_WORD = "(first|second|third|fourth|1st|2nd|3rd|4th|last|final)";

  // month names of French, Spanish and Portuguese (lower case, with and without accents), their numbers
  private static final Map<String, Integer> INTL_MONTH_NUMBERS = intlMonths();
  static final String INTL_MONTH = "(?iu:(" + String.join("|", INTL_MONTH_NUMBERS.keySet().stream()
      .sorted(Comparator.comparingInt(String::length).reversed()).toList()) + "))(?![\\p{L}])";
  /**
   * The first three and four letters of every month name the rules read, in English, French, Spanish and Portuguese
   * ("out", "févr", "sept", "dic"), as a news agency's dateline abbreviates them.
   */
  static final String MONTH_ABBREVIATION = String.join("|", java.util.stream.Stream.concat(
      java.util.Arrays.stream(java.time.Month.values())
          .map(m -> m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT)),
      INTL_MONTH_NUMBERS.keySet().stream())
      .flatMap(n -> java.util.stream.Stream.of(n.substring(0, 3), n.substring(0, Math.min(4, n.length()))))
      .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList());
  private static final LiteralGate INTL_MONTHS = LiteralGate.anyOf(INTL_MONTH_NUMBERS.keySet().stream()
      .map(k -> k.substring(0, 3)).distinct().toArray(String[]::new));
  private static final String INTL_ORDINAL = "(premier|première|1er|1re|deuxième|2e|2ème|second|seconde|troisième|3e|3ème|"
      + "quatrième|4e|4ème|primer|primero|segundo|tercer|tercero|cuarto|primeiro|terceiro|quarto|"
      // "el último trimestre de 2013", "le dernier trimestre 2019": the last of the year's quarters or halves
      + "[úu]ltimo|derni(?:er|ère)|"
      // digits with the ordinal's ending as Spanish and Portuguese write it: "3.º", "1º", "3er", "1er.", "2do", "4to"
      + "[1-4](?:\\.?\\s?[º°ª]|er|ro|do|to|o|a)\\.?)";
  // "18 months ago", "il y a deux ans", "hace tres años": digits or a number word of English, French, Spanish or
  // Portuguese
  private static final Map<String, Integer> NUMBER_WORD_VALUES = numberWords();
  private static final String NUMBER_WORDS = "\\d{1,2}|" + String.join("|", NUMBER_WORD_VALUES.keySet().stream()
      .sorted(Comparator.comparingInt(String::length).reversed()).toList());

  private static final LiteralGate MONTHS = LiteralGate.anyOf("jan", "feb", "mar", "apr", "may", "jun", "jul",
      "aug", "sep", "oct", "nov", "dec");
  private static final LiteralGate ALWAYS = LiteralGate.always();

  // after a day and its month: no year ("30 September 2017" is another rule's), no amount ("May 5 million")
  private static final String NO_YEAR_AFTER_DAY = "(?!\\s*,?\\s*(?:of\\s+|de\\s+|del\\s+|do\\s+)?(?:\\d|'\\d))"
      + "(?!\\s*(?:%|percent|per\\s|million|billion|thousand|mil\\b|millones|millions|milhões))";

  private static final List<Rule> RULES = List.of(
      rule("<year>-<mm>-<dd>", Start.AT_YEAR, LiteralGate.anyOf("-"), "(?<![\\p{N}])(1[89]\\d\\d|20\\d\\d)-(\\d\\d)-(\\d\\d)(?![\\p{N}])",
          m -> dayOf(m, y(m, 1), n(m, 2), n(m, 3))),
      // "as of 31.12.2019", "by 30/06/2019": day, month and year in digits, as Europe, Africa and Latin America write
      // them; with a slash only when the day cannot be a month ("06/30/2019" is the American order, "03/04/2019"
      // either, and a guessed day is a wrong period)
      rule("<dd>.<mm>.<yyyy>", Start.BEFORE_YEAR, LiteralGate.anyOf(".", "/"),
          "(?<![\\p{N}.,/])(3[01]|[12]\\d|0?[1-9])(?:\\.(1[0-2]|0?[1-9])\\.|/(1[0-2]|0?[1-9])/(?<=(?:1[3-9]|2\\d|3[01])/\\d{1,2}/))"
              + YEAR_DIGITS + "(?![.,/]\\d)",
          m -> dayOf(m, y(m, 4), n(m, m.group(2) != null ? 2 : 3), n(m, 1))),
      rule("<mm>/<dd>/<yyyy>", Start.BEFORE_YEAR, LiteralGate.anyOf("/"),
          "(?<![\\p{N}.,/])(1[0-2]|0?[1-9])/(1[3-9]|2\\d|3[01])/" + YEAR_DIGITS + "(?![.,/]\\d)",
          m -> dayOf(m, y(m, 3), n(m, 1), n(m, 2))),
      // "03/04/2019": a day of 2019, but which one the text does not say
      rule("<nn>/<nn>/<yyyy>", Start.BEFORE_YEAR, LiteralGate.anyOf("/"),
          "(?<![\\p{N}.,/])(?:1[0-2]|0?[1-9])/(?:1[0-2]|0?[1-9])/" + YEAR_DIGITS + "(?![.,/]\\d)",
          m -> span(m, LocalDate.of(y(m, 1), 1, 1), LocalDate.of(y(m, 1), 12, 31))),
      rule("<month> <day>, <year>", Start.BEFORE_YEAR, MONTHS, "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+|,)" + YEAR_AFTER_DAY_COMMA,
          m -> dayOf(m, y(m, 3), month(m.group(1)), n(m, 2))),
      rule("<day> <month> <year>", Start.BEFORE_YEAR, MONTHS, "(?<![\\p{N}])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR,
          m -> dayOf(m, y(m, 3), month(m.group(2)), n(m, 1))),
      rule("from <year> to <year>", Start.BEFORE_YEAR, LiteralGate.anyOf("from", "between"), "(?i:\\b(?:from|between)\\s+)" + YEAR
          + "(?i:\\s+(?:to|and|until|till|through|thru)\\s+)" + YEAR,
          m -> span(m, LocalDate.of(y(m, 1), 1, 1), LocalDate.of(y(m, 2), 12, 31))),
      // "entre 2015 y 2016", "de 2010 a 2015", "entre 2018 e 2019", "de 2012 à 2016"
      rule("entre <year> y <year>", Start.BEFORE_YEAR, LiteralGate.anyOf("entre", "desde", "de", "du"),
          "(?iu:(?<![\\p{L}])(?:entre|desde)\\s+)" + YEAR + "(?iu:\\s+(?:y|e|et|a|à|al|hasta|até|au)\\s+)" + YEAR
          + "|(?iu:(?<![\\p{L}])(?:de|du)\\s+)" + YEAR + "(?iu:\\s+(?:a|à|al|hasta|até|au)\\s+)" + YEAR,
          m -> m.group(1) != null ? span(m, LocalDate.of(y(m, 1), 1, 1), LocalDate.of(y(m, 2), 12, 31))
              : span(m, LocalDate.of(y(m, 3), 1, 1), LocalDate.of(y(m, 4), 12, 31))),
      rule("<year>-<year>", Start.AT_YEAR, LiteralGate.anyOf("-", "–", "—"), YEAR + "\\s*[–—-]\\s*(\\d{4}|\\d{2})(?![\\p{N}])",
          m -> {
            int a = y(m, 1);
            String b = m.group(2);
            int end = b.length() == 2 ? a / 100 * 100 + Integer.parseInt(b) : Integer.parseInt(b);
            return end > a && end - a < 100 ? span(m, LocalDate.of(a, 1, 1), LocalDate.of(end, 12, 31)) : null;
          }),
      rule("the <ordinal> quarter of <year>", Start.BEFORE_YEAR, LiteralGate.anyOf("quarter"), "(?i:\\b(?:the\\s+)?" + QUARTER_WORD + "\\s+quarter\\s+(?:of\\s+)?)"
          + YEAR, m -> quarter(m, ordinal(m.group(1)), y(m, 2))),
      rule("Q<n> <year>", Start.BEFORE_YEAR, LiteralGate.anyOf("q"), "\\bQ([1-4])\\s*(?:of\\s+|[-–/]\\s*)?" + YEAR, m -> quarter(m, Integer.parseInt(m.group(1)), y(m, 2))),
      rule("<year> Q<n>", Start.AT_YEAR, LiteralGate.anyOf("q"), YEAR + "\\s*[-–/]?\\s*Q([1-4])\\b", m -> quarter(m, Integer.parseInt(m.group(2)), y(m, 1))),
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
      // "Jul-Sep 2019", "October–December 2019", "April to June 2020": the months from the first to the second
      rule("<month>-<month> <year>", Start.BEFORE_YEAR, MONTHS, "\\b" + MONTH + "\\s*(?:[-–—/]|\\s(?:to|through)\\s)\\s*"
          + MONTH + ",?\\s+" + YEAR, m -> {
            int a = month(m.group(1));
            int b = month(m.group(2));
            int y = y(m, 3);
            return a > b ? null : span(m, LocalDate.of(y, a, 1), YearMonth.of(y, b).atEndOfMonth());
          }),
      // "in the first nine months of 2019", "en los primeros 6 meses de 2017", "les neuf premiers mois de 2018",
      // "nos primeiros seis meses de 2020": January to the end of the n-th month
      rule("the first <n> months of <year>", Start.BEFORE_YEAR, LiteralGate.anyOf("months", "meses", "mois"),
          "(?iu:(?<![\\p{L}])(?:(?:the\\s+)?first\\s+(" + NUMBER_WORDS + ")\\s+months\\s+of\\s+(?:the\\s+year\\s+)?"
              + "|(?:(?:los|os)\\s+)?prime(?:i)?ros\\s+(" + NUMBER_WORDS + ")\\s+meses\\s+(?:de|del|do)\\s+(?:(?:año|ano)\\s+(?:de\\s+)?)?"
              + "|(?:les\\s+)?(" + NUMBER_WORDS + ")\\s+premiers\\s+mois\\s+(?:de\\s+)?(?:l['’]\\s*année\\s+)?))" + YEAR,
          m -> firstMonths(m, m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3), y(m, 4))),
      rule("<month> <year>", Start.BEFORE_YEAR, MONTHS, "\\b" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR, m -> month(m, y(m, 2), month(m.group(1)))),
      rule("<year>", Start.AT_YEAR, ALWAYS, YEAR, m -> span(m, LocalDate.of(y(m, 1), 1, 1), LocalDate.of(y(m, 1), 12, 31))),
      // "At the end of the year" after "September-December 2004": December of the year named before
      rule("the end of that year", Start.BEFORE_WORD_YEAR, LiteralGate.anyOf("year"),
          "(?i:\\b(?:the\\s+)?(?:end|close)\\s+of\\s+(?:the|that)\\s+year\\b)(?!\\s+(?:19|20)\\d\\d)",
          m -> new DateMention(m.start(), m.end(), null, null, true, 0, null, new Relative(false, Unit.YEARS, 0, 12, 12))),
      rule("that year", Start.BEFORE_WORD_YEAR, LiteralGate.anyOf("year"), "(?i:\\b(?:that|the\\s+same)\\s+year\\b)", m -> relative(m, 0)),
      rule("the following year", Start.BEFORE_WORD_YEAR, LiteralGate.anyOf("year"), "(?i:\\b(?:(?:the\\s+)?(?:following|next)\\s+year|a\\s+year\\s+later)\\b)",
          m -> relative(m, 1)),
      rule("the previous year", Start.BEFORE_WORD_YEAR, LiteralGate.anyOf("year"), "(?i:\\b(?:(?:the\\s+)?(?:previous|preceding|prior)\\s+year|the\\s+year\\s+before)\\b)",
          m -> relative(m, -1)),
      // French, Spanish and Portuguese dates with a year: "31 mars 2020", "31 de marzo de 2020", "fin 2015",
      // "a finales de 2019", "no final de 2019", "début 2015", "mediados de 2019", "premier trimestre 2019"
      rule("<day> <mois> <year>", Start.BEFORE_YEAR, INTL_MONTHS, "(?<![\\p{N}])(\\d{1,2})(?:er|º|°)?\\s+(?:de\\s+)?" + INTL_MONTH
          + "\\s+(?:de\\s+|del\\s+)?" + YEAR, m -> dayOf(m, y(m, 3), intlMonth(m.group(2)), n(m, 1))),
      rule("<mois> <year>", Start.BEFORE_YEAR, INTL_MONTHS, "(?<![\\p{L}])" + INTL_MONTH + ",?\\s+(?:de\\s+|del\\s+)?" + YEAR,
          m -> month(m, y(m, 2), intlMonth(m.group(1)))),
      rule("fin <year>", Start.BEFORE_YEAR, LiteralGate.anyOf("fin", "cierre", "fim", "término", "termino"), "(?iu:(?<![\\p{L}])(?:(?:à\\s+la\\s+|a\\s+|al\\s+|no\\s+|ao\\s+|en\\s+)?"
          + "(?:fins?\\s+(?:de\\s+|d['’]\\s*)?|(?:finales|fines|final|finais|fim|cierre|t[ée]rmino)\\s+(?:de|del|do|d['’])\\s*)"
          + "(?:l['’]\\s*année\\s+|l['’]\\s*an\\s+|año\\s+|ano\\s+)?))" + YEAR, m -> month(m, y(m, 1), 12)),
      rule("début <year>", Start.BEFORE_YEAR, LiteralGate.anyOf("début", "debut", "principios", "inicios", "comienzos", "início", "inicio", "começo"),
          "(?iu:(?<![\\p{L}])(?:(?:à\\s+|a\\s+|al\\s+|no\\s+|en\\s+)?(?:début(?:\\s+de)?|debut(?:\\s+de)?|(?:principios|inicios|comienzos|início|inicio|começo)\\s+(?:de|del|do))\\s+))" + YEAR,
          m -> month(m, y(m, 1), 1)),
      rule("mi-<year>", Start.BEFORE_YEAR, LiteralGate.anyOf("mi", "mediados", "meados"), "(?iu:(?<![\\p{L}])(?:mi[-\\s]|(?:a\\s+)?(?:mediados|meados)\\s+(?:de|del|do)\\s+))" + YEAR,
          m -> part(m, "mid", y(m, 1))),
      rule("<ordinal> trimestre <year>", Start.BEFORE_YEAR, LiteralGate.anyOf("trimestre"), "(?iu:(?<![\\p{L}])" + INTL_ORDINAL
          + "\\s+trimestre\\s+(?:de\\s+|del\\s+|do\\s+|d['’]\\s*)?)" + YEAR, m -> quarter(m, intlOrdinal(m.group(1)), y(m, 2))),
      rule("<ordinal> semestre <year>", Start.BEFORE_YEAR, LiteralGate.anyOf("semestre"), "(?iu:(?<![\\p{L}])" + INTL_ORDINAL
          + "\\s+semestre\\s+(?:de\\s+|del\\s+|do\\s+|d['’]\\s*)?)" + YEAR, m -> {
            int h = LAST_ORDINAL.matcher(m.group(1)).matches() ? 2 : intlOrdinal(m.group(1));
            return h > 2 ? null : half(m, h, y(m, 2));
          }),
      // "1Q16", "3Q 2016": a quarter written the analysts' way; "October-09", "Sept '09": a month and two digits
      rule("<n>Q<yy>", Start.ANY_WORD, LiteralGate.anyOf("q"), "(?<![\\p{L}\\p{N}])([1-4])Q\\s?'?((?:19|20)\\d\\d|\\d\\d)(?![\\p{N}])",
          m -> quarter(m, n(m, 1), twoDigitYear(m.group(2)))),
      // "3T2019", "4T 2020", "4T20" (trimestre), "T3 2019", "T3-2019" (French), "1S2020", "S1 2020" (semestre)
      rule("<n>T<yy>", Start.ANY_WORD, LiteralGate.anyOf("1t", "2t", "3t", "4t", "t1", "t2", "t3", "t4", "1s", "2s", "s1",
              "s2"),
          "(?<![\\p{L}\\p{N}])(?:([1-4])T\\s?'?((?:19|20)\\d\\d|\\d\\d)|T([1-4])\\s?[-/]?\\s?((?:19|20)\\d\\d)"
              + "|([12])S\\s?'?((?:19|20)\\d\\d|\\d\\d)|S([12])\\s?[-/]?\\s?((?:19|20)\\d\\d))(?![\\p{N}\\p{L}])",
          m -> m.group(1) != null ? quarter(m, n(m, 1), twoDigitYear(m.group(2)))
              : m.group(3) != null ? quarter(m, n(m, 3), y(m, 4))
              : m.group(5) != null ? half(m, n(m, 5), twoDigitYear(m.group(6)))
              : half(m, n(m, 7), y(m, 8))),
      rule("<month>-<yy>", Start.ANY_WORD, MONTHS, "\\b" + MONTH + "(?:[-–]'?|\\s+')(\\d\\d)(?![\\p{N}]|[.,]\\d)",
          m -> month(m, twoDigitYear(m.group(2)), month(m.group(1)))),
      // relative to the date named before them ("a year earlier" after "March 2011" is 2010)
      rule("<n> years|months earlier|later", Start.ANY_WORD, LiteralGate.anyOf("earlier", "later", "before", "previously"),
          "(?i:\\b(a|an|" + NUMBER_WORDS + ")\\s+(years?|months?|quarters?)\\s+(earlier|later|previously|before(?=\\s*(?:[.,;)]|$))))",
          m -> earlierOrLater(m, unitOf(m.group(2)), numberWord(m.group(1)) * (m.group(3).equalsIgnoreCase("later") ? 1 : -1))),
      rule("the previous month|quarter", Start.ANY_WORD, LiteralGate.anyOf("month", "quarter"),
          "(?i:\\b(?:the\\s+)(previous|preceding|prior|last|following|next)\\s+(month|quarter)\\b)",
          m -> shifted(m, false, unitOf(m.group(2)), m.group(1).toLowerCase(Locale.ROOT).matches("following|next") ? 1 : -1)),
      // "the same month last year", "the same period a year earlier", "el mismo período del año anterior", "la même
      // période de l'année précédente": the period named before, a year back (a month stays a month)
      rule("the same period last year", Start.ANY_WORD, LiteralGate.anyOf("same", "corresponding", "mismo", "misma",
              "même", "mesmo", "mesma", "igual"),
          "(?i:\\b(?:the\\s+)?(?:same|corresponding)\\s+(?:month|quarter|period|time|date|day)\\s+(?:of\\s+|in\\s+)?"
              + "(?:(?:last|the\\s+previous|the\\s+preceding|the\\s+prior)\\s+year|a\\s+year\\s+(?:earlier|ago|before)"
              + "|the\\s+year\\s+before)\\b)"
              + "|(?iu:(?<![\\p{L}])(?:(?:el|la|le|o|a)\\s+)?(?:mismo|misma|même|mesmo|mesma|igual)\\s+"
              + "(?:mes|mois|mês|trimestre|per[íi]odo|période|periode|fecha|date|data)\\s+(?:del\\s+|de\\s+|do\\s+|d['’]\\s*)?"
              + "(?:l['’]\\s*)?(?:año|an|année|ano)\\s+(?:anterior|pasado|précédente?|derni(?:er|ère)|passée?|passado)(?![\\p{L}]))",
          m -> shifted(m, false, Unit.SAME_PERIOD, -1)),
      rule("l'année précédente", Start.ANY_WORD, LiteralGate.anyOf("précédent", "anterior", "suivant", "siguiente", "seguinte", "même", "mismo", "mesmo", "plus tôt", "plus tard", "auparavant", "antes", "después", "depois", "ese año", "esse ano", "naquele", "aquel"),
          "(?iu:(?<![\\p{L}])(?:(l['’]\\s*année|l['’]\\s*an|(?:d?el|al)\\s+año|[nd]?o\\s+ano|le\\s+mois|el\\s+mes|o\\s+mês|le\\s+trimestre|el\\s+trimestre|o\\s+trimestre)\\s+(précédente?|d['’]avant|anterior|suivante?|siguiente|seguinte)"
          + "|(un\\s+an|une\\s+année|un\\s+año|um\\s+ano|(?:deux|trois|quatre|cinq|dos|tres|cuatro|cinco|dois|três|quatro)\\s+(?:ans|años|anos))\\s+(plus\\s+tôt|auparavant|avant|antes|plus\\s+tard|après|después|más\\s+tarde|depois|mais\\s+tarde)"
          + "|(la\\s+même\\s+année|cette\\s+même\\s+année|el\\s+mismo\\s+año|ese\\s+año|aquel\\s+año|o\\s+mesmo\\s+ano|nesse\\s+ano|naquele\\s+ano|esse\\s+ano))(?![\\p{L}]))",
          DateRules::romanceNarrative),
      // relative to the document's date ("last year" in a text published in 2015 is 2014)
      rule("the end of last year", Start.ANY_WORD, LiteralGate.anyOf("year"),
          "(?i:\\b(?:the\\s+)?(end|close|start|beginning)\\s+of\\s+(last|this|the\\s+current|the\\s+past|next)\\s+year\\b)",
          m -> yearPart(m, thisLastNext(m.group(2)), m.group(1).toLowerCase(Locale.ROOT).matches("end|close") ? 12 : 1,
              m.group(1).toLowerCase(Locale.ROOT).matches("end|close") ? 12 : 1)),
      // "by the end of last December", "en diciembre pasado", "em dezembro passado", "en décembre dernier"
      // "at that date", "by then", "à cette date", "a esa fecha", "nessa data": the date named last before, as it is
      rule("at that date", Start.ANY_WORD, LiteralGate.anyOf("date", "then", "fecha", "data"),
          "(?iu:(?<![\\p{L}])(?:(?:at|on|by)\\s+(?:that|the\\s+same)\\s+date|by\\s+then|à\\s+cette\\s+date|à\\s+la\\s+même\\s+date"
          + "|(?:a|en|para)\\s+esa\\s+fecha|(?:n|d)?essa\\s+data|naquela\\s+data)(?![\\p{L}]))",
          m -> shifted(m, false, Unit.DAYS, 0)),
      // "in the same period", "en el mismo período", "no mesmo período", "au cours de la même période": the period
      // named last, as "at that date" ("the same period of 2020", "last year" after it are other rules' or bases;
      // "has risen over the same period" is a span between two dates, no date)
      rule("in the same period", Start.ANY_WORD, LiteralGate.anyOf("same", "mismo", "mesmo", "même", "igual"),
          "(?iu:(?<![\\p{L}])(?:(?:in|during|within)\\s+the\\s+same\\s+(?:period|quarter|months?)"
              + "|(?:en|durante)\\s+(?:el\\s+mismo|igual)\\s+(?:per[íi]odo|lapso|trimestre)"
              + "|(?:no|durante\\s+o|neste|nesse)\\s+mesmo\\s+(?:per[íi]odo|trimestre)"
              + "|(?:au\\s+cours\\s+de|pendant|durant|sur|dans)\\s+la\\s+même\\s+période)(?![\\p{L}])"
              + "(?!\\s+(?:of|in|last|a\\s+year|the\\s+previous|del?|do|da|d['’]|anterior|précédente?|pasado|passado)(?![\\p{L}])))",
          m -> shifted(m, false, Unit.DAYS, 0)),
      // "Mobile operators closed the period with 8.03 million", "cerró el trimestre con", "a clôturé le trimestre
      // avec": the period the text named last, as "in the same period"
      rule("closed the period with", Start.ANY_WORD, LiteralGate.anyOf("period", "quarter", "month", "periodo",
              "período", "trimestre", "mes", "mês", "mois", "période"),
          "(?iu:(?<=(?:closed|ended|finished|completed|cerr[óo]|termin[óo]|finaliz[óo]|encerrou|terminou|fechou"
              + "|clôturé|clôture|termin[ée]|achevé)\\s)(?:the|el|o|le)\\s+(?:period|quarter|month|periodo|período"
              + "|trimestre|mes|mês|mois|période)(?=\\s+(?:with|con|com|avec)(?![\\p{L}])))",
          m -> shifted(m, false, Unit.DAYS, 0)),
      // "at 30 September", "as of September 30", "al 30 de septiembre", "au 30 juin": a day of a month named without
      // its year, resolved as "in September" is, to the day
      rule("<day> <month>", Start.ANY_WORD, MONTHS, "(?<![\\p{N}.,/:])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH
              + "(?![\\p{L}])" + NO_YEAR_AFTER_DAY,
          m -> dayOfMonth(m, Integer.parseInt(m.group(1)), month(m.group(2)))),
      rule("<month> <day>", Start.ANY_WORD, MONTHS, "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{N}])" + NO_YEAR_AFTER_DAY,
          m -> dayOfMonth(m, Integer.parseInt(m.group(2)), month(m.group(1)))),
      rule("<day> de <mes>", Start.ANY_WORD, INTL_MONTHS, "(?<![\\p{N}.,/:])(\\d{1,2})(?:er|º|°)?\\s+(?:de\\s+)?" + INTL_MONTH
              + NO_YEAR_AFTER_DAY,
          m -> dayOfMonth(m, Integer.parseInt(m.group(1)), intlMonth(m.group(2)))),
      rule("last <month>", Start.ANY_WORD, LiteralGate.anyOf("last", "pasado", "passado", "dernier"),
          "(?i:\\b(?:the\\s+end\\s+of\\s+)?last\\s+)" + MONTH + "(?![\\p{L}])(?!\\s+(?:of\\s+)?(?:19|20)\\d\\d)"
          + "|(?<![\\p{L}])" + INTL_MONTH + "(?iu:\\s+(?:pasado|passado|dernier))(?![\\p{L}])",
          m -> new DateMention(m.start(), m.end(), null, null, true, 0, null, new Relative(true, Unit.NAMED_MONTH, 0,
              m.group(1) != null ? month(m.group(1)) : intlMonth(m.group(2)), 0))),
      // "up from 78 percent in June", "in February", "at the end of September": a month without its year, the one
      // nearest the date named before it (a year of the paragraph, "December 2019"), else the latest before the
      // text was written; never after a day ("June 30") or before "quarter" ("the June quarter")
      rule("in <month>", Start.ANY_WORD, MONTHS, "(?<=\\b(?:in|In|by|By|since|until|till|through|from|to|during|for|of)\\s|\\b(?:end|End)-)"
          + "(?:(?:mid|early|late)[-\\s])?(January|February|March|April|May|June|July|August|September|Sept|October|November|December)"
          + "(?![\\p{L}])(?!\\s*,?\\s*(?:" + DAY_OR_YEAR_AFTER + "|of\\s+\\d|quarter|'\\d))",
          m -> new DateMention(m.start(), m.end(), null, null, true, 0, null,
              new Relative(false, Unit.NEAREST_MONTH, 0, month(m.group(1)), 0))),
      // "at the end of the second quarter", "au deuxième trimestre", "en el tercer trimestre": a quarter without its
      // year, the one nearest the date named before it ("the second quarter of 2014"), as a month without its year;
      // never "the quarter ended December 2020" (the end month dates it)
      rule("the <ordinal> quarter", Start.ANY_WORD, LiteralGate.anyOf("quarter"), "(?i:\\bthe\\s+(first|second|third|fourth|1st|2nd"
          + "|3rd|4th)\\s+quarter\\b)(?!\\s*,?\\s*(?:of\\s+|in\\s+)?(?:19|20)\\d\\d|\\s+(?:ended|ending|to|through|of\\s+the)\\b|\\s*'\\d)",
          m -> new DateMention(m.start(), m.end(), null, null, true, 0, null,
              new Relative(false, Unit.NEAREST_QUARTER, 0, 3 * ordinal(m.group(1)) - 2, 0))),
      rule("<ordinal> trimestre", Start.ANY_WORD, LiteralGate.anyOf("trimestre"), "(?iu:(?<=\\b(?:au|du|le|el|al|del|o|no|do)\\s)"
          + INTL_ORDINAL + "\\s+trimestre(?![\\p{L}]))(?!\\s*,?\\s*(?:de\\s+|del\\s+|do\\s+|d['’]\\s*)?(?:19|20)\\d\\d)",
          m -> new DateMention(m.start(), m.end(), null, null, true, 0, null,
              new Relative(false, Unit.NEAREST_QUARTER, 0, 3 * intlOrdinal(m.group(1)) - 2, 0))),
      // "no final de setembro", "a finales de septiembre", "en mars", "à la fin du mois de juin", "hasta junio": a
      // month of French, Spanish or Portuguese without its year, as "in <month>" ("de junio de 2020", "junio
      // pasado", "30 de junio" are other rules')
      rule("en <mes>", Start.ANY_WORD, INTL_MONTHS, "(?iu:(?<![\\p{L}])(?:(?:(?:a|al|à|no|na|en|em)\\s+)?"
              // ("fin septembre": the French end of a month without its "de")
              + "(?:la\\s+)?(?:fin(?:ales|es|al)?|fim|cierre|término)\\s+(?:(?:de|del|do|du)\\s+)?(?:(?:el\\s+|o\\s+)?(?:mes|mês|mois)\\s+(?:de\\s+|d['’]\\s*))?"
              + "|(?:en|em|no|na|au|à|al|hasta|até|desde|depuis|durante|pendant)\\s+(?:(?:el\\s+|o\\s+|le\\s+)?(?:mes|mês|mois)\\s+(?:de\\s+|d['’]\\s*))?))"
              + INTL_MONTH + "(?!\\s*,?\\s*(?:de\\s+|del\\s+|do\\s+)?(?:" + DAY_OR_YEAR_AFTER + "|'\\d))"
              + "(?!\\s+(?:pasado|passado|dernier|de\\s+este|deste|de\\s+cette|de\\s+l['’]|del\\s+año|do\\s+ano|del\\s+mismo|do\\s+mesmo)(?![\\p{L}]))",
          m -> new DateMention(m.start(), m.end(), null, null, true, 0, null,
              new Relative(false, Unit.NEAREST_MONTH, 0, intlMonth(m.group(1)), 0))),
      // "on 14 August this year", "as of June 30 last year": that day
      rule("<day> <month> last year", Start.ANY_WORD, MONTHS, "(?<![\\p{N}.,/:])(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
          + MONTH + "|" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?)(?i:\\s+(?:of\\s+)?(last|this|next)\\s+year\\b)",
          m -> dayOfYearPart(m, thisLastNext(m.group(5)), month(m.group(2) != null ? m.group(2) : m.group(3)),
              Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4)))),
      rule("<month> last year", Start.ANY_WORD, MONTHS, "(?:(?i:\\b(?:the\\s+)?end\\s+of\\s+))?\\b" + MONTH
          + "(?i:\\s+(?:of\\s+)?(last|this|next)\\s+year\\b)",
          m -> yearPart(m, thisLastNext(m.group(2)), month(m.group(1)), month(m.group(1)))),
      // "a junio de este año", "en diciembre del año pasado", "junho deste ano", "juin de l'année dernière"
      rule("<mes> de este año", Start.ANY_WORD, INTL_MONTHS, "(?<![\\p{L}])" + INTL_MONTH
          + "(?iu:\\s+(?:(de\\s+este\\s+año|deste\\s+ano|de\\s+este\\s+ano|de\\s+cette\\s+année)"
          + "|(del\\s+año\\s+pasado|do\\s+ano\\s+passado|de\\s+l['’]\\s*année\\s+(?:dernière|passée)|de\\s+l['’]\\s*an\\s+dernier))"
          + "(?![\\p{L}]))",
          m -> yearPart(m, m.group(2) != null ? 0 : -1, intlMonth(m.group(1)), intlMonth(m.group(1)))),
      rule("the <ordinal> quarter of last year", Start.ANY_WORD, LiteralGate.anyOf("quarter"), "(?i:\\b(?:the\\s+)?" + QUARTER_WORD
          + "\\s+quarter\\s+of\\s+(last|this|the\\s+current|next)\\s+year\\b)",
          m -> yearPart(m, thisLastNext(m.group(2)), ordinal(m.group(1)) * 3 - 2, ordinal(m.group(1)) * 3)),
      rule("the first|second half of last year", Start.ANY_WORD, LiteralGate.anyOf("half"),
          "(?i:\\b(?:the\\s+)?(first|second)\\s+half\\s+of\\s+(last|this|the\\s+current|next)\\s+year\\b)",
          m -> yearPart(m, thisLastNext(m.group(2)), m.group(1).equalsIgnoreCase("first") ? 1 : 7,
              m.group(1).equalsIgnoreCase("first") ? 6 : 12)),
      // "in the first six months of last year", "en los primeros 6 meses del año pasado", "les neuf premiers mois de
      // l'année dernière", "nos primeiros seis meses deste ano"
      rule("the first <n> months of last year", Start.ANY_WORD, LiteralGate.anyOf("months", "meses", "mois"),
          "(?iu:(?<![\\p{L}])(?:(?:the\\s+)?first\\s+(" + NUMBER_WORDS + ")\\s+months\\s+of\\s+(last|this|the\\s+current)\\s+year"
              + "|(?:(?:los|os)\\s+)?prime(?:i)?ros\\s+(" + NUMBER_WORDS + ")\\s+meses\\s+(?:(del\\s+año\\s+pasado|do\\s+ano\\s+passado)|(?:de\\s+este\\s+año|deste\\s+ano|de\\s+este\\s+ano))"
              + "|(?:les\\s+)?(" + NUMBER_WORDS + ")\\s+premiers\\s+mois\\s+(?:(de\\s+l['’]\\s*année\\s+(?:dernière|passée))|de\\s+cette\\s+année))(?![\\p{L}]))",
          m -> {
            String n = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(6);
            int shift = m.group(2) != null ? thisLastNext(m.group(2)) : m.group(4) != null || m.group(7) != null ? -1 : 0;
            int months = numberWord(n);
            return months < 1 || months > 12 ? null : yearPart(m, shift, 1, months);
          }),
      rule("last|this|next year", Start.ANY_WORD, LiteralGate.anyOf("year"),
          "(?i:(?<!\\bthe\\s)(?<!\\bpast\\s)\\b(?:(?:earlier|later)\\s+)?(last|this|next|the\\s+current)\\s+year\\b)",
          m -> yearPart(m, thisLastNext(m.group(1)), 1, 12)),
      rule("last|this month|quarter", Start.ANY_WORD, LiteralGate.anyOf("month", "quarter"),
          "(?i:(?<!\\bthe\\s)\\b(?:(?:earlier|later)\\s+)?(last|this|next)\\s+(month|quarter)\\b)",
          m -> shifted(m, true, unitOf(m.group(2)), thisLastNext(m.group(1)))),
      rule("<n> years|months ago", Start.ANY_WORD, LiteralGate.anyOf("ago"),
          "(?i:\\b(a|an|" + NUMBER_WORDS + ")\\s+(years?|months?|decades?)\\s+ago\\b)",
          m -> m.group(2).toLowerCase(Locale.ROOT).startsWith("decade")
              ? shifted(m, true, Unit.YEARS, -10 * numberWord(m.group(1)))
              : shifted(m, true, unitOf(m.group(2)), -numberWord(m.group(1)))),
      rule("today", Start.ANY_WORD, LiteralGate.anyOf("today", "now", "current", "present", "to date",
          "actuellement", "aujourd", "actualidad", "actualmente", "atualmente", "hoy", "hoje"),
          // (not "in a statement issued here today", "informó hoy el Ministerio": the day of the telling, not of
          // its figures)
          "(?iu:(?<![\\p{L}])(?<!(?:said|issued|released|published|announced|stated|reported|told|disclosed|revealed"
          + "|informó|anunció|informou|anunciou|divulgou|annoncé|publié|indiqué|divulgad[oa]s?|publicad[oa]s?"
          + "|difundid[oa]s?|conocer|conhecer|publiée?s?|rendue?s?\\s{1,2}publi(?:c|qu)e?s?)\\s{1,2}(?:here\\s{1,2})?)"
          + "(?:today|now|currently|presently|nowadays|at\\s+present|to\\s+date|as\\s+of\\s+today"
          + "|actuellement|aujourd['’]\\s*hui|à\\s+ce\\s+jour|actualmente|atualmente|en\\s+la\\s+actualidad|hoy(?:\\s+en\\s+día)?|hoje)(?![\\p{L}]))",
          m -> shifted(m, true, Unit.DAYS, 0)),
      rule("l'année dernière", Start.ANY_WORD, LiteralGate.anyOf("dernier", "dernière", "passé", "prochain", "cette année",
          "ce mois", "il y a", "pasado", "próximo", "este año", "hace", "passado", "este ano", "neste ano", "há "),
          "(?iu:(?<![\\p{L}])(?:(?:(?:à\\s+la\\s+|a\\s+)?fin\\s+(?:de\\s+)?|(?:a\\s+)?(?:finales|fines)\\s+del\\s+|al\\s+cierre\\s+del\\s+|(?:no\\s+)?(?:final|fim)\\s+do\\s+)?"
          + "(l['’]\\s*année\\s+(?:dernière|passée|prochaine)|l['’]\\s*an\\s+(?:dernier|passé|prochain)|cette\\s+année|(?:el\\s+)?año\\s+(?:pasado|próximo|que\\s+viene)|(?:el\\s+)?próximo\\s+año|este\\s+año"
          + "|(?:(?:n)?o\\s+)?ano\\s+passado|(?:n)?o\\s+próximo\\s+ano|(?:n)?este\\s+ano"
          + "|le\\s+mois\\s+dernier|ce\\s+mois-ci|el\\s+mes\\s+pasado|(?:n)?o\\s+mês\\s+passado|le\\s+trimestre\\s+dernier|el\\s+trimestre\\s+pasado|(?:n)?o\\s+trimestre\\s+passado)"
          + "|(?:il\\s+y\\s+a|hace|há)\\s+(" + NUMBER_WORDS + ")\\s+(ans|années|mois|años|meses|anos))(?![\\p{L}]))",
          DateRules::romanceDeictic));

  // per rule: a relative one ("that year") starts near the word "year"; one written from the year onwards can only
  // start at a year
  // per rule: the characters its match can start with (both cases where the regex ignores case; the month names
  // are capitalised), or null for any; a pre-check at each anchor
  private static final String[] FIRSTS = new String[RULES.size()];
  private static final Map<String, String> FIRST_CHARS = Map.ofEntries(
      Map.entry("<month> <day>, <year>", "JFMASOND"),
      Map.entry("<day> <month> <year>", "0123456789"),
      Map.entry("from <year> to <year>", "fFbB"),
      Map.entry("entre <year> y <year>", "eEdD"),
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
      Map.entry("<month>-<month> <year>", "JFMASOND"),
      Map.entry("that year", "tT"),
      Map.entry("the end of that year", "tTeEcC"),
      Map.entry("the following year", "tTfFnNaA"),
      Map.entry("the previous year", "tTpP"),
      Map.entry("<n>Q<yy>", "1234"),
      Map.entry("<n>T<yy>", "1234TS"),
      Map.entry("<month>-<yy>", "JFMASOND"),
      Map.entry("the previous month|quarter", "tT"),
      Map.entry("the same period last year", "tTsScCeElLoOaAmMiI"),
      Map.entry("the end of last year", "tTeEcCsSbB"),
      Map.entry("<day> <month> last year", "0123456789JFMASOND"),
      Map.entry("<month> last year", "tTeEJFMASOND"),
      Map.entry("in <month>", "JFMASONDmel"),
      Map.entry("the <ordinal> quarter of last year", "tTfFsS1234"),
      Map.entry("the first|second half of last year", "tTfFsS"),
      Map.entry("last|this|next year", "lLtTnNeE"),
      Map.entry("last|this month|quarter", "lLtTnNeE"));

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
      String firsts = FIRST_CHARS.get(RULES.get(k).name());
      FIRSTS[k] = firsts != null ? firsts : firstCharsOf(RULES.get(k).pattern().pattern());
    }
  }

  /**
   * The characters a match of {@code regex} can start with, in both cases, read off its literal starts (see
   * {@link LiteralGate}); null when a start cannot be read.
   */
  static String firstCharsOf(String regex) {
    List<String> literals = LiteralGate.of(regex).literals();
    if (literals == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (String l : literals) {
      char c = l.charAt(0);
      for (char x : new char[] {c, Character.toUpperCase(c), Character.toLowerCase(c), Character.toTitleCase(c)}) {
        if (out.indexOf(String.valueOf(x)) < 0) {
          out.append(x);
        }
      }
    }
    return out.toString();
  }

  // the literals of every rule that can start at any word, read off the rules' own gates: a sentence without one
  // skips them all
  private static final LiteralGate ANY_WORD_GATE = anyWordGate();

  private static LiteralGate anyWordGate() {
    java.util.Set<String> literals = new java.util.LinkedHashSet<>();
    for (Rule r : RULES) {
      if (r.start() == Start.ANY_WORD) {
        if (r.gate().literals() == null) {
          return LiteralGate.always();
        }
        literals.addAll(r.gate().literals());
      }
    }
    return LiteralGate.anyOf(literals.toArray(String[]::new));
  }

  private static Rule rule(String name, Start start, LiteralGate gate, String regex,
      Function<Matcher, DateMention> production) {
    return new Rule(name, start, gate, Pattern.compile(regex), m -> {
      DateMention d = production.apply(m);
      return d == null ? null : new DateMention(d.start(), d.end(), d.from(), d.to(), d.relative(), d.yearShift(), name,
          d.shift());
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
    boolean anyWord = ANY_WORD_GATE.mayMatch(lower);
    if (years == 0 && nearYearWords.length == 0 && !anyWord) {
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
        case ANY_WORD -> anyWord ? words : new int[0];
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
        if (d != null && !countsThings(s, d)) {
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

  // "just over 1900 households", "1999 subscribers": four digits that count the noun after them
  private static final Pattern COUNTED_NOUN_AFTER = Pattern.compile(
      "\\s+(?:households|homes|families|users|subscribers|subscriptions|lines|customers|people|persons|inhabitants"
          + "|connections|hogares|usuarios|suscriptores|l[íi]neas|abonn[ée]s|m[ée]nages|lignes|domic[íi]lios|assinantes"
          + "|linhas|usu[áa]rios)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  // "since 2017 subscriptions per 100 ...", "in 2010 households": a year after a word that takes a date
  private static final Pattern DATE_WORD_BEFORE = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:since|in|by|from|until|till|to|of|during|after|before|end|desde|en|depuis|em|de|d[èe]s|au|à|a)"
          + "\\s+$");

  /**
   * Whether a date written as a bare four-digit number is a count of the noun right after it ("just over 1900
   * households"), not a year that a preposition dates ("since 2017 subscriptions ...").
   */
  private static boolean countsThings(String s, DateMention d) {
    return d.end() - d.start() == 4 && d.end() < s.length() && s.charAt(d.end()) == ' '
        && COUNTED_NOUN_AFTER.matcher(s).region(d.end(), s.length()).lookingAt()
        && !DATE_WORD_BEFORE.matcher(s).region(Math.max(0, d.start() - 12), d.start()).find();
  }

  // longer first, then by start (as comparingInt(length).reversed().thenComparingInt(start))
  private static final Comparator<DateMention> LONGEST_FIRST = (a, b) -> {
    int c = Integer.compare(b.end() - b.start(), a.end() - a.start());
    return c != 0 ? c : Integer.compare(a.start(), b.start());
  };

  private static final Pattern RANGE_JOIN = Pattern.compile("^\\s*(?:to|until|till|through|thru|and|–|—|-)\\s*$");
  // "from", "between", and "in the period December 2021 – December 2025", "en el periodo diciembre 2021-diciembre 2025"
  private static final Pattern RANGE_OPEN = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:from|between|period|periodo|per[íi]odo|p[ée]riode)\\s+(?:(?:of|de|del|du)\\s+)?$");

  // "du 31 décembre 2012 au 31 décembre 2013", "desde enero hasta junio de 2019", "de 2010 a 2015": an opening word,
  // then a word that closes the span; "entre 2012 et 2014", "entre enero y marzo": between, and
  private static final Pattern ROMANCE_RANGE_OPEN = Pattern.compile("(?iu)(?<![\\p{L}])(?:(du|del|de|do|da|desde|depuis)"
      + "|(entre))\\s+(?:(?:el|le|la|o|a|l['’])\\s*)?$");
  private static final Pattern ROMANCE_RANGE_TO = Pattern.compile("(?iu)^\\s+(?:au|à|a|al|ao|à|hasta|até|jusqu['’]\\s*(?:au|à|en))"
      + "\\s+(?:(?:el|le|la|o|a|l['’])\\s*)?$");
  private static final Pattern ROMANCE_RANGE_AND = Pattern.compile("(?iu)^\\s+(?:y|e|et)\\s+(?:(?:el|le|la|o|a|l['’])\\s*)?$");

  /** Two dates that a Romance opening word and its closing word make one span ("du ... au ...", "entre ... y ..."). */
  private static boolean romanceRange(String s, DateMention a, DateMention b) {
    Matcher open = ROMANCE_RANGE_OPEN.matcher(s).region(Math.max(0, a.start() - 12), a.start());
    if (!open.find()) {
      return false;
    }
    String join = s.substring(a.end(), b.start());
    return open.group(1) != null ? ROMANCE_RANGE_TO.matcher(join).matches() : ROMANCE_RANGE_AND.matcher(join).matches();
  }

  private static final Pattern SPAN_JOIN = Pattern.compile(
      "(?iu)\\s+(?:to|and|until|till|through|thru|y|e|et|a|à|al|hasta|até|au|ao)\\s+|\\s*[–—-]\\s*");

  /**
   * The two ends of a span ("between 1995 and 2003", "from June 2016 to June 2017") as dates of their own: the
   * first year or date, then the second; null when {@code d} is not a span of two stated ends. "rose from 86 to
   * 146 between 1995 and 2003" states the 86 for 1995 and the 146 for 2003.
   */
  public static DateMention[] spanEnds(String s, DateMention d) {
    if (d.relative() || !(d.rule().equals("from <year> to <year>") || d.rule().equals("from <date> to <date>")
        || d.rule().equals("entre <year> y <year>"))) {
      return null;
    }
    String t = s.substring(d.start(), d.end());
    // the join after the first end: search past the opening word and the first year's digits
    Matcher m = SPAN_JOIN.matcher(t);
    int from = 0;
    while (m.find(from)) {
      if (m.start() > 0 && Character.isDigit(t.charAt(m.start() - 1))) {
        List<DateMention> a = find(t.substring(0, m.start()));
        List<DateMention> b = find(t.substring(m.end()));
        if (a.isEmpty() || b.isEmpty() || a.get(a.size() - 1).relative() || b.get(0).relative()) {
          return null;
        }
        DateMention x = a.get(a.size() - 1);
        DateMention y = b.get(0);
        return new DateMention[] {
            new DateMention(d.start() + x.start(), d.start() + x.end(), x.from(), x.to(), false, 0, x.rule()),
            new DateMention(d.start() + m.end() + y.start(), d.start() + m.end() + y.end(), y.from(), y.to(), false,
                0, y.rule())};
      }
      from = m.end();
      if (from >= t.length()) {
        break;
      }
    }
    return null;
  }

  /** "from 28 March 2018 to 13 July 2019": two dates that open and close one period become that period. */
  private static List<DateMention> mergeRanges(String s, List<DateMention> dates) {
    List<DateMention> out = new ArrayList<>();
    for (int i = 0; i < dates.size(); i++) {
      DateMention a = dates.get(i);
      if (i + 1 < dates.size() && !a.relative() && !dates.get(i + 1).relative()) {
        DateMention b = dates.get(i + 1);
        // RANGE_JOIN's words and dashes (case-sensitive) are its first characters after white space
        if ((NumeralRules.nextIs(s, a.end(), "tua–—-")
            && RANGE_JOIN.matcher(s.substring(a.end(), b.start())).matches()
            && RANGE_OPEN.matcher(s.substring(Math.max(0, a.start() - 12), a.start())).find()
            || romanceRange(s, a, b))
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

  /** Day {@code day} of {@code month}, or its last day when the month is shorter ("February 29" in 2019). */
  static LocalDate dayOf(YearMonth month, int day) {
    return month.atDay(Math.min(day, month.lengthOfMonth()));
  }

  /** The first {@code n} months of {@code year}, January to the end of month n; null for no month count. */
  private static DateMention firstMonths(Matcher m, String n, int year) {
    int months = numberWord(n);
    return months < 1 || months > 12 ? null
        : span(m, LocalDate.of(year, 1, 1), YearMonth.of(year, months).atEndOfMonth());
  }

  /** Day {@code day} of month {@code month}, its year to be found as a month's without its year is; null for no day. */
  private static DateMention dayOfMonth(Matcher m, int day, int month) {
    return day < 1 || day > 31 ? null : new DateMention(m.start(), m.end(), null, null, true, 0, null,
        new Relative(false, Unit.NEAREST_DAY, day, month, 0));
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

  private static DateMention shifted(Matcher m, boolean deictic, Unit unit, int amount) {
    return new DateMention(m.start(), m.end(), null, null, true, unit == Unit.YEARS ? amount : 0, null,
        new Relative(deictic, unit, amount, 1, 12));
  }

  /**
   * "a year earlier", "two years later": the date named before it moved by whole years keeps its own period (after
   * "December 2007", December 2006; after "2007", 2006); months and quarters move as {@link #shifted} moves them.
   */
  private static DateMention earlierOrLater(Matcher m, Unit unit, int amount) {
    return unit != Unit.YEARS ? shifted(m, false, unit, amount)
        : new DateMention(m.start(), m.end(), null, null, true, amount, null,
            new Relative(false, Unit.YEARS_OF_PERIOD, amount, 1, 12));
  }

  /** Months {@code fromMonth..toMonth} of the document's year moved by {@code years} ("the end of last year"). */
  private static DateMention yearPart(Matcher m, int years, int fromMonth, int toMonth) {
    return new DateMention(m.start(), m.end(), null, null, true, years, null,
        new Relative(true, Unit.YEARS, years, fromMonth, toMonth));
  }

  private static DateMention dayOfYearPart(Matcher m, int years, int month, int day) {
    return day < 1 || day > 31 ? null : new DateMention(m.start(), m.end(), null, null, true, years, null,
        new Relative(true, Unit.DAY_OF_YEARS, years, month, day));
  }

  private static int thisLastNext(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return l.equals("last") || l.equals("past") ? -1 : l.equals("next") ? 1 : 0;
  }

  private static Unit unitOf(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return l.startsWith("month") || l.startsWith("mois") || l.startsWith("mes") || l.startsWith("mês") ? Unit.MONTHS
        : l.startsWith("quarter") || l.startsWith("trimestre") ? Unit.QUARTERS : Unit.YEARS;
  }

  private static int numberWord(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    if (l.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(l);
    }
    return l.equals("a") || l.equals("an") ? 1 : NUMBER_WORD_VALUES.get(l);
  }

  /** "l'année précédente", "un año antes", "o mesmo ano": relative to the date named before them. */
  private static DateMention romanceNarrative(Matcher m) {
    if (m.group(1) != null) {
      String how = m.group(2).toLowerCase(Locale.ROOT);
      int amount = how.startsWith("suiv") || how.startsWith("sigu") || how.startsWith("segu") ? 1 : -1;
      return shifted(m, false, unitOf(m.group(1).replaceFirst("^(?i)(?:l['’]\\s*|(?:d?el|al)\\s+|[nd]?o\\s+|le\\s+)", "")
          .replace("année", "year").replace("an", "year").replace("año", "year").replace("ano", "year")), amount);
    }
    if (m.group(3) != null) {
      String how = m.group(4).toLowerCase(Locale.ROOT);
      boolean later = how.contains("tard") || how.startsWith("après") || how.startsWith("despu") || how.startsWith("depois");
      String n = m.group(3).toLowerCase(Locale.ROOT);
      int years = n.startsWith("deux") || n.startsWith("dos") || n.startsWith("dois") ? 2
          : n.startsWith("trois") || n.startsWith("tres") || n.startsWith("três") ? 3
          : n.startsWith("quat") || n.startsWith("cuat") ? 4 : n.startsWith("cinq") || n.startsWith("cinco") ? 5 : 1;
      return earlierOrLater(m, Unit.YEARS, later ? years : -years); // "dos años antes": two years before
    }
    return shifted(m, false, Unit.YEARS, 0);
  }

  /** "l'année dernière", "el mes pasado", "há dois anos", "fin de l'année dernière": relative to the document's date. */
  private static DateMention romanceDeictic(Matcher m) {
    String whole = m.group().toLowerCase(Locale.ROOT);
    if (m.group(2) != null) {
      int n = numberWord(m.group(2));
      Unit unit = unitOf(m.group(3));
      return shifted(m, true, unit, -n);
    }
    String p = m.group(1).toLowerCase(Locale.ROOT);
    int amount = p.contains("derni") || p.contains("pas") ? -1 : p.contains("proch") || p.contains("próximo")
        || p.contains("viene") ? 1 : 0;
    Unit unit = p.contains("mois") || p.contains("mes") || p.contains("mês") ? Unit.MONTHS
        : p.contains("trimestre") ? Unit.QUARTERS : Unit.YEARS;
    boolean end = !whole.startsWith(p) && unit == Unit.YEARS;
    return end ? yearPart(m, amount, 12, 12) : unit == Unit.YEARS ? yearPart(m, amount, 1, 12)
        : shifted(m, true, unit, amount);
  }

  private static int twoDigitYear(String yy) {
    int y = Integer.parseInt(yy);
    return yy.length() == 4 ? y : y <= 50 ? 2000 + y : 1900 + y;
  }

  private static int intlMonth(String name) {
    return INTL_MONTH_NUMBERS.get(name.toLowerCase(Locale.ROOT));
  }

  private static int intlOrdinal(String w) {
    String l = w.toLowerCase(Locale.ROOT).replaceAll("\\s", "");
    if (l.startsWith("1") || l.startsWith("prem") || l.startsWith("prim")) {
      return 1;
    }
    if (l.startsWith("2") || l.startsWith("deux") || l.startsWith("seg") || l.startsWith("sec")) {
      return 2;
    }
    if (l.startsWith("3") || l.startsWith("tro") || l.startsWith("ter")) {
      return 3;
    }
    return 4;
  }

  private static Map<String, Integer> intlMonths() {
    String[][] names = {
        {"janvier", "enero", "janeiro"}, {"février", "fevrier", "febrero", "fevereiro"},
        {"mars", "marzo", "março", "marco"}, {"avril", "abril"}, {"mai", "mayo", "maio"},
        {"juin", "junio", "junho"}, {"juillet", "julio", "julho"}, {"août", "aout", "agosto"},
        {"septembre", "septiembre", "setiembre", "setembro"}, {"octobre", "octubre", "outubro"},
        {"novembre", "noviembre", "novembro"}, {"décembre", "decembre", "diciembre", "dezembro"}};
    Map<String, Integer> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        out.put(n, i + 1);
      }
    }
    return out;
  }

  private static Map<String, Integer> numberWords() {
    String[][] words = {
        {"one", "un", "une", "uno", "una", "um", "uma"}, {"two", "deux", "dos", "dois", "duas"},
        {"three", "trois", "tres", "três"}, {"four", "quatre", "cuatro", "quatro"}, {"five", "cinq", "cinco"},
        {"six", "seis"}, {"seven", "sept", "siete", "sete"}, {"eight", "huit", "ocho", "oito"},
        {"nine", "neuf", "nueve", "nove"}, {"ten", "dix", "diez", "dez"}, {"eleven", "onze", "once"},
        {"twelve", "douze", "doce"}};
    Map<String, Integer> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < words.length; i++) {
      for (String w : words[i]) {
        out.putIfAbsent(w, i + 1);
      }
    }
    out.put("fifteen", 15);
    out.put("eighteen", 18);
    out.put("twenty", 20);
    out.put("several", -1);
    out.remove("several");
    return out;
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
