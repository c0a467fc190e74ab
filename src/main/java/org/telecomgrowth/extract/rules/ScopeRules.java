package org.telecomgrowth.extract.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scope dimension: the place or group a figure is limited to ("5% in Pyongyang", "60% of Pyongyang's citizens
 * between the age of 20 and 50" -> "Pyongyang (age 20-50)"), else {@code national}. A place is a capitalised name
 * that is not a month and not the document's own country.
 */
public final class ScopeRules {
  private ScopeRules() {}

  public static final String NATIONAL = "national";

  // a place's name: capitalised words, joined by "de", "del", "da", "do" or "du" ("San Salvador", "Iles du Vent")
  private static final String PLACE_WORDS = "[A-Z][\\p{L}'’.-]*(?:\\s+(?:[A-Z][\\p{L}'’.-]*|de|del|da|do|du))*";
  private static final String NAME = "(" + PLACE_WORDS + ")(?![\\p{L}\\p{N}])";
  // "3 million subscribers in Kenya"; not "84% and in Poland 51%": a place after a conjunction opens the next figure's
  private static final Pattern IN_PLACE = Pattern.compile(
      "^(?:\\s+(?!(?:and|or|but|while|whereas|y|e|et|o|ou)\\b)[\\p{L}-]+){0,4}?\\s+(?:in|en|em|dans|à|au|aux|na|no)\\s+"
          + "(?:the\\s+|la\\s+|el\\s+|le\\s+|l['’]\\s*|o\\s+|a\\s+)?(?:" + NAME
          + "|(other\\s+(?:cities|towns|regions|provinces)|rural\\s+areas|urban\\s+areas|the\\s+capital))");
  private static final Pattern IN_CAPITAL = Pattern.compile(
      "^(?:\\s+[\\p{L}-]+){0,4}?\\s+in\\s+the\\s+capital,?\\s+" + NAME);
  private static final Pattern NATIONALLY = Pattern.compile("^\\s+(?:nationally|nationwide|countrywide)\\b");
  private static final Pattern POSSESSIVE = Pattern.compile(
      "^(?:\\s+\\S+){0,2}?\\s+of\\s+(?:the\\s+)?" + NAME + "['’]s?\\s+(?:citizens|residents|population|households|"
          + "people|inhabitants|adults|homes|youth|population)");
  private static final Pattern LEADING_PLACE = Pattern.compile("^\\s*In\\s+" + NAME + "\\s*,");
  // "In rural areas, ...", "of rural households", "urban residents"
  private static final Pattern AREA = Pattern.compile(
      "(?i)^(?:\\s+\\S+){0,2}?\\s+of\\s+(?:the\\s+)?(rural|urban)\\s+(?:households|homes|population|residents|areas)");
  // "89% among males", "64 percent of women": a group of people the figure is limited to
  private static final Pattern PEOPLE_GROUP = Pattern.compile(
      "(?i)^(?:\\s+\\S+){0,2}?\\s+(?:among|of|for)\\s+(?:the\\s+)?(males|females|men|women|boys|girls)\\b");
  // "hogares rurales", "zonas urbanas", "ménages ruraux", "áreas rurais", "milieu rural", "zone urbaine"
  private static final String ROMANCE_AREA_WORDS = "(?:hogares|viviendas|zonas|[áa]reas|domic[íi]lios|lares|regi[õo]es"
      + "|ménages|menages|foyers|zones?|milieu|meio|[áa]rea|zona|sector|sectores)\\s+(urban[oa]s?|rural(?:es)?|rurais"
      + "|urbains?|urbaines?|ruraux|rurales?)(?![\\p{L}])";
  private static final Pattern ROMANCE_AREA_AFTER = Pattern.compile(
      "(?iu)^(?:\\s+\\S+){0,3}?\\s+(?:de|des|dos|das|del|en|dans|em|nas|nos|na|no)\\s+(?:los\\s+|las\\s+|les\\s+|os\\s+|as\\s+)?"
          + ROMANCE_AREA_WORDS);
  private static final Pattern ROMANCE_AREA = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:en|em|no|na|nas|nos|dans)\\s+(?:les\\s+|las\\s+|los\\s+|el\\s+|la\\s+|le\\s+|o\\s+|a\\s+)?"
          + ROMANCE_AREA_WORDS);
  private static final Pattern AREA_BEFORE = Pattern.compile("(?i)\\bin\\s+(rural|urban)\\s+(?:areas|locations|regions|zones)\\b"
      // "Urban tele-density declined from 158.8% to 158.5%", "rural penetration stood at": the area's own rate
      + "|\\b(rural|urban)\\s+(?:(?:mobile|fixed|internet|telephone|phone|broadband)\\s+)?(?:tele-?density|penetration|density|"
      + "subscribers|subscriptions|subscribership|connections|lines|users|internet\\s+users|households|population)\\b");
  /** Whether [from, to) holds " in " followed by a capital or by "the" (a cheap test before SUBJECT_PLACE). */
  private static boolean inBeforeName(String s, int from, int to) {
    for (int i = s.indexOf(" in ", from); i >= 0 && i + 4 < to; i = s.indexOf(" in ", i + 1)) {
      char c = s.charAt(i + 4);
      if (Character.isUpperCase(c) || s.startsWith("the ", i + 4)) {
        return true;
      }
    }
    return false;
  }

  // a subject of a few lower-case words, then its place, then the verb: "Internet users in Lagos State rose to";
  // not a source ("according to figures released in London")
  private static final Pattern SUBJECT_PLACE = Pattern.compile(
      "^\\s*(?:(?:The|the)\\s+)?(?!(?i:according|data|figures|report|survey|study|statistics|published|released|"
          + "investment|spending)\\b)(?:number\\s+of\\s+)?\\p{L}[\\p{Ll}-]*(?:\\s+[\\p{Ll}-]+){0,3}\\s+in\\s+"
          + "(?:the\\s+capital,?\\s+|the\\s+(?:city|province|state|region)\\s+of\\s+)?" + NAME
          + ",?\\s+[\\p{Ll}\\s]{2,40}$");
  private static final String[] SUBDIVISION_WORDS = {"region", "Region", "province", "Province", "oblast", "Oblast",
      "district", "District", "governorate", "Governorate", "county", "County", "prefecture", "Prefecture", "State"};
  private static final Pattern SUBDIVISION_SUBJECT = Pattern.compile(
      "(?<![\\p{L}])([A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*)?)\\s+(" + String.join("|", SUBDIVISION_WORDS)
          + ")\\s*,?\\s+"
          + "(?:with|had|has|at|recorded|registered|posted|counted|reached|came\\s+(?:next|second|third)\\s+with)"
          + "(?:\\s+(?:about|around|some|nearly|over|just|almost|more\\s+than|only))?\\s*:?\\s*$");
  private static final Pattern NAME_BEFORE_OF = Pattern.compile(
      "(?u)(?<![\\p{L}])(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2})\\s+$");
  private static final Pattern ROMANCE_SUBDIVISION = Pattern.compile(
      "(?u)(?:(?i:province|région|region|provincia|departamento|département|estado|distrito|district|ville)\\s+)?"
          + "(?i:de\\s+la\\s+|du\\s+|de\\s+|d['’]\\s*|del\\s+|do\\s+|da\\s+)"
          + "(\\p{Lu}[\\p{L}'’]*(?:[\\s-]\\p{Lu}[\\p{L}'’]*){0,2})\\s*,?\\s+(?i:avec|con|com)"
          + "(?:\\s+(?i:un\\s+taux\\s+de|una\\s+tasa\\s+de|uma\\s+taxa\\s+de|plus\\s+de|plus|más\\s+de|mais\\s+de"
          + "|près\\s+de|cerca\\s+de|seulement|solo|apenas))*\\s*$");
  private static final Pattern CLAUSE_PLACE = Pattern.compile("^\\s*(?:and\\s+)?in\\s+" + NAME);
  private static final Pattern AGE_NUMBERS = Pattern.compile("(\\d+)(?:\\D+?(\\d+))?");
  private static final Set<String> NOT_PLACES = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "the", "a", "an", "this", "that", "total",
      "addition", "particular", "general", "contrast", "comparison", "fact", "short", "order", "summary",
      // after "en", "em", "dans": no places either
      "internet", "facebook", "twitter", "whatsapp", "google", "youtube", "tiktok", "instagram", "enero", "febrero",
      "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre",
      "diciembre", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
      "novembre", "décembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro",
      "novembro", "dezembro", "el", "la", "los", "las", "le", "les", "o", "os", "as");

  /** Whether a word is one that never names a place or a party: a month, an article, a web service ("Internet"). */
  public static boolean namesNoPlace(String word) {
    return NOT_PLACES.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Scope of the quantity at [start, end) of {@code s}, looking no further than {@code clauseEnd}; place names in
   * {@code countryNames} (the document's country) count as national.
   */
  public static String scopeOf(String s, int start, int end, int clauseEnd, Set<String> countryNames) {
    return scopeOf(s, 0, start, end, clauseEnd, countryNames);
  }

  /** As above, also reading a place that opens the number's clause ("; in Vientiane Capital the figure was 31%"). */
  public static String scopeOf(String s, int clauseStart, int start, int end, int clauseEnd,
      Set<String> countryNames) {
    String after = s.substring(end, Math.max(end, clauseEnd));
    String place = null;
    // each regex below is tried only when the text holds what every match of it needs
    if (NumeralRules.nextIs(after, 0, "nc") && NATIONALLY.matcher(after).lookingAt()) {
      place = NATIONAL;
    }
    if (place == null && (after.indexOf('\'') >= 0 || after.indexOf('’') >= 0)) {
      Matcher m = POSSESSIVE.matcher(after);
      if (m.lookingAt()) {
        place = place(m.group(1), countryNames);
      }
    }
    if (place == null) {
      Matcher capital = IN_CAPITAL.matcher(after);
      Matcher m = IN_PLACE.matcher(after);
      if (after.contains("capital") && capital.lookingAt()) {
        place = place(capital.group(1), countryNames); // "in the capital, Havana"
      } else if (m.lookingAt()) {
        place = m.group(1) != null ? place(m.group(1), countryNames) : m.group(2).replaceAll("\\s+", " ");
      }
    }
    if (place == null && LiteralGate.containsAny(after, 0, after.length(), "male", "men", "boys", "girls")) {
      Matcher m = PEOPLE_GROUP.matcher(after);
      if (m.lookingAt()) {
        place = m.group(1).toLowerCase(java.util.Locale.ROOT); // "89% among males and 88% among females"
      }
    }
    if (place == null && LiteralGate.containsAny(s, clauseStart, Math.min(s.length(), end + 40), "children")) {
      // "Households with children are the more active users: 90.5% of them", "against 70.0% of households without
      // children": households of a kind, not all of them
      Matcher m = HOUSEHOLD_GROUP.matcher(s).region(clauseStart, Math.min(s.length(), end + 40));
      String group = null;
      while (m.find() && m.start() < end + 5) {
        group = m.group(1).toLowerCase(Locale.ROOT);
        if (m.start() > end) {
          break; // the group named right after the figure is its own
        }
      }
      place = group;
    }
    if (place == null && LiteralGate.containsAny(after, 0, after.length(), "rural", "urban")) {
      Matcher m = AREA.matcher(after);
      if (m.lookingAt()) {
        place = m.group(1).toLowerCase(java.util.Locale.ROOT);
      }
    }
    if (place == null && LiteralGate.containsAny(s, clauseStart, Math.min(s.length(), end + 60), "rur", "urb")) {
      // "el 45% de los hogares rurales", "en zonas urbanas, el 80%", "des ménages ruraux", "em áreas rurais"
      Matcher following = ROMANCE_AREA_AFTER.matcher(s).region(end, Math.min(s.length(), end + 60));
      String area = null;
      if (following.lookingAt()) {
        area = following.group(1);
      } else {
        Matcher before = ROMANCE_AREA.matcher(s).region(clauseStart, start);
        while (before.find()) {
          area = before.group(1);
        }
      }
      if (area != null) {
        place = area.toLowerCase(java.util.Locale.ROOT).startsWith("rur") ? "rural areas" : "urban areas";
      }
    }
    if (place == null && LiteralGate.containsAny(s, clauseStart, start, "rural", "urban")) {
      // the last one before the figure, in its stretch of the clause ("urban teledensity has reached 100% and rural
      // teledensity is about 20%": 20 is rural; not across "; " or a sub-field's ":")
      Matcher m = AREA_BEFORE.matcher(s).region(clauseStart, start);
      String area = null;
      int areaEnd = -1;
      while (m.find()) {
        area = m.group(1) != null ? m.group(1) : m.group(2);
        areaEnd = m.end();
      }
      if (area != null && !FieldRules.breakBetween(s, areaEnd, start)) {
        place = area.toLowerCase(java.util.Locale.ROOT) + " areas";
      }
    }
    if (place == null && startsWithIn(s)) {
      Matcher m = LEADING_PLACE.matcher(s);
      if (m.find() && m.end() <= start) {
        place = place(m.group(1), countryNames);
      }
    }
    if (place == null && inBeforeName(s, clauseStart, start)) {
      // "Mobile subscribers in the capital, Abuja, numbered 20 million": the subject's own place
      Matcher m = SUBJECT_PLACE.matcher(s.substring(clauseStart, start));
      if (m.lookingAt()) {
        place = place(m.group(1), countryNames);
      }
    }
    if (place == null && LiteralGate.containsAny(s, clauseStart, start, SUBDIVISION_WORDS)) {
      // "followed by Odesa region with 382,791 subscribers", "Lagos State had 12 million": a named part of the
      // country whose figure this is
      Matcher m = SUBDIVISION_SUBJECT.matcher(s).region(clauseStart, start);
      if (m.find() && place(m.group(1), countryNames) != null && !NATIONAL.equals(place(m.group(1), countryNames))) {
        place = m.group(1).strip() + " " + m.group(2).toLowerCase(Locale.ROOT);
      }
    }
    if (place == null && LiteralGate.containsAny(s, Math.max(0, start - 90), start, " avec", " con ", " com ")) {
      // "la province du HAUT-KATANGA avec plus de 6 millions", "la provincia de Pichincha, con 2,1 millones": the
      // named part of the country whose figure this is
      Matcher m = ROMANCE_SUBDIVISION.matcher(s).region(Math.max(0, start - 90), start);
      if (m.find() && place(m.group(1), countryNames) != null && !NATIONAL.equals(place(m.group(1), countryNames))) {
        place = m.group(1).strip();
        // "Mato Grosso do Sul, com 2,8 milhões": the name goes on to the left of its "do"
        Matcher left = NAME_BEFORE_OF.matcher(s).region(Math.max(0, m.start() - 40), m.start());
        if (left.find() && Character.isLowerCase(s.charAt(m.start()))) {
          place = left.group(1) + " " + s.substring(m.start(), m.start(1)).strip() + " " + place;
        }
      }
    }
    if (place == null && start >= 2 && s.lastIndexOf('(', start) >= Math.max(clauseStart, start - 12)
        && LiteralGate.containsAny(s, start, end, "%", "percent", "per cent")
        && LiteralGate.containsAny(s, clauseStart, start, RANKING_WORDS)) {
      // "followed by Wellington (80.8 percent) and Canterbury (78.3 percent)": a place with its figure in brackets,
      // in a ranking (not "10 Intelsat (4 Indian Ocean)": a system's count)
      Matcher m = NAME_THEN_BRACKET.matcher(s).region(Math.max(clauseStart, start - 60), start);
      if (m.find() && MetricRules.itemOf(m.group(1)) == null && MetricRules.topicOf(m.group(1)) == null) {
        place = place(m.group(1), countryNames);
      }
    }
    if (place == null && OPEN_BRACKET_BEFORE.matcher(s).region(Math.max(clauseStart, start - 12), start).find()
        && LiteralGate.containsAny(s, clauseStart, start, SUPERLATIVES)) {
      // "Auckland has the highest share of households with access to the Internet (81.6 percent)", "the Wellington
      // region had the highest share ... (85.4 percent)": the place that ranks first or last, its figure in brackets
      // with no other figure before it
      Matcher m = SUPERLATIVE_SUBJECT.matcher(s).region(clauseStart, start);
      if (m.find() && MetricRules.itemOf(m.group(1)) == null
          && s.substring(m.end(), start).chars().noneMatch(Character::isDigit)) {
        place = place(m.group(1), countryNames);
      }
    }
    if (place == null) {
      place = placeWithShare(s, start, countryNames); // "Santa Cruz con el 93 por ciento, Chubut con …"
    }
    if (place == null && LiteralGate.containsAny(s, 0, start, REGION_GATE)) {
      // "A região Sul acumula 29 milhões de linhas, e nela cada habitante tem 1,04 celular", "No Centro-Oeste há 17
      // milhões", "En la región Caribe se registraron": a region the sentence opens with, for its figures
      place = regionOpening(s, start, countryNames);
    }
    if (place == null && clauseStart > 0) {
      Matcher m = CLAUSE_PLACE.matcher(s.substring(clauseStart, start));
      if (m.lookingAt()) {
        place = place(m.group(1), countryNames);
      }
    }
    if (place == null) {
      place = NATIONAL;
    }
    String age = ageOf(s, end, clauseEnd);
    return age == null ? place : place + " (age " + age + ")";
  }

  // "in the southern states of Chiapas and Oaxaca", "in Mexico City and the northern states of Baja California and
  // Nuevo León", "en las provincias de Salta y Jujuy": a list of places, for a list of figures that pairs with it
  private static final String PLACE_KIND = "(?:(?:[\\p{L}-]+\\s+){0,2}(?:states?|provinces?|regions?|cities|city|"
      + "districts?|governorates?|departments?|counties|county|territories|territory|municipalities|islands|"
      + "estados?|provincias?|regiones|regi[õo]es|departamentos?|prov[íi]ncias|munic[íi]pios|villes|r[ée]gions|"
      + "d[ée]partements|wilayas?)\\s+(?:of|de|do|da|du|des|dos|das)\\s+)";
  /** A place's name as a whole word ("San Salvador", "Santa Cruz de Mora", "Iles du Vent"). */
  public static final String PLACE_NAME = PLACE_WORDS + "(?![\\p{L}\\p{N}])";
  private static final String LIST_SEP = "(?:,\\s+|,?\\s+(?:and|y|e|et)\\s+)";
  private static final String ARTICLE = "(?:the\\s+|las?\\s+|los\\s+|les?\\s+|os\\s+|as\\s+|o\\s+|a\\s+)?";
  private static final Pattern PLACE_LIST = Pattern.compile("\\b(?i:in|across|for|en|em|no|na|nos|nas|dans)\\s+"
      + ARTICLE + PLACE_KIND + "?" + PLACE_NAME + "(?:" + LIST_SEP + ARTICLE + PLACE_KIND + "?" + PLACE_NAME + ")+");
  private static final Pattern PLACE_IN_LIST = Pattern.compile(PLACE_NAME);
  private static final Pattern KIND_WORDS = Pattern.compile("^" + ARTICLE + PLACE_KIND);

  /**
   * The places of the last list of places ("in the states of Chiapas and Oaxaca") in [from, to) of {@code s}, in
   * order, or an empty list. A figure list of as many members pairs with it, one place a figure.
   */
  public static List<String> placeList(String s, int from, int to, Set<String> countryNames) {
    if (to - from < 8) {
      return List.of();
    }
    Matcher m = PLACE_LIST.matcher(s).region(from, to);
    List<String> last = List.of();
    while (m.find()) {
      List<String> places = new java.util.ArrayList<>();
      String body = m.group().replaceFirst("^\\S+\\s+", "");
      for (String piece : body.split(LIST_SEP)) {
        String name = KIND_WORDS.matcher(piece).replaceFirst("").strip();
        if (!PLACE_IN_LIST.matcher(name).matches()) {
          places = null;
          break;
        }
        // "Mexico City" is a place of Mexico: only the country's own name is national here
        String p = NOT_PLACES.contains(name.split("\\s+")[0].toLowerCase(Locale.ROOT)) ? null
            : countryNames.stream().anyMatch(name::equalsIgnoreCase) ? NATIONAL : name;
        if (p == null) {
          places = null;
          break;
        }
        places.add(p);
      }
      if (places != null && places.size() >= 2) {
        last = places;
      }
    }
    return last;
  }

  /** Pre-check for LEADING_PLACE: "In" after leading white space. */
  private static boolean startsWithIn(String s) {
    int i = 0;
    while (i < s.length() && QualifierRules.isRegexSpace(s.charAt(i))) {
      i++;
    }
    return s.startsWith("In", i);
  }

  /**
   * The words that name a kind of part of a country, in English, French, Spanish and Portuguese ("region", "estado",
   * "province", "departamento", "district"): one list for the scope and source rules.
   */
  public static final String PART_KIND = "(?:regi[ãa]o|regi[óo]n|r[ée]gion|region|estado|provincia|prov[íi]ncia"
      + "|province|departamento|d[ée]partement|distrito|district|municipio|munic[íi]pio|county|governorate)";
  // the compass regions statistics offices break a country into, in English, French, Spanish and Portuguese
  private static final String COMPASS = "(?:Norte|Nordeste|Noroeste|Sudeste|Sudoeste|Sul|Sur|Centro-Oeste|Centro-Sul"
      + "|Centro|Noreste|Suroeste|Nord|Nord-Est|Nord-Ouest|Sud|Sud-Est|Sud-Ouest|Est|Ouest|North|South|East|West"
      + "|Northeast|Northwest|Southeast|Southwest|North-East|North-West|South-East|South-West|Midwest|Central)";
  private static final Pattern REGION_OPENING = Pattern.compile(
      "(?u)^\\W*(?:\\p{L}+\\s+){0,3}?(?:(?i:(?:a|la|le|el|o|the)\\s+)?(?i:" + PART_KIND + ")\\s+"
          + "(?i:de\\s+la\\s+|du\\s+|de\\s+|del\\s+|do\\s+|da\\s+|of\\s+(?:the\\s+)?)?(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)"
          + "|(?i:no|na|en\\s+el|en\\s+la|dans\\s+le|in\\s+the|o|el|le|the)\\s+(" + COMPASS + ")(?![\\p{L}-])"
          + "(?!\\s+(?:\\p{Lu}|(?i:of|de|do|da|du)\\s)))");
  private static final Pattern REGION_NAMED = Pattern.compile(
      "(?u)(?<![\\p{L}])(?i:a|la|le|el|o|the)\\s+(?i:" + PART_KIND + ")\\s+(?i:de|do|da|del|du|de\\s+la|of)\\s+"
          + "(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:do\\s+|de\\s+|del\\s+)?\\p{Lu}[\\p{L}'’-]*){0,2})");
  private static final String[] REGION_GATE = {"regi", "rég", "no ", "na ", "en ", "dans ", "in ", "o ", "el ", "le ",
      "the "};

  /**
   * The region a figure's sentence opens with ("A região Sul acumula ...", "No Centro-Oeste há ...", "The Northeast
   * region came second"), else the last region named by its kind within 100 characters before the figure ("…, e o
   * estado de São Paulo se destaca com … (65,9 milhões)"); null for none, or one that is the country itself.
   */
  private static String regionOpening(String s, int start, Set<String> countryNames) {
    Matcher m = REGION_OPENING.matcher(s).region(0, start);
    String name = null;
    if (m.find()) {
      name = m.group(1) != null ? m.group(1) : m.group(2);
    } else {
      Matcher named = REGION_NAMED.matcher(s).region(Math.max(0, start - 100), start);
      while (named.find()) {
        name = named.group(1);
      }
    }
    String p = name == null || namesNoPlace(name) ? null : place(name, countryNames);
    return NATIONAL.equals(p) ? null : p;
  }

  private static final Pattern HOUSEHOLD_GROUP = Pattern.compile(
      "(?i)\\b(households?\\s+(?:with|without)\\s+(?:(?:dependent|young)\\s+)?children)\\b");
  // the words of a ranking of places: its first or last, and the places that follow it
  private static final String[] SUPERLATIVES = {"highest", "lowest", "largest", "smallest"};
  private static final String[] RANKING_WORDS = {"highest", "lowest", "largest", "smallest", "followed by", "ahead of"};
  // a bracket opened right before the figure: "(81.6 percent)", "(about 80%)"
  private static final String OPEN_BRACKET = "\\(\\s*(?:about|around|some|nearly)?\\s*$";
  private static final Pattern OPEN_BRACKET_BEFORE = Pattern.compile(OPEN_BRACKET);
  private static final Pattern NAME_THEN_BRACKET = Pattern.compile(
      "(?<![\\p{L}])(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})\\s*" + OPEN_BRACKET);
  private static final Pattern SUPERLATIVE_SUBJECT = Pattern.compile(
      "(?:^|,\\s+|\\.\\s+)(?:the\\s+)?(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})(?:\\s+(?:region|province|state|city"
      + "|district|county))?\\s+(?:has|had|have|recorded|registered|posted|showed)\\s+the\\s+(?:second[- ]|third[- ])?"
      + "(?:highest|lowest|largest|smallest)\\b");

  // "Santa Cruz con el 93 por ciento", "Dakar avec 43 %", "Lisboa com 61%", "Ontario with 88 percent": a place and
  // its share, an entry of a list of places
  private static final Pattern PLACE_WITH_SHARE = Pattern.compile("(?<![\\p{L}])(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:de|del|de\\s+la"
      + "|do|da|du|des|\\p{Lu}[\\p{L}'’.-]*))*)\\s*,?\\s+(?:con|avec|com|with)\\s+(?:(?:el|la|un|une|o|a|about|around)\\s+)?"
      + "(?=[\\d])");
  // "Movistar con el 45 por ciento del mercado": companies' shares of a market, no places'
  private static final Pattern MARKET_WORDS = Pattern.compile("(?iu)(?<![\\p{L}])(?:market|mercado|march[ée]|operators?"
      + "|operador(?:es|as?)?|op[ée]rateurs?|companies|empresas|compa[ñn][íi]as|cuota|participaci[óo]n|part\\s+de)(?![\\p{L}])");
  private static final LiteralGate WITH_GATE = LiteralGate.anyOf(" con ", " avec ", " com ", " with ");

  /**
   * The place of a share written as an entry of a list of places ("Detrás se ubican Santa Cruz con el 93 por
   * ciento, Chubut con el 91 por ciento y Neuquén con el 90 por ciento"): the name right before "con el" ("avec",
   * "com", "with") when the sentence holds two such entries or more; null otherwise, and for the document's own
   * country or a name that is an item.
   */
  public static String placeWithShare(String s, int start, Set<String> countryNames) {
    int from = Math.max(0, start - 60);
    if (!WITH_GATE.mayMatch(LiteralGate.lower(s))) {
      return null;
    }
    Matcher m = PLACE_WITH_SHARE.matcher(s).region(from, start).useTransparentBounds(true);
    String name = null;
    while (m.find()) {
      if (m.end() == start) {
        name = m.group(1);
      }
    }
    if (name == null) {
      return null;
    }
    Matcher all = PLACE_WITH_SHARE.matcher(s);
    int entries = 0;
    while (all.find()) {
      entries++;
    }
    if (entries < 2 || MetricRules.itemOf(name) != null || MetricRules.topicOf(name) != null
        || MARKET_WORDS.matcher(s).find()) {
      return null;
    }
    String p = place(name, countryNames);
    return p == null || NATIONAL.equals(p) ? null : p;
  }

  private static String place(String name, Set<String> countryNames) {
    String n = name.strip();
    if (n.endsWith(".") && n.indexOf('.') == n.length() - 1) {
      n = n.substring(0, n.length() - 1); // "in April." ends a sentence; "Washington D.C." keeps its dots
    }
    String first = n.split("\\s+")[0].toLowerCase(Locale.ROOT);
    if (NOT_PLACES.contains(first)) {
      return null;
    }
    if (CITY_NAME.matcher(n).matches()) {
      return n; // "Mexico City", "Kuwait City": a capital named after its country is a place of its own
    }
    for (String c : countryNames) {
      if (n.equalsIgnoreCase(c) || n.toLowerCase(Locale.ROOT).startsWith(c.toLowerCase(Locale.ROOT))) {
        return NATIONAL;
      }
    }
    return n;
  }

  private static final Pattern CITY_NAME = Pattern.compile("\\S.*\\s(?:City|Ciudad|Cidade|Ville)");

  // "rose to 2.1 million in the governorates, barring the Kurdistan Region", "excepto la Región Autónoma": a figure
  // stated for the country without a named part of it
  private static final Pattern EXCLUDING = Pattern.compile(
      "(?<![\\p{L}])(?:excluding|barring|except(?:\\s+for)?|not\\s+including|apart\\s+from|other\\s+than|"
          + "excepto|salvo|sin\\s+contar|excluyendo|exceto|excluindo|sem\\s+contar|hors|sauf|except[ée]|"
          + "à\\s+l['’]exception\\s+d[eu]s?)\\s+(?:the\\s+|la\\s+|le\\s+|el\\s+|les\\s+|los\\s+|las\\s+|os\\s+|"
          + "as\\s+|o\\s+|a\\s+|l['’]\\s*)?" + NAME);

  /**
   * The part of the country a figure leaves out ("barring the Kurdistan Region", "excluding Zanzibar"), named in
   * its clause before it or within a few words after it, as a scope ("excluding Kurdistan Region"); else null.
   */
  public static String exclusion(String s, int clauseStart, int start, int end, int clauseEnd) {
    if (!LiteralGate.containsAny(s, clauseStart, Math.max(clauseStart, clauseEnd), "xclu", "xcept", "barring",
        "apart", "other than", "not including", "salvo", "sin contar", "sem contar", "hors", "sauf", "xcept")) {
      return null;
    }
    Matcher m = EXCLUDING.matcher(s);
    m.region(clauseStart, Math.min(s.length(), Math.max(end, Math.min(clauseEnd, end + 48))));
    String name = null;
    while (m.find()) {
      if (m.end() <= start || m.start() >= end) {
        String n = m.group(1).strip();
        if (n.endsWith(".")) {
          n = n.substring(0, n.length() - 1);
        }
        if (!NOT_PLACES.contains(n.split("\\s+")[0].toLowerCase(Locale.ROOT))) {
          name = "excluding " + n;
        }
        if (m.start() >= end) {
          break;
        }
      }
    }
    return name;
  }

  /** "between the age of 20 and 50" after the number -> "20-50". */
  private static String ageOf(String s, int from, int to) {
    List<int[]> ages = NumeralRules.agePhrases(s);
    for (int[] a : ages) {
      if (a[0] >= from && a[0] < Math.max(to, from)) {
        Matcher m = AGE_NUMBERS.matcher(s.substring(a[0], a[1]));
        if (m.find()) {
          return m.group(2) != null ? m.group(1) + "-" + m.group(2) : m.group(1) + "+";
        }
      }
    }
    return null;
  }

  private record Group(String name, Pattern pattern) {}

  private static final List<Group> GROUPS = new java.util.ArrayList<>();
  // the same phrases keyed by the letters they start with: a cheap first look at a sentence (see mayNameGroup)
  private static final PhraseIndex GROUP_INDEX = new PhraseIndex();

  private static Pattern groupPattern(String regex) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * Whether a table's column label is a group of countries of {@code scope_vocabulary.tsv} by its name ("World",
   * "Americas", "CIS"), as an ITU indicator box heads its comparison columns.
   */
  public static boolean isGroupName(String label) {
    String l = label.strip();
    return GROUPS.stream().anyMatch(g -> g.name().equalsIgnoreCase(l));
  }

  static {
    for (String[] row : MetricRules.readTsv("/extract/scope_vocabulary.tsv")) {
      GROUPS.add(new Group(row[0], groupPattern(row[1])));
      GROUP_INDEX.add(ScopeRules::groupPattern, row[1]);
    }
  }

  /**
   * The group of countries a figure is stated for ({@code scope_vocabulary.tsv}): a group phrase in its clause before
   * it ("at EU level during 1996-2005, from 43 lines per hundred"), or within six words after it ("379 million users
   * in the 25 EU countries"); else null.
   */
  public static String group(String s, int clauseStart, int start, int end, int clauseEnd) {
    if (!mayNameGroup(s)) {
      return null;
    }
    String name = null;
    for (Group g : GROUPS) {
      Matcher m = g.pattern().matcher(s);
      m.region(clauseStart, Math.max(clauseStart, clauseEnd));
      while (m.find()) {
        if (m.end() <= start) {
          name = g.name();
        } else if (m.start() >= end && words(s.substring(end, m.start())) <= 6
            && s.substring(end, m.start()).indexOf(',') < 0 && AFTER_GROUP.matcher(m.group()).lookingAt()) {
          // "379 million users in the 25 EU countries"; not "16 percent, when the EU average exceeds 25 percent"
          return g.name();
        }
      }
    }
    return name;
  }

  private static final LastSentence<Boolean> NAMES_GROUP = new LastSentence<>(ScopeRules::namesGroup);

  /**
   * Whether any group phrase starts at a word of {@code s}: a clause of a sentence without one names no group. The
   * answer for the last sentence is kept, as every figure of a sentence asks in turn.
   */
  private static boolean mayNameGroup(String s) {
    return NAMES_GROUP.get(s);
  }

  private static boolean namesGroup(String s) {
    // every match of a group phrase starts at a word (its pattern opens with a look-behind for one): the index
    // tries only the phrases whose first letters are there
    boolean[] any = {false};
    GROUP_INDEX.matches(s, (m, id) -> any[0] = true);
    return any[0];
  }

  private static final Pattern AFTER_GROUP = Pattern.compile("(?:in|across|of|for)\\b", Pattern.CASE_INSENSITIVE);

  private static int words(String t) {
    String x = t.strip();
    return x.isEmpty() ? 0 : x.split("\\s+").length;
  }

  // "Safaricom had 12 million subscribers", "Airtel, the second operator, has 3 million": the subject's own figure
  private static final Pattern OPERATOR_SUBJECT = Pattern.compile(
      "^\\s*(?:(?:In|By|At|As\\s+of|On)\\s+(?:[^,]{1,30},\\s*|[\\p{L}\\p{N}-]+\\s+(?=[A-Z]))|[^,;]{0,60}?\\b(?:that|shows?|showed)\\s+(?=[A-Z]))?"
          // "The market leader, MTN, ended", "A Vivo encerrou", "L'opérateur Orange comptait"
          + "(?:The\\s+[\\p{Ll}\\s-]{1,40},\\s+|(?:A|O|La|El|Le|L['’]\\s*)(?:\\s+|(?<=['’]))(?:(?:op[ée]rateur|operador[a]?|empresa|compa[ñn][íi]a)\\s+)?"
          // "while its competitor TashiCell had about 170,000"
          + "|(?:its|their|the)\\s+(?:[\\p{Ll}-]+\\s+){1,3}(?=[A-Z]))?"
          + "((?:[A-Z][\\p{L}\\p{N}&'’-]*)(?:\\s+(?:and\\s+|y\\s+|e\\s+|et\\s+)?[A-Z][\\p{L}\\p{N}&'’-]*){0,3})(?:,\\s+[^,;]{1,60},)?,?\\s+"
          + "(?:(?:said|says|reported|reports|announced|stated)\\s+(?:that\\s+)?(?:it|its\\s+[\\p{L} ]{1,30}?)\\s+)?"
          + "(?:had|has|have|counted|counts|serves|served|reached|reaches|claims|claimed|boasts|boasted|"
          + "(?:had\\s+)?(?:grown|risen|climbed)\\s+to|(?:leads|led|follows|followed|trails|trailed|ranks|ranked|controls|"
          + "controlled|holds|held|dominates|dominated|ended|closed|finished)\\b[^;]{0,60}?\\bwith"
          + "|added|gained|lost|recorded|registered|posted"
          // Spanish, Portuguese, French: "Telcel tenía", "A Vivo encerrou 2020 com", "Orange comptait"
          + "|ten[íi]a|tiene|contaba\\s+con|cuenta\\s+con|sumaba|suma|alcanz[óo]|cerr[óo]\\b[^,;.]{0,30}?\\bcon"
          + "|tinha|tem|possui|possu[íi]a|somava|soma|atingiu|alcan[çc]ou|encerrou\\b[^,;.]{0,30}?\\bcom|fechou\\b[^,;.]{0,30}?\\bcom"
          + "|comptait|compte|revendique|revendiquait|a\\s+atteint|atteint)(?![\\p{L}])");
  // "Zain's subscribers reached 1.89m", "MTN’s customer base stood at": the operator's own count
  private static final Pattern OPERATOR_POSSESSIVE = Pattern.compile(
      "((?:[A-Z][\\p{L}\\p{N}&-]*)(?:\\s+[A-Z][\\p{L}\\p{N}&-]*){0,3})['’]s?\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}?"
          + "(?:subscribers?|subscriptions?|customers?|subscriber\\s+base|customer\\s+base|users|clients|lines"
          // "Vodacom's 4G network covers 95%": the operator's network, not the country's
          + "|network|coverage)\\b");
  // "Kuwait-based Zain": where a company sits says nothing of the figure's scope
  private static final Pattern BASED_PREFIX = Pattern.compile("^(?:[\\p{L}]+[- ](?:based|headquartered)\\s+)+");
  private static final Pattern NOT_OPERATOR = Pattern.compile(
      "\\b(?:Authority|Commission|Ministry|Regulator|Regulatory|Union|ITU|Bank|Agency|Office|Bureau|Institute|"
          + "Council|Government|Statistics|Survey|Census|Report|Data|In|By|At|The|This|There|It|Its|Their|About|"
          + "Some|Nearly|Over|Around|Africa|Asia|Europe|America|Americas|World|Region|Country|Nation|Arab|Gulf|"
          + "Pacific|Caribbean|Latin|Middle|East|West|North|South|Central|January|February|March|April|May|June|July|August|September|October|"
          + "November|December|El|La|Los|Las|Le|Les|Un|Una|Une|Um|Uma|En|Em|No|Na|Au|Al|Según|Segundo|Selon|Hasta|Desde|"
          + "Durante|Entre|Pour|Para|Con|Com|Avec|Sur|Mais|Pero|Más|Cerca|Près|Ce|Cet|Cette|Este|Esta|Esse|Essa"
          // pronouns and existentials that open French, Spanish and Portuguese sentences ("On compte 885 000")
          + "|On|Il|Elle|Ils|Elles|Nous|Cela|Ceci|Hay|Había|Existen|Há|Havia|Se"
          // "País tem mais de 14 milhões de usuários": the country itself, as a headline writes it
          + "|País|Pais|Pays|Naci[óo]n|Na[çc][ãa]o)(?![\\p{L}])");

  // a figure between the name and the number; not "4G" ("Vodacom's 4G network covers 95%")
  private static final Pattern NAME_WITH_BEFORE = Pattern.compile(
      "(?:ahead\\s+of|followed\\s+by|behind|than|while|and|then)\\s+((?:[A-Z]\\p{L}[\\p{L}\\p{N}&-]*)(?:\\s+[A-Z][\\p{L}\\p{N}&-]*){0,2})"
          + ",?\\s+(?:with|at|on)\\s+(?:(?:about|around|some|nearly|over|just)\\s+)?$");
  // "followed by Movistar (14.12 million)", "Claro, con 29,11 millones", "Tigo (con 11,14 millones)", "Virgin con
  // 2,75 millones", "..., Movistar 14,12 millones y Tigo 11,14": a name right before its own figure
  private static final Pattern NAME_RIGHT_BEFORE = Pattern.compile(
      "((?:[A-Z]\\p{L}[\\p{L}\\p{N}&-]*)(?:\\s+[A-Z][\\p{L}\\p{N}&-]*){0,2})"
          + "(?:\\s*\\(\\s*(?:(?:con|with|avec|com)\\s+)?|\\s*,\\s*(?:con|with|avec|com)\\s+|\\s+(?:con|with|avec|com)\\s+"
          + "|(?<=(?:,|\\by|\\band|\\bet|\\be)\\s{1,3}\\p{Lu}[\\p{L}\\p{N}&-]{1,30})\\s+)"
          + "(?:(?:about|around|some|nearly|over|just|cerca\\s+de|unos|m[áa]s\\s+de|plus\\s+de|environ|mais\\s+de)\\s+)?$");
  private static final Pattern NOT_FIGURE_BETWEEN = Pattern.compile("\\d+(?![\\dG])");
  private static final Pattern CHANGE_ON_THE_WAY = Pattern.compile(
      "(?i)\\bby\\s+[\\d.,]+\\s*(?:%|per\\s*cent|percent|million|m|mn|bn|billion|thousand)?\\s+(?:or\\s+[\\d.,]+\\s*"
          + "(?:million|thousand)?\\s+)?to\\s*$");

  /** The operator whose figure this is, when the clause opens with it as the subject, else null. */
  public static String subjectOperator(String s, int clauseStart, int position, Set<String> countryNames) {
    String clause = s.substring(clauseStart, position);
    Matcher named = NAME_WITH_BEFORE.matcher(clause);
    if (named.find() && operatorName(named.group(1), countryNames)) {
      return named.group(1); // "..., ahead of Airtel with 13.1 million", "followed by Tigo at 4.2 million"
    }
    Matcher m = OPERATOR_SUBJECT.matcher(clause);
    String name;
    if (m.find()) {
      name = BASED_PREFIX.matcher(m.group(1)).replaceFirst("");
    } else {
      Matcher p = OPERATOR_POSSESSIVE.matcher(clause);
      name = null;
      while (p.find()) {
        name = p.group(1);
      }
      // a figure between the name and the number is another subject's, unless it is the change on the way to this
      // level ("MTN South Africa's prepaid subscriber base increased by 1.9 million to 24.2 million")
      if (name == null || NOT_FIGURE_BETWEEN.matcher(CHANGE_ON_THE_WAY.matcher(clause.substring(clause.lastIndexOf(name)))
          .replaceAll(" ")).find()) {
        return null;
      }
    }
    return operatorName(name, countryNames) ? name : null;
  }

  /**
   * The operator that opens {@code s} as its subject ("MTN South Africa's prepaid subscriber base increased ...",
   * "Safaricom had ..."), however many figures follow, else null: the company a later clause's segment figures
   * ("while postpaid customers rose to 5.4 million") belong to.
   */
  public static String openingOperator(String s, int end, Set<String> countryNames) {
    String head = s.substring(0, end);
    Matcher m = OPERATOR_SUBJECT.matcher(head);
    String name = null;
    if (m.find()) {
      name = BASED_PREFIX.matcher(m.group(1)).replaceFirst("");
    } else {
      Matcher p = OPERATOR_POSSESSIVE.matcher(head);
      if (p.find() && head.substring(0, p.start()).isBlank()) {
        name = p.group(1);
      }
    }
    return name != null && operatorName(name, countryNames) ? name : null;
  }

  /**
   * The operator named right before the figure at {@code position} ("Movistar (14.12 million)", "Claro, con 29,11
   * millones"), else null; a name that is a metric's word ("Mobile (12 million)") is none.
   */
  private static final Pattern SATELLITE_SYSTEM = Pattern.compile(
      "(?i)(?:intelsat|intersputnik|eutelsat|inmarsat|arabsat|panamsat|orbita|statsionar|rascom|asiasat|palapa)\\b");

  public static String nameRightBefore(String s, int position, Set<String> countryNames) {
    int from = Math.max(0, position - 60);
    Matcher m = NAME_RIGHT_BEFORE.matcher(s).region(from, position);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1);
    if (MetricRules.terms(name).stream().anyMatch(t -> !t.kind().equals("predicate"))
        || namesNoPlace(name.split("\\s+")[0]) || isGroupName(name) || SATELLITE_SYSTEM.matcher(name).lookingAt()) {
      return null;
    }
    return operatorName(name, countryNames) ? name : null;
  }

  /** A name that can be an operator's: not empty, not a word of institutions or places, not a country's name. */
  private static boolean operatorName(String name, Set<String> countryNames) {
    // "Kenya had 40 million" is a country's figure (another rule's), "Bhutan Telecom had" an operator's
    String country = org.telecomgrowth.extract.DocumentIdentity.lastCountryIn(name, 0, name.length());
    if (country != null && !name.equals(country) && name.endsWith(" " + country)) {
      // "MTN South Africa", "Orange Egypt": a company named with the country it serves; the words before decide
      String company = name.substring(0, name.length() - country.length()).strip();
      return !NOT_OPERATOR.matcher(company).find() && !countryNames.contains(company);
    }
    return !name.isEmpty() && !NOT_OPERATOR.matcher(name).find() && !countryNames.contains(name)
        && !name.equals(country) && MetricRules.itemOf(name) == null
        && MetricRules.terms(name).isEmpty(); // "Teledensity has reached 91.7%": a metric's word, no company
  }

  // "98 million 3G/4G subscribers", "4G subscriptions reached 20 million", "prepaid customers"
  // "superfast broadband connections", "fibre broadband subscribers": a speed tier or access technology of the whole
  private static final String TECH = "((?:[2345]G)(?:/[2345]G)?|LTE|prepaid|pre-paid|postpaid|post-paid"
      + "|(?i:superfast|super-fast|ultrafast|ultra-fast|FTTH|FTTP|fib(?:re|er)(?:-optic)?)(?:\\s+broadband)?)";
  private static final Pattern SPEED_TIER = Pattern.compile("(?i)superfast|super-fast|ultrafast|ultra-fast|FTT|fib");
  private static final Pattern TECH_AFTER = Pattern.compile("^\\s+(?:active\\s+|mobile\\s+)?" + TECH
      + "(?:\\s+mobile)?\\s+(?:subscribers?|subscriptions?|connections|users|customers|lines|accounts)\\b"
      // "5,000 subscribers still on 2G services", "one million are on contract"
      + "|^\\s+(?:(?:subscribers|users|customers|lines|accounts)\\s+)?(?:(?:still|now|only|already)\\s+)?"
      + "(?:(?:were|are|was|is|used|remain|remained)\\s+)?(?:(?:still|now|only)\\s+)?(?:on|using)\\s+(?:the\\s+)?(" + "(?:[2345]G)(?:/[2345]G)?|LTE|contract|contracts"
      + ")\\b|^\\s+(?:were|are|was|is|used|on)\\s+(?:the\\s+)?" + TECH + "\\b");
  private static final Pattern TECH_BEFORE = Pattern.compile("\\b" + TECH
      + "(?:\\s+mobile)?\\s+(?:subscribers?|subscriptions?|connections|users|customers|lines|accounts)\\b");

  // "las líneas móviles prepago", "abonnés prépayés", "linhas pós-pagas", "usuarios en la modalidad pospago": the
  // Romance noun before its payment segment
  private static final String ROMANCE_SEGMENT = "(?:l[íi]neas|abonados|suscriptores|usuarios|clientes|abonn[ée]s"
      + "|abonnements|lignes|linhas|assinantes|acessos|accesos)(?:\\s+(?:m[óo]vil(?:es)?|mobiles?|m[óo]veis|celulares"
      + "|de\\s+telefon[íi]a\\s+m[óo]vil|actives|activas|ativas|activos|ativos))*\\s+(?:(?:en\\s+(?:la\\s+)?modalidad|na\\s+modalidade"
      + "|en\\s+mode)\\s+)?(pr[ée]-?pag(?:o|a)s?|p[óo]s-?pag(?:o|a)s?|postpag(?:o|a)s?|pr[ée]-?pay[ée]e?s?|post-?pay[ée]e?s?"
      // "4,64 millions étaient des abonnés résidentiels et 450.400 des abonnés professionnels": a customer segment
      + "|r[ée]sidenti(?:el(?:le)?s?|ales?|ais)|professionnel(?:le)?s|profesionales|empresariales|comerciales"
      + "|empresariais|comerciais)(?![\\p{L}])";
  private static final Pattern ROMANCE_SEGMENT_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])" + ROMANCE_SEGMENT);
  private static final Pattern ROMANCE_SEGMENT_AFTER = Pattern.compile(
      "(?iu)^\\s+(?:(?:étaient|sont|eran|son|eram|são)\\s+)?(?:des\\s+|de\\s+|d['’]\\s*)?" + ROMANCE_SEGMENT);
  private static final LiteralGate ROMANCE_SEGMENT_GATE = LiteralGate.anyOf("pag", "pay", "sidenti", "profession",
      "empresa", "comercia");

  /** The customer segment a Romance word names: prepaid, postpaid, residential or business. */
  private static String segment(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("r")) {
      return "residential";
    }
    if (w.startsWith("prof") || w.startsWith("emp") || w.startsWith("com")) {
      return "business";
    }
    return w.startsWith("pr") ? "prepaid" : "postpaid";
  }

  /** The technology a figure is limited to ("3G/4G subscribers" -> 3G/4G), else national. */
  public static String technology(String s, int clauseStart, int start, int end) {
    String next = s.substring(end, Math.min(s.length(), end + 50));
    Matcher a = TECH_AFTER.matcher(next);
    if (a.find()) {
      return a.group(1) != null ? a.group(1) : a.group(2) != null ? a.group(2) : a.group(3);
    }
    if (ROMANCE_SEGMENT_GATE.mayMatch(LiteralGate.lower(s))) {
      Matcher r = ROMANCE_SEGMENT_AFTER.matcher(next);
      if (r.find()) {
        return segment(r.group(1)); // "8 millones de líneas prepago"
      }
      r = ROMANCE_SEGMENT_BEFORE.matcher(s.substring(clauseStart, start));
      String segment = null;
      while (r.find()) {
        segment = r.group(1);
      }
      if (segment == null) {
        // "Las líneas móviles prepago se redujeron ..., al pasar de 9.88 millones ... a 9.53 millones": the
        // sentence's subject is the segment's, for each clause after it
        r = ROMANCE_SEGMENT_BEFORE.matcher(s.substring(0, Math.min(start, 80)));
        if (r.find() && s.substring(0, r.start()).strip().split("\\s+").length <= 2) {
          segment = r.group(1);
        }
      }
      if (segment != null) {
        return segment(segment);
      }
    }
    String clause = s.substring(clauseStart, start);
    if (!clause.contains("G ") && !clause.contains("LTE") && !clause.contains("paid") && !clause.contains("fast")
        && !clause.contains("FTT") && !clause.contains("fib")) {
      return NATIONAL;
    }
    Matcher b = TECH_BEFORE.matcher(clause);
    String tech = null;
    while (b.find()) {
      // a speed tier or access technology ("fiber connections") only right before the figure: a long clause names
      // them in passing ("most growth has been with fiber connections (2022) domestic: fixed-line teledensity is 2")
      if (!SPEED_TIER.matcher(b.group(1)).lookingAt() || clause.length() - b.end() <= 40) {
        tech = b.group(1);
      }
    }
    return tech != null ? tech : NATIONAL;
  }
}
