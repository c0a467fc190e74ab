package org.telecomgrowth.extract.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric dimension: which metric id a number states, from the words around it. The vocabulary
 * ({@code extract/metric_vocabulary.tsv}: phrases for items, bases, section topics, anaphora) and the mapping to
 * ids ({@code extract/metric_ids.tsv}: unit x base x item) are data files.
 */
public final class MetricRules {
  private MetricRules() {}

  /** A vocabulary phrase found at [start, end) of a sentence. */
  public record Term(int start, int end, String kind, String name) {}

  /** A metric id and the unit to publish. */
  public record Metric(String id, String unit) {}

  private record Entry(String kind, String name, Pattern pattern) {}

  private record IdRule(String unit, String base, String item, String metric, String unitOut) {}

  private static final List<Entry> VOCABULARY = new ArrayList<>();
  private static final List<Entry> PHRASES = new ArrayList<>();
  private static final PhraseIndex INDEX = new PhraseIndex();
  private static final List<IdRule> IDS = new ArrayList<>();

  static {
    for (String[] row : readTsv("/extract/metric_vocabulary.tsv")) {
      // {DEMONYM}: the people of a country as Spanish, Portuguese and French write them, kept in NumeralRules
      String regex = row[2].replace("{DEMONYM}", NumeralRules.DEMONYM);
      Entry e = new Entry(row[0], row[1], phrase(regex));
      VOCABULARY.add(e);
      if (!e.kind().equals("topic")) {
        INDEX.add(MetricRules::phrase, regex);
        PHRASES.add(e);
      }
    }
    for (String[] row : readTsv("/extract/metric_ids.tsv")) {
      IDS.add(new IdRule(row[0], row[1], row[2], row[3], row.length > 4 && !row[4].isBlank() ? row[4] : row[0]));
    }
  }

  /** A vocabulary regex as a whole-word, case-insensitive pattern. */
  private static Pattern phrase(String regex) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** A tab-separated resource's rows, blank lines and # comments left out; fails when the resource is missing. */
  public static List<String[]> readTsv(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = MetricRules.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  // longer first, then by start (as comparingInt(length).reversed().thenComparingInt(start))
  private static final Comparator<Term> LONGEST_FIRST = (a, b) -> {
    int c = Integer.compare(b.end() - b.start(), a.end() - a.start());
    return c != 0 ? c : Integer.compare(a.start(), b.start());
  };

  /** Item, base and anaphora phrases of {@code s}; where two phrases of one kind overlap the longer wins. */
  public static List<Term> terms(String s) {
    List<Term> all = new ArrayList<>();
    INDEX.matches(s, (m, id) -> {
      Entry e = PHRASES.get(id);
      all.add(new Term(m.start(), m.end(), e.kind(), e.name()));
    });
    all.sort(LONGEST_FIRST);
    List<Term> chosen = new ArrayList<>();
    for (Term t : all) {
      boolean overlaps = chosen.stream().anyMatch(c -> c.kind().equals(t.kind())
          && t.start() < c.end() && c.start() < t.end());
      if (!overlaps) {
        chosen.add(t);
      }
    }
    chosen.sort(Comparator.comparingInt(Term::start));
    // "Landline subscriptions": a generic word right after a specific item is that item's, not a second item
    List<Term> out = new ArrayList<>(chosen.size());
    Term previousItem = null;
    for (int i = 0; i < chosen.size(); i++) {
      Term t = chosen.get(i);
      if (t.kind().equals("item") && isGeneric(t.name()) && headOfRomanceItem(s, t, chosen, i)) {
        continue; // "abonnés au téléphone mobile", "suscriptores de telefonía móvil": the specific item after names it
      }
      if (saysWhichCoverage(s, t, chosen, i)) {
        continue; // "areas that have cell phone coverage": the phone only says which coverage
      }
      if (t.kind().equals("item") && modifiesOtherNoun(s, t, chosen, i)) {
        continue; // "torres de telefonía móvil", "antennes de téléphonie mobile": the item only says which towers
      }
      boolean compound = t.kind().equals("item") && isGeneric(t.name()) && previousItem != null
          && !isGeneric(previousItem.name()) && t.start() - previousItem.end() <= 1;
      if (!compound) {
        out.add(t);
      }
      if (t.kind().equals("item")) {
        previousItem = t;
      }
    }
    return out;
  }

  private static final Pattern COVERAGE_NOUN = Pattern.compile("(?i)coverage");

  /** Whether the mobile-phone item {@code t} is followed right away by the noun "coverage" it qualifies. */
  private static boolean saysWhichCoverage(String s, Term t, List<Term> chosen, int i) {
    if (!t.kind().equals("item") || !t.name().equals("mobile_phone") || i + 1 >= chosen.size()) {
      return false;
    }
    Term next = chosen.get(i + 1);
    return next.kind().equals("item") && next.name().equals("coverage") && next.start() >= t.end()
        && s.substring(t.end(), next.start()).isBlank()
        && COVERAGE_NOUN.matcher(s).region(next.start(), next.end()).matches();
  }

  // "au", "à la", "de", "del", "do", "da": the preposition between a generic head noun and the specific item after it
  private static final Pattern ROMANCE_OF = Pattern.compile(
      "\\s+(?:(?:\\p{L}+\\s+)?(?:[ée]mis|[ée]mises|pass[ée]s|re[çc]us|realizadas|efectuadas|hechas|recibidas|feitas|realizadas|recebidas)"
          // "les appels locaux émis depuis un téléphone portable", "llamadas realizadas desde teléfonos móviles"
          + "\\s+(?:depuis|desde|a\\s+partir\\s+de|de|par|por|vers|hacia|para)\\s+(?:un|une|le|la|les|l['’]|el|los|las|o|os|um|uma)?\\s*"
          + "|au|aux|à\\s+la|à\\s+l['’]\\s*|à|de\\s+la|de\\s+l['’]\\s*|de|del|d['’]\\s*|do|da|dos|das|a\\s+la|a|al|ao|à)\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Whether the item {@code t} follows a noun of something else and "de"/"do"/"des" ("torres de telefonía móvil"). */
  private static final Pattern MODIFIER_GAP = Pattern.compile("[\\s-]*(?:(?:service|network|telephone|phone)\\s+)?");

  /**
   * Whether the item {@code item} only says which {@code other} thing follows it: "landline calls", "mobile service
   * towers" (nothing but a hyphen, a space or "service"/"network" between them).
   */
  public static boolean qualifies(String s, Term item, Term other) {
    return other.start() >= item.end() && MODIFIER_GAP.matcher(s).region(item.end(), other.start()).matches();
  }

  // "turnover in the mobile sector", "calls made by mobile users", "revenue from fixed telephony": the item after
  // another thing's noun and a preposition only says which (turnover, calls, revenue)
  private static final Pattern ENGLISH_OF = Pattern.compile(
      "\\)?\\s+(?:(?:made|sent|generated|consumed|received|placed|earned)\\s+)?(?:in|of|by|from|on|through)\\s+"
          + "(?:the\\s+|its\\s+|their\\s+)?", Pattern.CASE_INSENSITIVE);

  private static boolean modifiesOtherNoun(String s, Term t, List<Term> chosen, int i) {
    Term next = i + 1 < chosen.size() ? chosen.get(i + 1) : null;
    if (next != null && next.kind().equals("other") && qualifies(s, t, next)) {
      if (next.name().equals("measure")) {
        return true; // "mobile data traffic grew by 45%", "mobile internet revenue": a measure of the item, no count
      }
      if (chosen.stream().anyMatch(o -> o.kind().equals("item") && !isGeneric(o.name()) && !o.name().equals(t.name()))) {
        // "combined fixed-line and mobile-cellular teledensity, aided by multiple mobile-cellular providers, is 80":
        // beside another item, one that only says which providers is no item of its own ("VoIP operators had 98,410
        // active users", where it is the only one, still is)
        return true;
      }
    }
    for (int j = i - 1; j >= 0; j--) {
      Term before = chosen.get(j);
      if (before.end() > t.start()) {
        continue;
      }
      return before.kind().equals("other") && (ROMANCE_OF.matcher(s).region(before.end(), t.start()).matches()
          || ENGLISH_OF.matcher(s).region(before.end(), t.start()).matches());
    }
    return false;
  }

  /** Whether the generic item {@code t} is the head of a Romance phrase whose specific item follows it. */
  private static boolean headOfRomanceItem(String s, Term t, List<Term> chosen, int i) {
    for (int j = i + 1; j < chosen.size(); j++) {
      Term next = chosen.get(j);
      if (!next.kind().equals("item")) {
        continue;
      }
      return !isGeneric(next.name()) && next.start() > t.end()
          && ROMANCE_OF.matcher(s).region(t.end(), next.start()).matches();
    }
    return false;
  }

  /**
   * The item a section heading or field name is about: a specific item it names ("Telephones - mobile cellular"
   * -> mobile_phone), else its topic word ("Telephone" -> fixed_line); null when it names none, or several
   * different topics.
   */
  public static String topicOf(String heading) {
    if (heading == null) {
      return null;
    }
    return TOPICS.get(heading, MetricRules::readTopic);
  }

  private static String readTopic(String heading) {
    String item = itemOf(heading);
    if (item != null) {
      return item;
    }
    if (specificItems(heading).size() > 1) {
      return null; // "Landline subscriptions fall as mobile phones grow": two items, no one subject
    }
    String found = null;
    for (Entry e : VOCABULARY) {
      if (e.kind().equals("topic") && e.pattern().matcher(heading).find()) {
        if (found != null && !found.equals(e.name())) {
          return null; // "Telephone and television": no one subject
        }
        found = e.name();
      }
    }
    return found;
  }

  /** Whether a label's head, its last noun, is a thing the vocabulary counts as no metric ("... Providers"). */
  private static boolean endsOnOtherThing(String label) {
    List<Term> all = terms(label);
    Term head = all.isEmpty() ? null : all.get(all.size() - 1);
    // "Fixed voice call minutes (billions)", "SMS & MMS messages sent (billions)": its notes in brackets and a
    // participle after the head say nothing of what is counted
    return head != null && head.kind().equals("other")
        && LABEL_TAIL.matcher(label.substring(head.end())).replaceAll("").chars().noneMatch(Character::isLetter);
  }

  private static final Pattern LABEL_TAIL = Pattern.compile(
      "(?i)\\([^()]*\\)|\\b(?:sent|made|received|carried|handled|delivered|originated|terminated|used)\\b");

  /** The one specific (not generic) item a phrase names, or null when it names none or several. */
  public static String itemOf(String phrase) {
    return ITEMS.get(phrase, MetricRules::readItem);
  }

  /**
   * As {@link #itemOf}, not kept for the run: for a phrase read once (a document's title), which would only fill the
   * memo of recurring headings and labels.
   */
  public static String itemOfOnce(String phrase) {
    return readItem(phrase);
  }

  private static String readItem(String phrase) {
    if (endsOnOtherThing(phrase)) {
      return null; // "Licensed Payphone Service Providers": a label of providers, not of payphones
    }
    java.util.Set<String> items = specificItems(phrase);
    return items.size() == 1 ? items.iterator().next() : null;
  }

  /** How many distinct specific items a phrase names ("Country Fixed lines Mobile phones Radios": three). */
  public static int specificItemCount(String phrase) {
    return specificItems(phrase).size();
  }

  /** The distinct specific (not generic) items a phrase names, in text order. */
  private static java.util.Set<String> specificItems(String phrase) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (Term t : terms(phrase)) {
      if (t.kind().equals("item") && !isGeneric(t.name())) {
        out.add(t.name());
      }
    }
    return out;
  }

  /**
   * Headings, field names and labels recur across the documents of a run ("Telephones - mobile cellular" in every
   * edition of every country): what the vocabulary reads in one is kept for the run, a few thousand at most.
   */
  private static final class Memo<V> {
    private static final Object NONE = new Object();
    private static final int MAX_ENTRIES = 4096;
    private final java.util.concurrent.ConcurrentHashMap<String, Object> map =
        new java.util.concurrent.ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    V get(String key, java.util.function.Function<String, V> read) {
      Object v = map.get(key);
      if (v == null) {
        V read1 = read.apply(key);
        v = read1 == null ? NONE : read1;
        if (map.size() >= MAX_ENTRIES) {
          map.clear(); // a run of ever new labels: the cache starts over rather than grow
        }
        map.put(key, v);
      }
      return v == NONE ? null : (V) v;
    }
  }

  private static final Memo<String> TOPICS = new Memo<>();
  private static final Memo<String> ITEMS = new Memo<>();
  private static final Memo<LabelReading> LABELS = new Memo<>();

  /**
   * How many vocabulary phrases are attempted at every word start because an alternative of theirs starts with no
   * literal (a look-behind, a character class): each one costs every sentence of every document.
   */
  static int phrasesAttemptedEverywhere() {
    return INDEX.attemptedEverywhere();
  }

  /** Whether a label names a thing no metric counts ("calls", "towers", "retransmisoras", "radioaficionados"). */
  public static boolean namesUncountedThing(String label) {
    for (Term t : terms(label)) {
      if ((t.kind().equals("other") || t.kind().equals("negation")) && t.name().equals("not_metric")) {
        return true;
      }
    }
    return false;
  }

  /** Items that say only "subscribers" or "lines", not of what: they need a subject from their context. */
  public static boolean isGeneric(String item) {
    return GENERIC_ITEMS.contains(item);
  }

  private static final java.util.Set<String> GENERIC_ITEMS = java.util.Set.of("subscription", "generic_line");

  /** What a field label says about its value: item and base it names, the unit, a factor (per 1,000 -> per 100). */
  public record LabelReading(String item, String base, String unit, double factor) {}

  private static final Pattern PER_100_LABEL = Pattern.compile(
      "\\bper\\s+(?:100|hundred)\\b|(?<![\\p{L}])(?:(?:por|pour|para|a)\\s+(?:cada\\s+)?|cada\\s+)(?:100|cent|cien|cem)(?![\\p{L}\\d])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PER_1000_LABEL = Pattern.compile("\\bper\\s+(?:1,?000|thousand)\\b",
      Pattern.CASE_INSENSITIVE);
  // "Percentage of households with a radio", "Proportion of individuals using the internet", "Pourcentage de ménages"
  private static final Pattern PERCENT_LABEL = Pattern.compile("(?<![\\p{L}])(?:percent|per\\s+cent|share|percentage"
      + "|proportion|pourcentage|porcentaje|porcentagem|proporci[óo]n|propor[çc][ãa]o)(?![\\p{L}])|%",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Reads a field label ("subscriptions per 100 inhabitants", "percent of population") for a value's unit. */
  public static LabelReading readLabel(String label, String unit) {
    return LABELS.get(label + '\u0000' + unit, k -> readLabelOnce(unabbreviated(label), unit));
  }

  // "Mobile-cellular sub. per 100 inhab." (ITU's key indicators): the words a label abbreviates
  private static final Pattern SUB_ABBREVIATION = Pattern.compile("(?i)\\bsubs?\\.(?=\\s|$)");
  private static final Pattern INHAB_ABBREVIATION = Pattern.compile("(?i)\\binhab\\.(?=\\s|$)");

  // "Mobile Accesses/100 inhab.", "Lines/100 inhabitants": a slash that reads "per"
  private static final Pattern SLASH_PER = Pattern.compile("(?i)\\s*/\\s*(?=100\\s+(?:inhab|people|persons))");

  /** A label with the abbreviations "sub." and "inhab." written out, and a rate's slash as "per". */
  static String unabbreviated(String label) {
    String l = label.indexOf('/') < 0 ? label : SLASH_PER.matcher(label).replaceAll(" per ");
    if (l.indexOf('.') < 0) {
      return l;
    }
    return INHAB_ABBREVIATION.matcher(SUB_ABBREVIATION.matcher(l).replaceAll("subscriptions"))
        .replaceAll("inhabitants");
  }

  // "internet access on home PC", "internet via mobile phones", "acceso a internet por medio de la computadora"
  private static final Pattern DEVICE_OF_ACCESS = Pattern.compile("(?iu)\\s+(?:on|via|through|using|over|from|par|por"
      + "|pelo|pela|desde|con|com|avec)(?:\\s+(?:a|an|the|their|a\\s+home|home|medio\\s+de|meio\\s+de)){0,2}\\s+(?:home\\s+)?");

  private static LabelReading readLabelOnce(String label, String unit) {
    String item = null;
    String base = null;
    int itemEnd = -1;
    for (Term t : terms(label)) {
      if (t.kind().equals("item") && item != null && "internet".equals(item)
          && DEVICE_OF_ACCESS.matcher(label).region(itemEnd, t.start()).matches()) {
        continue; // "households with internet access on home PC": the access is the item, the PC its device
      }
      if (t.kind().equals("item") && (item == null || isGeneric(item) || !isGeneric(t.name()))) {
        item = t.name(); // the item nearest the colon: "earth station televisions: 4.75 million" counts televisions
        itemEnd = t.end();
      } else if (t.kind().equals("base") && base == null) {
        base = t.name();
      }
    }
    if (endsOnOtherThing(label)) {
      item = null; // "Licensed Payphone Service Providers", "Mobile base stations": the label counts other things
    }
    if (namesUncountedThing(label)) {
      item = null; // "RETRANSMISORAS TV", "RADIO AFICIONADOS": a label naming things no metric counts, either side
    }
    String u = unit;
    double factor = 1;
    if (NumeralRules.COUNT.equals(unit)) {
      if (PER_100_LABEL.matcher(label).find()) {
        u = NumeralRules.PER_100;
      } else if (PER_1000_LABEL.matcher(label).find()) {
        u = NumeralRules.PER_100;
        factor = 0.1;
      } else if (PERCENT_LABEL.matcher(label).find()) {
        u = NumeralRules.PERCENT;
      }
    }
    return new LabelReading(item, base, u, factor);
  }

  // what a length in km measures when it is a telecom figure: a cable, fibre, link, backbone or route (not "rail
  // lines", "road network")
  private static final Pattern CABLE_ROUTE = Pattern.compile(
      "(?iu)\\b(?:cables?|fib(?:re|er)s?|optic(?:al)?|links?|backbones?|routes?|(?<!road\\s)(?<!rail\\s)networks?|microwave|relays?|"
          + "c[âa]bles?|cabos?|redes?|r[ée]seaux?|liaisons?)\\b");

  /** Whether the clause names something a length in km can be the length of ("a 1,600 km submarine cable"). */
  public static boolean namesCableRoute(String s, int from, int to) {
    return CABLE_ROUTE.matcher(s).region(from, to).find();
  }

  /** The metric for a unit, base and item (any may be null), or null when the vocabulary has none. */
  public static Metric metricFor(String unit, String base, String item) {
    if ("teledensity".equals(base) && item != null) {
      Metric m = metricFor(unit, "penetration", item); // "mobile teledensity" is mobile penetration
      if (m != null) {
        return m;
      }
    }
    for (IdRule r : IDS) {
      if (r.unit().equals(unit) && matches(r.base(), base) && matches(r.item(), item)) {
        return new Metric(r.metric(), r.unitOut());
      }
    }
    return null;
  }

  private static boolean matches(String rule, String value) {
    return rule.equals("*") || rule.equals(value);
  }
}
