package org.telecomgrowth.extract.rules;

import java.util.Locale;
import java.util.regex.Pattern;
import org.telecomgrowth.extract.Reasons;

/**
 * The negative dimension: numbers that are not figures of anything counted (ranks, citation markers, dialling
 * codes, page numbers, frequencies and speeds, years of other calendars). Each rule returns the reason code the
 * number is listed under in unresolved.csv.
 */
public final class NotFigureRules {
  private NotFigureRules() {}

  // "[2]", "[note 3]", "[n 4]", "[citation 12]"
  /** Years that are plausible in the Iranian (13xx, 140x) or Buddhist (25xx) calendars, or far in the future. */
  private static final java.util.regex.Pattern OTHER_CALENDAR_YEAR =
      java.util.regex.Pattern.compile("(?:13\\d\\d|14[0-4]\\d|25\\d\\d|20[6-9]\\d)");
  private static final Pattern CITATION_BEFORE = Pattern.compile("\\[\\s*(?:(?:note|notes|n|ref|citation|fn)\\.?\\s*)?$",
      Pattern.CASE_INSENSITIVE);
  // a note's number: "(Note 5)", "Note 2: Covers ...", "see note 3", "(nota 1)", "(footnote 2)"
  /** Whether only spaces stand between the start of {@code s} or a line break and {@code start}. */
  private static boolean opensLine(String s, int start) {
    int i = start - 1;
    while (i >= 0 && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i--;
    }
    return i < 0 || s.charAt(i) == '\n';
  }

  // a capitalised word right after a note's number that is no scale word ("1 MDG indicators", "2 Overall teledensity:")
  private static final Pattern NOTE_TEXT_AFTER = Pattern.compile(
      "\\s(?!(?:Million|Billion|Thousand|Mln|Mn|Bn|Crore|Lakh|Millions|Milliards?|Millones|Milh)\\b)\\p{Lu}\\p{L}*"
          + "\\s+\\p{L}"); // (two words at least: "1 Gbit/s" is a speed)
  private static final Pattern ENUMERATED_LIST = Pattern.compile("(?<![\\d.,])\\d{1,2}\\.\\s+\\p{Lu}");
  private static final Pattern NOTE_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:notes?|nota|notas|foot-?notes?|fn)\\.?\\s*$");
  private static final Pattern CITATION_AFTER = Pattern.compile("^\\s*(?:[,–-]\\s*\\d+\\s*)?\\]");
  // "% more households", " per cent fewer lines", "% de plus", "% más": a difference, not a level
  private static final Pattern MORE_AFTER = Pattern.compile(
      "\\s*(?:(?:%|percent|per\\s+cent)\\s*)?(?:more|fewer|less|de\\s+plus|de\\s+moins|m[áa]s|menos|a\\s+mais|a\\s+menos)"
          + "\\s+(?!than\\b|que\\b|qu['’]|de\\s+\\d)\\p{L}",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "numbers starting with 7", "beginning with 09": the leading digits of phone numbers
  private static final Pattern PREFIX_BEFORE = Pattern.compile(
      "(?:numbers?|lines?|n[úu]meros?)\\s+(?:\\p{L}+\\s+){0,2}?(?:starting|beginning|that\\s+start|that\\s+begin)\\s+with\\s+$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // " a 34 años de edad", " to 24 years old", "-24 years": the upper age of an age group after its lower one
  private static final Pattern AGE_SPAN_AFTER = Pattern.compile(
      "\\s*(?:a|to|y|and|[–-])\\s*\\d{1,2}\\s+(?:años|anos|ans|years?)(?:\\s+(?:de\\s+edad|old|d['’]âge|de\\s+idade))?(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "country code - 54", "calling code +254", "dialling prefix 0", "area code (0)2"
  private static final Pattern CODE_BEFORE = Pattern.compile(
      "\\b(?:country|calling|dialling|dialing|area|access|international|trunk|city)\\s+(?:code|prefix)s?"
          // "country code (Saint Helena) - 290, (Ascension Island) - 247": codes of named places
          + "(?:\\s*(?:\\([^()\\d]{1,40}\\)\\s*-\\s*\\d{1,4}\\s*,\\s*)*\\([^()\\d]{1,40}\\))?"
          + "\\s*(?:-|:|is|of|was)?\\s*(?:\\+|00|\\(0\\))?\\s*$|\\+\\s*$|\\(0\\)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PLUS_BEFORE = Pattern.compile("(?:^|[\\s(\\[:;,])\\+\\s?$");
  // "ranks 143rd", "ranked 12", "rank of 4", "No. 3 in the world"
  private static final Pattern RANK_BEFORE = Pattern.compile(
      "\\b(?:rank(?:s|ed|ing)?|placed|position)\\s+(?:of\\s+|at\\s+|No\\.?\\s*|number\\s+)?$|\\bNo\\.\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ORDINAL_AFTER = Pattern.compile("^(?:st|nd|rd|th)\\b");
  // "in year 0", "Year 3 of the plan": the number names a year, it counts nothing
  private static final Pattern YEAR_BEFORE = Pattern.compile("\\byear\\s+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PAGE_BEFORE = Pattern.compile("\\b(?:p|pp|page|pages)\\.?\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SPEED_AFTER = Pattern.compile(
      "^\\s*(?:[kMGT]Hz|[kKMGT]bit/s|[kKMGT]bps|[kKMGT]b/s|[KMGT]B/s|MB|GB|TB|kHz|megahertz|gigahertz|kilohertz|"
          + "megabits?|gigabits?|kilobits?|Mbit|Gbit|(?i:kilo|mega|giga|tera)bytes?)\\b");
  private static final Pattern OTHER_CALENDAR = Pattern.compile(
      "\\b(?:Iranian|Persian|solar|Hijri|SH|AP|B\\.E\\.|BE|Buddhist|Thai|Nepali|B\\.S\\.|Vikram|Ethiopian|E\\.C\\.)\\b");
  // "3–4 million", "between 3 and 4 million": a range is not one figure (documented rule: not published)
  private static final Pattern RANGE_AFTER = Pattern.compile("^\\s*(?:[–—-]|to)\\s*\\d[\\d.,]*\\s*(?:thousand|million|billion|mln|bn|%|percent|per\\s+cent)\\b|^\\s*[–—]\\s*\\d",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern RANGE_BEFORE = Pattern.compile("\\d\\s*[–—]\\s*$|\\bbetween\\s+[\\d.,]+(?:\\s+(?:thousand|million|billion))?\\s+and\\s+$",
      Pattern.CASE_INSENSITIVE);
  // "rose by 660,000 to 40.2 million", "from 3 to 4 million", "rose 3.3% to 5.4 million": a change or an earlier
  // level, not a range
  private static final Pattern CHANGE_OR_FROM_BEFORE = Pattern.compile("\\b(?:by|from|rose|grew|increased|fell|declined|"
      + "dropped|jumped|climbed|surged|gained|lost|up|down|rises?|grows?|increases?|falls?|declines?|drops?|jumps?|"
      + "climbs?|surges?|soared|soars?|slipped|slips?|dipped|dips?)\\s*$", Pattern.CASE_INSENSITIVE);
  // "151, 274": a thousands separator followed by a stray space
  // "151, 274", "3. 156" (a PDF's text with a space after every separator), "51, 5%" (its decimal comma): the
  // first piece of a number split by a separator and a space
  // (also "237, 621,583", "12, 133, 818": the rest still grouped by commas; "105. 21 in January": two digits and a
  // word after them)
  private static final Pattern SPLIT_AFTER = Pattern.compile("^(?:[,.]\\s\\d{3}(?:[,.]\\s?\\d{3})*(?![\\d,.])|,\\s\\d{3}(?:,\\s?\\d{3})+(?![\\d.])"
      + "|\\.\\s\\d{1,2}(?![\\d,.])(?=\\s+\\p{Ll})|,\\s\\d{1,2}\\s?(?:%|mil(?:lones|lions?|hões|hares)?\\b))");
  // "126, 118, and 111 respectively": in a sentence that pairs lists, a number followed by a comma and one more
  // member is the middle of a list, not a split group ("142, 305, and 298" alone may be 142,305 and 298)
  private static final Pattern RESPECTIVELY = Pattern.compile("\\brespectivel?y\\b|\\brespectivement\\b|\\brespectivamente\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LIST_MIDDLE = Pattern.compile("^,\\s+(?:(?:and|or|y|e|et|ou|o)\\s+)?\\d");
  private static final Pattern SPLIT_TAIL_WORD = Pattern.compile("^\\s+\\p{Ll}");
  private static final Pattern SPLIT_BEFORE = Pattern.compile("(?<![\\d,.])\\d{1,3}[,.]\\s$");
  // "In the number 1 spot", "the number two position": a place in a ranking
  private static final Pattern RANK_NUMBER_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])number\\s+$");
  private static final Pattern RANK_NOUN_AFTER = Pattern.compile(
      "(?i)^\\s*(?:spot|place|position|slot|ranking|rank|operator|carrier|provider)(?![\\p{L}])");
  private static final Pattern RANK_LABEL = Pattern.compile(
      "\\b(?:country\\s+comparison|comparison\\s+to\\s+the\\s+world|rank(?:ing)?)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CODE_LABEL = Pattern.compile("\\b(?:country|calling|dialling|dialing|area)\\s+code\\b",
      Pattern.CASE_INSENSITIVE);

  private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|"
      + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
  // "March, 3, 2011", "on March 3 , 2011": a day between its month and its year
  private static final Pattern DAY_BEFORE = Pattern.compile("\\b" + MONTH + "\\s*,?\\s*$");
  private static final Pattern YEAR_AFTER = Pattern.compile("^\\s*,?\\s*(?:19|20)\\d\\d\\b");
  // "zone 2", "stratum 3", "Table 4", "article 12", "Region No. 5": the number names the thing before it
  private static final Pattern LABEL_BEFORE = Pattern.compile(
      "\\b(?:zones?|strat(?:um|a)|tables?|articles?|sections?|chapters?|annex|appendix|figures?|fig\\.|"
          + "clauses?|paragraphs?|phases?|tiers?|wards?|circles?|lots?|waves?|rounds?)\\s+(?:no\\.?\\s*|number\\s+)?$",
      Pattern.CASE_INSENSITIVE);
  private static final LiteralGate LABEL_GATE = LiteralGate.anyOf("zone", "strat", "table", "article", "section",
      "chapter", "annex", "appendix", "fig", "clause", "paragraph", "phase", "tier", "ward", "circle", "lot", "wave",
      "round");
  // "more than one SIM card", "at least one member", "only one operator"
  private static final Pattern DETERMINER_ONE = Pattern.compile(
      "\\b(?:more\\s+than|at\\s+least|at\\s+most|only|just|less\\s+than|fewer\\s+than|than)\\s+$",
      Pattern.CASE_INSENSITIVE);

  // "3 percentage points", "2.5 points de pourcentage", "1,2 puntos porcentuales": a change of a rate
  private static final Pattern POINTS_AFTER = Pattern.compile(
      "^\\s*(?:percentage|percent|per\\s+cent|%)\\s*points?\\b|^\\s*points?\\b(?!\\s+(?:of|de|d['’]|for)\\b)|^\\s*points?\\s+(?:de\\s+pourcentage|percentuais)|"
          + "^\\s*puntos?\\s+porcentuales", Pattern.CASE_INSENSITIVE);
  private static final Pattern POINTS_ABBREVIATED = Pattern.compile("^\\s*(?:pp|p\\.p\\.|ppt|pts)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE);
  // "by 15 to 1", "a ratio of 2:1": the first term of a ratio whose second term is one
  private static final Pattern RATIO_AFTER = Pattern.compile(
      "^\\s*(?:to|:)\\s*(?:1|one)(?![\\d:]|,\\d)(?!\\.\\d)(?!\\s*(?:%|percent|per\\s+cent|thousand|million|billion|mln|bn|m\\b|k\\b))",
      Pattern.CASE_INSENSITIVE);
  // "15 to 1": the second term (the one) of such a ratio
  private static final Pattern RATIO_SECOND = Pattern.compile("(?<![\\d.,])\\d+(?:\\.\\d+)?\\s*(?:to|:)\\s*$",
      Pattern.CASE_INSENSITIVE);
  // "eight times more", "15 times as many", "a three-fold rise": a multiplier
  private static final Pattern TIMES_AFTER = Pattern.compile("^(?:\\s*-\\s*|\\s+)(?:times|fold)\\b",
      Pattern.CASE_INSENSITIVE);
  // "one in every two persons", "one out of five households"
  private static final Pattern ONE_IN_AFTER = Pattern.compile(
      "^\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?(?:\\d{1,3}(?![\\d,.])|two|three|four|five|six|seven|eight|nine|ten|"
          + "twenty|hundred|a\\s+hundred|thousand)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ONE_IN_BEFORE = Pattern.compile("\\bone\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?$",
      Pattern.CASE_INSENSITIVE);
  // "for every 1,000 people", "per 100,000 population", "out of every 10 households": the denominator of a rate
  private static final Pattern RATE_BASE_BEFORE = Pattern.compile(
      "\\b(?:per|for\\s+every|every|out\\s+of\\s+every|in\\s+every|of\\s+every|pour|por(?:\\s+cada)?|para(?:\\s+cada)?)\\s+$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern RATE_BASE_AFTER = Pattern.compile(
      "^\\s+(?:of\\s+the\\s+)?(?:inhabitants|people|persons|residents|population|citizens|individuals|households|"
          + "homes|families|head|capita|habitants|personnes|m[ée]nages|foyers|habitantes|personas|hogares|pessoas|"
          + "domic[íi]lios|lares|familias|fam[íi]lias|agregados|" + NumeralRules.DEMONYM + ")(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // a count per 100 households ("35 fixed lines per 100 households", "67 accesos por cada 100 hogares"): a rate
  // against households, which no metric publishes (a share of households is a percent of them)
  private static final Pattern HOUSEHOLD_RATE_AFTER = Pattern.compile(
      "^(?:\\s+[\\p{L}-]+){0,5}?\\s+(?:per|for\\s+every|pour|por|para)\\s+(?:cada\\s+)?(?:100|one\\s+hundred|hundred|cent|cien|cem)"
          + "\\s+(?:households|homes|families|m[ée]nages|foyers|hogares|familias|fam[íi]lias|domic[íi]lios|lares|agregados)"
          + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final LiteralGate HOUSEHOLD_RATE_GATE = LiteralGate.anyOf("household", "home", "famil", "nages",
      "foyer", "hogar", "domic", "lares", "agregado");

  /** Whether the text after {@code end} says "per 100 households" ("88,9% por 100 famílias": a share of them). */
  public static boolean perHundredHouseholds(String s, int end) {
    String rateAfter = s.substring(end, Math.min(s.length(), end + 70));
    return HOUSEHOLD_RATE_GATE.mayMatch(rateAfter.toLowerCase(Locale.ROOT))
        && HOUSEHOLD_RATE_AFTER.matcher(rateAfter).find();
  }

  /** Whether the number at [start, end) is written as a share ("88,9%", "12 per cent"). */
  private static boolean isShare(String s, int start, int end) {
    String t = s.substring(start, end).toLowerCase(Locale.ROOT);
    return t.indexOf('%') >= 0 || t.contains("cent") || t.contains("ciento") || t.contains("cento");
  }

  // "65.93 per 100,000 population", "3 lines for every 10,000 people", "12 per million": a rate against a base other
  // than 100 (read as per 100) or 1,000 (converted), whatever the words between the number and the base
  private static final Pattern OTHER_BASE_AFTER = Pattern.compile(
      "^(?:\\s+[\\p{L}-]+){0,4}?\\s+(?:per|for\\s+every|every|pour|por\\s+cada|para\\s+cada)\\s+"
          + "(?:10[,.\\s\u00a0\u202f]?000|100[,.\\s\u00a0\u202f]?000|1[,.\\s\u00a0\u202f]?000[,.\\s\u00a0\u202f]?000|ten\\s+thousand"
          + "|(?:a|one)?\\s*hundred\\s+thousand|(?:a|one)?\\s*million)(?![\\d,.])",
      Pattern.CASE_INSENSITIVE);
  // "13 EU member countries", "two southern provinces", "in 26 markets", "cinco regiones", "trois départements":
  // a number of places, not of subscribers
  /** Whether the number at [start, end) counts places ("13 EU member countries", "two provinces", "cinco regiones"). */
  public static boolean countsPlaces(String s, int end) {
    return PLACES_AFTER.matcher(s.substring(end, Math.min(s.length(), end + 40))).find();
  }

  private static final Pattern PLACES_AFTER = Pattern.compile(
      "^\\s+(?:(?:EU|OECD|European|African|Asian|Arab|Latin\\s+American|member|other|rural|urban|southern|northern|"
          + "eastern|western|central|coastal|border|neighbou?ring|remaining|largest|smallest|poorest|richest|of\\s+the)"
          + "\\s+){0,3}(?:countries|nations|member\\s+states|economies|provinces|regions|districts|counties|"
          + "governorates|municipalities|prefectures|departments|states|territories|markets|"
          + "pa[íi]ses|provincias|regiones|departamentos|municipios|estados|pays|r[ée]gions|d[ée]partements|"
          + "communes|wilayas?|prov[íi]ncias|regi[õo]es|munic[íi]pios|distritos)\\b"
          + "(?!\\s*(?:'s?\\s+|’s?\\s+)?(?:subscribers?|subscriptions?|customers?|users?|connections?|lines|accounts?))",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SALES_BEFORE = Pattern.compile(
      "(?<![\\p{L}])(?:sells?|sold|selling|shipped|ships|shipping|vend(?:e|en|emos|ió|ieron|eu|eram|u|ons|ent|ait))"
          + "(?:\\s+(?:about|around|some|over|more\\s+than|nearly|almost|up\\s+to|only|just|unos|unas|cerca\\s+de|plus\\s+de|"
          + "environ|mais\\s+de))*\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "one mobile network", "three GSM operators", "three mobile-cellular networks": the number counts networks or
  // companies (not "400 Internet service providers", a count of ours)
  private static final Pattern PROVIDERS_AFTER = Pattern.compile(
      "^\\s+(?:(?:mobile|cellular|GSM|CDMA|3G|4G|LTE|5G|wireless|telecom(?:munications)?|telephone|phone|fixed|"
          + "fixed-line|private|state-owned|licensed|competing|major|public|national|regional|international|virtual|"
          + "independent|new|local|other|big|large|small|main|leading|active|network|TV|television|cable|"
          + "broadcasting|satellite|commercial)(?:\\s+|-)){0,3}"
          // "three public mobile network operators", "more than 100 entrepreneurs provide fixed telephony services"
          + "(?:networks?|operators?|carriers?|companies|licen[cs]es?|licensees?|entrepreneurs|firms|enterprises|"
          + "businesses|players|brands"
          // "les 2 opérateurs GSM", "dos operadores", "três operadoras", "trois réseaux"
          + "|op[ée]rateurs?|operador(?:es|as?)?|r[ée]seaux|redes|empresas|compa[ñn]ias|entreprises|soci[ée]t[ée]s)(?![\\p{L}])"
          + "(?!\\s*(?:'s?\\s+|’s?\\s+)?(?:subscribers?|subscriptions?|customers?|users?|connections?|lines|accounts?))",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Why the number at [start, end) of {@code s} is not a figure, or null when it may be one. */
  public static String reason(String s, int start, int end) {
    String notation = NumeralRules.notationReason(s, start);
    if (notation != null) {
      return notation; // "−3,000,000", "10^400", "1,,000", "alert(2)"
    }
    String before = s.substring(Math.max(0, start - 40), start);
    String after = s.substring(end, Math.min(s.length(), end + 16));
    if (before.indexOf('[') >= 0 && CITATION_BEFORE.matcher(before).find()
        && CITATION_AFTER.matcher(after).find()) {
      return Reasons.CITATION_MARKER;
    }
    if (end - start <= 2 && opensLine(s, start) && NOTE_TEXT_AFTER.matcher(after).lookingAt()) {
      return Reasons.CITATION_MARKER; // "1 MDG indicators, UN (see …)" under a table: a note's number opening its line
    }
    if (end - start <= 2 && after.startsWith(")") && s.substring(0, start).strip().matches("[(\\[]?")) {
      return Reasons.CITATION_MARKER; // "(1) Includes circuits and ISDN lines": the mark of a note that starts its line
    }
    if (end - start <= 2 && after.startsWith(".") && ENUMERATED_LIST.matcher(s).results().count() >= 2
        && (ENUMERATED_LIST.matcher(s).region(start, Math.min(s.length(), end + 4)).lookingAt()
            || s.substring(end).strip().equals("."))) {
      return Reasons.LABEL_NUMBER; // "1. Ficha técnica 2. Equipamiento del hogar 3. Uso de computadora": a list's numbers
    }
    if (end - start <= 3 && NOTE_BEFORE.matcher(before).find()) {
      return Reasons.CITATION_MARKER; // "(Note 5)", "Note 2:", "see note 3", "(nota 4)"
    }
    if (PLUS_BEFORE.matcher(before).find() && isAmount(s, start, end)) {
      // "(+359 000)", "soit + 1,1 million", "+2.5 million": a signed change; a dialling code is a few bare digits
      return Reasons.CHANGE_NOT_LEVEL;
    }
    if ((before.indexOf('+') >= 0 || before.indexOf('(') >= 0 || before.toLowerCase(Locale.ROOT).contains("code")
        || before.toLowerCase(Locale.ROOT).contains("prefix")) && CODE_BEFORE.matcher(before).find()) {
      return Reasons.DIALLING_CODE;
    }
    if (after.length() > 5 && MORE_AFTER.matcher(after).lookingAt()) {
      return Reasons.CHANGE_NOT_LEVEL; // "with 5% more households using it": by how much more, not how many
    }
    if (end - start <= 3 && before.endsWith(" ") && before.toLowerCase(Locale.ROOT).contains("with")
        && PREFIX_BEFORE.matcher(before).find()) {
      return Reasons.DIALLING_CODE; // "mobile numbers starting with 7": the first digit of phone numbers
    }
    if (end - start <= 2 && (after.startsWith(" ") || after.startsWith("-") || after.startsWith("–"))
        && AGE_SPAN_AFTER.matcher(after).lookingAt()) {
      return Reasons.RANGE; // "el de 20 a 34 años de edad", "those aged 15 to 24 years": an age group's first age
    }
    if (before.endsWith(") - ") && CODE_BEFORE.matcher(s.substring(Math.max(0, start - 120), start)).find()) {
      return Reasons.DIALLING_CODE; // the second place of "country code (Saint Helena) - 290, (Ascension Island) - 247"
    }
    // each regex is tried only when the window holds what every match of it needs
    String lowerBefore = before.toLowerCase(Locale.ROOT);
    if (((lowerBefore.contains("rank") || lowerBefore.contains("plac") || lowerBefore.contains("position")
        || before.contains("No.")) && RANK_BEFORE.matcher(before).find())
        || lowerBefore.endsWith(" ") && lowerBefore.contains("number") && RANK_NUMBER_BEFORE.matcher(before).find()
            && RANK_NOUN_AFTER.matcher(after).find()
        || (!after.isEmpty() && Character.isLetter(after.charAt(0)) && ORDINAL_AFTER.matcher(after).find())) {
      return Reasons.RANK;
    }
    if (lowerBefore.contains("year") && YEAR_BEFORE.matcher(before).find()) {
      return Reasons.CALENDAR_YEAR;
    }
    if (lowerBefore.contains("p") && PAGE_BEFORE.matcher(before).find()) {
      return Reasons.PAGE_NUMBER;
    }
    if (hasUpperOrDigitWord(after) && SPEED_AFTER.matcher(after).find()) {
      return Reasons.FREQUENCY_OR_SPEED;
    }
    if ((mayBeRange(after) && RANGE_AFTER.matcher(after).find() && !CHANGE_OR_FROM_BEFORE.matcher(before).find())
        || ((before.indexOf('–') >= 0 || before.indexOf('—') >= 0 || lowerBefore.contains("between"))
            && RANGE_BEFORE.matcher(before).find())) {
      return Reasons.RANGE;
    }
    // (not "93%, 96% and 98%": a figure that ends on its unit is whole)
    if (((after.startsWith(",") || after.startsWith(". ")) && Character.isDigit(s.charAt(end - 1))
        && SPLIT_AFTER.matcher(after).find())
        || ((before.endsWith(", ") || before.endsWith(". ") && (end - start == 3
            || end - start <= 2 && SPLIT_TAIL_WORD.matcher(after).lookingAt())) && SPLIT_BEFORE.matcher(before).find() && !(LIST_MIDDLE.matcher(after).find() && RESPECTIVELY.matcher(s).find()))) {
      return Reasons.SPLIT_DIGITS;
    }
    if (end - start <= 2 && YEAR_AFTER.matcher(after).find() && DAY_BEFORE.matcher(before).find()) {
      return Reasons.DAY_OF_MONTH;
    }
    if (end - start <= 2 && isDayWithoutYear(s, start, end, before)) {
      return Reasons.DAY_OF_MONTH; // "as of Dec. 31,", "on 30 June", "al 30 de septiembre", "quarta-feira, 31,"
    }
    if (LABEL_GATE.mayMatch(lowerBefore) && LABEL_BEFORE.matcher(before).find()) {
      return Reasons.LABEL_NUMBER;
    }
    String longAfter = s.substring(end, Math.min(s.length(), end + 40));
    if (longAfter.contains("point") && POINTS_AFTER.matcher(longAfter).find()
        || (after.indexOf('p') >= 0 && POINTS_ABBREVIATED.matcher(after).find())) {
      return Reasons.RATE_CHANGE; // "up 3 percentage points": a change of a rate
    }
    String lowerLongAfter = longAfter.toLowerCase(Locale.ROOT);
    if ((lowerLongAfter.contains("000") || lowerLongAfter.contains("thousand") || lowerLongAfter.contains("million"))
        && OTHER_BASE_AFTER.matcher(longAfter).find()) {
      return Reasons.RATE_OTHER_BASE; // "65.93 per 100,000 population"
    }
    String rateAfter = s.substring(end, Math.min(s.length(), end + 70));
    if (HOUSEHOLD_RATE_GATE.mayMatch(rateAfter.toLowerCase(Locale.ROOT)) && HOUSEHOLD_RATE_AFTER.matcher(rateAfter).find()
        && !isShare(s, start, end)) {
      return Reasons.RATE_OTHER_BASE; // "35 fixed lines per 100 households", "67 accesos por cada 100 hogares"
    }
    if (PROVIDERS_AFTER.matcher(longAfter).find()) {
      return Reasons.COUNTS_PROVIDERS; // "through one mobile network"
    }
    if (SALES_BEFORE.matcher(before).find()) {
      return Reasons.SALES_NOT_LEVEL; // "she sells 30 SIM cards", "the maker sold 2.4 million handsets"
    }
    if (PLACES_AFTER.matcher(longAfter).find()) {
      return Reasons.COUNTS_PLACES; // "13 EU member countries reported", "two provinces had"
    }
    String ratio = ratioOrBase(s, start, end, before, after, lowerBefore, longAfter);
    if (ratio != null) {
      return ratio;
    }
    if (s.regionMatches(true, start, "one", 0, 3) && end - start == 3 && DETERMINER_ONE.matcher(before).find()) {
      return Reasons.DETERMINER;
    }
    String digits = s.substring(start, end).strip();
    if (OTHER_CALENDAR_YEAR.matcher(digits).matches()) {
      String around = s.substring(Math.max(0, start - 30), Math.min(s.length(), end + 20));
      if (OTHER_CALENDAR.matcher(around).find()) {
        return Reasons.CALENDAR_YEAR;
      }
    }
    return null;
  }

  /** {@link Reasons#RATIO} or {@link Reasons#RATE_BASE} for a term of a ratio or the base of a rate, else null. */
  private static String ratioOrBase(String s, int start, int end, String before, String after, String lowerBefore,
      String longAfter) {
    if ((after.contains("to") || after.indexOf(':') >= 0) && RATIO_AFTER.matcher(after).find()) {
      return Reasons.RATIO; // "by 15 to 1"
    }
    String token = s.substring(start, end).strip();
    if ((token.equals("1") || token.equalsIgnoreCase("one")) && RATIO_SECOND.matcher(before).find()) {
      return Reasons.RATIO; // the 1 of "15 to 1"
    }
    if ((after.contains("times") || after.contains("fold")) && TIMES_AFTER.matcher(after).find()) {
      return Reasons.RATIO; // "eight times more expensive"
    }
    if (token.equalsIgnoreCase("one") && ONE_IN_AFTER.matcher(longAfter).find()) {
      return Reasons.RATIO; // "one in every two persons"
    }
    if ((lowerBefore.contains(" in") || lowerBefore.contains(" of")) && ONE_IN_BEFORE.matcher(before).find()) {
      return Reasons.RATIO; // the two of "one in every two"
    }
    if ((lowerBefore.contains("per") || lowerBefore.contains("every") || lowerBefore.contains("pour")
        || lowerBefore.contains("cada") || lowerBefore.contains("por") || lowerBefore.contains("para"))
        && RATE_BASE_BEFORE.matcher(before).find()
        && RATE_BASE_AFTER.matcher(longAfter).find()) {
      return Reasons.RATE_BASE; // "for every 1,000 people"
    }
    return null;
  }

  private static boolean hasUpperOrDigitWord(String after) {
    for (int i = 0; i < after.length(); i++) {
      char c = after.charAt(i);
      if (Character.isUpperCase(c) || c == 'k' || c == 'm') {
        return true;
      }
    }
    return false;
  }

  private static boolean mayBeRange(String after) {
    return after.indexOf('–') >= 0 || after.indexOf('—') >= 0 || after.indexOf('-') >= 0 || after.contains("to");
  }

  // a day of a month written without its year: "30 June", "31st of December", "30 de septiembre", "1er janvier"
  private static final Pattern DAY_MONTH_AFTER = Pattern.compile("^(?:st|nd|rd|th|er|[º°])?\\s+(?:of\\s+|de\\s+)?(?:"
      + MONTH + "(?![\\p{L}])|" + DateRules.INTL_MONTH + ")");
  // "Dec. 31,", "June 30": a month name right before; "quarta-feira, 31", "Monday 3": a weekday
  private static final Pattern MONTH_OR_WEEKDAY_BEFORE = Pattern.compile("(?:\\b" + MONTH + "|(?iu:\\b(?:monday|tuesday|"
      + "wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|"
      + "mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|(?:segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)?)))\\s*,?\\s*(?:the\\s+)?$");

  /** Whether the one- or two-digit number at [start, end) is a day of a month whose year is not written. */
  private static boolean isDayWithoutYear(String s, int start, int end, String before) {
    for (int i = start; i < end; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    int day = Integer.parseInt(s.substring(start, end));
    if (day < 1 || day > 31) {
      return false;
    }
    String after = s.substring(end, Math.min(s.length(), end + 20));
    return DAY_MONTH_AFTER.matcher(after).find() || MONTH_OR_WEEKDAY_BEFORE.matcher(before).find()
        || DATELINE_AFTER.matcher(after).lookingAt();
  }

  // "Lisboa, 19 out (Lusa) --", "Dakar, 3 févr. (APS) -": a news agency's dateline, its month abbreviated in any
  // language, then the agency in brackets or a dash
  private static final Pattern DATELINE_AFTER = Pattern.compile(
      "\\s+(?i:" + DateRules.MONTH_ABBREVIATION + ")\\.?\\s+(?:\\([\\p{Lu}][\\p{L}\\s/-]{1,20}\\)|[-–—]{1,2})",
      Pattern.UNICODE_CASE);

  /**
   * Whether [start, end) reads as an amount rather than a code: a scale word or unit after its digits ("1,1 million",
   * "5 %"), or more than four digits ("359 000", "1,172,433"); "+254" and "+33" are codes.
   */
  private static boolean isAmount(String s, int start, int end) {
    int digits = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c) || c == '%') {
        return true;
      }
      if (Character.isDigit(c)) {
        digits++;
      }
    }
    return digits > 4;
  }

  /** Why the value of a field labelled {@code label} is not a figure ("country comparison to the world"), or null. */
  public static String labelReason(String label) {
    if (RANK_LABEL.matcher(label).find()) {
      return Reasons.RANK;
    }
    if (CODE_LABEL.matcher(label).find()) {
      return Reasons.DIALLING_CODE;
    }
    if (PLACES_LABEL.matcher(label).find()) {
      return Reasons.FIGURE_OF_PLACES; // "top ten countries by Internet usage (in millions): 854 China; 560 India"
    }
    return null;
  }

  private static final Pattern PLACES_LABEL = Pattern.compile(
      "\\btop\\s+(?:\\p{L}+\\s+)?(?:countries|economies|markets|cities|regions|states|provinces)\\b"
          + "|\\b(?:countries|economies|markets)\\s+by\\b|\\bby\\s+(?:country|region|province|state|city)\\b",
      Pattern.CASE_INSENSITIVE);

  // "the population of 270 million", "a population of about 41 million", "270 million inhabitants"
  private static final Pattern POPULATION_BEFORE = Pattern.compile(
      // "une population totale estimée à 16 millions", "pour une population de 16 millions", "una población de",
      // "uma população estimada em"
      "\\b(?:population|poblaci[óo]n|popula[çc][ãa]o)\\s+(?:totale?\\s+)?(?:[\\p{L}-]+\\s+(?=estim))?(?:estim[ée]e?\\s+|estimad[ao]\\s+)?"
          + "(?:à|a|de|em|en|d['’]\\s*environ|d['’]\\s*à\\s+peine|de\\s+cerca\\s+de|de\\s+casi|de\\s+quase)\\s*"
          + "(?:près\\s+de|environ|plus\\s+de|cerca\\s+de|m[áa]s\\s+de|mais\\s+de|casi|quase)?\\s*$"
          // "la población salvadoreña ronda los 6.33 millones", "la population du pays s'élève à 4,9 millions", "a
          // população do país chega a": a verb of quantity after the noun and at most two words that are not the
          // internet's ("la población usuaria de internet alcanza" is its users)
          // "la población, que ronda los 6.3 millones": a relative clause after a comma too
          + "|(?<![\\p{L}])(?:poblaci[óo]n|popula[çc][ãa]o|population)(?:,?\\s+(?!(?:usuari|utilisat|internaut|conect|connect|con\\s|avec\\s|com\\s|en\\s+l[íi]nea|en\\s+ligne|online|internet|digital)))"
          + "(?:[\\p{L}'’-]+\\s+){0,2}?(?:ronda(?:ba)?|asciende|ascend[íi]a|alcanza(?:ba)?|llega(?:ba)?|es|era|est|[ée]tait|é|s['’][ée]l[èe]ve|s['’][ée]levait|atteint|atteignait|chega|chegava|soma|totaliza|totalise)"
          + "\\s+(?:(?:a|à|de|en|em|los|las|les|aux|unos|unas|environ|cerca\\s+de|près\\s+de|casi|quase|mais\\s+de|m[áa]s\\s+de|plus\\s+de)\\s+){0,3}$"
          // (not "the online population reached 67 million": the internet's users)
          // "a population as large as the DRC's 95.2 million"
          + "|\\bpopulation\\s+as\\s+(?:large|big|small)\\s+as\\s+(?:that\\s+of\\s+)?(?:the\\s+)?[\\p{L}-]+(?:['’]s)?\\s+$"
          // "the total population of Guatemala to be close to 12 million", "the population of Fiji is estimated at"
          // "Cambodia's total population, which is just over 16 million"
          + "|\\b(?<!(?:online|internet|digital)\\s)population(?:\\s*,\\s*which)?\\s+(?:of\\s+(?:the\\s+)?(?-i:\\p{Lu})[\\p{L}-]+(?:\\s+(?-i:\\p{Lu})[\\p{L}-]+)?\\s+)?"
          + "(?:of|was|is|stood\\s+at|reached|totall?ed|numbered|at|to\\s+be|(?:is|was)\\s+estimated\\s+at|estimated\\s+at)?\\s*"
          + "(?:about|some|around|nearly|almost|close\\s+to|"
          + "over|roughly|approximately|just\\s+under|just\\s+over|more\\s+than|less\\s+than|an\\s+estimated|just|only|"
          // ("a population over the 14 million": an article after the bound)
          + "a\\s+mere|barely)?\\s*(?:the\\s+)?$|\\bpopulation\\s*\\(\\s*(?:about|some|around|nearly|almost|over|roughly|approximately)?\\s*$",
      Pattern.CASE_INSENSITIVE);
  // "270 million inhabitants", "the 86-million population", "a 5 million strong population"
  private static final Pattern POPULATION_AFTER = Pattern.compile(
      "^\\s*(?:inhabitants|residents|citizens|(?:-?\\s*strong\\s+)?population"
          // "35 millions d'habitants", "47 millones de habitantes", "16 millions d'âmes"
          + "|(?:d['’]\\s*|de\\s+)?(?:habitants|habitantes|âmes))(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Whether the count at [start, end) is a population ("out of a total population of 44 million"). */
  public static boolean isPopulation(String s, int clauseStart, int start, int end) {
    String before = s.substring(Math.max(clauseStart, start - 50), start);
    String lower = before.toLowerCase(Locale.ROOT);
    String after = s.substring(end, Math.min(s.length(), end + 16));
    return (lower.contains("population") || lower.contains("poblaci") || lower.contains("popula"))
        && POPULATION_BEFORE.matcher(before).find()
        || POPULATION_AFTER.matcher(after).find()
        // "outnumber its 69 million people", "the country's 17 million people", "sus 47 millones de personas"
        || (PEOPLE_AFTER.matcher(after).find() && OWNER_BEFORE.matcher(before).find())
        // "3.96m SIM cards circulating in a market of 10m": the market's size in people, no count of the cards
        || (lower.contains("market") || lower.contains("marché") || lower.contains("mercado"))
            && MARKET_OF_BEFORE.matcher(before).find() && (NOTHING_COUNTED_AFTER.matcher(after).lookingAt()
                || PEOPLE_AFTER.matcher(after).find() || POPULATION_AFTER.matcher(after).find());
  }

  // "in a market of", "un marché de", "un mercado de", "num mercado de": the size of a market named by its people
  private static final Pattern MARKET_OF_BEFORE = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:a|an|un|um|the)\\s+(?:[\\p{L}-]+\\s+)?(?:market|marché|mercado)\\s+(?:of|de|d['’])\\s*"
          + "(?:about|some|around|nearly|almost|over|more\\s+than|environ|près\\s+de|plus\\s+de|cerca\\s+de|m[áa]s\\s+de"
          + "|mais\\s+de|casi|quase)?\\s*$");
  // nothing counted after the size ("a market of 10m."); its people ("8 million people") are PEOPLE_AFTER's and
  // POPULATION_AFTER's
  private static final Pattern NOTHING_COUNTED_AFTER = Pattern.compile("\\s*(?:[.,;:)]|$)");

  private static final Pattern PEOPLE_AFTER = Pattern.compile(
      "^\\s*(?:people|persons|(?:de\\s+)?personas|(?:de\\s+)?pessoas|(?:de\\s+)?personnes)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern OWNER_BEFORE = Pattern.compile(
      "(?:(?<![\\p{L}])(?:its|their|sus|seus|ses|leurs|(?i:is|was)\\s+home\\s+to"
          // "This nation of 165 million people", "a country of 5 million people"
          + "|(?i:nation|country|island|archipelago|territory|state|pa[íi]s|pays)\\s+(?i:of|de)"
          // "onde vive menos de meio milhão de pessoas", "where 5 million people live"
          + "|(?i:onde|donde|où|where)\\s+(?i:vive[nm]?|vivent|lives?|habitan|moram|residen?))|country['’]s|nation['’]s|\\p{Lu}\\p{L}+['’]s)\\s+"
          + "(?:(?i:some|about|around|nearly|almost|over|roughly|approximately|unos|cerca\\s+de|environ|quase"
          + "|menos\\s+de|m[áa]s\\s+de|mais\\s+de|plus\\s+de|moins\\s+de|less\\s+than|more\\s+than)\\s+)?$",
      Pattern.UNICODE_CASE);

  /**
   * "a capacity of 500,000 lines", "an installed capacity of 1.2 million lines", "capacidad para 300.000 líneas",
   * "une capacité de 400 000 lignes": what a network can hold, not what it serves.
   */
  public static boolean isCapacity(String s, int clauseStart, int start) {
    return LiteralGate.containsAny(s, Math.max(clauseStart, start - 80), start, "capacit", "capacid")
        && CAPACITY_BEFORE.matcher(s).region(Math.max(clauseStart, start - 80), start).find();
  }

  private static final Pattern CAPACITY_BEFORE = Pattern.compile(
      "(?<![\\p{L}])(?:capacity|capacidad|capacidade|capacit[ée])\\s+(?:of|for|to\\s+(?:serve|connect|hold)|de|para|pour)"
          + "(?:\\s+(?:some|about|around|nearly|almost|over|up\\s+to|more\\s+than|cerca\\s+de|m[áa]s\\s+de|mais\\s+de|"
          + "plus\\s+de|environ|hasta|at[ée]))?\\s*$"
          // "la capacidad de líneas fijas instaladas llega a los 2.9 millones", "the capacity of the exchanges reached"
          // ("asciende a los 2.9 millones": the article after any of the verbs)
          + "|(?<![\\p{L}])(?:capacity|capacidad|capacidade|capacit[ée])(?:\\s+[\\p{L}'’-]+){1,8}?\\s+(?:llega(?:ba)?\\s+a"
          + "|alcanza(?:ba)?|asciende\\s+a|reach(?:es|ed)|st(?:ands|ood)\\s+at|atteint|chega\\s+a|was|is"
          + "|es|era)(?:\\s+(?:los|las|os|as))?\\s*(?:some|about|around|nearly|almost|over|more\\s+than|cerca\\s+de|m[áa]s\\s+de|mais\\s+de|plus\\s+de"
          + "|environ)?\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
}
