package org.telecomgrowth.extract;

/**
 * Reason codes of the numbers the extractor found but did not publish as observations (unresolved.csv), so misses
 * can be counted by cause.
 */
public final class Reasons {
  private Reasons() {}

  /** No item or base in the vocabulary near the number, and no subject in its paragraph or section. */
  public static final String NO_METRIC = "no_metric";
  /** Only a generic word ("subscribers", "lines") and no unambiguous subject to say which kind. */
  public static final String AMBIGUOUS_ITEM = "ambiguous_item";
  /** A rank ("country comparison to the world: 143", "ranks 12th"). */
  public static final String RANK = "rank";
  /** A citation or note marker ("[2]", "[note 3]"). */
  public static final String CITATION_MARKER = "citation_marker";
  /** A telephone country code or dialling prefix ("country code - 54", "+254"). */
  public static final String DIALLING_CODE = "dialling_code";
  /** A page number ("p. 12"). */
  public static final String PAGE_NUMBER = "page_number";
  /** A frequency, speed or data size ("900 MHz", "100 Mbps"). */
  public static final String FREQUENCY_OR_SPEED = "frequency_or_speed";
  /** A year of another calendar ("1388" in the Iranian calendar, "2562 B.E."), or a year named by number ("year 0"). */
  public static final String CALENDAR_YEAR = "calendar_year";
  /** A change, not a level ("added 2 million", "net additions of", "up 300,000"). */
  public static final String CHANGE_NOT_LEVEL = "change_not_level";
  /** A range ("3–4 million", "between 3 and 4 million"): not one figure, so not published. */
  public static final String RANGE = "range";
  /** A value stated for an earlier, unnamed period ("up from 5.3 million", "compared with 20 million"). */
  public static final String EARLIER_VALUE_UNDATED = "earlier_value_undated";
  /**
   * A figure dated by a relative phrase ("at the end of last year", "18 months ago", "the previous month") that
   * nothing resolves: the document's date is unknown or only the day the page was gathered, or no date with a month
   * was named before it. The figure is published undated; this row counts the date left out.
   */
  public static final String RELATIVE_DATE_UNDATED = "relative_date_undated";
  /** A day of a month in a date the date rules did not claim ("March, 3, 2011"): part of a date, not a count. */
  public static final String DAY_OF_MONTH = "day_of_month";
  /** A number that names a zone, stratum, table or article ("zone 2", "Table 3"): a label, not an amount. */
  public static final String LABEL_NUMBER = "label_number";
  /** "more than one SIM card", "at least one member": "one" as a determiner, not a figure. */
  public static final String DETERMINER = "determiner";
  public static final String SMALL_COUNT = "small_count";
  /** A population figure ("the population of 270 million"), not a count of subscribers or users. */
  public static final String POPULATION = "population";
  /** "a capacity of 500,000 lines": what a network or exchange can hold, not what it serves. */
  public static final String CAPACITY = "capacity";
  /**
   * A term of a ratio, not a level ("outnumber them by 15 to 1", "a ratio of 2:1", "one in every five", "eight times
   * more"): it says how two figures compare, it counts nothing.
   */
  public static final String RATIO = "ratio";
  /**
   * The base of a rate, not a figure of its own ("for every 1,000 people", "per 100,000 population", "out of every
   * 10 households"): the denominator the rate is stated against.
   */
  public static final String RATE_BASE = "rate_base";
  /**
   * A rate against a base other than 100 or 1,000 ("65.93 per 100,000 population", "3 per 10,000 people", "12 per
   * million"): never published as a rate per 100, which it is not, nor as a count.
   */
  public static final String RATE_OTHER_BASE = "rate_other_base";
  /**
   * A count with a fractional part and no scale word ("at 7.77 and 7.52" read as lines): things counted are whole,
   * so the number is a rate or an index whose unit the text does not give next to it.
   */
  public static final String FRACTIONAL_COUNT = "fractional_count";
  /**
   * A number of networks, operators or providers ("through one mobile network", "three GSM operators"): the item
   * word names what the number counts, which is not subscribers.
   */
  public static final String COUNTS_PROVIDERS = "counts_providers";
  /**
   * A number of places ("13 EU member countries reported", "two provinces had", "in 26 markets", "cinco regiones"):
   * the word after it names what it counts, which is not subscribers.
   */
  public static final String COUNTS_PLACES = "counts_places";
  /**
   * A part of the total just given, in the total's own metric ("847,008 fixed lines. Within the total are 648,181
   * PSTN subscribers", "of which", "including"): the part is not the metric's level.
   */
  public static final String PART_OF_TOTAL = "part_of_total";
  /**
   * A share of subscribers or users, not of the population ("62.8 percent of total users", "40% des abonnés"): a
   * market or segment share, no penetration.
   */
  public static final String SHARE_OF_SUBSCRIBERS = "share_of_subscribers";
  /**
   * A percent bracketed after one item of a list of such items ("low call charges (85 percent), network coverage (50
   * percent)", "ADSL (60%), cable (30%)"): a share of the answers or of a whole, not the item's level.
   */
  public static final String LIST_BREAKDOWN = "list_breakdown";
  /**
   * An average set beside the document's rate over places the sentence does not name ("double the regional average
   * of 74"): not the country's figure, and no scope to publish it under.
   */
  public static final String AVERAGE_ELSEWHERE = "average_elsewhere";
  /**
   * A figure whose clause has a count of places as its subject ("13 EU member countries reported more than 100
   * connections per hundred"): what those places share, not the country's level.
   */
  public static final String FIGURE_OF_PLACES = "figure_of_places";
  /** Things sold, not subscribed ("she sells 30 SIM cards a day", "the maker sold 2.4 million handsets"). */
  public static final String SALES_NOT_LEVEL = "sales_not_level";
  /**
   * A change of a rate ("mobile penetration rose by 3 percentage points", "penetration up by 7.7 per cent"): points
   * and percent of a per-100 rate cannot be told apart, so it is held back, never published as a level or a growth.
   */
  public static final String RATE_CHANGE = "rate_change";
  /**
   * A figure the document already stated (a headline repeated in the body, "15.2% or 152 lines for every 1,000"):
   * same metric, value, period, scope and source as an earlier observation of the document, which is kept.
   */
  public static final String RESTATED = "restated";
  /**
   * A share above 100 % of a base that no subscription count's penetration stands for ("121 % of households", "a
   * share of 130 % of the population" with no counted item): no share exceeds its whole, and a share of the population
   * above 100 % is published only as the penetration per 100 of a counted item ("117.7 % of the population" for SIM
   * cards is mobile subscriptions per 100).
   */
  public static final String SHARE_OVER_100 = "share_over_100";
  /**
   * A share or count of those without the thing the metric counts ("53.9% of households have no mobile phone",
   * "ménages sans téléphone portable", "never used the internet"): its complement, not the metric.
   */
  public static final String NEGATED_ITEM = "negated_item";
  /** A count of households ("8.3 million households have landlines"): households, not lines or subscriptions. */
  public static final String HOUSEHOLD_COUNT = "household_count";
  /**
   * A share of those who use one service and no other ("households subscribe exclusively to mobile services (23.7%)",
   * "mobile-only households"): not the share that has the service, which no metric of ours holds apart.
   */
  public static final String EXCLUSIVE_SHARE = "exclusive_share";
  /**
   * Digits split by a comma and a space that could be list items ("151, 274 and 310", "143, 276 respectively"):
   * which number is meant cannot be told. Without a list around them ("fell to 151, 274 at the end of the year")
   * the groups are read as one count.
   */
  public static final String SPLIT_DIGITS = "split_digits";
  /**
   * A number with a minus sign ("−3,000,000", "-5%"): a count, share or rate is never below zero, so the figure is
   * not published rather than published without its sign (a fall is read from its words: "fell by 5%").
   */
  public static final String NEGATIVE_VALUE = "negative_value";
  /** A number in exponent notation ("10^9", "1e400"): not how the documents state figures, never read in pieces. */
  public static final String EXPONENT_NOTATION = "exponent_notation";
  /** Doubled or misplaced separators ("1,,000", "1.2.3"): which number is meant cannot be told. */
  public static final String MALFORMED_NUMBER = "malformed_number";
  /** A number inside code or a formula ("alert(2)", "=1+1"), not a figure of the text. */
  public static final String CODE_OR_FORMULA = "code_or_formula";
  /**
   * The document holds more figures than {@code FactExtractor.MAX_RECORDS_PER_DOCUMENT} (observations,
   * projections, events and unresolved numbers together): reading stopped at this row's sentence and the rest of
   * the document is not read; the row's value is the number of records kept.
   */
  public static final String DOCUMENT_CAP = "document_cap";

  /**
   * A table cell with digits that is not one number ("12 / 15", "3-4", "2,3,4"): which figure is meant cannot be
   * told.
   */
  public static final String TABLE_CELL_UNREADABLE = "table_cell_unreadable";
  /**
   * A table row with several figures whose column headers name neither a period nor a metric ("2014 2017" lost from
   * the header): which column is which cannot be told.
   */
  public static final String TABLE_COLUMN_UNKNOWN = "table_column_unknown";
  /**
   * A table cell whose only dates are in its caption, group heading, notes or section, and those name several
   * different periods ("Key indicators, 2015 and 2016"): which one the cell is for cannot be told.
   */
  public static final String TABLE_PERIOD_AMBIGUOUS = "table_period_ambiguous";
}
