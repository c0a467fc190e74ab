package org.telecomgrowth.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telecomgrowth.extract.Reasons;

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
  // the character before must not be a letter, digit or one of -./,$€£¥# (checked by hand: a look-behind at
  // every position is what made this scan slow)
  // (a comma group is three digits: "1,0044" is one and a decimal part, never "1,004" and a 4)
  private static final Pattern DIGITS = Pattern.compile("(\\d{1,3}(?:,\\d{3}(?!\\d))+|\\d+)(?:\\.(\\d+))?");
  private static final String NOT_BEFORE_DIGITS = "-./,$€£¥#^";
  // "1.18 million", "30 mln", "1.2 bn", "10.5-million" (news style)
  // French, Spanish and Portuguese scale words ("10,9 millions", "2,281 milliards", "16,4 millones", "25 mil",
  // "3,5 milhões") and the abbreviation "mill." ("2,98 mill. of users")
  private static final String ROMANCE_SCALES = "millions|milliards?|mil\\s+millones|mil\\s+milh[õo]es|millones|mill[oó]n|milh[õo]es|milh[ãa]o"
      + "|bilh[õo]es|bilh[ãa]o|mill(?=\\.)|mil(?!\\.)|mille";
  private static final Pattern ROMANCE_SCALE_WORD = Pattern.compile(ROMANCE_SCALES,
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern HALF_TAIL = Pattern.compile("^\\s+(?:et\\s+demi|y\\s+medio|e\\s+meio)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "a quarter of a million", "three quarters of a million", "half of a million": a fraction of a scale word
  private static final Pattern FRACTION_OF_SCALE = Pattern.compile(
      "(?<![\\p{L}])(?:(a|one)\\s+(quarter|third)|(three)\\s+quarters|(half))\\s+of\\s+a\\s+(million|billion)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE);

  private static void findFractionsOfScale(String s, List<int[]> taken, List<Quantity> out) {
    if (!s.contains(" of a ")) {
      return;
    }
    Matcher m = FRACTION_OF_SCALE.matcher(s);
    while (m.find()) {
      if (inside(taken, m.start(), m.end())) {
        continue;
      }
      double part = m.group(2) != null ? (m.group(2).equalsIgnoreCase("third") ? 1.0 / 3 : 0.25)
          : m.group(3) != null ? 0.75 : 0.5;
      double v = Math.rint(part * SCALES.get(m.group(5).toLowerCase(Locale.ROOT)));
      Quantity q = withUnit(s, m.start(), m.end(), v, true, false, true);
      keep(out, taken, q);
    }
  }

  // the rest of a count written in word groups after "N millones" / "N mil": "131 millones 452 mil 310 líneas"
  private static final Pattern MILLION_TAIL = Pattern.compile("^\\s+(\\d{1,3})\\s+mil(?:le)?(?:\\s+(\\d{1,3}))?(?![\\d%\\p{L}]|[.,]\\d)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern THOUSAND_TAIL = Pattern.compile("^\\s+(?:(?:e|y)\\s+)?(\\d{1,3})(?=\\s+\\p{L}|\\s*[.;,)](?!\\d)|\\s*$)(?!\\s+(?:mil|millones|milh|por|per|%))",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // " 244 por ciento" after "26 mil": the rest of a percentage written with "mil"
  private static final Pattern PERCENT_THOUSAND_TAIL = Pattern.compile(
      "^\\s+(\\d{3})(?=\\s*%|\\s+por\\s+ciento\\b|\\s+por\\s+cento\\b|\\s+pour\\s+cent\\b)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "2 million 169,9 thousand", "47 million and 332 thousand": the rest of a count in the next smaller English scale
  // word
  private static final Pattern SMALLER_SCALE_TAIL = Pattern.compile(
      "^\\s+(?:and\\s+)?(\\d{1,3}(?:[.,]\\d{1,3})?)\\s+(thousand|million)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
  // Indian English: "2.5 crore" (ten million), "15 lakh" (a hundred thousand)
  private static final String INDIAN_SCALES = "crores?|lakhs?";
  private static final Pattern SCALE = Pattern.compile(
      "^(?:\\s+|-)(thousand|million|billion|trillion|thousands(?=\\s+in\\b|\\s*[.,;)]|\\s*\\((?:19|20)\\d\\d|\\s+(?:subscri|users|lines|customers))|mln|mn|bn|bln|" + INDIAN_SCALES + "|" + ROMANCE_SCALES
          + ")(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "1,5 million" in decimal-comma text: a comma with one or two digits, then a scale word; with three digits when
  // the scale word is French, Spanish or Portuguese ("2,281 milliards" is 2.281 billion)
  private static final Pattern DECIMAL_COMMA = Pattern.compile(
      "^,(?:(\\d{1,2})(?:\\s+|-)?(thousand|million|billion|mln|mn|bn|" + ROMANCE_SCALES + ")"
          + "|(\\d{3})\\s+(" + ROMANCE_SCALES + "))(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "110,73%", "86,7 per cent", "134,9 subscribers", "1,0044 número": a decimal comma (one or two digits, or four
  // or more, never three: "12,500" is twelve thousand five hundred) before a percent sign or a noun; not "1,2 and 3"
  private static final Pattern DECIMAL_COMMA_UNIT = Pattern.compile(
      "^,(\\d{1,2}|\\d{4,6})(?![\\d])(?=\\s*%|\\s+(?:percent|per\\s+cent|pour\\s+cent|por\\s+ciento|por\\s+cento)\\b"
          + "|\\s+(?!(?:and|or|to|et|ou|y|o|e|a|à)\\b)\\p{Ll}"
          // "est passé de 9,8 à 71%": the first level of a pair whose second level says its unit
          + "|\\s+(?:à|a|até|hasta|to)\\s+\\d{1,3}(?:,\\d{1,2})?\\s*(?:%|percent|per\\s+cent|pour\\s+cent|por\\s+ciento"
          + "|por\\s+cento))", Pattern.UNICODE_CASE);
  // a labelled value's decimal comma at the end of its line: "Penetración móvil por cada 100 habitantes: 120,4"
  private static final Pattern DECIMAL_COMMA_EOL = Pattern.compile(
      "^,(\\d{1,2})(?=[ \\t]*(?:\\([^)]*\\)[ \\t]*)?(?:\\n|$|\\s+\\p{Lu}[^:.\\d]{0,80}:))");
  private static final Pattern COLON_BEFORE = Pattern.compile(":[ \\t]*$");
  // "1.234.567": dots as thousands separators (two groups at least, so "1.234" stays a decimal)
  private static final Pattern DOT_THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3}){2,}(?![\\d.,]\\d)");
  // "2 917 305", "40 000" (also with a no-break or thin space): white space as thousands separator, at most four
  // groups, the groups after the first exactly three digits and nothing digit-like right after the last
  // (also "3,381 228": a comma and then a space grouping one number, as some statistics offices print it)
  private static final Pattern SPACE_THOUSANDS = Pattern.compile(
      "\\d{1,3}(?:,\\d{3}(?=[ \u00A0\u2009\u202F]\\d{3}(?![\\d,])))?(?:[ \u00A0\u2009\u202F]\\d{3}){1,3}(?![\\d\\p{L}]|[.,/:]\\d|[ \u00A0\u2009\u202F]\\d)");
  private static final String GROUP_SPACES = " \u00A0\u2009\u202F";
  // "1 418,1 millions d'appels": space-grouped digits with a decimal comma before a scale word
  private static final Pattern SPACE_THOUSANDS_DECIMAL = Pattern.compile(
      "(?<![\\d,.])(\\d{1,3}(?:[ \u00A0\u2009\u202F]\\d{3}){1,3}),(\\d{1,3})[ \u00A0\u2009\u202F]+(millions|milliards|millones|milh[õo]es|million|billion)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // the wholes of a proportion ("8 in 10", "19 out of 20") and their values: one table for the regex, its pre-check
  // and the reading
  private static final Map<String, Integer> PROPORTION_WHOLES = Map.ofEntries(Map.entry("two", 2), Map.entry("2", 2),
      Map.entry("three", 3), Map.entry("3", 3), Map.entry("four", 4), Map.entry("4", 4), Map.entry("five", 5),
      Map.entry("5", 5), Map.entry("ten", 10), Map.entry("10", 10), Map.entry("diez", 10), Map.entry("dez", 10),
      Map.entry("dix", 10), Map.entry("twenty", 20), Map.entry("20", 20), Map.entry("veinte", 20),
      Map.entry("vinte", 20), Map.entry("vingt", 20), Map.entry("fifty", 50), Map.entry("50", 50),
      Map.entry("100", 100), Map.entry("hundred", 100));
  // the people a proportion counts, named between its part and its whole: a demonym ("Russians", "Russes", "peruanos")
  // or a word for people or homes
  private static final String PEOPLE_BEFORE_JOIN = "(?:(?-i:\\p{Lu}\\p{Ll}+(?:ns|ese|is|es|ois|ais|iens|ens))|"
      + NumeralRules.DEMONYM + "|people|persons|adults|households|homes|personnes|adultes|ménages|foyers|personas|hogares|pessoas"
      + "|domicílios|lares)";
  // "two-thirds of", "a quarter of", "half of", "one in five": fractions of a base, as percentages
  private static final Pattern FRACTION = Pattern.compile(
      "\\b(?:(two|one)[- ]thirds?|(?:a|one)[- ](third|quarter|fifth)|(three)[- ]quarters|(half))\\s+of\\b"
          // "one in five adults", "8 in 10 people", "siete de cada 10 hogares", "3 em cada 10 brasileiros", "2 sur 10"
          // ("64,2 de cada 100 hogares": with its decimals, never the "2" after the comma alone)
          // ("77 Russes sur 100", "seven Kenyans out of ten": the people counted may stand before the join)
          + "|(?<!\\d[.,])\\b(one|two|three|four|five|six|seven|eight|nine|\\d{1,2}(?:[.,]\\d{1,2}(?=\\s+(?:de|em|in|out|of)\\s))?)"
          + "(?:\\s+" + PEOPLE_BEFORE_JOIN + ")?\\s+(?:in|out\\s+of(?:\\s+every)?|of\\s+every|de\\s+cada|em\\s+cada"
          + "|sur)\\s+(" + String.join("|", PROPORTION_WHOLES.keySet()) + ")\\b"
          + "(?!\\s+(?:years?|ans|años|anos|months?|mois|meses|days?|jours|días|dias)\\b)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PERCENT_UNIT = Pattern.compile(
      "^\\s*(?:%|percent\\b|per\\s+cent\\b|pc\\b|pour\\s+cent\\b|por\\s+ciento\\b|por\\s+cento\\b)",
      Pattern.CASE_INSENSITIVE);
  /**
   * The people of a country as Spanish, Portuguese and French write them after "por cada 100", "pour 100"
   * ("mexicanos", "brasileiros", "colombianos", "portugueses", "Français", "Sénégalais").
   */
  public static final String DEMONYM = "(?-i:\\p{Ll}+(?:anos|anas|enses|eiros|eiras|inos|inas|eños|eñas|eses|ianos|enos|ayos|oles)"
      + "|\\p{Lu}\\p{Ll}+(?:ais|aises|ois|oises|iens|iennes|ains|aines|ens))";
  // "(million)", "in millions", "'000", "(000s)", "in thousands": a scale the whole table or column is printed in
  // and in French, Spanish, Portuguese: "(millones)", "(em milhões)", "(en millions)", "en miles", "(milliers)"
  // the names of a printed scale, in the languages the rules read
  private static final String MILLION_NAMES = "millions|millones|milh[õo]es";
  private static final String THOUSAND_NAMES = "thousands|'?000s?|milliers|miles|milhares";
  private static final Pattern MILLIONS = Pattern.compile(
      "(?iu)\\(\\s*(?:in\\s+|en\\s+|em\\s+)?(?:millions?|mn|mln|m|millones|milh[õo]es|mill\\.)\\s*\\)|\\bin\\s+millions\\b"
          // "(≥30Mbit/s, millions)": the scale last in a bracket of notes
          + "|\\([^()]*,\\s*(?:" + MILLION_NAMES + ")\\s*\\)"
          + "|\\bmillions\\s+of\\b|\\(\\s*'?000,?000s?\\s*\\)|(?<![\\p{L}])(?:en|em)\\s+(?:millions|millones|milh[õo]es)(?![\\p{L}])");
  private static final Pattern THOUSANDS = Pattern.compile(
      "(?iu)\\(\\s*(?:in\\s+|en\\s+|em\\s+)?(?:thousands?|'?000s?|milliers|milhares|mil)\\s*\\)|\\bin\\s+thousands\\b"
          + "|\\([^()]*,\\s*(?:" + THOUSAND_NAMES + ")\\s*\\)"
          + "|\\bthousands\\s+of\\b|['’]000s?\\b|\\(\\s*x\\s*1,?000\\s*\\)"
          + "|(?<![\\p{L}])(?:en\\s+miles|en\\s+milliers|em\\s+milhares|miles\\s+de|milliers\\s+d)(?![\\p{L}])");

  /**
   * The scale a label, heading or caption says its figures are printed in: 1e6 for "(million)", "in millions", 1e3
   * for "'000", "(thousands)"; 1 for none.
   */
  public static double printedScale(String text) {
    return text == null ? 1 : MILLIONS.matcher(text).find() ? 1e6 : THOUSANDS.matcher(text).find() ? 1e3 : 1.0;
  }

  /**
   * The scale a table's corner cell names when it is nothing but a scale ("Thousands", "In millions", "Miles",
   * "Milliers", "'000"), as a header puts it above the row labels; else 1.
   */
  public static double cornerScale(String corner) {
    if (corner == null) {
      return 1;
    }
    Matcher m = BARE_SCALE.matcher(corner.strip());
    return !m.matches() ? 1 : m.group(1) != null ? 1e6 : 1e3;
  }

  private static final Pattern BARE_SCALE = Pattern.compile("(?iu)(?:in\\s+|en\\s+|em\\s+)?\\(?(?:(" + MILLION_NAMES
      + ")|" + THOUSAND_NAMES + ")\\)?");

  private static final Pattern PER_100_UNIT = Pattern.compile(
      "^(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:per|for\\s+every|every|for)\\s+(?:100|one\\s+hundred|a\\s+hundred|hundred)\\s+(?:of\\s+(?:the\\s+)?)?"
          + "(?:inhabitants?|people|persons|residents|population|capita|citizens|individuals|adults"
          // "for every 100 Koreans", "per 100 New Zealanders": the people of a country
          + "|(?-i:(?:[A-Z]\\p{Ll}+\\s+)?[A-Z]\\p{Ll}+(?:ans|ese|is|ers|ians|ans)))\\b"
          + "|^\\s+per\\s+(?:100|one\\s+hundred|hundred)\\b(?![,.\\s\u00a0\u202f]\\d|\\s+thousand)(?!\\s+(?:households|homes|families|km|square))"
          // "25 mobile phones per 100.", "at 14 phones per 100": the things counted, then a bare "per 100" that ends
          // the clause (never "per 100 households")
          + "|^(?:\\s+" + NumeralRules.PER_PERSON_THING_WORDS + "){1,3}\\s+per\\s+(?:100|one\\s+hundred|a\\s+hundred|hundred)"
          + "(?=\\s*(?:[.,;:)!?]|$))"
          // "pour 100 habitants", "por cada 100 habitantes", "para cada 100 brasileiros", "por cada 100 mexicanos"
          + "|^(?:\\s+[\\p{L}-]+){0,4}?\\s+(?:(?:pour|por|para|a)\\s+cada|pour|por|para|cada)\\s+(?:100|cent|cien|cem)\\s+"
          + "(?:habitants|habitantes|personnes|personas|pessoas|moradores|residentes|individus|individuos|indiv[íi]duos|" + DEMONYM
          + ")(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // the words of the thing counted per person ("mobile phone lines", "líneas móviles", "número de celular"), and of
  // the one person it is counted per: one list for a rate per person written after the figure or before it
  private static final String ONE_PERSON = "(?:capita|c[áa]pita|person|persona|pessoa|personne|inhabitant|habitante"
      + "|habitant|head|t[êe]te|resident|citizen|citoyen|ciudadano|cidad[ãa]o)";
  private static final String PER_PERSON_THING_WORDS = "(?:mobile|cellular|cell|fixed|telephone|phone|active|main|SIM|(?:tele)?phones?"
      + "|lines?|subscriptions?|connections?|cards?|l[íi]neas?|lignes?|linhas?|accesos|acessos|celular(?:es)?|m[óo]viles"
      + "|m[óo]vil|m[óo]ve(?:l|is)|fijas|fixas|fixes|mobiles|t[ée]l[ée]phon(?:i)?es?|portables?|n[úu]meros?|aparelhos?"
      + "|chips?|de|d['’])";
  // "0.33 lines per capita", "1.6 mobile phones per person", "1,2 líneas por habitante", "1,7 líneas móviles por
  // cada ciudadano": a counted noun, then the one person it is counted per
  private static final Pattern PER_CAPITA_UNIT = Pattern.compile(
      "^(?:\\s+" + PER_PERSON_THING_WORDS + ")+"
          + "\\s+(?:(?:per\\s+(?:each\\s+)?|par\\s+|por\\s+(?:cada\\s+)?)" + ONE_PERSON
          // "1,2 líneas móviles por cada colombiano": one of a country's people
          + "|por\\s+cada\\s+(?-i:\\p{Ll}+(?:ano|ana|ense|eiro|eira|ino|ina|eño|eña|és|esa|iano|eno|ayo|ol)))(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "cada habitante possui 1,0044 número de celular", "each inhabitant has 1.17 phones", "chaque habitant possède 1,2
  // ligne": the one person a count is per, before it, and the thing counted right after it
  private static final Pattern PER_PERSON_BEFORE = Pattern.compile(
      "(?<![\\p{L}])(?:cada|each|every|chaque)\\s+" + ONE_PERSON + "\\s+(?:possui|tem|tiene|has|owns|poss[èe]de|a|dispone\\s+de|disp[õo]e\\s+de|uses|usa)"
          + "(?:,?\\s+(?:em|en|on)\\s+(?:m[ée]dia|promedio|moyenne|average),?|,?\\s+in\\s+average,?)?\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // (the same words as PER_CAPITA_UNIT's, ending on one that is not "de")
  private static final Pattern PER_PERSON_THING = Pattern.compile(
      "^(?:\\s+" + PER_PERSON_THING_WORDS + ")*\\s+(?!de(?![\\p{L}])|d['’])" + PER_PERSON_THING_WORDS + "(?![\\p{L}'’])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "151 mile-long island", "a 5-km stretch": a length that describes a noun, not an amount of cable
  private static final Pattern KM_UNIT = Pattern.compile("^\\s*(?:km|kilomet(?:er|re)s?)\\b(?!-)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MILE_UNIT = Pattern.compile("^\\s*miles?\\b(?!-)", Pattern.CASE_INSENSITIVE);
  // "from 1.6percent in 2006": the number glued to the word
  private static final Pattern GLUED_PERCENT = Pattern.compile("^(?:percent|per\\s+cent|(?-i:pc))(?![\\p{L}\\d])",
      Pattern.CASE_INSENSITIVE);
  // "two years of operation", "24 hours": durations, not amounts
  private static final Pattern DURATION_AFTER = Pattern.compile(
      "^\\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries"
          // "em 12 meses", "en doce meses", "depuis 10 ans", "há 5 anos"
          + "|meses|mois|a[ñn]os|anos|ans|ann[ée]es|d[íi]as|jours|semanas|semaines|horas|heures|d[ée]cadas?|d[ée]cennies)"
          + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MONEY_AFTER = Pattern.compile(
      "^\\s*(?:(?:thousand|million|billion|trillion|bn|mn|mln|milliards?|millions?|millones|milh[õo]es|bil(?:l)?h[õo]es"
          + "|mil\\s+milh[õo]es|mil\\s+millones)\\s+)?"
          + "(?:de\\s+|d['’]\\s*)?(?:"
          // ISO 4217 codes in capitals ("5.18 billion AMD", "PEN", "MAD": words too in lower case); more below
          + "(?-i:AMD|KZT|UZS|AZN|GEL|BYN|BYR|MDL|UAH|RUB|CNY|HKD|MVR|BND|BWP|PEN|VEF|SGD|KRW|JPY|AUD|NZD|CAD|GBP|CHF"
          + "|MAD|NAD|ZWL|SOS|MNT|TWD|SEK|NOK|DKK|PLN|RON|RSD|HUF|CZK|BGN)(?![\\p{L}])|dollars?|euros?|usd|eur|yuan|rmb|won|roubles?|rubles?|pounds?|yen|fcfa|cfa|f\\s?cfp|xpf|francs?|pesos?|reais|ariary"
          + "|dirhams?|dinars?|naira|cedis?|shillings?|rupees?|taka|kyats?|birr|cents?|kip|tugriks?|baht|rupiah|ringgit"
          + "|dong|lei|kwacha|leones?|afghanis?|rand|riyals?|rials?|lari|tenge|hryvnias?|zloty|forint|colones|soles"
          + "|bolivianos?|quetzales|lempiras|(?:US|U\\.S\\.)\\s+dollars?|rwf|frw|ksh|kshs|tsh|tshs|ush|ushs|rs|gh[₵¢]"
          + "|ghs|ngn|kes|tzs|ugx|xof|xaf|zar|inr|pkr|bdt|npr|lkr|egp|dzd|tnd|etb|mwk|zmw|mzn|aoa|cdf|gnf|sll|lrd"
          + "|sdg|ssp|djf|bif|mga|mur|scr|kmf|cve|stn|gmd|mru|lyd|iqd|irr|afn|yer|omr|qar|kwd|bhd|aed|sar|jod|lbp"
          + "|syp|ils|vnd|khr|lak|mmk|thb|idr|myr|php|pgk|fjd|wst|sbd|vuv|brl|ars|clp|cop|uyu|pyg|bob"
          + "|mxn|gtq|hnl|nio|crc|pab|dop|htg|jmd|ttd|ves|guaraníes|bolívares|meticais|kwanzas?|cordobas?"
          + "|soles|francs?\\s+CFA|F\\s?CFA|FCFA)\\b", Pattern.CASE_INSENSITIVE);
  // "19-inch", "24-hour", "3-year" ... but "10-percent" is still a share
  private static final Pattern COMPOUND_AFTER = Pattern.compile(
      "^-(?!(?:percent|thousand|million|billion|trillion|mln|bn)\\b)\\p{L}", Pattern.CASE_INSENSITIVE);
  // Age phrases claim their numbers: "between the age of 20 and 50", "aged 15 to 24", "18-year-olds".
  private static final Pattern AGE = Pattern.compile(
      "\\b(?:between\\s+)?(?:the\\s+)?ages?\\s+(?:of\\s+)?(?:between\\s+)?\\d+(?:\\s*(?:and|to|-|–)\\s*\\d+)?"
          + "|\\baged\\s+(?:between\\s+)?\\d+(?:\\s*(?:and|to|-|–)\\s*\\d+)?(?:\\s+and\\s+(?:over|above|older))?"
          + "|\\b\\d+(?:\\s*(?:to|-|–)\\s*\\d+)?[\\s-]+years?[\\s-]+olds?\\b", Pattern.CASE_INSENSITIVE);

  // "one of", "one another", "no one", "each one": a word number that is not an amount
  private static final Pattern DETERMINER_AFTER = Pattern.compile(
      "^\\s+(?:of|another|more|by\\s+one|day|time)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern RATE_BASE_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:por|pour|para|cada)\\s+$");
  private static final Pattern RATE_BASE_NUMBER = Pattern.compile("(?:100|1\\.?000)(?![\\d.,])");
  // "in 2016 24.5", "2015 35.0": a year before the number, not a telephone number's first group
  private static final Pattern YEAR_GROUP_BEFORE = Pattern.compile("(?<![\\d.,])(?:19|20)\\d\\d $");
  private static final Pattern EVERY_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:de|em|en)\\s+cada\\s+$");
  private static final Pattern DETERMINER_BEFORE = Pattern.compile("\\b(?:no|any|every|each|some)\\s*$");

  private static final Map<String, Integer> SMALL = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
      Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));
  private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
      "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
  private static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "lakh", 1e5,
      "million", 1e6, "crore", 1e7, "billion", 1e9, "trillion", 1e12);


  /** True when {@code p} (written with a leading ^) matches at {@code from}: an anchored attempt, no scan. */
  static boolean at(Pattern p, String s, int from) {
    Matcher m = p.matcher(s);
    m.region(from, s.length());
    return m.lookingAt();
  }

  /**
   * Whether the first character at or after {@code from} that is not regex white space (\\s) is, lower-cased, one
   * of {@code firsts}: a pre-check for an anchored regex that must start with one of those letters.
   */
  static boolean nextIs(String s, int from, String firsts) {
    int i = from;
    while (i < s.length() && QualifierRules.isRegexSpace(s.charAt(i))) {
      i++;
    }
    return i < s.length() && firsts.indexOf(Character.toLowerCase(s.charAt(i))) >= 0;
  }

  /** True when [from, to) of {@code s} may hold a CALL_BEFORE keyword ("tel" not inside a longer word). */
  private static boolean mayHoldCallWord(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (i > from && isAsciiWordChar(s.charAt(i - 1))) {
        continue; // CALL_BEFORE's keywords start at a word boundary
      }
      for (String w : CALL_WORDS) {
        // the keyword, then the end of the window or a character that is not a word character
        if (i + w.length() <= to && s.regionMatches(true, i, w, 0, w.length())
            && (i + w.length() == to || !isAsciiWordChar(s.charAt(i + w.length())))) {
          return true;
        }
      }
    }
    return false;
  }

  // CALL_BEFORE's keywords as far as a match must spell them ("help line", "phone number": up to the space)
  private static final String[] CALL_WORDS = {"call", "dial", "hotline", "helpline", "help", "tel", "phone", "fax",
      "sms"};

  private static boolean isAsciiWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /** The end of {@code p}'s match at {@code from}, or -1. */
  static int endAt(Pattern p, String s, int from) {
    Matcher m = p.matcher(s);
    m.region(from, s.length());
    return m.lookingAt() ? m.end() : -1;
  }

  // "call the hotline on 101", "dial 112", "tel. 021 215"
  private static final Pattern CALL_BEFORE = Pattern.compile(
      "(?i)\\b(?:call|dial|hotline|helpline|help\\s+line|tel\\.?|phone\\s+number|fax|sms)\\b(?:\\s+[\\p{L}]+){0,3}?"
          + "\\s+(?:on\\s+|at\\s+|to\\s+)?(?:\\S+\\s+or\\s+)?$");

  /**
   * Digits that are part of a telephone number: after a "+", a number with a leading zero ("0800"), a group in a
   * run of digit groups separated by single spaces or hyphens ("21 215 620", "0800-6684-7827"), or what is
   * called or dialled.
   */
  private static boolean isPhoneNumberPart(String s, int start, int end) {
    if (start > 0 && s.charAt(start - 1) == '+') {
      // "(+212 000)": a signed change in parentheses, not a dialling code ("(+254)")
      boolean signedAmount = start > 1 && s.charAt(start - 2) == '(' && SPACE_THOUSANDS.matcher(s).region(start,
          s.length()).lookingAt();
      return !signedAmount;
    }
    if (end - start > 1 && s.charAt(start) == '0' && Character.isDigit(s.charAt(start + 1))) {
      return true;
    }
    if (s.indexOf('.', start) >= 0 && s.indexOf('.', start) < end) {
      return false; // "2015 35.0 0.27": a row of figures with decimals, never a telephone number's groups
    }
    int comma = s.indexOf(',', start);
    if (comma >= 0 && comma + 4 <= end) {
      return false; // "2,100,000 2,950,000": a row of figures with thousands commas, never a telephone number's
    }
    boolean groupBefore = start >= 2 && (s.charAt(start - 1) == ' ' || s.charAt(start - 1) == '-')
        && Character.isDigit(s.charAt(start - 2)) && !YEAR_GROUP_BEFORE.matcher(s).region(0, start).find();
    boolean groupAfter = end + 1 < s.length() && (s.charAt(end) == ' ' || s.charAt(end) == '-')
        && Character.isDigit(s.charAt(end + 1));
    if (groupBefore || (groupAfter && s.charAt(end) == '-')) {
      return true;
    }
    if (groupAfter) {
      // "21 215 620": a run of at least three groups; "in 2010 3 million" is not one
      int j = end + 1;
      while (j < s.length() && Character.isDigit(s.charAt(j))) {
        j++;
      }
      if (j + 1 < s.length() && s.charAt(j) == ' ' && Character.isDigit(s.charAt(j + 1))) {
        return true;
      }
    }
    if (!mayHoldCallWord(s, Math.max(0, start - 40), start)) {
      return false;
    }
    String before = s.substring(Math.max(0, start - 40), start);
    return CALL_BEFORE.matcher(before).find();
  }

  /** digits x scale without binary rounding ("4.1 million" is 4100000, not 4099999.9999999995). */
  static double scaled(String digits, double scale) {
    return new java.math.BigDecimal(digits).multiply(java.math.BigDecimal.valueOf(scale)).doubleValue();
  }

  /** {@code value} times {@code factor} in decimal, so a scaled count stays whole: 32.8 x 1e6 is 32,800,000. */
  public static double times(double value, double factor) {
    return factor == 1 ? value
        : java.math.BigDecimal.valueOf(value).multiply(java.math.BigDecimal.valueOf(factor)).doubleValue();
  }

  /**
   * {@code value} in the unit of another figure read as {@code from} and published as {@code to} ("from 86 to 146 per
   * 1,000": 86 x 14.6 / 146), in decimal, so equal readings leave it as written (62.4, never 62.400000000000006).
   */
  public static double rescaled(double value, double to, double from) {
    return to == from ? value : java.math.BigDecimal.valueOf(value).multiply(java.math.BigDecimal.valueOf(to))
        .divide(java.math.BigDecimal.valueOf(from), java.math.MathContext.DECIMAL64).doubleValue();
  }

  /** The scale of a suffix glued to a number ("1.2m" = 1e6, "3bn" = 1e9, "450k" = 1e3), else 0. */
  private static double attachedScale(String s, int end) {
    int i = end;
    while (i < s.length() && Character.isLetter(s.charAt(i))) {
      i++;
    }
    if (i == end || (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '-'))) {
      return 0;
    }
    switch (s.substring(end, i)) {
      case "m":
      case "mn":
      case "mln":
      case "million":
      case "M":
        return 1e6;
      case "bn":
      case "bln":
      case "billion":
        return 1e9;
      case "k":
      case "K":
      case "thousand":
        return 1e3;
      default:
        return 0;
    }
  }

  /** A currency sign or ISO 4217 code just before {@code start} ("$400", "US$ 25", "UAH 3.4 million"). */
  /** Whether [from, to) of {@code s} holds an amount of money ("BGN246.0 million", "$3 billion", "500 euros"). */
  public static boolean namesMoney(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isDigit(s.charAt(i)) && (i == 0 || !Character.isDigit(s.charAt(i - 1)))) {
        int end = i;
        while (end < to && (Character.isDigit(s.charAt(end)) || s.charAt(end) == '.' || s.charAt(end) == ',')) {
          end++;
        }
        Matcher scale = SCALE.matcher(s).region(end, s.length());
        int after = scale.lookingAt() ? scale.end() : end;
        if (moneyBefore(s, i) || (nextIs(s, after, "deuyrwpfcadnstkbhlzgqxiomjv") && at(MONEY_AFTER, s, after))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean moneyBefore(String s, int start) {
    int i = start;
    while (i > 0 && s.charAt(i - 1) == ' ') {
      i--;
    }
    if (i == 0) {
      return false;
    }
    char c = s.charAt(i - 1);
    if ("$€£¥¢".indexOf(c) >= 0 || Character.getType(c) == Character.CURRENCY_SYMBOL) {
      return true; // "$400", "₦500", "₹ 20", "GH₵ 5"
    }
    if (i >= 3 && (i == 3 || !Character.isLetter(s.charAt(i - 4)))) {
      String code = s.substring(i - 3, i);
      // an ISO 4217 code ("UAH 3,362.961 million", "USD 25"), from the JDK's currency table, also written
      // capitalised ("Rwf 500", "Ksh 20") unless the word is an English one ("Top 30", "All 500")
      if (CURRENCY_CODES.contains(code) || (Character.isUpperCase(code.charAt(0))
          && CURRENCY_CODES.contains(code.toUpperCase(java.util.Locale.ROOT)) && !CODES_THAT_ARE_WORDS.contains(code))) {
        return true;
      }
    }
    // a currency's local abbreviation ("Rs 500", "Ksh. 20", "R$ 10", "N$ 3", "Tk 100", "FCFA 25")
    int from = Math.max(0, i - 6);
    return LOCAL_CURRENCY_BEFORE.matcher(s).region(from, i).find();
  }

  private static final java.util.Set<String> CODES_THAT_ARE_WORDS = java.util.Set.of("All", "Top", "Try", "Cup",
      "Mop", "Bob", "Mad", "Pen", "Gel", "Bam", "Sos", "Php", "Eur");
  private static final Pattern LOCAL_CURRENCY_BEFORE = Pattern.compile(
      "(?<![\\p{L}])(?:Rs\\.?|Kshs?\\.?|KShs?\\.?|Tshs?\\.?|TShs?\\.?|Ushs?\\.?|UShs?\\.?|Rp\\.?|RM|R\\$|N\\$|"
          + "Tk\\.?|Bs\\.?|S/\\.?|Dhs?\\.?|F?CFA|F\\s?CFA|GH[₵¢]|Nu\\.?|MK|ZK|K[sS]h)\\s*$");

  private static final java.util.Set<String> CURRENCY_CODES = java.util.Currency.getAvailableCurrencies().stream()
      .map(java.util.Currency::getCurrencyCode).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Quantities in {@code s}, skipping the spans in {@code claimed} (dates), in text order. */
  public static List<Quantity> find(String s, List<int[]> claimed) {
    List<int[]> taken = new ArrayList<>(claimed);
    taken.addAll(agePhrases(s));
    List<Quantity> out = new ArrayList<>();
    findFractionsOfScale(s, taken, out);
    findSharedScale(s, taken, out);
    findDotThousands(s, taken, out);
    findSpaceThousands(s, taken, out);
    findCommaSpaceThousands(s, taken, out);
    findRatios(s, taken, out);
    findApostropheMillions(s, taken, out);
    findOneForEvery(s, taken, out);
    findRomanceOneScale(s, taken, out);
    findFractions(s, taken, out); // before the digits: "8 in 10 people" is one share, not two counts
    findDigits(s, taken, out);
    findWords(s, taken, out);
    out.sort(java.util.Comparator.comparingInt(Quantity::start));
    return out;
  }

  /** {@code word} as a whole word in {@code lower}. */
  private static boolean hasWord(String lower, String word) {
    for (int i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
      int e = i + word.length();
      if ((i == 0 || !Character.isLetter(lower.charAt(i - 1)))
          && (e == lower.length() || !Character.isLetter(lower.charAt(e)))) {
        return true;
      }
    }
    return false;
  }

  /** Cheap pre-check for {@link #findWords}: a number word, or "a"/"half" before a scale word. */
  private static boolean mayHoldWordNumber(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (!isLetter(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (isLetter(s.charAt(i)) || (s.charAt(i) == '-' && i + 1 < n
          && isLetter(s.charAt(i + 1))))) {
        i++;
      }
      if ("zotfsenhaZOTFSENHA".indexOf(s.charAt(start)) < 0) {
        continue;
      }
      // a pre-check, so it may let through more than findWords takes: compared ignoring case, without copies
      int len = i - start;
      boolean hyphen = false;
      for (int k = start; k < i; k++) {
        hyphen |= s.charAt(k) == '-';
      }
      if (hyphen) {
        if (isNumberWord(s.substring(start, i).toLowerCase(Locale.ROOT))) {
          return true;
        }
      } else if (len < NUMBER_WORDS_BY_LENGTH.length) {
        for (String w : NUMBER_WORDS_BY_LENGTH[len]) {
          if (s.regionMatches(true, start, w, 0, len)) {
            return true;
          }
        }
      }
      if ((len == 1 && (s.charAt(start) == 'a' || s.charAt(start) == 'A'))
          || (len == 4 && s.regionMatches(true, start, "half", 0, 4))) {
        int to = Math.min(n, i + 12);
        if (LiteralGate.containsAny(s, i, to, "million", "thousand", "billion", "hundred")
            || s.regionMatches(true, i, " a ", 0, 3)) {
          return true;
        }
      }
    }
    return false;
  }

  // the number words (SMALL and TENS), by length
  private static final String[][] NUMBER_WORDS_BY_LENGTH = new String[10][];

  static {
    List<String> all = new ArrayList<>(SMALL.keySet());
    all.addAll(TENS.keySet());
    for (int len = 0; len < NUMBER_WORDS_BY_LENGTH.length; len++) {
      final int l = len;
      NUMBER_WORDS_BY_LENGTH[len] = all.stream().filter(w -> w.length() == l).toArray(String[]::new);
    }
    if (all.stream().anyMatch(w -> w.length() >= NUMBER_WORDS_BY_LENGTH.length)) {
      throw new IllegalStateException("a number word longer than the table");
    }
  }

  /** {@link Character#isLetter(char)}, answered without a table lookup for ASCII. */
  private static boolean isLetter(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return Character.isLetter(c);
  }

  /** The numbers that an age phrase holds, as [start, end) spans (used for scope qualifiers too). */
  public static List<int[]> agePhrases(String s) {
    List<int[]> out = new ArrayList<>();
    String lower = LiteralGate.lower(s);
    if (!hasWord(lower, "age") && !hasWord(lower, "ages") && !hasWord(lower, "aged") && !lower.contains("old")) {
      return out;
    }
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

  // "from 5 to 9 million", "between 1.2 and 1.5 billion", "de 77,7 a 81 millones", "de 3 à 4 millions": the scale
  // word after the second number is the first one's too
  private static final java.util.Set<String> RANGE_JOINS = java.util.Set.of("to", "and", "a", "à", "para", "y", "e", "et",
      "hasta", "até", "au");
  private static final Pattern SHARED_SCALE = Pattern.compile(
      "(?<![\\p{L}\\p{N}.,$€£])(\\d{1,3})(?:([.,])(\\d{1,2}))?(?![\\d.,%])\\s*(?:–|-|"
          + String.join("|", rangeJoins()) + ")\\s*"
          + "(?:(?:about|around|some|nearly|almost|over|more\\s+than|unos|cerca\\s+de|m[áa]s\\s+de|mais\\s+de|environ|"
          + "plus\\s+de)\\s+)?(\\d{1,3})(?:([.,])(\\d{1,2}))?(?:\\s+|-)(million|billion|mln|mn|bn|bln|" + ROMANCE_SCALES
          + ")(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);


  /** The words that join the two ends of a range, longest first (the one list SHARED_SCALE and its gate read). */
  private static List<String> rangeJoins() {
    return RANGE_JOINS.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
  }

  /** Whether {@code s} holds a figure, a join ("to", "a", "-") and another figure (the cheap test before SHARED_SCALE). */
  private static boolean rangeOfFigures(String s) {
    for (int i = 0; i + 2 < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i)) || Character.isDigit(s.charAt(i + 1))) {
        continue;
      }
      int j = i + 1;
      while (j < s.length() && s.charAt(j) == ' ') {
        j++;
      }
      if (j < s.length() && (s.charAt(j) == '-' || s.charAt(j) == '–')) {
        return true;
      }
      int w = j;
      while (w < s.length() && Character.isLetter(s.charAt(w))) {
        w++;
      }
      if (w > j && w < s.length() && s.charAt(w) == ' ' && RANGE_JOINS.contains(s.substring(j, w).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static void findSharedScale(String s, List<int[]> taken, List<Quantity> out) {
    if (!rangeOfFigures(s)) {
      return;
    }
    Matcher m = SHARED_SCALE.matcher(s);
    while (m.find()) {
      if (m.group(2) != null && m.group(5) != null && !m.group(2).equals(m.group(5))) {
        continue; // "5.5 to 6,25 million": two notations, not one range
      }
      if (inside(taken, m.start(), m.end()) || moneyBefore(s, m.start())) {
        continue;
      }
      double scale = SCALES.get(scaleWord(m.group(7)));
      double x = scaled(m.group(1) + (m.group(3) != null ? "." + m.group(3) : ""), scale);
      double y = scaled(m.group(4) + (m.group(6) != null ? "." + m.group(6) : ""), scale);
      int xEnd = m.group(3) != null ? m.end(3) : m.end(1);
      Quantity qx = withUnit(s, m.start(), xEnd, x, false, false, true);
      Quantity qy = withUnit(s, m.start(4), m.end(), y, false, false, true);
      if (qx == null || qy == null) {
        continue;
      }
      out.add(qx);
      out.add(qy);
      taken.add(new int[] {qx.start(), qx.end()});
      taken.add(new int[] {qy.start(), qy.end()});
    }
  }

  private static void findDigits(String s, List<int[]> taken, List<Quantity> out) {
    Matcher m = DIGITS.matcher(s);
    int from = 0;
    while (true) {
      // jump to the next digit by hand; the regex is only tried, anchored, where a number starts
      while (from < s.length() && !Character.isDigit(s.charAt(from))) {
        from++;
      }
      if (from >= s.length()) {
        break;
      }
      m.region(from, s.length());
      if (!m.lookingAt()) {
        from++;
        continue;
      }
      from = m.end();
      int start = m.start();
      int end = m.end();
      int signStart = signBefore(s, start);
      if (start > 0 && signStart < 0) {
        char before = s.charAt(start - 1);
        if (Character.isLetterOrDigit(before) || NOT_BEFORE_DIGITS.indexOf(before) >= 0) {
          continue;
        }
      }
      int notation = notationEnd(s, end, m.group(2) != null);
      if (notation > 0 && !inside(taken, start, end)) {
        // "10^9", "1e400", "1,,000", "1.2.3": one quantity for the whole token (NotFigureRules abstains on it),
        // never its pieces read as numbers
        int qs = signStart >= 0 ? signStart : start;
        double v = notationValue(s.substring(start, notation));
        out.add(new Quantity(qs, notation, signStart >= 0 ? -v : v, COUNT, false, false));
        taken.add(new int[] {qs, notation});
        from = notation;
        continue;
      }
      // (the checks below only skip the number; the cheap ones go first)
      if (inside(taken, start, end)) {
        continue;
      }
      if (start >= 4 && s.regionMatches(true, start - 4, "per ", 0, 4)) {
        continue; // the 100 of "per 100 people" is a unit, not an amount
      }
      if (start >= 4 && RATE_BASE_BEFORE.matcher(s).region(Math.max(0, start - 12), start).find()
          && RATE_BASE_NUMBER.matcher(s).region(start, Math.min(s.length(), start + 6)).lookingAt()) {
        continue; // "por cada 100 habitantes", "pour 100 habitants", "a cada 100 domicílios": the same
      }
      if (start >= 8 && EVERY_BEFORE.matcher(s).region(Math.max(0, start - 10), start).find()) {
        continue; // "tres de cada 10 hogares", "três em cada 10 brasileiros": the whole of a proportion, not an amount
      }
      if (isPhoneNumberPart(s, start, m.end())) {
        continue;
      }
      double attachedScale = attachedScale(s, end);
      if (attachedScale > 0) {
        // "1.2m", "3bn", "450k" (news style)
        int suffix = end;
        while (suffix < s.length() && Character.isLetter(s.charAt(suffix))) {
          suffix++;
        }
        String digits = m.group(1).replace(",", "") + (m.group(2) != null ? "." + m.group(2) : "");
        if (!inside(taken, start, suffix) && !moneyBefore(s, start)) {
          Quantity q = signed(withUnit(s, start, suffix, scaled(digits, attachedScale), false, false, true), signStart);
          keep(out, taken, q);
        }
        continue;
      }
      if (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.startsWith("'s", end))
          && !at(GLUED_PERCENT, s, end)) {
        continue; // 3G, 10A, 1st, 2000s; but "3percent" (a space lost in the page) is a percentage
      }
      if (end - start == 1 && at(SPACED_LETTER_AFTER, s, end)) {
        continue; // "3 G", "4 G+", "1 S-2018": a network generation or a half-year, its letter cut off by a space
      }
      if (end < s.length() && s.charAt(end) == ',' && m.group(2) == null && m.group(1).indexOf(',') < 0) {
        Matcher dc = DECIMAL_COMMA.matcher(s);
        dc.region(end, s.length());
        if (dc.lookingAt() && !inside(taken, start, dc.end())) {
          String fraction = dc.group(1) != null ? dc.group(1) : dc.group(3);
          String word = dc.group(2) != null ? dc.group(2) : dc.group(4);
          double v = scaled(m.group(1) + "." + fraction, SCALES.get(scaleWord(word)));
          Quantity q = signed(withUnit(s, start, dc.end(), v, false, false, true), signStart);
          keep(out, taken, q);
          from = dc.end();
          continue;
        }
        Matcher du = DECIMAL_COMMA_UNIT.matcher(s);
        du.region(end, s.length());
        boolean unitFollows = du.lookingAt();
        if (!unitFollows && COLON_BEFORE.matcher(s).region(Math.max(0, start - 4), start).find()) {
          du = DECIMAL_COMMA_EOL.matcher(s);
          du.region(end, s.length());
          unitFollows = du.lookingAt();
        }
        if (unitFollows && !inside(taken, start, du.end())) {
          Quantity q = signed(withUnit(s, start, du.end(), Double.parseDouble(m.group(1) + "." + du.group(1)), false,
              false, false), signStart);
          keep(out, taken, q);
          from = du.end();
          continue;
        }
      }
      // "19-inch"; "1,18" or "24/7" or "12/05" (not an amount)
      if ((end < s.length() && s.charAt(end) == '-' && at(COMPOUND_AFTER, s, end)) || (end + 1 < s.length() && ".,/:".indexOf(s.charAt(end)) >= 0
          && Character.isDigit(s.charAt(end + 1)))) {
        continue;
      }
      if (moneyBefore(s, start) || (nextIs(s, end, "deuyrwpfcadnstkbhlzgqxiomjv") && at(MONEY_AFTER, s, end))) {
        continue;
      }
      String digits = m.group(1).replace(",", "") + (m.group(2) != null ? "." + m.group(2) : "");
      if (m.group(2) == null && end < s.length() && "½¼¾".indexOf(s.charAt(end)) >= 0) {
        // "nearly 5½ million subscribers", "3½ times": a whole number and a fraction glued to it
        digits += s.charAt(end) == '½' ? ".5" : s.charAt(end) == '¼' ? ".25" : ".75";
        end++;
      }
      double value = Double.parseDouble(digits);
      boolean scaled = false;
      Matcher scale = null;
      if (nextIs(s, end, "tmbcl") || (end < s.length() && s.charAt(end) == '-')) {
        scale = SCALE.matcher(s);
        scale.region(end, s.length());
      }
      if (scale != null && scale.lookingAt()) {
        scaled = true;
        if (m.group(2) == null && m.group(1).matches("\\d{1,3},\\d{3}") && ROMANCE_SCALE_WORD.matcher(scale.group(1)).matches()
            && !scale.group(1).equalsIgnoreCase("mil")) {
          digits = m.group(1).replace(',', '.'); // "2,281 milliards": a decimal comma before a French scale word
        }
        value = scaled(digits, SCALES.get(scaleWord(scale.group(1))));
        end = scale.end();
        Matcher half = HALF_TAIL.matcher(s);
        half.region(end, s.length());
        if (!scaleWord(scale.group(1)).equals("thousand") && half.lookingAt()) {
          // "16 millions et demi", "2 millones y medio", "3 milhões e meio", "2 and a half million" is elsewhere
          value = scaled(digits + ".5", SCALES.get(scaleWord(scale.group(1))));
          end = half.end();
        }
        Matcher smaller = m.group(2) == null ? SMALLER_SCALE_TAIL.matcher(s) : null;
        if (smaller != null && smaller.region(end, s.length()).lookingAt()
            && SCALES.get(scaleWord(smaller.group(2))) < SCALES.get(scaleWord(scale.group(1)))) {
          // "exceeded 2 million 169,9 thousand", "1 billion 375,7 million lei": the rest of the count in a smaller
          // scale, as translations from Russian and Romanian write it (the comma is a decimal one there)
          value += scaled(smaller.group(1).replace(',', '.'), SCALES.get(scaleWord(smaller.group(2))));
          end = smaller.end();
        }
        if (m.group(2) == null && m.group(1).indexOf(',') < 0) {
          // "131 millones 452 mil 310", "25 mil 300": Spanish and Portuguese write a count's groups as words
          Matcher tail = (scaleWord(scale.group(1)).equals("million") ? MILLION_TAIL : THOUSAND_TAIL).matcher(s);
          tail.region(end, s.length());
          Matcher percentTail = PERCENT_THOUSAND_TAIL.matcher(s);
          if (scaleWord(scale.group(1)).equals("thousand") && ROMANCE_SCALE_WORD.matcher(scale.group(1)).matches()
              && percentTail.region(end, s.length()).lookingAt()) {
            // "se ha expandido en 26 mil 244 por ciento": a percentage of five digits written with "mil"
            value += Integer.parseInt(percentTail.group(1));
            end = percentTail.end(1);
          } else if (ROMANCE_SCALE_WORD.matcher(scale.group(1)).matches() && tail.lookingAt()) {
            value += scaleWord(scale.group(1)).equals("million")
                ? Integer.parseInt(tail.group(1)) * 1e3 + (tail.group(2) == null ? 0 : Integer.parseInt(tail.group(2)))
                : Integer.parseInt(tail.group(1));
            end = tail.end();
          }
        }
      }
      if (!scaled && m.group(2) != null && m.group(2).length() == 3 && m.group(1).length() <= 3
          && m.group(1).indexOf(',') < 0 && !at(PERCENT_UNIT, s, end) && dotGroupsThousands(s)) {
        // "una ganancia de 374.000", "sumó 40.615 nuevas líneas": in Spanish or Portuguese prose a dot before three
        // digits groups thousands ("1.234.567" has two groups and is read apart); a count is never fractional
        value = Double.parseDouble(m.group(1) + m.group(2));
      }
      Quantity q = signed(withUnit(s, start, end, value, false, false, scaled), signStart);
      keep(out, taken, q);
    }
  }

  // function words of Spanish and Portuguese (and French) prose, rare as words of English
  private static final Pattern ROMANCE_WORD = Pattern.compile(
      "(?<![\\p{L}])(?:de|del|la|las|los|el|en|que|con|por|para|una|das|dos|da|do|em|com|um|uma|no|na|nos|nas|se"
          + "|des|les|du|une|est|sur|avec|pour"
          // "En 1996, cuando la telefonía móvil llegó al país, había apenas 33.400 líneas"
          + "|al|cuando|aux|au|ao|à|más|desde|hasta|según|entre|sobre|pero|como|hay|había|tiene|dans|sont|était)"
          + "(?![\\p{L}])", Pattern.UNICODE_CASE);

  // a word with an accent of Spanish or Portuguese ("telefonía", "estimó", "milhões", "señal")
  private static final Pattern ROMANCE_ACCENTED = Pattern.compile("\\p{L}*[áíóúñãõç]\\p{L}*", Pattern.UNICODE_CASE);

  /**
   * Whether {@code s} reads as Spanish, Portuguese or French prose, where "374.000" is three hundred and seventy-four
   * thousand: at least three of its words are function words of those languages and none is "the" or "of".
   */
  static boolean dotGroupsThousands(String s) {
    String lower = LiteralGate.lower(s);
    if (lower.contains(" the ") || lower.contains(" of ")) {
      return false;
    }
    Matcher m = ROMANCE_WORD.matcher(lower);
    int n = 0;
    while (m.find()) {
      if (++n >= 3) {
        return true;
      }
    }
    // "En telefonía fija, el regulador estimó 603.638 abonados": words written with Spanish or Portuguese accents
    Matcher accented = ROMANCE_ACCENTED.matcher(lower);
    while (accented.find()) {
      if (++n >= 3) {
        return true;
      }
    }
    return false;
  }

  // minus signs: hyphen-minus, U+2212 minus, small and full-width hyphen-minus
  private static final String MINUS_SIGNS = "-\u2212\ufe63\uff0d";

  /**
   * The position of a minus sign just before the digits at {@code start} ("−3,000,000", "-5%", "(-2)"), or -1. A
   * hyphen after a letter, digit or separator is a joiner ("E-10", "2004-2008", "STM-1"), not a sign.
   */
  static int signBefore(String s, int start) {
    if (start == 0 || MINUS_SIGNS.indexOf(s.charAt(start - 1)) < 0) {
      return -1;
    }
    if (start >= 2) {
      char c = s.charAt(start - 2);
      if (!Character.isWhitespace(c) && c != '\u00a0' && "([{:=;,\"'".indexOf(c) < 0) {
        return -1;
      }
    }
    return start - 1;
  }

  /** {@code q} made negative and widened to its sign when there is one; a negative figure is never published. */
  private static Quantity signed(Quantity q, int signStart) {
    if (q == null || signStart < 0) {
      return q;
    }
    return new Quantity(signStart, q.end(), -q.value(), q.unit(), q.spelled(), q.needsNoun());
  }

  /**
   * The end of a number written in a notation the grammar does not read, starting at the digits that end at
   * {@code end} ({@code decimal} when they had a decimal part): exponents ("10^9", "1e400", "2.5E6") and malformed separators ("1,,000", "1.2.3", "1.,5");
   * -1 for anything else.
   */
  static int notationEnd(String s, int end, boolean decimal) {
    int n = s.length();
    if (end + 1 < n && (s.charAt(end) == '^' || s.charAt(end) == 'e' || s.charAt(end) == 'E')) {
      int i = end + 1;
      if (i + 1 < n && (s.charAt(i) == '-' || s.charAt(i) == '+') ) {
        i++;
      }
      int digits = i;
      while (i < n && Character.isDigit(s.charAt(i))) {
        i++;
      }
      boolean wordEnds = i == n || !Character.isLetterOrDigit(s.charAt(i));
      return i > digits && (s.charAt(end) == '^' || wordEnds) ? i : -1;
    }
    // a separator followed by another separator, or a second dot group after a decimal ("1.2.3")
    int i = end;
    boolean malformed = false;
    while (i + 1 < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
      int j = i + 1;
      while (j < n && (s.charAt(j) == '.' || s.charAt(j) == ',')) {
        j++;
      }
      if (j == n || !Character.isDigit(s.charAt(j))) {
        break;
      }
      // a run of separators, or a dot after a decimal part (a decimal point is written once)
      malformed |= j - i > 1 || (s.charAt(i) == '.' && (decimal || i > end));
      i = j;
      while (i < n && Character.isDigit(s.charAt(i))) {
        i++;
      }
    }
    return malformed ? i : -1;
  }

  /**
   * Why the number starting at {@code start} (its sign or first digit) is written in a way that is not a figure:
   * a minus sign ({@code negative_value}: a count or share is never below zero, and a fall is written as one),
   * an exponent ({@code exponent_notation}), doubled or misplaced separators ({@code malformed_number}), or code
   * and formulas ("alert(2)", "=1+1": {@code code_or_formula}); null when it is written as a figure.
   */
  public static String notationReason(String s, int start) {
    int ds = start;
    if (ds < s.length() && MINUS_SIGNS.indexOf(s.charAt(ds)) >= 0) {
      return Reasons.NEGATIVE_VALUE;
    }
    if (ds >= s.length() || !Character.isDigit(s.charAt(ds))) {
      return null; // a spelled number
    }
    Matcher m = DIGITS.matcher(s);
    m.region(ds, s.length());
    if (!m.lookingAt() || at(DOT_THOUSANDS, s, ds)) {
      return null; // "1.234.567" is a number
    }
    int end = m.end();
    int notation = notationEnd(s, end, m.group(2) != null);
    if (notation > 0) {
      return "^eE".indexOf(s.charAt(end)) >= 0 ? Reasons.EXPONENT_NOTATION : Reasons.MALFORMED_NUMBER;
    }
    char before = ds > 0 ? s.charAt(ds - 1) : ' ';
    boolean call = before == '(' && ds >= 2 && Character.isLetterOrDigit(s.charAt(ds - 2));
    boolean operatorAfter = end + 1 < s.length() && "+*×=<>".indexOf(s.charAt(end)) >= 0
        && Character.isDigit(s.charAt(end + 1));
    return call || before == '=' || operatorAfter ? Reasons.CODE_OR_FORMULA : null;
  }

  /** The value a notation token states, for unresolved.csv: a power read exactly, else the digits before it. */
  static double notationValue(String token) {
    java.util.regex.Matcher m = POWER.matcher(token);
    if (m.matches()) {
      double mantissa = Double.parseDouble(m.group(1).replace(",", ""));
      double exponent = Double.parseDouble(m.group(3));
      return m.group(2).equals("^") ? Math.pow(mantissa, exponent) : mantissa * Math.pow(10, exponent);
    }
    Matcher lead = DIGITS.matcher(token);
    return lead.lookingAt() ? Double.parseDouble(lead.group().replace(",", "")) : 0;
  }

  private static final Pattern POWER = Pattern.compile("([\\d,]+(?:\\.\\d+)?)([\\^eE])([-+]?\\d{1,6})\\d*");

  /** The scale word of an abbreviation ("mln" -> million). */
  private static String scaleWord(String w) {
    String l = w.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (l.equals("mille")) {
      return "thousand"; // "10 mille": French, ten thousand
    }
    if (l.startsWith("milliard") || l.equals("mil millones") || l.startsWith("mil milh") || l.startsWith("bilh")) {
      return "billion";
    }
    if (l.startsWith("mill") || l.startsWith("milh")) {
      return "million";
    }
    if (l.equals("mil") || l.equals("thousands")) {
      return "thousand"; // "402 thousands in 2013"
    }
    if (l.startsWith("crore") || l.startsWith("lakh")) {
      return l.startsWith("c") ? "crore" : "lakh";
    }
    switch (l) {
      case "mln":
      case "mn":
      case "mill":
        return "million";
      case "bn":
      case "bln":
        return "billion";
      default:
        return w.toLowerCase(Locale.ROOT);
    }
  }

  /** "1.234.567" (dots as thousands separators). */
  private static void findDotThousands(String s, List<int[]> taken, List<Quantity> out) {
    if (s.indexOf('.') < 0) {
      return;
    }
    Matcher m = DOT_THOUSANDS.matcher(s);
    while (m.find()) {
      int start = m.start();
      int signStart = signBefore(s, start);
      if ((start > 0 && (Character.isLetterOrDigit(s.charAt(start - 1)) || s.charAt(start - 1) == '.'))
          || inside(taken, start, m.end())) {
        continue;
      }
      Quantity q = signed(withUnit(s, start, m.end(), Double.parseDouble(m.group().replace(".", "")), false, false,
          false), signStart);
      keep(out, taken, q);
    }
  }

  /**
   * "2 917 305 subscribers", "40\u00A0000 lines": digit groups separated by a space, a no-break space or a thin
   * space. Not read: a group run after another digit or separator ("2010 300 000" leaves the year alone, as the
   * date claims it), a longer run of groups (a table row of small cells, "414 423 431 479 510"), a group starting
   * with 0 or after "+" (telephone numbers), and digits a dialling word precedes.
   */
  private static void findSpaceThousands(String s, List<int[]> taken, List<Quantity> out) {
    if (!hasSpacedDigitGroup(s)) {
      return;
    }
    Matcher d = SPACE_THOUSANDS_DECIMAL.matcher(s);
    while (d.find()) {
      if (inside(taken, d.start(), d.end())) {
        continue;
      }
      double whole = Double.parseDouble(d.group(1).replaceAll("\\D", "") + "." + d.group(2));
      String word = d.group(3).toLowerCase(Locale.ROOT);
      double scale = word.startsWith("milliard") || word.equals("billion") ? 1e9 : 1e6;
      keep(out, taken, withUnit(s, d.start(), d.end(), Math.rint(whole * scale), false, false, true));
    }
    Matcher m = SPACE_THOUSANDS.matcher(s);
    int from = 0;
    while (from < s.length() && m.find(from)) {
      int start = m.start();
      int end = m.end();
      from = end;
      int signStart = signBefore(s, start);
      if (start > 0 && signStart < 0) {
        char before = s.charAt(start - 1);
        boolean signedInParens = before == '+' && start >= 2 && s.charAt(start - 2) == '('; // "(+212 000)"
        if (Character.isDigit(before)) {
          from = start + 1; // "2010 300 000": a match begun inside a longer number; the groups after it are tried
          continue;         // again
        }
        if (Character.isLetterOrDigit(before) || NOT_BEFORE_DIGITS.indexOf(before) >= 0
            || (before == '+' && !signedInParens)
            || (GROUP_SPACES.indexOf(before) >= 0 && start >= 2 && Character.isDigit(s.charAt(start - 2))
                && !yearBefore(s, start - 1))) {
          continue;
        }
      }
      if (s.charAt(start) == '0' || inside(taken, start, end) || calledOrDialled(s, start)) {
        continue;
      }
      if (s.indexOf(',', start) >= 0 && s.indexOf(',', start) < end
          && (CELL_BEFORE.matcher(s).region(Math.max(0, start - 8), start).find()
          || CELL_AFTER.matcher(s).region(end, Math.min(s.length(), end + 8)).lookingAt())) {
        continue; // "AM 4,762; FM 1,500 219 M 7,800": cells of a flattened table row, not "3,381 228 subscriptions"
      }
      if (moneyBefore(s, start) || (nextIs(s, end, "deuyrwpfcadnstkbhlzgqxiomjv") && at(MONEY_AFTER, s, end))) {
        taken.add(new int[] {start, end});
        continue; // "1 200 milliards de FCFA": an amount of money, none of whose digits is a figure
      }
      StringBuilder digits = new StringBuilder();
      for (int i = start; i < end; i++) {
        if (Character.isDigit(s.charAt(i))) {
          digits.append(s.charAt(i));
        }
      }
      double value = Double.parseDouble(digits.toString());
      Matcher scale = nextIs(s, end, "tmbcl") ? SCALE.matcher(s).region(end, s.length()) : null;
      if (scale != null && scale.lookingAt()) {
        value = scaled(digits.toString(), SCALES.get(scaleWord(scale.group(1)))); // "1 200 millions d'abonnés"
        end = scale.end();
      }
      Quantity q = signed(withUnit(s, start, end, value, false, false, false), signStart);
      keep(out, taken, q);
    }
  }

  // "151, 274 subscribers": a thousands comma some sources follow with a space. One to three digits (not after a
  // digit, separator or another list item "12, " / "12 and "), then exactly three; nothing list-like after it
  // ("151, 274, and 300", "151, 274 and 300", "151, 274 or", "151, 274-300") and no decimal or percent
  private static final Pattern COMMA_SPACE_THOUSANDS = Pattern.compile(
      "(?<![\\d.,\\p{L}])(?<!\\d,\\s)(?<!\\d\\s(?:and|or)\\s)(?<!\\d\\set\\s)([1-9]\\d{0,2}), (\\d{3})"
          + "(?![\\d;:/%\\p{L}]|[.,]\\d|,\\s*(?:\\d|(?:and|or|et|y|e|o)\\b)|\\s*(?:[-–—&]|\\(?\\d)"
          + "|\\s+(?:and|or|et|y|e|o|to|per\\s*cent|percent|pour\\s+cent)\\b)",
      Pattern.CASE_INSENSITIVE);
  // a sentence that pairs lists ("126, 118, and 111 respectively"): its comma-separated numbers are items
  private static final Pattern LIST_WORD = Pattern.compile("\\brespectivel?y\\b|\\brespectivement\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * "decreased to 151, 274 at the end of the year": digit groups split by a comma and a space, read as one count
   * when the second group is exactly three digits and nothing around them makes a list of small numbers. A list
   * ("126, 118, and 111", "151, 274 and 300", a sentence with "respectively") and a share or rate are left alone
   * (their pieces stay unresolved as split_digits).
   */
  private static void findCommaSpaceThousands(String s, List<int[]> taken, List<Quantity> out) {
    if (s.indexOf(", ") < 0) {
      return;
    }
    Matcher m = COMMA_SPACE_THOUSANDS.matcher(s);
    boolean checkedList = false;
    while (m.find()) {
      if (!checkedList) {
        if (LIST_WORD.matcher(s).find()) {
          return;
        }
        checkedList = true;
      }
      int start = m.start();
      int end = m.end();
      if (inside(taken, start, end) || signBefore(s, start) >= 0 || moneyBefore(s, start)
          || (nextIs(s, end, "deuyrwpfcadnstkbhlzgqxiomjv") && at(MONEY_AFTER, s, end))) {
        continue;
      }
      double value = Double.parseDouble(m.group(1) + m.group(2));
      Quantity q = withUnit(s, start, end, value, false, false, false);
      if (q != null && COUNT.equals(q.unit())) {
        out.add(q);
        taken.add(new int[] {q.start(), q.end()});
      }
    }
  }

  // a digit, a space and one capital letter of a generation or a period ("3 G", "4 G+", "1 S-2018", "2 T 2019")
  private static final Pattern SPACED_LETTER_AFTER = Pattern.compile("\\s[GSTQH](?![\\p{L}\\d'’])");

  // "a 61.4:100 ratio", "a ratio of 97:100": so many for every hundred
  private static final Pattern RATIO_TO_100 = Pattern.compile("(?<![\\d.,:])(\\d{1,3}(?:\\.\\d+)?)\\s?:\\s?100(?![\\d.,:])");

  // "2’015.401", "15’976.259": an apostrophe before the thousands of millions, a dot before the rest (Colombia,
  // Ecuador)
  private static final Pattern APOSTROPHE_MILLIONS = Pattern.compile(
      "(?<![\\d.,’'])(\\d{1,3})[’'](\\d{3})\\.(\\d{3})(?![\\d’']|[.,]\\d)");

  // "10'899'996", "1’250": the apostrophe as the thousands separator (Switzerland, Liechtenstein)
  private static final Pattern APOSTROPHE_THOUSANDS = Pattern.compile(
      "(?<![\\d.,’'\\p{L}])\\d{1,3}(?:[’']\\d{3}){1,4}(?![\\d’'\\p{L}]|[.,]\\d)");

  private static void findApostropheMillions(String s, List<int[]> taken, List<Quantity> out) {
    if (s.indexOf('’') < 0 && s.indexOf('\'') < 0) {
      return;
    }
    Matcher t = APOSTROPHE_THOUSANDS.matcher(s);
    while (t.find()) {
      if (!inside(taken, t.start(), t.end())) {
        double value = Long.parseLong(t.group().replaceAll("[’']", ""));
        keep(out, taken, withUnit(s, t.start(), t.end(), value, false, false, false));
      }
    }
    Matcher m = APOSTROPHE_MILLIONS.matcher(s);
    while (m.find()) {
      if (inside(taken, m.start(), m.end())) {
        continue;
      }
      double value = Long.parseLong(m.group(1) + m.group(2) + m.group(3));
      Quantity q = withUnit(s, m.start(), m.end(), value, false, false, false);
      keep(out, taken, q);
    }
  }

  // "about 1 for every 10 Fijians", "one telephone for every 50 inhabitants": a rate per so many people
  private static final Pattern ONE_FOR_EVERY = Pattern.compile(
      "(?<![\\p{L}\\d.,])(one|a|an|1|two|2|three|3)\\s+(?:[\\p{L}-]+\\s+){0,2}?for\\s+every\\s+(\\d{1,3}|two|three|four|five|"
          + "six|seven|eight|nine|ten|twenty|fifty)\\s+(?:of\\s+(?:the\\s+|its\\s+)?)?(?:inhabitants|people|persons|residents|"
          + "citizens|individuals|(?-i:[A-Z]\\p{Ll}+(?:ans|ese|is|ers|ns)))(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  // "alrededor de un millón de líneas", "près d'un million d'abonnés", "um milhão de acessos": one of a scale, in words
  // also "tres millones", "deux millions", "dois milhões", and "un demi-million", "medio millón", "meio milhão"
  private static final Pattern ROMANCE_ONE_SCALE = Pattern.compile(
      "(?<![\\p{L}])(?:(un|una|um|uma|d['’]un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|deux|trois|quatre|cinq"
          // ("six" only before the French plural: "six million" is English, read with the English words)
          + "|sept|huit|neuf|dix|dois|duas|três|quatro|sete|oito|nove|dez|six(?=\\s+milli(?:ons|ards?)))\\s+(mill[óo]n(?:es)?|milh[ãa]o|milh[õo]es|millions?"
          + "|milliards?|mil\\s+millones|bilh[ãa]o|bilh[õo]es)|(?:un\\s+|d['’]un\\s+)?(demi-million|medio\\s+mill[óo]n|meio\\s+milh[ãa]o))"
          + "(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Map<String, Integer> ROMANCE_SMALL = Map.ofEntries(Map.entry("dos", 2), Map.entry("tres", 3),
      Map.entry("cuatro", 4), Map.entry("cinco", 5), Map.entry("seis", 6), Map.entry("siete", 7), Map.entry("ocho", 8),
      Map.entry("nueve", 9), Map.entry("diez", 10), Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("quatre", 4),
      Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10),
      Map.entry("dois", 2), Map.entry("duas", 2), Map.entry("três", 3), Map.entry("quatro", 4), Map.entry("sete", 7),
      Map.entry("oito", 8), Map.entry("nove", 9), Map.entry("dez", 10));

  private static void findRomanceOneScale(String s, List<int[]> taken, List<Quantity> out) {
    // the Romance scale words themselves, or "millions" with a French number word before it; English "one
    // million" and "2 millions of" are the other finders'
    if (!LiteralGate.containsAny(s, 0, s.length(), "llón", "llon", "llones", "lhão", "lhões", "lhao", "lhoes",
        "lliard", "demi-million", "medio mill", "meio milh")
        && !(LiteralGate.containsAny(s, 0, s.length(), "millions", "million ")
            && LiteralGate.containsAny(s, 0, s.length(), "un million", "deux ", "trois ", "quatre ", "cinq ",
                "six ", "sept ", "huit ", "neuf ", "dix "))) {
      return;
    }
    Matcher m = ROMANCE_ONE_SCALE.matcher(s);
    while (m.find()) {
      int start = m.group().regionMatches(true, 0, "d'", 0, 2) || m.group().regionMatches(true, 0, "d’", 0, 2)
          ? m.start() + 2 : m.start();
      if (inside(taken, start, m.end())) {
        continue;
      }
      double v;
      if (m.group(3) != null) {
        v = 5e5; // "un demi-million"
      } else {
        String w = m.group(2).toLowerCase(Locale.ROOT);
        double scale = w.startsWith("milliard") || w.startsWith("mil ") || w.startsWith("bilh") ? 1e9 : 1e6;
        v = ROMANCE_SMALL.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), 1) * scale;
      }
      keep(out, taken, withUnit(s, start, m.end(), v, true, false, true));
    }
  }

  /** "one for every 10 people": so many per 100 (10 per 100); "for every 100" is read by the per-100 unit. */
  private static void findOneForEvery(String s, List<int[]> taken, List<Quantity> out) {
    if (!LiteralGate.containsAny(s, 0, s.length(), "for every")) {
      return;
    }
    Matcher m = ONE_FOR_EVERY.matcher(s);
    while (m.find()) {
      int k = smallNumber(m.group(1).toLowerCase(Locale.ROOT).startsWith("a") ? "one" : m.group(1));
      int n = smallNumber(m.group(2));
      if (k <= 0 || n <= 1 || n == 100 || inside(taken, m.start(), m.end())) {
        continue;
      }
      out.add(new Quantity(m.start(), m.end(), Math.round(10000.0 * k / n) / 100.0, PER_100, true, false));
      taken.add(new int[] {m.start(), m.end()});
    }
  }

  /** "a 61.4:100 ratio": a rate per 100 inhabitants, when the word "ratio" is near (a clock time is not one). */
  private static void findRatios(String s, List<int[]> taken, List<Quantity> out) {
    if (s.indexOf(':') < 0 || !LiteralGate.containsAny(s, 0, s.length(), "ratio")) {
      return;
    }
    Matcher m = RATIO_TO_100.matcher(s);
    while (m.find()) {
      int near0 = Math.max(0, m.start() - 30);
      int near1 = Math.min(s.length(), m.end() + 30);
      if (inside(taken, m.start(), m.end()) || !LiteralGate.containsAny(s, near0, near1, "ratio")) {
        continue;
      }
      out.add(new Quantity(m.start(), m.end(), Double.parseDouble(m.group(1)), PER_100, false, false));
      taken.add(new int[] {m.start(), m.end()});
    }
  }

  /** "call 020 555", "tel. 21 215 620": digits a dialling word precedes. */
  private static boolean calledOrDialled(String s, int start) {
    int from = Math.max(0, start - 40);
    return mayHoldCallWord(s, from, start) && CALL_BEFORE.matcher(s.substring(from, start)).find();
  }

  // another figure right before or after, bare or with a short upper-case unit ("219 M 7,800", "658 AM 3")
  private static final Pattern CELL_BEFORE = Pattern.compile("\\d[ \u00A0]*(?:\\p{Lu}{1,2}[ \u00A0]*)?$");
  private static final Pattern CELL_AFTER = Pattern.compile("[ \u00A0]*(?:\\p{Lu}{1,2}[ \u00A0]*)?\\d");

  /** Adds a quantity read (when there is one) and marks its span as taken. */
  private static void keep(List<Quantity> out, List<int[]> taken, Quantity q) {
    if (q != null) {
      out.add(q);
      taken.add(new int[] {q.start(), q.end()});
    }
  }

  /**
   * Whether a year of four digits ends right before {@code space} ("au premier trimestre 2015 22 954 081 abonnés"):
   * four digits are never a group of a space-grouped number, so the groups after them are a number of their own.
   */
  private static boolean yearBefore(String s, int space) {
    int from = space - 4;
    if (from < 0 || (from > 0 && (Character.isDigit(s.charAt(from - 1)) || ".,".indexOf(s.charAt(from - 1)) >= 0
        || GROUP_SPACES.indexOf(s.charAt(from - 1)) >= 0 && from >= 2 && Character.isDigit(s.charAt(from - 2))))) {
      return false;
    }
    char c0 = s.charAt(from);
    char c1 = s.charAt(from + 1);
    return (c0 == '1' && c1 == '9' || c0 == '2' && c1 == '0') && Character.isDigit(s.charAt(from + 2))
        && Character.isDigit(s.charAt(from + 3));
  }

  /** Cheap pre-check for {@link #findSpaceThousands}: a digit, a group space, then three digits. */
  private static boolean hasSpacedDigitGroup(String s) {
    for (int i = 1; i + 3 < s.length(); i++) {
      if (GROUP_SPACES.indexOf(s.charAt(i)) >= 0 && Character.isDigit(s.charAt(i - 1))
          && Character.isDigit(s.charAt(i + 1)) && Character.isDigit(s.charAt(i + 2))
          && Character.isDigit(s.charAt(i + 3))) {
        return true;
      }
    }
    return false;
  }

  private static final String[] PROPORTION_JOINS = {" in ", " out of ", " of every ", " de cada ", " em cada ", " sur "};

  /** Whether {@code lower} holds "in", "out of", "de cada"... before a whole of a proportion ("8 in 10"). */
  private static boolean proportionWord(String lower) {
    for (String join : PROPORTION_JOINS) {
      for (int i = lower.indexOf(join); i >= 0; i = lower.indexOf(join, i + 1)) {
        int from = i + join.length();
        int to = from;
        while (to < lower.length() && Character.isLetterOrDigit(lower.charAt(to))) {
          to++;
        }
        if (PROPORTION_WHOLES.containsKey(lower.substring(from, to))) {
          return true;
        }
      }
    }
    return false;
  }

  private static int smallNumber(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    if (Character.isDigit(l.charAt(0))) {
      return Integer.parseInt(l);
    }
    return SMALL.getOrDefault(l, 0); // the number words the word-number reader knows
  }

  /** "two-thirds of households", "a quarter of the population", "one in five adults": percentages. */
  private static void findFractions(String s, List<int[]> taken, List<Quantity> out) {
    String lower = LiteralGate.lower(s);
    if (!lower.contains("third") && !lower.contains("quarter") && !lower.contains("half")
        && !lower.contains("fifth") && !proportionWord(lower)) {
      return;
    }
    Matcher m = FRACTION.matcher(s);
    while (m.find()) {
      double pct;
      if (m.group(1) != null) {
        pct = m.group(1).equalsIgnoreCase("two") ? 66.67 : 33.33;
      } else if (m.group(2) != null) {
        pct = switch (m.group(2).toLowerCase(Locale.ROOT)) {
          case "third" -> 33.33;
          case "quarter" -> 25;
          default -> 20;
        };
      } else if (m.group(3) != null) {
        pct = 75;
      } else if (m.group(4) != null) {
        pct = 50;
      } else {
        int n = PROPORTION_WHOLES.get(m.group(6).toLowerCase(Locale.ROOT));
        String g = m.group(5);
        double k = g.length() > 2 && Character.isDigit(g.charAt(0)) && (g.indexOf(',') > 0 || g.indexOf('.') > 0)
            ? Double.parseDouble(g.replace(',', '.')) : smallNumber(g);
        if (k <= 0 || k >= n) {
          continue; // "10 in 10", "the 3 in 2"
        }
        pct = Math.round(10000.0 * k / n) / 100.0;
      }
      int end = m.group(5) != null ? m.end() : m.end() - 2; // "of" stays for the base
      if (m.group(5) == null && !FRACTION_BASE.matcher(s).region(m.end(), s.length()).lookingAt()) {
        continue; // "two-thirds of switching equipment": a fraction of something not counted here
      }
      if (inside(taken, m.start(), end)) {
        continue;
      }
      out.add(new Quantity(m.start(), end, pct, PERCENT, true, false));
      taken.add(new int[] {m.start(), end});
    }
  }

  private static final Pattern FRACTION_BASE = Pattern.compile(
      "\\s+(?:the\\s+|all\\s+|its\\s+|the\\s+country's\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:households?|homes|families|"
          + "population|people|persons|adults|residents|inhabitants|individuals|citizens|users|subscribers|"
          + "subscriptions|territory|[A-Z][\\p{L}]+(?:ns|ese|is|ans))\\b");

  /** Adds the unit that follows (percent, per 100, km) or count; null for a duration. */
  private static Quantity withUnit(String s, int start, int end, double value, boolean spelled,
      boolean needsNoun, boolean scaled) {
    int u;
    // each regex is tried only where its first letter (after white space) follows the number
    if (nextIs(s, end, "%p") && (u = endAt(PERCENT_UNIT, s, end)) >= 0) {
      return new Quantity(start, u, value, PERCENT, spelled, false);
    }
    if (end < s.length() && QualifierRules.isRegexSpace(s.charAt(end))
        && LiteralGate.containsAny(s, end, s.length(), "100", "hundred", "cent", "cien", "cem")
        && (u = endAt(PER_100_UNIT, s, end)) >= 0) {
      return new Quantity(start, u, value, PER_100, spelled, false);
    }
    if (value < 10 && end < s.length() && QualifierRules.isRegexSpace(s.charAt(end))
        && LiteralGate.containsAny(s, end, Math.min(s.length(), end + 60), "per ", "par ", "por ")
        && (u = endAt(PER_CAPITA_UNIT, s, end)) >= 0) {
      // "0.33 lines per capita", "1,2 líneas por habitante": so many per person, a hundred times that per 100
      return new Quantity(start, u, Math.round(value * 1e6) / 1e4, PER_100, spelled, false);
    }
    if (value < 10 && start >= 12 && LiteralGate.containsAny(s, Math.max(0, start - 60), start, "cada", "each",
        "every", "chaque") && PER_PERSON_BEFORE.matcher(s).region(Math.max(0, start - 60), start).find()
        && (u = endAt(PER_PERSON_THING, s, end)) >= 0) {
      // "cada habitante possui 1,0044 número de celular": so many per person, a hundred times that per 100
      return new Quantity(start, u, Math.round(value * 1e6) / 1e4, PER_100, spelled, false);
    }
    if (nextIs(s, end, "k") && (u = endAt(KM_UNIT, s, end)) >= 0) {
      return new Quantity(start, u, value, KM, spelled, false);
    }
    if (nextIs(s, end, "m") && (u = endAt(MILE_UNIT, s, end)) >= 0) {
      return new Quantity(start, u, value * 1.609344, KM, spelled, false);
    }
    if (!scaled && nextIs(s, end, "ymwdhscaj") && at(DURATION_AFTER, s, end)) {
      return null; // "two years of operation"; but "2 billion minutes" is an amount
    }
    return new Quantity(start, end, value, COUNT, spelled, needsNoun);
  }

  /** Word numbers: "two", "twenty-five", "three million", "one and a half million", "half a million". */
  private static void findWords(String s, List<int[]> taken, List<Quantity> out) {
    if (!mayHoldWordNumber(s)) {
      return;
    }
    List<int[]> words = words(s);
    int i = 0;
    while (i < words.size()) {
      int[] first = words.get(i);
      if ("zotfsenhaZOTFSENHA".indexOf(s.charAt(first[0])) < 0) {
        i++; // no number word starts with another letter
        continue;
      }
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
      String before = s.substring(Math.max(0, first[0] - 8), first[0]).toLowerCase(Locale.ROOT);
      boolean determiner = !scaled && ((nextIs(s, end, "oambdt") && at(DETERMINER_AFTER, s, end))
          || DETERMINER_BEFORE.matcher(before).find());
      if (inside(taken, first[0], end) || determiner
          || (end < s.length() && s.charAt(end) == '-' && at(COMPOUND_AFTER, s, end))) {
        i = next;
        continue;
      }
      Quantity q = withUnit(s, first[0], end, value, true, !scaled, scaled);
      if (q != null) {
        out.add(q);
      }
      i = next;
    }
  }

  /** Words: runs of letters, with one inner hyphen allowed ("twenty-five"). */
  private static List<int[]> words(String s) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      if (!Character.isLetter(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(s.charAt(i))) {
        i++;
      }
      if (i + 1 < n && s.charAt(i) == '-' && Character.isLetter(s.charAt(i + 1))) {
        i++;
        while (i < n && Character.isLetter(s.charAt(i))) {
          i++;
        }
      }
      out.add(new int[] {start, i});
    }
    return out;
  }

  private static void addIfFree(List<Quantity> out, List<int[]> taken, String s, int start, int end, double value,
      boolean spelled) {
    if (!inside(taken, start, end)) {
      Quantity q = withUnit(s, start, end, value, spelled, false, true);
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
