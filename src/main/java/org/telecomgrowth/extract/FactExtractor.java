package org.telecomgrowth.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telecomgrowth.extract.rules.DateRules;
import org.telecomgrowth.extract.rules.DateRules.DateMention;
import org.telecomgrowth.extract.rules.EventRules;
import org.telecomgrowth.extract.rules.LiteralGate;
import org.telecomgrowth.extract.rules.MetricRules;
import org.telecomgrowth.extract.rules.MetricRules.Metric;
import org.telecomgrowth.extract.rules.MetricRules.Term;
import org.telecomgrowth.extract.rules.NumeralRules;
import org.telecomgrowth.extract.rules.NumeralRules.Quantity;
import org.telecomgrowth.extract.rules.QualifierRules;
import org.telecomgrowth.extract.rules.ScopeRules;
import org.telecomgrowth.extract.rules.SourceRules;
import org.telecomgrowth.model.Event;
import org.telecomgrowth.model.Observation;
import org.telecomgrowth.model.Sentence;
import org.telecomgrowth.model.Unresolved;
import org.telecomgrowth.extract.rules.FieldRules;
import org.telecomgrowth.extract.rules.GovernorRules;
import org.telecomgrowth.extract.rules.ChangeRules;
import org.telecomgrowth.extract.rules.NotFigureRules;
import org.telecomgrowth.extract.table.PlainTextTables;
import org.telecomgrowth.extract.table.Table;
import org.telecomgrowth.extract.table.TableExtractor;

/**
 * Applies the rules of every dimension to the sentences of one laid-out document and links their results: each
 * quantity gets a metric (from the words around it, the previous figure, or the section's topic), a period (the
 * date bound to it, else the date of the nearest preceding dated sentence of its paragraph), a qualifier, a scope
 * and a source; dates that no figure uses, or that a trigger word makes a happening, become events.
 */
public final class FactExtractor {

  /** Everything found in one document. */
  public record Facts(List<Sentence> sentences, List<Observation> observations, List<Event> events,
      List<Unresolved> unresolved, List<Observation> projections) {
    /** Numbers found whose metric could not be told (the reason codes no_metric and ambiguous_item). */
    public int numbersWithoutMetric() {
      return (int) unresolved.stream().filter(u -> u.getReason().equals(Reasons.NO_METRIC)
          || u.getReason().equals(Reasons.AMBIGUOUS_ITEM)).count();
    }
  }

  // List bullets: each ends a clause, and a bullet's figures lend nothing to the next bullet's
  private static final String[] BULLETS = {"•", "▪", "◦"};
  // Clause breaks, as literals (the text's white space is single spaces or line breaks turned to spaces)
  // A list bullet ends a clause too: "• Mobile subscriptions – 25.6 million • Pay-TV – 1.4 million" are two entries.
  private static final String[] CLAUSE_BREAK = {";", ", but ", " but only ", " but ", ", while ", " while ", ", whereas ", " whereas ",
      ", although ", BULLETS[0], BULLETS[1], BULLETS[2],
      // "mientras que", "tandis que", "enquanto": Spanish, French and Portuguese "while"
      ", mientras que ", " mientras que ", ", tandis que ", " tandis que ", ", alors que ", ", enquanto ", " enquanto "};
  private static final String[] EVENT_CLAUSE_BREAK = {";", " and ", " but ", ", while "};
  // "grew by 200%", "an increase of 15%", "up 20%": a growth rate, not a share
  private static final Pattern GROWTH_BEFORE = Pattern.compile(
      "(?:\\b(?:grew|grown|grow|grows|rose|risen|rises?|increased|increases?|jumped|jumps?|climbed|climbs?|fell|fallen|falls?"
          + "|dropped|drops?|declined|declines?|decreased|decreases?|surged|surges?|soared|soars?|slipped|slips?|dipped|dips?|"
          + "expanded|(?<!made\\s|make\\s|makes\\s|making\\s)up|down)(?:\\s+by)?|\\b(?:growth|increase|rise|decline|drop|fall|expansion)(?:\\s+rate)?\\s+of"
          + "|\\bgrowth\\s+rate\\s+(?:of|was|reached|stood\\s+at)"
          // French, Spanish, Portuguese: "une hausse de 5,72%", "un aumento del 12%", "um crescimento de 8%"
          + "|\\b(?:hausse|baisse|augmentation|croissance|progression|recul|diminution|aumento|crecimiento|incremento"
          + "|ca[íi]da|descenso|disminuci[óo]n|crescimento|queda|redu[çc][ãa]o|alta|baja|expans[ãa]o|avan[çc]o|retra[çc][ãa]o"
          // "soit une légère évolution de 0,69%"
          + "|[ée]volution|variation|variaci[óo]n|varia[çc][ãa]o"
          // "uma ligeira descida de 3,5%"
          + "|descida)"
          + "(?:\\s+(?:annuelle|trimestrielle|mensuelle|anual|trimestral|mensual|mensal|interanual|nette|neta))?"
          + "\\s+(?:de|del|d['’]|do|da)"
          // "crecieron un 12%", "aumentaram 4,1%", "cayeron un 3%", "subió un 5%"
          + "|\\b(?:a\\s+)?(?:augment[ée]|progress[ée]|baiss[ée]|cr[eû]|creci[óo]|crecieron|aument[óo]|aumentaron|cay[óo]|cayeron"
          + "|subi[óo]|subieron|baj[óo]|bajaron|disminuy[óo]|disminuyeron|cresceu|cresceram|aumentou|aumentaram|caiu|ca[íi]ram"
          + "|diminuiu|diminu[íi]ram|recuou|recuaram|avan[çc]ou|avan[çc]aram)"
          + "(?:\\s+(?:de|en|un|em))?"
          // "el incremento fue de un 4,7 por ciento", "the increase was 5%", "o crescimento foi de 8%"
          + "|\\b(?:incremento|aumento|crecimiento|crescimento|hausse|augmentation|croissance|increase|growth|rise)"
          + "\\s+(?:fue|foi|était|a\\s+été|was|is|es|é|ha\\s+sido|has\\s+been)\\s+(?:de(?:\\s+(?:un|una|uma))?|d['’]|of)?"
          // "une hausse du nombre d'abonnements actifs de l'ordre de 3,93%", "an increase in mobile subscriptions of
          // 4%": the change of a thing named between the word and its figure
          + "|\\b(?:hausse|baisse|augmentation|croissance|progression|aumento|crecimiento|incremento|crescimento"
          + "|increase|rise|growth|decline|drop|fall)\\s+(?:du|de\\s+la|des|del|de\\s+los|de\\s+las|do|da|dos|das|in|of)"
          + "\\s+(?:(?!(?:with|avec|con|com|rate|taux|tasa|taxa|penetra\\p{L}*|density|densit\\p{L}*|t[ée]l[ée]densit\\p{L}*)(?![\\p{L}]))"
          + "[^,;%\\d\\s]+\\s+){1,6}?(?:de\\s+l['’]ordre\\s+de|del\\s+orden\\s+del?|da\\s+ordem\\s+de|d['’]environ|de|del|d['’]|of|by)"
          + ")(?:\\s+(?:about|around|some|nearly|almost|over|"
          + "more\\s+than|an\\s+estimated|environ|pr[èe]s\\s+de|plus\\s+de|cerca\\s+de|m[áa]s\\s+de|mais\\s+de))?\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "8.6 percent more than a year earlier", "12% higher than in 2015": a change stated after the figure ("83.9 per
  // cent, down from 85.5" is a level and its earlier one)
  private static final Pattern GROWTH_AFTER = Pattern.compile(
      "\\s*(?:(?:more|higher|less|lower|fewer)\\s+than|(?:up|down)\\s+(?:on|over|compared)"
          // "un 1,7% más que en 2016", "10% a mais do que", "5 % de plus qu'en"
          + "|m[áa]s\\s+que|menos\\s+que|(?:a\\s+)?mais\\s+(?:do\\s+)?que|(?:a\\s+)?menos\\s+(?:do\\s+)?que|de\\s+plus|de\\s+moins"
          + "|en\\s+plus|en\\s+moins"
          // "a 17% decline", "a 5 percent year-on-year increase", "une hausse de" is before; "un 12 % de hausse"
          + "|(?:(?:year|quarter|month)[- ]on[- ](?:year|quarter|month)\\s+|annual\\s+|yearly\\s+)?(?:declines?|decreases?|drops?"
          + "|falls?|rises?|increases?|growth|jumps?|gains?|reductions?|surges?|contractions?)"
          + "|de\\s+(?:hausse|baisse|croissance|progression|recul|crecimiento|aumento|ca[íi]da|crescimento|queda))(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // a literal that each alternative of GROWTH_BEFORE contains (lower case): its cheap pre-check
  private static final String[] GROWTH_WORDS = {"grew", "grow", "rose", "ris", "increase", "jump", "climb", "surg",
      "soar", "slip", "dip",
      "fell", "fall", "drop", "declin", "decreas", "expan", "up", "down", "hausse", "baiss", "augment", "croissance",
      "progress", "recul", "diminu", "aument", "crec", "incremento", "caída", "caida", "cayó", "cayo", "descenso",
      "disminuci", "cresc", "queda", "redu", "crû", "cru", "caiu", "cayeron", "subi", "baj", "disminuy", "caíram",
      "cairam", "diminu", "recu", "avan", "alta", "expans", "descida", "volution", "variat", "variac", "variaç"};
  // (also "(92.3% móvil, 11.2% fija y 0.5% IP), mientras que en el 2011": a clause of contrast opens after it)
  private static final Pattern COMMA_AND_BUT = Pattern.compile("(?s).*(?:,\\s+(?:and|but)\\b|[,)]\\s*(?:while|whereas"
      + "|mientras(?:\\s+que)?|alors\\s+que|tandis\\s+que|enquanto)(?![\\p{L}])).*", Pattern.UNICODE_CASE);
  // "... and in June 2019", "y a junio de este año", "e em junho", "et en juin", "but in 2019": a date opening a
  // coordinated clause
  private static final Pattern SUBSCRIBERS_RIGHT_AFTER = Pattern.compile(
      "\\s+(?:(?:active|paying|registered)\\s+)?(?:users|customers|subscribers|clients|usuarios|clientes|abonn[ée]s|assinantes)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern FIXED_NETWORK = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:fib(?:re|er|ra)|FTT[HPx]|fixed(?:[- ]line)?\\s+broadband|fixe|fija|fixa|cable|ADSL|DSL|VDSL"
          + "|superfast|ultrafast|gigabit)(?![\\p{L}])");
  private static final Pattern PROSE_BEFORE_COLON = Pattern.compile("(?iu)\\d\\s*(?:%|per\\s*cent|percent)");
  // the counts an operator has of its own: subscribers, lines, connections
  private static final Pattern OPERATOR_COUNTED = Pattern.compile("^(?:mobile|fixed|internet|broadband|fixed_broadband"
      + "|mobile_internet)_(?:subscribers|lines)$");
  private static final Pattern COMMA_THEN_DATE = Pattern.compile(
      "(?s).*,\\s*(?:(?:while|whereas|mientras\\s+que|tandis\\s+que|alors\\s+que|enquanto)\\s+)?"
          + "(?:(?:in|en|em|à|au|a|by|para|pour|durante|during|and|y|e|et)\\s+)?(?:(?:el|la|le|the|o|a)\\s+)?$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "En 2005, le parc était de 27.744, l'ARCT l'a évalué en mars 2019 à 24.144": a clause of its own after the
  // comma, its date before its own figure
  private static final Pattern COMMA_CLAUSE_THEN_DATE = Pattern.compile(
      "(?s).*,\\s*(?:[\\p{L}'’-]+\\s+){1,6}(?:(?:in|en|em|à|au|a|by|para|pour|durante|during)\\s+)?(?:(?:el|la|le|the|o|a)\\s+)?$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern AND_THEN_DATE = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:and|y|e|et|but|pero|mais|mas)\\s+(?:(?:then|later|luego|depois|puis)\\s+)?(?:in|by|at|as\\s+of|a|en|para|em|até|à|au|hasta)?\\s*"
          // "y en igual plazo de 2011 27,19 millones", "and at the end of 2012 3.1 million": a few words of the date's
          + "(?:(?-i:\\p{Ll})[\\p{L}]*\\s+){0,3}$");
  private static final int MAX_RIGHT_WORDS = 12;
  private static final double MAX_LEFT_DISTANCE = 13;
  private static final double MAX_SUBJECT_BASE_DISTANCE = 23; // 14 words
  private static final int RIGHT_DATE_WORDS = 8;

  private final String docId;
  private final DocumentLayout layout;
  private final Set<String> countryNames;

  /**
   * The most observations, projections, events and unresolved numbers kept per document; reading stops at the
   * first sentence after it is reached (one sentence adds at most a few hundred, as a sentence is at most
   * {@value SentenceSplitter#MAX_SENTENCE_CHARS} characters), so a document's records, each carrying its
   * sentence, stay bounded whatever the document's size.
   */
  public static final int MAX_RECORDS_PER_DOCUMENT = 20_000;

  private final int maxRecords;
  private final List<Table> tables;
  private final DocumentDate documentDate;

  public FactExtractor(String docId, DocumentLayout layout, List<String> countryNames) {
    this(docId, layout, countryNames, List.of(), DocumentDate.NONE, MAX_RECORDS_PER_DOCUMENT);
  }

  /**
   * @param tables tables a format reader already found in the document (a spreadsheet's sheets, a PDF's or Word
   *     file's tables), read by the {@link TableExtractor} besides those the plain-text detector finds in the text
   */
  public FactExtractor(String docId, DocumentLayout layout, List<String> countryNames, List<Table> tables) {
    this(docId, layout, countryNames, tables, DocumentDate.NONE, MAX_RECORDS_PER_DOCUMENT);
  }

  /** With the document's date, against which "last year", "this month", "now" resolve when it is trusted. */
  public FactExtractor(String docId, DocumentLayout layout, List<String> countryNames, DocumentDate documentDate) {
    this(docId, layout, countryNames, List.of(), documentDate, MAX_RECORDS_PER_DOCUMENT);
  }

  /** With tables found by a format reader and the document's date. */
  public FactExtractor(String docId, DocumentLayout layout, List<String> countryNames, List<Table> tables,
      DocumentDate documentDate) {
    this(docId, layout, countryNames, tables, documentDate, MAX_RECORDS_PER_DOCUMENT);
  }

  FactExtractor(String docId, DocumentLayout layout, List<String> countryNames, int maxRecords) {
    this(docId, layout, countryNames, List.of(), DocumentDate.NONE, maxRecords);
  }

  FactExtractor(String docId, DocumentLayout layout, List<String> countryNames, List<Table> tables,
      int maxRecords) {
    this(docId, layout, countryNames, tables, DocumentDate.NONE, maxRecords);
  }

  FactExtractor(String docId, DocumentLayout layout, List<String> countryNames, DocumentDate documentDate,
      int maxRecords) {
    this(docId, layout, countryNames, List.of(), documentDate, maxRecords);
  }

  FactExtractor(String docId, DocumentLayout layout, List<String> countryNames, List<Table> tables,
      DocumentDate documentDate, int maxRecords) {
    this.tables = List.copyOf(tables);
    this.documentDate = documentDate;
    this.maxRecords = maxRecords;
    this.docId = docId;
    this.layout = layout;
    this.countryNames = new HashSet<>(countryNames);
    this.countryNames.add("the country");
  }

  private record Resolved(Quantity q, String item, String base, Metric metric) {}

  public Facts extract() {
    List<Sentence> sentences = new ArrayList<>();
    List<Observation> observations = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    List<Unresolved> unresolved = new ArrayList<>();
    List<Observation> projections = new ArrayList<>();
    String text = layout.columnText();
    List<TableExtractor.Result> tableResults = readTables();
    // the prose rules do not see the tables' rows, so no figure is read twice
    String analysis = withoutTables(layout.analysisText(), tableResults);
    int sentenceIndex = 0;
    Metric lastRate = null; // the rate per 100 published last, for the entries of a ranking of places
    String documentItem = null; // the specific item counted last in the document, for "this service", "the lines"
    Metric documentMetric = null; // the metric published last in the document, and its item, for "The figures rose"
    String documentMetricItem = null;
    double documentValue = 0; // the value published last in the document
    String title = titleText(layout, analysis);
    String titleItem = title == null ? null : MetricRules.itemOfOnce(title); // "Zambia forecasts growth in mobile ..."
    // "Telecom market of Ruritania in 2019", "Country profile (latest data available: 2013)": the one period the
    // title states, for the figures no date of their paragraph, section or sentence dates
    titleDate = titlePeriod(title);
    storyPeriod = new StoryPeriod();
    DateMention documentStatedDate = null; // the date stated last in the paragraphs before, for "in the same period"
    StorySource storySource = new StorySource(); // the one authority the lead names, for the story's later figures
    int paragraphNumber = 0;
    document:
    for (DocumentLayout.Paragraph p : layout.paragraphs()) {
      boolean lead = StorySource.isLead(paragraphNumber++, p);
      DateMention paragraphDate = null;
      DateMention lastDate = null; // the date named last in the paragraph, for "that year", "a year earlier"
      DateMention lastStatedDate = null; // the same, skipping dates of earlier values ("a year earlier")
      // the last date written out in the paragraph: months without a year ("from January to July") all take their
      // year from it, not one from another
      DateMention lastWrittenDate = null;
      Metric previousMetric = null;
      Metric lastShare = null; // the paragraph's figure published last when it is a share, for a list of places
      double previousValue = 0;
      String previousItem = null;
      DateMention previousEventDate = null;
      List<DateMention> paragraphDates = null; // the whole paragraph's dates, for labelled values
      String fieldItem = p.field() == null ? null : MetricRules.itemOf(p.field());
      String paragraphSource = null;
      for (int[] span : SentenceSplitter.split(analysis, p.start(), p.end())) {
        String s = analysis.substring(span[0], span[1]);
        int observationsBefore = observations.size();
        // markup masked (Markdown links, emphasis), runs of white space collapsed
        String shown = collapseWhitespace(s);
        if (shown.isEmpty()) {
          continue; // all of it a table's rows, read by the table extractor
        }
        Sentence sentence = new Sentence(docId, p.section(), p.index(), sentenceIndex, shown, span[0], span[1]);
        int records = observations.size() + unresolved.size() + projections.size() + events.size();
        if (records >= maxRecords) {
          // every record carries its sentence: a document that is nothing but figures is cut here, one row says so
          Unresolved cap = unresolved(new Quantity(0, 0, records, NumeralRules.COUNT, false, false),
              Reasons.DOCUMENT_CAP, sentence);
          unresolved.add(cap);
          break document;
        }
        sentences.add(sentence);

        List<DateMention> dates = new ArrayList<>();
        DateMention statedInSentence = null;
        DateMention sentenceFactDate = null; // the last date of the sentence so far that dates its own figures
        List<DateMention> figureDates = new ArrayList<>(); // the sentence's dates of its own figures, in order
        for (DateMention d : DateRules.find(s)) {
          DateMention resolved = resolveInText(d, statedInSentence, sentenceFactDate, paragraphDate,
              documentStatedDate, lastStatedDate, lastWrittenDate, lastDate);
          if (!d.relative()) {
            lastWrittenDate = d;
            statedInSentence = d;
          }
          if (datesItsFigures(s, d, resolved)) {
            sentenceFactDate = resolved;
            figureDates.add(resolved);
          }
          dates.add(resolved);
          if (d.monthWithoutYear()) {
            // "up from 3,177 in August. ... 88,568 a month earlier": a month whose year is guessed anchors nothing
            // after it, and what it follows is no longer the date named last
            lastDate = null;
            lastStatedDate = null;
            continue;
          }
          // an unresolved "last year" leaves what follows it undated: "that year" after it is not the year before
          lastDate = resolved.undated() ? null : resolved;
          if (!(d.inWords() && !d.deictic())) {
            lastStatedDate = lastDate; // "a year earlier" dates an earlier value, not what "at that date" refers to
          }
        }
        List<int[]> dateSpans = new ArrayList<>();
        dates.forEach(d -> dateSpans.add(new int[] {d.start(), d.end()}));
        List<Quantity> quantities = sentenceQuantities(s, dateSpans, sentence, unresolved);
        // "un 1,7% más que en 2016", "compared to the same quarter of 2020": the date a change is measured against
        // dates no figure of the sentence, nor the sentences after it
        List<DateMention> factDates = withoutComparisonBases(s, dates);
        Set<DateMention> boundDates = new HashSet<>();

        if (!quantities.isEmpty()) {
          List<Term> terms = sentenceTerms(s, quantities);
          List<SourceRules.Source> sources = SourceRules.find(s, countryNames);
          if (sources.isEmpty()) {
            // "released by the ministry": the ministry the document named before
            sources = SourceRules.nounSources(s, text.substring(0, Math.min(text.length(), span[0])));
          }
          String sentenceSource = sources.isEmpty() ? null : sources.get(sources.size() - 1).name();
          List<int[]> breaks = occurrences(CLAUSE_BREAK, s);
          String lines = text.substring(span[0], span[1]); // the sentence with its line breaks, for rows of figures
          int[] wordPrefix = wordPrefix(s);
          List<int[]> asides = GovernorRules.asideSpans(s);
          Map<Quantity, Quantity> listUnits = listUnits(s, quantities, text, span[0]);
          Map<Integer, String> shareMetrics = new HashMap<>(); // a share's metric by its start, for a count restating it
          List<Resolved> resolved = new ArrayList<>();
          int previousEnd = 0;
          Map<Integer, DateMention> spanEndDates = fromToSpanDates(s, wordPrefix, quantities, dates);
          String lastScope = null; // the scope of the sentence's last published figure, and where it ended
          int lastScopeEnd = 0;
          for (int qi = 0; qi < quantities.size(); qi++) {
            Quantity q0 = quantities.get(qi);
            Quantity q = listUnits.get(q0);
            if (qi + 1 < quantities.size() && NumeralRules.COUNT.equals(q.unit()) && isBareNumber(s, q)
                && isFromToPair(s, q, quantities.get(qi + 1))) {
              // "from 86 to 146 per 1,000 population", "from 28 to 41 per 100": the first level of a from-to pair
              // is written bare, in the second one's unit and scale
              Quantity next0 = quantities.get(qi + 1);
              Quantity next = listUnits.get(next0);
              if (!NumeralRules.COUNT.equals(next.unit()) && next0.value() != 0) {
                q = new Quantity(q.start(), q.end(), NumeralRules.rescaled(q.value(), next.value(), next0.value()),
                    next.unit(), q.spelled(), q.needsNoun());
              }
            }
            DateMention spanEnd = spanEndDates.get(q0.start());
            String notFigure = NotFigureRules.reason(s, q.start(), q.end());
            if (notFigure != null) {
              unresolved.add(unresolved(q, notFigure, sentence));
              continue;
            }
            if (NumeralRules.COUNT.equals(q.unit())
                && FROM_BEFORE.matcher(s.substring(Math.max(0, q.start() - 30), q.start())).find()
                && NumeralRules.namesMoney(s, q.end(), Math.min(s.length(), q.end() + 45))) {
              // "passant de 458,65 millions à 482,61 millions de dollars": the first level of a pair of amounts
              unresolved.add(unresolved(q, Reasons.NO_METRIC, sentence));
              continue;
            }
            if (inFigureRun(s, quantities, qi) || underColumnHeader(lines, terms, q)) {
              // "2010 2011 2012 ... Connections 3,700,000 6,225,000 6,875,600", "(subscribers) 75,252 148,147
              // 9,837 60,273": a row or column of a table flattened into the text, apart from its headers; which
              // figure is whose is not known here
              unresolved.add(unresolved(q, Reasons.TABLE_COLUMN_UNKNOWN, sentence));
              continue;
            }
            if (qi + 1 < quantities.size() && roundedBeforeBracket(s, q, listUnits.get(quantities.get(qi + 1)))) {
              // "Nearly two-thirds of households (64.5 percent)", "Half of them (53.5%)": the words round the
              // figure the bracket states
              unresolved.add(unresolved(q, Reasons.RESTATED, sentence));
              continue;
            }
            FieldRules.Label label = FieldRules.labelOf(s, q.start(), 0, text, span[0]);
            if (label != null && (PROSE_BEFORE_COLON.matcher(label.text(s)).find()
                || label.text(s).chars().noneMatch(Character::isLetter))) {
              // "Mobile penetration at 120%: More than 10 million SIM cards in use": a figure before the colon makes
              // it a headline, read as prose, not a label whose words give the value its unit
              label = null;
            }
            if (label != null && ScopeRules.subjectOperator(s, label.start(), label.end(), countryNames) != null) {
              // "Kyiv had the biggest number of Internet subscribers: 908,751": a clause with its own subject and
              // verb before the colon is prose, and the subject is the figure's scope, not a label's
              label = null;
            }
            if (label != null) {
              if (paragraphDates == null) {
                paragraphDates = paragraphDates(analysis, p);
              }
              Observation o = labelledValue(q, label, s, span[0], p, fieldItem, paragraphDates, sentence,
                  unresolved);
              if (o != null) {
                observations.add(o);
                shareMetrics.put(q0.start(), o.getMetric());
              }
              continue;
            }
            String restatedShare = qi == 0 || !NumeralRules.COUNT.equals(q.unit()) ? null
                : shareMetrics.get(quantities.get(qi - 1).start());
            boolean peopleOfShare = false;
            if (restatedShare != null && RESTATES.matcher(s).region(quantities.get(qi - 1).end(), q.start()).matches()) {
              // "74% of households (2.1 million)", "41 % d'individus, soit 10,9 millions de personnes": the count
              // restates a share as a number of its base: households, or people (internet users); never the
              // subscriptions its item names
              if (restatedShare.startsWith("households_")) {
                unresolved.add(unresolved(q, Reasons.HOUSEHOLD_COUNT, sentence));
                continue;
              }
              peopleOfShare = "internet_users_share".equals(restatedShare);
            }
            if (NumeralRules.COUNT.equals(q.unit()) && (countsOtherThingAfter(s, q)
                || pairCountsOtherThing(s, q, quantities, qi))) {
              // "54.69 billion messages", "516,000 landline calls were made": the noun right after the number is a
              // thing no metric counts, whatever service names it
              unresolved.add(unresolved(q, Reasons.NO_METRIC, sentence));
              continue;
            }
            if (labelOfOtherThing(lines, terms, q)) {
              // "External Gateway Operators" / "12", "Licensed Payphone Service Providers" / "7": a label line
              // whose head is a thing no metric counts gives the value on the line below to that thing
              unresolved.add(unresolved(q, Reasons.NO_METRIC, sentence));
              continue;
            }
            int clauseStart = clauseStart(breaks, q.start());
            int clauseEnd = clauseEnd(breaks, q.end(), s.length());
            String item = peopleOfShare ? "internet_user" : nearest(s, wordPrefix, asides, dateSpans, terms, "item", q, quantities, clauseStart, clauseEnd,
                q.needsNoun());
            String paired = respectiveItem(s, terms, quantities, qi);
            if (paired != null) {
              // "1.1 million fixed lines and 14.3 million mobile subscribers, a teledensity of 4.5 and 58 per 100
              // respectively": each figure of a list closed by "respectively" is of the item named in its place
              item = paired.isEmpty() ? null : paired;
              if (item == null) {
                unresolved.add(unresolved(q, Reasons.AMBIGUOUS_ITEM, sentence));
                continue;
              }
            }
            if (q.needsNoun() && item == null) {
              continue; // "one estimate", "all three networks": a determiner, not an amount
            }
            String base = baseOf(s, wordPrefix, asides, dateSpans, terms, q, quantities, clauseStart, clauseEnd);
            if (NumeralRules.PERCENT.equals(q.unit()) && NotFigureRules.perHundredHouseholds(s, q.end())) {
              base = "households"; // "88,9% por 100 famílias": a share of households, whatever rate it is called
            }
            String rateName = rateNamedBefore(terms, quantities, base, q, clauseStart);
            if ("penetration".equals(rateName)) {
              base = rateName;
            }
            if (!resolved.isEmpty() && crosses(breaks, resolved.get(resolved.size() - 1).q().end(), q.start())
                && bulletBetween(s, resolved.get(resolved.size() - 1).q().end(), q.start())) {
              resolved.clear(); // a list bullet's figures lend nothing (item, unit, base) to the next bullet's
            }
            Resolved chained = resolved.isEmpty() ? null : resolved.get(resolved.size() - 1);
            if (chained != null && NumeralRules.COUNT.equals(q.unit())
                && !NumeralRules.COUNT.equals(chained.q().unit()) && isBareNumber(s, q)
                && words(s, wordPrefix, chained.q().end(), q.start()) <= 4
                && !FieldRules.breakBetween(s, chained.q().end(), q.start())
                && !OWN_NOUN_AFTER.matcher(s).region(q.end(), s.length()).lookingAt()) {
              // (not "120 mobile phones per 100 people; 2 new domestic trunk lines": a figure of its own)
              // "from 28 lines per 100 people in 2001 to 161 in 2010", "was 156.23 compared with 58.49 in rural
              // areas": the second figure of a comparison keeps the first one's unit, and its item unless it names
              // its own
              q = new Quantity(q.start(), q.end(), q.value(), chained.q().unit(), q.spelled(), q.needsNoun());
              base = base == null ? chained.base() : base;
              item = item == null || MetricRules.isGeneric(item) ? chained.item() : item;
            }
            if (chained != null && chained.metric() != null && isFromToPair(s, chained.q(), q)) {
              // "le taux de pénétration du mobile, devenu un outil indispensable pour la population, est passé de 9,8
              // à 71%": the second level of a from-to pair is a level of what the first one measures
              q = new Quantity(q.start(), q.end(), q.value(), chained.metric().unit(), q.spelled(), q.needsNoun());
              base = chained.base();
              item = chained.item();
            }
            if (item == null && !q.needsNoun()) {
              // "the number of mobile subscribers ... has reached 3 120 400": the item its clause opens with
              item = GovernorRules.governingItem(s, terms, clauseStart, q.start(), q.end(),
                  !NumeralRules.COUNT.equals(q.unit()));
            }
            Metric metric = null;
            if (item == null && NumeralRules.PERCENT.equals(q.unit())
                && PART_OF_FIGURE.matcher(s).region(clauseStart, q.start()).find()) {
              // "De este total, 20,52% corresponden a la categoría pospago", "of this total, 60%": a part of the
              // figure before, not that figure's rate
              unresolved.add(unresolved(q, Reasons.NO_METRIC, sentence));
              continue;
            }
            // "2012-2013: The figures further rose to 127.7 million" opening a paragraph: the document's last figure
            Metric referred = previousMetric != null ? previousMetric : documentMetric;
            String referredItem = previousMetric != null ? previousItem : documentMetricItem;
            // (not "The total number of network sites rose ... from 12 590": what the clause counts is named)
            if (item == null && hasTerm(terms, "anaphora", clauseStart, q.start()) && referred != null
                && !hasTerm(terms, "other", clauseStart, q.start())
                && (referred.unit().equals(q.unit()) || (NumeralRules.PERCENT.equals(q.unit())
                    && NumeralRules.PER_100.equals(referred.unit())))) {
              // "Ce taux se situait à 44% en 2011", "this rate was 61%": a rate referred back to is the rate last
              // named, a share written with % of a rate per 100 included
              metric = referred;
              item = referredItem;
            }
            if (item == null && metric == null && documentMetric != null && NumeralRules.COUNT.equals(q.unit())
                && NumeralRules.COUNT.equals(documentMetric.unit()) && documentMetricItem != null
                && !MetricRules.isGeneric(documentMetricItem) && !writtenInDigits(s, q)
                && q.value() >= documentValue / 3 && q.value() <= documentValue * 3
                && terms.stream().noneMatch(t -> (t.kind().equals("item") && !MetricRules.isGeneric(t.name()))
                    || t.kind().equals("other") || t.kind().equals("base"))
                && !COMPANY_WORDS.matcher(s).find() && namesNoOne(s)) {
              // "22,07 millones de líneas móviles ... En marzo de 2017 se habían informado 26,74 millones y dos años
              // antes 30,29 millones": an amount in millions with no noun, in a sentence that names no other thing,
              // of a size near the document's last count, goes on with that count
              metric = documentMetric;
              item = documentMetricItem;
            }
            boolean averageBeside = false;
            if (metric == null && lastRate != null && NumeralRules.COUNT.equals(q.unit())
                && isBareNumber(s, q) && nothingAfterBareAverage(s, q, clauseEnd)
                && AVERAGE_OF.matcher(s.substring(Math.max(clauseStart, q.start() - 40), q.start())).find()) {
              // "161 per 100 in 2010. That's more than twice the global average of 61": an average set beside the
              // document's rate is in that rate, not a count of the figure before
              q = new Quantity(q.start(), q.end(), q.value(), NumeralRules.PER_100, q.spelled(), q.needsNoun());
              metric = lastRate;
              averageBeside = true;
            }
            Resolved prev = lastWithUnit(resolved, q.unit());
            Resolved prevAny = resolved.isEmpty() ? null : resolved.get(resolved.size() - 1);
            if (item == null && prevAny != null && metric == null && takesItemOf(s, prevAny.q(), q, quantities)
                && !rankEntry(s, q, clauseStart, lastRate)) { // ("Third was Dominica, 141; fourth, Peru, 138")
              item = prevAny.item(); // "600,000 subscriptions ..., about 14 per 100 inhabitants"
              if (NumeralRules.COUNT.equals(q.unit()) && !NumeralRules.COUNT.equals(prevAny.q().unit())
                  && isBareNumber(s, q) && nothingAfter(s, q.end(), clauseEnd)) {
                // "SIMs/100 reached 16; a year later, at least 18": a bare number that names nothing after it
                // and takes its item from the figure before takes that figure's unit too
                q = new Quantity(q.start(), q.end(), q.value(), prevAny.q().unit(), q.spelled(), q.needsNoun());
              }
            }
            if (base == null && prev != null) {
              base = prev.base();
            }
            if (item == null && previousItem != null && metric == null && !"teledensity".equals(base)
                && ("penetration".equals(base) || (base != null && !NumeralRules.COUNT.equals(q.unit()))
                    || NumeralRules.PER_100.equals(q.unit()))) {
              // (a bare "teledensity" is a metric of its own, never the item counted before it)
              // "Penetration was under 20 per 100 in 2005", "fewer than 12% of homes were connected": a share
              // whose sentence names no item ("just 68.4 phones for every 100 Koreans" too) is of what the paragraph
              // was counting; one whose stretch since the last semicolon or colon names one ("; mobile-cellular usage
              // is increasing but remains at roughly 20 per 100 persons") is of that one, however far back
              int from = Math.max(s.lastIndexOf(';', q.start()), s.lastIndexOf(':', q.start())) + 1;
              String named = specificItemNamed(s, from, q.start());
              item = named == null ? null : named.isEmpty() ? previousItem : named;
              if (named != null && named.isEmpty() && DEMOGRAPHIC_AFTER.matcher(s).region(q.end(), clauseEnd).lookingAt()) {
                // "About 70% of the population is poor", "60% of Fijians live in rural areas": a share of people
                // the figure's own words describe, not of what the paragraph was counting
                item = null;
              }
            }
            if (item == null && metric == null && "penetration".equals(base) && previousItem == null
                && titleItem != null && titleItem.equals(documentItem)
                && "".equals(specificItemNamed(s, 0, s.length()))) {
              // "le taux de pénétration s'établit à 110,31% en 2019" in a paragraph of its own, in a document that
              // counted only what its title names: the penetration of that
              item = documentItem;
            }
            if (item == null && !NumeralRules.COUNT.equals(q.unit()) && metric == null) {
              // "broadband Internet ... rose to 830,000, which gives the country a penetration rate of around 10
              // percent" under "Mobile subscribers climb": the one specific item its clause names before it, then
              // its field's or section's subject only when the clause names none
              item = fieldItem != null ? fieldItem : clauseItemElseSection(s, clauseStart, q.start(), p.section());
            }
            if (item != null && MetricRules.isGeneric(item)) {
              String served = serviceAfterGeneric(s, terms, q);
              if (served != null) {
                item = served; // "3,689 customers for its new WiMAX service": the service they are customers of
              }
            }
            if (item != null && MetricRules.isGeneric(item)) {
              // "Mobile penetration reached 52.4 subscriptions per 100": the specific item its own clause names
              // comes first; else ("said it had 11.2 million subscribers") the subject of its field, paragraph or
              // section, when there is one; never a guessed default
              String inClause = nearest(s, wordPrefix, asides, specificItemsBefore(terms, q.start()), "item", q, quantities,
                  clauseStart, clauseEnd, false);
              if (inClause == null) {
                // "Mobile phone usage rose five-fold in ten years, from 28 lines per 100 people": further back, the
                // specific item its clause opens with
                inClause = GovernorRules.governingSpecificItem(s, terms, clauseStart, q.start());
              }
              if (inClause == null) {
                // "la cantidad de líneas celulares ..., que en promedio es de 1,5 líneas por habitante": the generic
                // noun repeats the head of a specific item the sentence named before it
                inClause = sameHeadItem(s, terms, q);
              }
              if (inClause == null && NumeralRules.COUNT.equals(q.unit())) {
                // "Internet access was offered through five providers, with 30,000 subscribers": the specific item
                // its own clause names, however far back, before another sentence's or the section's subject
                inClause = lastSpecificItem(terms, clauseStart, q.start());
              }
              if (inClause == null && NumeralRules.COUNT.equals(q.unit()) && OPERATORS_OF.matcher(s)
                  .region(clauseStart, q.start()).find()) {
                // "Mobile operators in Georgia had 5.4 million consumers": the customers of the operators of a
                // service its clause names by its topic word alone
                inClause = MetricRules.topicOf(s.substring(clauseStart, q.start()));
              }
              if ("internet".equals(inClause) && "subscription".equals(item)) {
                // subscribers of internet access; but "Internet penetration reached 73 per cent with 5.4 million
                // users": the users of the internet
                inClause = USERS_RIGHT_AFTER.matcher(s).region(q.end(), s.length()).lookingAt() ? "internet_user"
                    : "internet_subscription";
              }
              String subject = inClause != null ? inClause : fieldItem != null ? fieldItem
                  : previousItem != null && !MetricRules.isGeneric(previousItem) ? previousItem
                  : MetricRules.topicOf(p.section());
              if (subject == null && documentItem != null && REFERRING_NOUN.matcher(s)
                  .region(clauseStart, q.start()).find()) {
                // "The penetration rate of this service had risen to 134,9 subscribers per 100 inhabitants", "the
                // lines increased by 1,172,433 from 160,859,620" opening a paragraph: a noun phrase that refers
                // back names what the document counted last
                subject = documentItem;
              }
              if (subject == null && titleItem != null
                  && takesTitleItem(s, terms, q, clauseStart, clauseEnd, titleItem.equals(documentItem))) {
                // "Subscriptions are projected to hit 22,9 million" in a news story headed "... growth in mobile
                // subscriptions": with no other subject in its clause, paragraph or section, the headline's
                subject = titleItem;
              }
              if (subject == null && "teledensity".equals(base)) {
                // "a teledensidade chegou a 125,4 linhas para cada 100": a bare teledensity is a metric of its own
                item = null;
              } else if (subject == null) {
                unresolved.add(unresolved(q, notALevel(s, clauseStart, q, Reasons.AMBIGUOUS_ITEM), sentence));
                continue;
              } else {
                item = subject;
              }
            }
            boolean growth = isGrowth(s, clauseStart, q, quantities, qi);
            if (growth && changesARate(s, base, quantities, qi)) {
              // "mobile penetration grew 7.7 per cent": points or percent of a rate cannot be told apart; what it is a
              // change of is still what the level after it measures ("(up 1.1% to 68.8%)")
              unresolved.add(unresolved(q, Reasons.RATE_CHANGE, sentence));
              resolved.add(new Resolved(q, item, base, null));
              continue;
            }
            if (growth && NumeralRules.namesMoney(s, clauseStart, clauseEnd)) {
              // "mobile services brought in BGN246.0 million ..., up 6.6% y-o-y", "revenues fell 5.4% to BGN183.6
              // million": the growth of an amount of money
              unresolved.add(unresolved(q, Reasons.NO_METRIC, sentence));
              continue;
            }
            if (growth && qi > 0 && changesNumberNotOurs(s, quantities.get(qi - 1), q, clauseStart, resolved)) {
              // "a mobile user consumed 1.48 GB, 68 percent more than in 2015": the change of the number right
              // before it, which is no figure of ours (a data volume, a price), is not the item's growth either
              unresolved.add(unresolved(q, Reasons.NO_METRIC, sentence));
              continue;
            }
            if (growth) {
              Metric counted = MetricRules.metricFor(NumeralRules.COUNT, null, item);
              if (counted == null || ChangeRules.namesMove(s, clauseStart, q.start())) {
                // "Redução de 2,75% nos últimos 12 meses", "money transfer agents increased by 10.6 per cent": the
                // growth of something no metric counts, or of nothing its text names, is no figure of ours
                unresolved.add(unresolved(q, Reasons.NO_METRIC, sentence));
                continue;
              }
              metric = new Metric(counted.id() + "_growth", NumeralRules.PERCENT);
            }
            if (metric == null && NumeralRules.COUNT.equals(q.unit())
                && ("penetration".equals(base) || "teledensity".equals(base))
                && isBareNumber(s, q)) {
              // "Tele-density stands at 41.69", "mobile penetration was 89.5": a rate per 100, never a count
              q = new Quantity(q.start(), q.end(), q.value(), NumeralRules.PER_100, q.spelled(), q.needsNoun());
            }
            if (metric == null) {
              metric = "people".equals(base) && !itemOfPeopleShare(s, terms, quantities, q, item, clauseStart, clauseEnd)
                  ? null
                  : MetricRules.metricFor(q.unit(), base, item);
              if (metric != null && "population".equals(base) && NumeralRules.PERCENT.equals(q.unit())
                  && SUBSCRIPTIONS_COUNTED.matcher(s).region(clauseStart, q.start()).find()) {
                // "the number of mobile subscriptions represents 80 per cent of the population": subscriptions
                // against the population are a penetration rate, not a share of people who own or use something
                Metric rate = MetricRules.metricFor(NumeralRules.PERCENT, "penetration", item);
                metric = rate != null ? rate : metric;
              }
            }
            if (metric != null && base == null && "coverage".equals(item)
                && !COVER_WORD.matcher(s).region(lastBreakBefore(s, clauseStart, q.start()), q.start()).find()
                && !COVER_RIGHT_AFTER.matcher(s).region(q.end(), clauseEnd).lookingAt()) {
              // "low call charges (85 percent), network coverage (50 percent)": coverage named with no base is the
              // population's only when it is this figure's own word, before it or right after it
              metric = null;
            }
            if (metric != null && NumeralRules.KM.equals(q.unit()) && !MetricRules.namesCableRoute(s, clauseStart, clauseEnd)) {
              // "2,137 miles (3,438 kilometers) of roadway": a length is a cable's only where its clause names one
              unresolved.add(unresolved(q, Reasons.NO_METRIC, sentence));
              continue;
            }
            int ownFrom = qi > 0 ? Math.max(clauseStart, quantities.get(qi - 1).end()) : clauseStart;
            int ownTo = qi + 1 < quantities.size() ? Math.min(clauseEnd, quantities.get(qi + 1).start()) : clauseEnd;
            if (metric != null && NumeralRules.PERCENT.equals(q.unit()) && ownFrom < ownTo
                && LiteralGate.containsAny(s, ownFrom, ownTo, "exclusive", "solely", "only")
                && EXCLUSIVE_USE.matcher(s).region(ownFrom, ownTo).find()) {
              // "households subscribe exclusively to mobile services (23.7%)", "9.8% subscribe only to landline
              // service": the share with this service and no other, not the share with this service (read between
              // the figures on either side: "87 percent have a fixed line, with 82.3 percent using OTE exclusively")
              unresolved.add(unresolved(q, Reasons.EXCLUSIVE_SHARE, sentence));
              continue;
            }
            if (metric != null && NumeralRules.PERCENT.equals(q.unit()) && !resolved.isEmpty()) {
              Metric sibling = bracketSiblingMetric(s, terms, q, resolved.get(resolved.size() - 1));
              if (sibling != null) {
                // "Bahrain (26.6 percent of households with broadband), Kuwait (26 percent)": a bare bracket of a
                // list measures what the bracket before it measured
                metric = sibling;
              }
            }
            if (metric != null && NumeralRules.PERCENT.equals(q.unit()) && bracketedListShare(s, q, clauseStart)) {
              // "low call charges (85 percent), network coverage (50 percent) and low SMS charges (36 percent)": each
              // bracketed percent is its list item's share of the answers or of a whole, not a level of that item
              unresolved.add(unresolved(q, Reasons.LIST_BREAKDOWN, sentence));
              continue;
            }
            if (metric != null && NumeralRules.PERCENT.equals(q.unit()) && (shareOfCountAfter(s, qi, quantities)
                || SHARE_OF_WHICH.matcher(s)
                .region(Math.max(clauseStart, q.start() - 40), q.start()).find() || companyShare(s, q, metric, resolved))) {
              // "62.8 percent of total users", "40% des abonnés", "111 million subscriptions, of which 84 percent
              // belong to prepaid plans": a share of subscribers or users, not of people
              unresolved.add(unresolved(q, Reasons.SHARE_OF_SUBSCRIBERS, sentence));
              continue;
            }
            if (metric != null && "mobile_ownership_share".equals(metric.id())
                && SUBSCRIPTIONS_NAMED.matcher(s).region(clauseStart, q.start()).find()) {
              // "the number of mobile subscriptions represents more than 80 per cent of the population": lines
              // against people are a rate per 100, not a share of people who own one
              Metric rate = MetricRules.metricFor(NumeralRules.PER_100, null, item);
              if (rate != null) {
                metric = rate;
                q = new Quantity(q.start(), q.end(), q.value(), NumeralRules.PER_100, q.spelled(), q.needsNoun());
              }
            }
            if (metric == null && item == null && prev != null && lendsMetric(s, prev, q)) {
              metric = prev.metric();
            }
            if (metric == null && rankEntry(s, q, clauseStart, lastRate)) {
              // "Next came Hong Kong at 149.2 phones, Singapore at 133.5", "the Solomon Islands (2.2)": an entry of
              // a ranking of places, in the rate the text ranks them by (the last rate per 100 it named)
              q = new Quantity(q.start(), q.end(), q.value(), NumeralRules.PER_100, q.spelled(), q.needsNoun());
              metric = lastRate;
            }
            if (metric == null && item == null) {
              metric = placeEntryShare(s, q, lastShare);
            }
            if (metric != null && lastRate != null
                && rankedInRate(s, q, metric, lastRate, clauseStart, analysis.substring(p.start(), span[0]), quantities)) {
              q = new Quantity(q.start(), q.end(), q.value(), NumeralRules.PER_100, q.spelled(), q.needsNoun());
              metric = lastRate;
            }
            if (metric == null && "teledensity".equals(rateName)) {
              // "Teledensity is 2.3 per 100 inhabitants": a teledensity that no item counted names is a metric of
              // its own; "the fixed telephony penetration rate per 100 inhabitants reached 21.3%" is the item's rate
              metric = bareTeledensity(terms, q, clauseStart, item);
            }
            if (metric == null) {
              unresolved.add(unresolved(q, notALevel(s, clauseStart, q, item != null && MetricRules.isGeneric(item)
                  ? Reasons.AMBIGUOUS_ITEM : Reasons.NO_METRIC), sentence));
              continue;
            }
            if (!growth && NumeralRules.PERCENT.equals(metric.unit()) && q.value() > 100) {
              // "117.7 % of the population" for SIM cards: no share exceeds its whole, so a share of the population
              // above 100 % is the counted item's penetration per 100; of households, or with no such rate, none
              Metric rate = "population".equals(base) || "penetration".equals(base)
                  ? MetricRules.metricFor(NumeralRules.PERCENT, "penetration", item) : null;
              if (rate == null || !NumeralRules.PER_100.equals(rate.unit())) {
                unresolved.add(unresolved(q, Reasons.SHARE_OVER_100, sentence));
                continue;
              }
              metric = rate;
            }
            if (NumeralRules.COUNT.equals(metric.unit()) && q.value() != Math.rint(q.value())) {
              // "followed by two regions at 7.77 and 7.52": things counted are whole, so a fractional count is a
              // rate or an index whose unit is not beside it
              unresolved.add(unresolved(q, Reasons.FRACTIONAL_COUNT, sentence));
              continue;
            }
            if (previousMetric != null && metric.id().equals(previousMetric.id()) && q.value() < previousValue
                && NumeralRules.COUNT.equals(q.unit()) && (PART_OPENER.matcher(s).region(clauseStart, q.start()).find()
                    || OF_THE_FIGURE.matcher(s).lookingAt())
                && ScopeRules.NATIONAL.equals(ScopeRules.technology(s, clauseStart, q.start(), q.end()))) {
              // "847,008 fixed telephony users. Within the total are 648,181 PSTN subscribers": a part of the total
              // just given, never the total's metric itself (a part the text scopes, "693,591 were post-paid", is kept)
              unresolved.add(unresolved(q, Reasons.PART_OF_TOTAL, sentence));
              continue;
            }
            String mismatch = metricMismatch(s, clauseStart, q, metric);
            if (mismatch != null) {
              unresolved.add(unresolved(q, mismatch, sentence));
              continue;
            }
            resolved.add(new Resolved(q, item, base, metric));
            String otherCount = otherThingCounted(s, clauseStart, q);
            if (otherCount != null) {
              unresolved.add(unresolved(q, otherCount, sentence));
              continue;
            }
            if (NumeralRules.COUNT.equals(q.unit()) && ChangeRules.isChange(s, clauseStart, q.start(), q.end())) {
              unresolved.add(unresolved(q, Reasons.CHANGE_NOT_LEVEL, sentence));
              if (item != null && !MetricRules.isGeneric(item)) {
                // "Operators won 200,000 new mobile internet users. The service's total reached 26.08 million
                // users": a change names what the paragraph counts, which the next level's generic noun refers to
                previousItem = item;
                previousMetric = metric;
                documentItem = item;
              }
              continue;
            }
            if (negatedItem(s, terms, item, q, clauseStart, clauseEnd)) {
              unresolved.add(unresolved(q, Reasons.NEGATED_ITEM, sentence));
              continue;
            }
            if (NumeralRules.COUNT.equals(q.unit()) && q.spelled() && q.value() < 100
                && COUNT_OF_MANY.matcher(metric.id()).matches()) {
              // "young people with three and four cell phones", "two microwave radio relay installations": a small
              // count written as a word is of things in hand, never a total of subscribers, users, lines or sets
              unresolved.add(unresolved(q, Reasons.SMALL_COUNT, sentence));
              if (item != null && !MetricRules.isGeneric(item)) {
                previousItem = item; // it still names what the paragraph is about ("one mobile for every person")
                previousMetric = metric;
                documentItem = item;
              }
              continue;
            }
            boolean earlierUndated = false;
            if (spanEnd == null && ChangeRules.isEarlierValue(s, clauseStart, q.start()) && !hasDateRightAfter(s, wordPrefix, q, dates,
                quantities) && ScopeRules.NATIONAL.equals(
                    ScopeRules.scopeOf(s, clauseStart, q.start(), q.end(), clauseEnd, countryNames))) {
              // "up from 5.3 million" names an earlier level without its date; "compared with 72% in N'Djamena"
              // is another place's figure, and keeps its place as scope. Published undated (as a "last year" with
              // no document date is): the sentence's own date is the later level's, never this one's
              unresolved.add(unresolved(q, Reasons.EARLIER_VALUE_UNDATED, sentence));
              earlierUndated = true;
            }

            DateMention date = spanEnd != null ? spanEnd
                : earlierUndated ? null : respectiveOrBound(s, lines, wordPrefix, q, qi, dates, factDates, quantities);
            boolean boundHere = date != null;
            if (date != null) {
              boundDates.add(date);
            } else if (!earlierUndated) {
              date = paragraphDate != null ? paragraphDate : documentPeriod(p);
            }
            boolean planned = false;
            if (laterThanWriting(date)) {
              // a date after the text was written: the figure's own clause naming it makes the figure a plan or
              // forecast ("to provide 95% of the population with broadband by 2024"); from another clause ("aims
              // to have 10 million phones by the year 2000; ... satellite earth stations - 2") it is no date of this
              // figure's
              planned = boundHere && date.start() >= clauseStart && date.start() < clauseEnd;
              date = planned ? date : null;
            }
            if (date != null && date.undated()) {
              // "11 million at the end of last year" with no date the text was written: published undated, and
              // the date left out is counted by its cause
              unresolved.add(unresolved(q, Reasons.RELATIVE_DATE_UNDATED, sentence));
              date = null;
            }
            Observation o = observation(metric, q, date);
            o.setQualifier(QualifierRules.qualify(s, q.start(), q.end(), Math.max(clauseStart, previousEnd)));
            if (date == null && !earlierUndated) {
              awaitStoryPeriod(o, p, s, q, dates);
            }
            String scope = figureScope(s, clauseStart, clauseEnd, q, metric, quantities, qi);
            if (ScopeRules.NATIONAL.equals(scope) && NumeralRules.PERCENT.equals(q.unit()) && otherPeople(s, q)) {
              // "25% of Ugandans" in a text about Kenya: the people of another country
              unresolved.add(unresolved(q, Reasons.FIGURE_OF_PLACES, sentence));
              continue;
            }
            if (ScopeRules.NATIONAL.equals(scope) && LiteralGate.containsAny(s, 0, q.start(), " level", "-level")
                && PART_LEVEL.matcher(s).region(0, q.start()).find()) {
              // "At province level in 2007, Agusan del Norte posted the highest density at 12.19": a figure of a part
              // of the country its sentence does not name so that we can read it
              unresolved.add(unresolved(q, Reasons.FIGURE_OF_PLACES, sentence));
              continue;
            }
            if ((ScopeRules.NATIONAL.equals(scope) || ScopeRules.NATIONAL.equals(o.getScope()))
                && placesAreSubject(s, quantities, qi, clauseStart)) {
              // "Two years ago, 13 EU member countries reported more than 100 connections per hundred": a figure the
              // counted places share, not the country's
              unresolved.add(unresolved(q, Reasons.FIGURE_OF_PLACES, sentence));
              continue;
            }
            if (ScopeRules.NATIONAL.equals(scope) && (OTHER_AVERAGE.matcher(s)
                .region(Math.max(0, q.start() - 60), q.start()).find()
                || OTHER_AVERAGE_AFTER.matcher(s).region(q.end(), Math.min(s.length(), q.end() + 40)).lookingAt())) {
              // "muy por debajo del promedio regional, que se ubica en 106 por ciento", "the global average of 61"
              unresolved.add(unresolved(q, Reasons.AVERAGE_ELSEWHERE, sentence));
              continue;
            }
            if (averageBeside && ScopeRules.NATIONAL.equals(scope)
                && !NATIONAL_AVERAGE.matcher(s.substring(Math.max(clauseStart, q.start() - 40), q.start())).find()) {
              // "double the regional average of 74": an average over places the sentence does not name
              unresolved.add(unresolved(q, Reasons.AVERAGE_ELSEWHERE, sentence));
              continue;
            }
            if (ScopeRules.NATIONAL.equals(scope) && lastScope != null && !ScopeRules.NATIONAL.equals(lastScope)
                && lastScopeEnd <= q.start()
                && RESTATED_AS.matcher(s.substring(lastScopeEnd, q.start())).matches()) {
              scope = lastScope; // "avec un taux de 165%, soit 165 SIM actives pour 100 habitants": the same place's
            }
            o.setScope(scope);
            lastScope = scope;
            lastScopeEnd = q.end();
            String source = SourceRules.sourceAt(sources, q.start());
            // A sentence that attributes its figures itself, to nobody named ("according to the regulator"),
            // does not take a source named earlier in its paragraph.
            boolean ownAttribution = sources.isEmpty() && SourceRules.attributes(s)
                && !SourceRules.attributesToDocument(s); // not "according to the report": the one named before
            if (source.isEmpty() && !ownAttribution) {
              // a source named earlier in the paragraph; else, in a document that names one source and no other
              // ("according to the regulator ATT" in its lead), that one
              source = paragraphSource != null ? paragraphSource : storySource.sourceFor(p);
            }
            o.setSource(source);
            fillProvenance(o, sentence);
            if (planned || ChangeRules.isProjection(s, clauseStart, clauseEnd, q.start(), q.end())) {
              projections.add(o);
              continue;
            }
            observations.add(o);
            if (NumeralRules.PERCENT.equals(metric.unit()) && !metric.id().endsWith("_growth")) {
              shareMetrics.put(q0.start(), metric.id());
            }
            if (NumeralRules.PER_100.equals(metric.unit())) {
              lastRate = metric;
            }
            lastShare = NumeralRules.PERCENT.equals(metric.unit()) && !metric.id().endsWith("_growth") ? metric : null;
            previousMetric = metric;
            previousValue = q.value();
            previousItem = item;
            previousEnd = q.end();
            documentMetric = metric;
            documentMetricItem = item;
            documentValue = q.value();
            if (item != null && !MetricRules.isGeneric(item)) {
              documentItem = item;
            }
          }
          if (sentenceSource != null) {
            paragraphSource = sentenceSource; // a source named in a paragraph holds for its later figures
          }
          for (SourceRules.Source named : lead ? sources : List.<SourceRules.Source>of()) {
            if (observations.subList(observationsBefore, observations.size()).stream()
                .anyMatch(o -> named.name().equals(o.getScope()))) {
              continue; // "Telenor said it had 18 million customers": an operator's own figures, not the story's
            }
            storySource.note(s, named, p);
          }
        } else if (lead) {
          for (SourceRules.Source named : SourceRules.find(s, countryNames)) {
            storySource.note(s, named, p); // "according to the regulator ATT, the market grew"
          }
          String counted = numberOfWithoutFigure(s);
          Metric countedMetric = counted == null ? null : MetricRules.metricFor(NumeralRules.COUNT, null, counted);
          if (countedMetric != null) {
            // "Since then the number of mobile subscriptions has grown steadily. In December 2018 they totalled
            // 49.5 million": a sentence about the number of one item, with no figure, is what "they" counts next
            previousItem = counted;
            previousMetric = countedMetric;
          }
        }

        boolean eventHere = false;
        if (!dates.isEmpty()) {
          Map<DateMention, EventRules.Trigger> triggered = triggersByDate(s, dates);
          for (DateMention d : dates) {
            EventRules.Trigger t = triggered.get(d);
            if (d.undated() || d.inWords()) {
              continue; // "last year", "now": a date for figures, never a happening of its own
            }
            if (t != null || !boundDates.contains(d)) {
              events.add(event(sentence, d, t == null ? "other" : t.category()));
              eventHere = true;
            }
          }
          previousEventDate = eventHere ? lastEventDate(dates) : null;
          DateMention stated = sentencePeriod(s, withoutComparisonBases(s, dates));
          // "This is up from 4.09m a year earlier.": a sentence that only dates an earlier value leaves the
          // paragraph's period as it was
          paragraphDate = stated != null ? stated : paragraphDate;
          // "(57.24% in Q1 2016)": an aside's date is no period the text goes on in
          DateMention statedForFigures = statedPeriod(s, figureDates, quantities);
          documentStatedDate = statedForFigures != null ? statedForFigures : documentStatedDate;
        } else if (previousEventDate != null && EventRules.names(s)) {
          // "The service, known as Manbang, ...": names the thing the previous sentence dated
          List<EventRules.Trigger> ts = EventRules.find(s);
          String category = ts.stream().min(java.util.Comparator.comparingInt(EventRules.Trigger::priority))
              .map(EventRules.Trigger::category).orElse("service");
          events.add(event(sentence, previousEventDate, category));
        } else {
          previousEventDate = null;
        }
        if (lead) {
          noteLead(s, p, title != null, dates, figureDates, quantities, observations.size() > observationsBefore);
        }
        sentenceIndex++;
      }
    }
    storyPeriod.dateWaiting();
    addTableResults(tableResults, sentenceIndex, sentences, observations, unresolved);
    dropRestatements(observations, unresolved, sentences);
    return new Facts(sentences, observations, events, unresolved, projections);
  }

  /**
   * A figure the document states again (a headline repeated in its body, "15.2% or 152 lines for every 1,000"):
   * the same metric, value, unit, period and scope, from the same source or with no source on one side, is one
   * observation; the later statement is listed in unresolved as {@link Reasons#RESTATED}. The one kept takes the
   * source the other names.
   */
  // what may stand before a clause's subject: a date or time phrase, a connective
  private static final Pattern SUBJECT_OPENER = Pattern.compile(
      "(?i)\\s*(?:[^,;:]{0,40},\\s*)?(?:only|some|about|around|nearly|over|the|all)?\\s*");

  /** Whether a count of places ("13 EU member countries") opens the figure's clause as its subject. */
  private static boolean placesAreSubject(String s, List<Quantity> quantities, int qi, int clauseStart) {
    for (int i = qi - 1; i >= 0; i--) {
      Quantity c = quantities.get(i);
      if (c.start() < clauseStart) {
        return false;
      }
      if (NumeralRules.COUNT.equals(c.unit()) && NotFigureRules.countsPlaces(s, c.end())
          && SUBJECT_OPENER.matcher(s).region(clauseStart, c.start()).matches()
          && !s.substring(clauseStart, c.start()).matches("(?is).*\\b(?:of|among|de|des|entre|dos|das)\\s*$")) {
        return true;
      }
    }
    return false;
  }

  private static final Observation DATE_CONFLICT = new Observation();

  private static String undatedKey(Observation o) {
    return o.getMetric() + "|" + Math.round(o.getValue() * 1e6) + "|" + o.getUnit() + "|" + o.getScope();
  }

  private void dropRestatements(List<Observation> observations, List<Unresolved> unresolved,
      List<Sentence> sentences) {
    Map<String, Observation> first = new HashMap<>();
    Map<Integer, Sentence> byIndex = new HashMap<>();
    for (Sentence st : sentences) {
      byIndex.put(st.getIndex(), st);
    }
    // "penetration rose to 127.63 per cent in December 2015 ... representing a penetration rate of 127.63 per cent":
    // the same figure stated again without its date is the dated one, which takes the source the other names
    Map<String, Observation> dated = new HashMap<>();
    for (Observation o : observations) {
      if (o.getPeriodStart() != null) {
        // (a third figure after a conflict stays a conflict: DATE_CONFLICT has no period)
        dated.merge(undatedKey(o), o, (a, b) -> a != DATE_CONFLICT && a.getPeriodStart().equals(b.getPeriodStart())
            && java.util.Objects.equals(a.getPeriodEnd(), b.getPeriodEnd()) ? a : DATE_CONFLICT);
      }
    }
    List<Observation> kept = new ArrayList<>(observations.size());
    for (Observation o : observations) {
      Observation same = o.getPeriodStart() == null && o.getPeriodEnd() == null ? dated.get(undatedKey(o)) : null;
      if (same != null && same != DATE_CONFLICT && byIndex.get(o.getSentenceIndex()) != null) {
        String src = o.getSource() == null ? "" : o.getSource();
        String sameSrc = same.getSource() == null ? "" : same.getSource();
        if (src.isEmpty() || sameSrc.isEmpty() || src.equals(sameSrc)) {
          if (sameSrc.isEmpty() && !src.isEmpty()) {
            same.setSource(src);
          }
          unresolved.add(Unresolved.of(docId, o.getValue(), o.getUnit(), Reasons.RESTATED,
              byIndex.get(o.getSentenceIndex())));
          continue;
        }
      }
      String key = o.getMetric() + "|" + Math.round(o.getValue() * 1e6) + "|" + o.getUnit() + "|"
          + o.getPeriodStart() + "|" + o.getPeriodEnd() + "|" + o.getScope();
      Observation seen = first.get(key);
      String src = o.getSource() == null ? "" : o.getSource();
      String seenSrc = seen == null || seen.getSource() == null ? "" : seen.getSource();
      Sentence st = byIndex.get(o.getSentenceIndex());
      if (seen != null && st != null && (src.isEmpty() || seenSrc.isEmpty() || src.equals(seenSrc))) {
        if (seenSrc.isEmpty() && !src.isEmpty()) {
          seen.setSource(src);
        }
        unresolved.add(Unresolved.of(docId, o.getValue(), o.getUnit(), Reasons.RESTATED, st));
        continue;
      }
      if (seen == null) {
        first.put(key, o);
      }
      kept.add(o);
    }
    if (kept.size() != observations.size()) {
      observations.clear();
      observations.addAll(kept);
    }
  }

  /**
   * The given tables and those the plain-text detector finds, each read by the {@link TableExtractor} (row sentence
   * indices from 0; {@link #addTableResults} moves them after the prose's). A detected table none of whose cells
   * becomes an observation is left to the prose rules (the detector took lines that were not a table of figures).
   */
  private List<TableExtractor.Result> readTables() {
    TableExtractor reader = new TableExtractor(docId, countryNames);
    List<TableExtractor.Result> out = new ArrayList<>();
    for (Table t : tables) {
      out.add(reader.extract(t, TableExtractor.renderedRowSpans(t, layout.text()), 0));
    }
    List<int[]> given = tables.stream().map(t -> new int[] {t.charStart(), t.charEnd()}).toList();
    for (PlainTextTables.Detected d : PlainTextTables.detect(layout.columnText(), this::sectionAt, given)) {
      if (insideGivenTable(d.table())) {
        continue; // a format reader's table, rendered as lines: read above from its cells, not again from its text
      }
      TableExtractor.Result r = reader.extract(d.table(), d.rowSpans(), 0);
      if (!r.observations().isEmpty()
          || r.unresolved().stream().anyMatch(u -> u.getReason().equals(Reasons.FRACTIONAL_COUNT))
          || (d.table().headerRows() > 0 && !r.unresolved().isEmpty())) {
        // a table whose counts are fractional ("2016 24.5" under "Mobile subscriptions", no scale given), or one with
        // a header row whose cells name no metric, is still the table: its cells go to unresolved with their
        // reasons, not back to the prose reader (which would lose "42,2" or "2015 35.0" without a trace)
        out.add(r);
      }
    }
    return out;
  }

  private boolean insideGivenTable(Table detected) {
    for (Table t : tables) {
      if (detected.charStart() < t.charEnd() && detected.charEnd() > t.charStart()) {
        return true;
      }
    }
    return false;
  }

  private String sectionAt(int position) {
    String section = DocumentLayout.LEAD_SECTION;
    for (DocumentLayout.Paragraph p : layout.paragraphs()) {
      if (p.start() > position) {
        break;
      }
      section = p.section();
    }
    return section;
  }

  /** The analysis text with every table row's span blanked (lengths and offsets kept). */
  private static String withoutTables(String analysis, List<TableExtractor.Result> results) {
    if (results.isEmpty()) {
      return analysis;
    }
    char[] masked = analysis.toCharArray();
    for (TableExtractor.Result r : results) {
      for (Sentence row : r.rows()) {
        for (int i = Math.max(0, row.getCharStart()); i < Math.min(masked.length, row.getCharEnd()); i++) {
          masked[i] = ' ';
        }
      }
    }
    return new String(masked);
  }

  /** Appends the tables' rows, observations and unresolved cells, their sentence indices after the prose's. */
  private void addTableResults(List<TableExtractor.Result> results, int firstIndex, List<Sentence> sentences,
      List<Observation> observations, List<Unresolved> unresolved) {
    int offset = firstIndex;
    for (TableExtractor.Result r : results) {
      if (observations.size() + unresolved.size() >= maxRecords) {
        break;
      }
      for (Sentence s : r.rows()) {
        s.setIndex(s.getIndex() + offset);
        s.setParagraph(paragraphAt(s.getCharStart()));
        sentences.add(s);
      }
      for (Observation o : r.observations()) {
        o.setSentenceIndex(o.getSentenceIndex() + offset);
        observations.add(o);
      }
      for (Unresolved u : r.unresolved()) {
        u.setSentenceIndex(u.getSentenceIndex() + offset);
        unresolved.add(u);
      }
      offset += r.rows().size();
    }
  }

  private int paragraphAt(int position) {
    int index = 0;
    for (DocumentLayout.Paragraph p : layout.paragraphs()) {
      if (p.start() > position) {
        break;
      }
      index = p.index();
    }
    return index;
  }

  /**
   * A relative date resolved: a deictic one ("last year", "18 months ago", "now") against the document's date when
   * that date says when the text was written ({@link DocumentDate#trusted()}), an anaphoric one ("that year", "a
   * year earlier", "the previous month") against the date named last before it in the paragraph. One that cannot
   * be resolved stays in the sentence, undated, so its figures are not given another date of the sentence.
   */
  /** Whether {@code date} starts in a later year than the trusted date the document was written. */
  private boolean laterThanWriting(DateMention date) {
    return date != null && documentDate.trusted() && date.from() != null
        && date.from().getYear() > documentDate.to().getYear();
  }

  private DateMention resolveRelative(DateMention d, DateMention lastDate) {
    if (!d.relative()) {
      return d;
    }
    DateMention r = null;
    if (d.deictic()) {
      if (documentDate.trusted()) {
        r = d.resolveAgainst(documentDate.from(), documentDate.to());
      }
    } else if (lastDate != null) {
      r = d.resolveAgainst(lastDate.from(), lastDate.to());
    } else if (documentDate.trusted()) {
      r = d.resolveAgainstWriting(documentDate.to()); // "in February", no date named before it
    }
    return r != null ? r : d;
  }

  /**
   * The period a sentence states, for the sentences after it: its last date, unless that date only dates an earlier
   * value ("65 million by March 2007, up from 12 million five years earlier" states March 2007); null when every
   * date it names does.
   */
  private static DateMention sentencePeriod(String s, List<DateMention> dates) {
    // "stood at 147% at the end of September, against 146% three months earlier and 143% at end-March 2014": the
    // dates after the words that open a comparison date earlier levels, not the period the text goes on in
    // (up to the next semicolon)
    int comparedFrom = Integer.MAX_VALUE;
    int comparedTo = Integer.MAX_VALUE;
    Matcher opener = COMPARED_OPENER.matcher(s);
    if (!dates.isEmpty() && opener.find() && dates.get(0).end() <= opener.start()) {
      comparedFrom = opener.start();
      int semicolon = s.indexOf(';', comparedFrom);
      comparedTo = semicolon < 0 ? Integer.MAX_VALUE : semicolon;
    }
    for (int i = dates.size() - 1; i >= 0; i--) {
      DateMention d = dates.get(i);
      boolean comparedLevel = d.start() >= comparedFrom && d.start() < comparedTo;
      if (!(d.inWords() && !d.deictic()) && !comparedLevel) {
        return d;
      }
    }
    return null;
  }

  /**
   * The period a sentence states for its own figures, for "in the same period" later in the text: its last date of
   * them, skipping the date of an earlier level ("down from 32,370 registered in the October to December 2019
   * quarter" dates the 32,370, not the period the text goes on in); null when there is none.
   */
  private static DateMention statedPeriod(String s, List<DateMention> figureDates, List<Quantity> quantities) {
    DateMention stated = null;
    int[] wordPrefix = null;
    for (DateMention d : figureDates) {
      if (!quantities.isEmpty()) {
        wordPrefix = wordPrefix != null ? wordPrefix : wordPrefix(s);
        if (datesEarlierLevel(s, wordPrefix, d, quantities)) {
          continue;
        }
      }
      stated = d;
    }
    return stated;
  }

  /** The last date of a sentence that can be a happening's (not "last year" or "now"), or null. */
  private static DateMention lastEventDate(List<DateMention> dates) {
    for (int i = dates.size() - 1; i >= 0; i--) {
      DateMention d = dates.get(i);
      if (!d.undated() && !d.inWords()) {
        return d;
      }
    }
    return null;
  }

  private Unresolved unresolved(Quantity q, String reason, Sentence sentence) {
    return Unresolved.of(docId, q.value(), q.unit(), reason, sentence);
  }

  /** Dates of a whole paragraph, as absolute positions in the document. */
  private static List<DateMention> paragraphDates(String analysis, DocumentLayout.Paragraph p) {
    List<DateMention> out = new ArrayList<>();
    for (DateMention d : DateRules.find(analysis.substring(p.start(), p.end()))) {
      if (!d.relative()) {
        out.add(new DateMention(d.start() + p.start(), d.end() + p.start(), d.from(), d.to(), false, 0,
            d.rule()));
      }
    }
    return out;
  }

  /**
   * A labelled value ("total subscriptions: 27 million", "Internet users: 4,000 (2002)"): the label says what is
   * counted and in which unit, the field's name or the section supplies the item a generic label lacks; the date
   * is the one printed with the value, else the first one after it in its field (which dates every figure before
   * it); "est." makes it approximate.
   */
  private Observation labelledValue(Quantity q, FieldRules.Label label, String s, int offset,
      DocumentLayout.Paragraph p, String fieldItem, List<DateMention> paragraphDates, Sentence sentence,
      List<Unresolved> unresolved) {
    String labelText = label.text(s);
    String notFigure = NotFigureRules.labelReason(labelText);
    if (notFigure != null) {
      unresolved.add(unresolved(q, notFigure, sentence));
      return null;
    }
    MetricRules.LabelReading reading = MetricRules.readLabel(labelText, q.unit());
    String item = reading.item();
    // on the value's own line: "Penetración ...: 120,4" then "Líneas fijas: ..." on the next line names another value
    String following = itemRightAfter(layout.text().length() == layout.analysisText().length()
        && offset + s.length() <= layout.text().length() ? layout.text().substring(offset, offset + s.length()) : s, q);
    if (OTHER_THING.equals(following)) {
      unresolved.add(unresolved(q, Reasons.NO_METRIC, sentence)); // "international: 24 ocean cable systems in use"
      return null;
    }
    if (following != null && (item == null || MetricRules.isGeneric(item))) {
      item = following; // "domestic: more than 110,000 pay telephones": the noun after the value says what it counts
    }
    if (item == null || MetricRules.isGeneric(item)) {
      // the field's own words ("Telephones: 8.7 million"), else the section's ("Telephones - fixed lines" over
      // "total subscriptions: 2.6 million")
      String context = p.field() != null ? MetricRules.topicOf(p.field()) : null;
      context = context != null ? context : MetricRules.topicOf(p.section());
      if (context != null) {
        item = context;
      }
    }
    if (fieldItem != null && item != null && !item.equals(fieldItem) && !labelText.equals(p.field())
        && reading.item() != null && !MetricRules.isGeneric(reading.item()) && !opensWithLabelledValue(p)) {
      // "Broadband - fixed subscriptions: ... mobile internet subscriptions per 100 inhabitants: 3": a sub-label
      // that names another item than its field cannot be told apart from a garbled entry
      unresolved.add(unresolved(q, Reasons.AMBIGUOUS_ITEM, sentence));
      return null;
    }
    double value = NumeralRules.times(q.value(), reading.factor()
        * (NumeralRules.COUNT.equals(reading.unit()) ? labelScale(q, s, labelText, p, offset + q.start()) : 1));
    // a terse label's share is of what follows it ("Internet access: 74% of households"), else of the population
    // ("Internet users: 40%")
    String base = reading.base();
    if (base == null && NumeralRules.PERCENT.equals(reading.unit())) {
      String after = baseRightAfter(s, q);
      base = after != null ? after : "population";
    }
    if (NumeralRules.PERCENT.equals(reading.unit())
        && SHARE_OF_COUNT.matcher(s).region(q.end(), Math.min(s.length(), q.end() + 50)).lookingAt()) {
      // "... motif de connexion : 86% des internautes": a share of users, not of people
      unresolved.add(unresolved(q, Reasons.SHARE_OF_SUBSCRIBERS, sentence));
      return null;
    }
    Metric metric = item == null || MetricRules.isGeneric(item) ? null
        : MetricRules.metricFor(reading.unit(), base, item);
    String place = null;
    if (metric == null && reading.item() == null && reading.base() == null) {
      // "Cantidad de hogares con teléfono fijo por departamento:" over "- Ahuachapán: 5.57 %": a list of places
      // under a heading that names the metric and says its lines are places
      String heading = headingOfLabelRun(layout.text(), offset + q.start());
      if (heading != null && heading.endsWith(":") && BY_PLACE.matcher(heading).find()
          && PLACE_LABEL.matcher(labelText.strip()).matches()) {
        MetricRules.LabelReading h = MetricRules.readLabel(heading, q.unit());
        if (h.item() != null && !MetricRules.isGeneric(h.item())) {
          metric = MetricRules.metricFor(h.unit(), h.base(), h.item());
          place = metric == null ? null : BULLET_MARK.matcher(labelText.strip()).replaceFirst("");
        }
      }
    }
    if (metric == null) {
      unresolved.add(unresolved(q, item != null && MetricRules.isGeneric(item) ? Reasons.AMBIGUOUS_ITEM
          : Reasons.NO_METRIC, sentence));
      return null;
    }
    int at = offset + q.start();
    DateMention date = labelDate(labelText); // "2016: 51.2 million": the label is the period
    for (DateMention d : date != null ? List.<DateMention>of() : paragraphDates) {
      if (d.start() >= offset + label.valueStart() && d.end() <= at) {
        date = d; // "subscriptions per 100 inhabitants: (2023 est.) less than 1"
      }
    }
    if (date == null) {
      for (DateMention d : paragraphDates) {
        if (d.start() >= offset + q.end()) {
          date = d;
          break;
        }
      }
    }
    if (date == null) {
      // "Key indicators (2015)" over "Mobile subscriptions: 5,234,000": the heading of its section, or a heading
      // line that opens its paragraph
      date = headingDateMemo(headingOfLabelRun(layout.text(), at));
      if (date == null) {
        date = documentPeriod(p);
      }
    }
    Observation o = new Observation();
    o.setDocId(docId);
    o.setMetric(metric.id());
    o.setValue(value);
    o.setUnit(metric.unit());
    String qualifier = QualifierRules.qualify(s, q.start(), q.end(), label.valueStart());
    if (QualifierRules.EXACT.equals(qualifier) && date != null && isEstimate(layout.analysisText(), date)) {
      qualifier = QualifierRules.APPROX;
    }
    o.setQualifier(qualifier);
    if (date != null) {
      o.setPeriodStart(date.from());
      o.setPeriodEnd(date.to());
    }
    o.setScope(place != null ? place : ScopeRules.NATIONAL);
    o.setSource("");
    fillProvenance(o, sentence);
    return o;
  }

  // a list heading that says its lines are places: "por departamento", "by region", "par région", "por estado"
  private static final Pattern BY_PLACE = Pattern.compile("(?iu)(?<![\\p{L}])(?:por|by|par|per|pour)\\s+(?:"
      + ScopeRules.PART_KIND + "|state|city|ciudad|cidade|ville|counties|cities)(?:s|es)?(?![\\p{L}])");
  // the name of a place as a list line's label ("La Libertad", "San Vicente"), after its bullet
  private static final Pattern PLACE_LABEL = Pattern.compile("(?:[-–•*]\\s*)?" + ScopeRules.PLACE_NAME);
  private static final Pattern BULLET_MARK = Pattern.compile("^[-–•*]\\s*");

  /**
   * The scale a count written in bare digits under a label is printed in, from the label ("Mobile subscriptions
   * (millions): 43.6"), the section's heading ("Telecom subscriptions (millions)" over "Mobile: 43.6") or the line
   * over its run of labels ("Subscriptions (millions), 2019"); 1 for a count written with its own scale.
   */
  private double labelScale(Quantity q, String s, String labelText, DocumentLayout.Paragraph p, int at) {
    if (!writtenInDigits(s, q)) {
      return 1;
    }
    double f = NumeralRules.printedScale(labelText);
    f = f != 1 ? f : NumeralRules.printedScale(p.section());
    return f != 1 ? f : NumeralRules.printedScale(headingOfLabelRun(layout.text(), at));
  }

  /**
   * Whether the paragraph's first line is itself "label: value" ("Mobile subscriptions: 5,234,000" over "Fixed lines:
   * 261,000"): a list of labelled values, each line its own, not a field whose sub-labels must agree with it.
   */
  private boolean opensWithLabelledValue(DocumentLayout.Paragraph p) {
    String text = layout.columnText();
    int lineEnd = text.indexOf('\n', p.start());
    String first = text.substring(p.start(), lineEnd < 0 || lineEnd > p.end() ? p.end() : lineEnd).strip();
    for (String part : first.split(";")) { // "Mobile subscriptions: 152,000 (2017); fixed lines: 4,000 (2017)."
      if (!part.isBlank() && !ONE_LABELLED_VALUE.matcher(part.strip()).matches()) {
        return false;
      }
    }
    return true;
  }

  // "Mobile subscriptions: 5,234,000" (one label, then the value), not "Broadband - fixed subscriptions: total: ..."
  private static final Pattern ONE_LABELLED_VALUE = Pattern.compile(
      "^[^:\n]{1,80}:\\s*(?:(?:about|some|over|approximately|around|environ|cerca\\s+de)\\s+)?\\d[^:]*$");
  // a colon inside brackets is no label's: "Various statistics (Latest data available: 2013)" is a heading
  private static final Pattern LABEL_LINE = Pattern.compile("^(?:[^:(\n]|\\([^():\n]*\\)){1,80}:\\s*\\S.*$");

  /**
   * The line above a run of "label: value" lines (blank lines between allowed) that holds {@code at}, when it reads
   * as a heading (no colon, no full stop at its end), or null: "Key indicators (2015)" over "Mobile subscriptions:
   * 5,234,000" and "Fixed lines: 261,000".
   */
  static String headingOfLabelRun(String text, int at) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    for (int steps = 0; steps < 20 && lineStart > 0; steps++) {
      int prevEnd = lineStart - 1;
      int prevStart = text.lastIndexOf('\n', Math.max(0, prevEnd - 1)) + 1;
      String line = text.substring(prevStart, prevEnd).strip();
      lineStart = prevStart;
      if (line.isEmpty() || LABEL_LINE.matcher(line).matches()) {
        continue;
      }
      return line.endsWith(".") ? null : line;
    }
    return null;
  }

  /** The period a label that is only a period names ("2016", "June 2019", "Q3 2018"), as a table header is read. */
  private static DateMention labelDate(String label) {
    return org.telecomgrowth.extract.table.TableExtractor.headerPeriod(label, null);
  }

  private static final Pattern PUBLICATION_HEADING = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:edition|[ée]dition|edici[óo]n|edi[çc][ãa]o|published|publi[ée]|publicad[oa]|updated?|version|"
          + "factbook|yearbook|annuaire|anuario|anu[áa]rio|issue|accessed|retrieved|copyright)(?![\\p{L}])");

  // a document's headings repeat for every labelled value under them (the Factbook's fields): each read once
  private final Map<String, Optional<DateMention>> headingDates = new HashMap<>();
  private DateMention titleDate; // the one period the document's title states, or null
  private StoryPeriod storyPeriod; // the one period the document's lead states for its figures

  private DateMention headingDateMemo(String heading) {
    return heading == null ? null : headingDates.computeIfAbsent(heading, h -> Optional.ofNullable(headingDate(h)))
        .orElse(null);
  }

  /**
   * The one date a section heading states for the values under it ("Key indicators (2015)", "Indicadores del mercado
   * (junio de 2020)", "Market data as of June 2016"), or null: none, several, a span, a relative one or "since 1990".
   */
  static DateMention headingDate(String heading) {
    if (heading == null || heading.isBlank() || heading.length() > 120 || PUBLICATION_HEADING.matcher(heading).find()) {
      return null; // "Aruba — Communications (The World Factbook, 2018 edition)": when it was published, not of when
    }
    List<DateMention> dates = DateRules.find(heading);
    if (dates.size() != 1) {
      return null;
    }
    DateMention d = dates.get(0);
    if (d.relative() || d.from() == null || d.to().getYear() != d.from().getYear()
        || SINCE_BEFORE.matcher(heading).region(Math.max(0, d.start() - 8), d.start()).find()) {
      return null;
    }
    return d;
  }

  /** A specific item named within three words after the number, before any punctuation, or null. */
  private static String itemRightAfter(String s, Quantity q) {
    String after = phraseAfter(s, q, 40);
    if (countsOtherThingAfter(s, q)) {
      return OTHER_THING; // "domestic: 4 mobile cellular service providers": the item only says which providers
    }
    for (MetricRules.Term t : MetricRules.terms(after)) {
      if ((t.kind().equals("other") || t.kind().equals("item") && !MetricRules.isGeneric(t.name()))
          && after.substring(0, t.start()).strip().split("\\s+").length <= 3) {
        return t.kind().equals("other") ? OTHER_THING : t.name(); // "international: 24 ocean cable systems"
      }
    }
    return null;
  }

  /** The words after q up to the first punctuation (";", "(", ":", ",", ".", a line break), at most max chars. */
  private static String phraseAfter(String s, Quantity q, int max) {
    int stop = Math.min(s.length(), q.end() + max);
    for (int i = q.end(); i < stop; i++) {
      char c = s.charAt(i);
      if (c == ';' || c == '(' || c == ':' || c == ',' || c == '.' || c == '\n') {
        return s.substring(q.end(), i);
      }
    }
    return s.substring(q.end(), stop);
  }

  /**
   * Whether the noun phrase right after the count q (within two words) is a thing no metric counts, bare ("54.69
   * billion messages") or qualified by an item ("516,000 landline calls").
   */
  private static boolean countsOtherThingAfter(String s, Quantity q) {
    String after = phraseAfter(s, q, 50);
    if (after.isBlank()) {
      return false;
    }
    List<MetricRules.Term> ts = MetricRules.terms(after);
    for (int i = 0; i < ts.size(); i++) {
      MetricRules.Term t = ts.get(i);
      if (t.kind().equals("base") || t.kind().equals("predicate") || t.kind().equals("anaphora")) {
        continue;
      }
      if (after.substring(0, t.start()).strip().split("\\s+").length > 2) {
        return false;
      }
      if (t.kind().equals("other")) {
        return true;
      }
      if (!t.kind().equals("item")) {
        return false;
      }
      for (int j = i + 1; j < ts.size(); j++) {
        MetricRules.Term next = ts.get(j);
        if (next.start() < t.end()) {
          continue;
        }
        return next.kind().equals("other") && MetricRules.qualifies(after, t, next);
      }
      return false;
    }
    return false;
  }

  // "to 17.8 billion from 16.2 billion minutes", "from 3 million to 3.4 million calls": the words joining the two
  // levels of a change
  private static final Pattern PAIR_JOIN = Pattern.compile("\\s*(?:from|to|de|à|a|para|hasta|até)\\s+");

  /**
   * Whether the level right after {@code q}, joined to it by "from" or "to", counts a thing no metric counts ("to
   * 17.8 billion from 16.2 billion minutes"): the noun after the pair names both of its levels.
   */
  private static boolean pairCountsOtherThing(String s, Quantity q, List<Quantity> quantities, int qi) {
    if (qi + 1 >= quantities.size()) {
      return false;
    }
    Quantity next = quantities.get(qi + 1);
    return NumeralRules.COUNT.equals(next.unit()) && PAIR_JOIN.matcher(s).region(q.end(), next.start()).matches()
        && countsOtherThingAfter(s, next);
  }

  /** What {@link #itemRightAfter} returns for a thing no metric counts ("24 ocean cable systems"). */
  private static final String OTHER_THING = "#other";

  // "74 % des ménages", "30% of households", "41 % d'individus": the base a share names right after it
  private static final Pattern BASE_RIGHT_AFTER = Pattern.compile(
      "^\\s*(?:of|des|de|d['’]|del|dos|das|da|do)\\s*(?:the\\s+|los\\s+|las\\s+|la\\s+|les\\s+)?(?=\\p{L})",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The base a share names right after it ("of households", "des ménages"), or null. */
  private static String baseRightAfter(String s, Quantity q) {
    java.util.regex.Matcher m = BASE_RIGHT_AFTER.matcher(s).region(q.end(), Math.min(s.length(), q.end() + 60));
    if (!m.lookingAt()) {
      return null;
    }
    for (MetricRules.Term t : MetricRules.terms(s.substring(m.end(), Math.min(s.length(), m.end() + 40)))) {
      if (t.kind().equals("base") && t.start() == 0) {
        return t.name();
      }
    }
    return null;
  }

  // "(2014 est.)", "(July 2016 est.)": an estimate marked inside the date's brackets
  private static boolean isEstimate(String text, DateMention d) {
    int close = text.indexOf(')', d.end());
    int open = text.lastIndexOf('(', d.start());
    if (close < 0 || close - d.end() > 12 || open < 0 || d.start() - open > 20) {
      return false;
    }
    return text.substring(d.end(), close).contains("est") || text.substring(open, d.start()).contains("est");
  }

  private Event event(Sentence sentence, DateMention d, String category) {
    Event e = new Event();
    e.setDocId(docId);
    e.setPeriodStart(d.from());
    e.setPeriodEnd(d.to());
    e.setCategory(category);
    e.setSection(sentence.getSection());
    e.setSentenceIndex(sentence.getIndex());
    e.setSentence(sentence.getText());
    e.setCharStart(sentence.getCharStart());
    e.setCharEnd(sentence.getCharEnd());
    return e;
  }

  private static void fillProvenance(Observation o, Sentence sentence) {
    o.setSection(sentence.getSection());
    o.setSentenceIndex(sentence.getIndex());
    o.setSentence(sentence.getText());
    o.setCharStart(sentence.getCharStart());
    o.setCharEnd(sentence.getCharEnd());
    o.setLocation("");
  }

  // "this service", "these subscribers", "the lines": a noun phrase that refers back to what was counted; not one a
  // phrase after it qualifies ("the subscriptions for voice services", "the lines of the operator"), nor "that"
  // (mostly a conjunction: "the report said that subscribers of X reached")
  private static final Pattern REFERRING_NOUN = Pattern.compile(
      "(?i)\\b(?:this|these|the)\\s+(?:service|lines|subscribers|subscriptions|users|connections|customers)\\b"
          + "(?!\\s+(?:for|of|to|in|on|with|at|by|from|who|which|that)\\b)"
          // "o número de utilizadores desceu de 14 milhões", "el número de usuarios", "le nombre d'abonnés"
          + "|(?iu)(?<![\\p{L}])(?:o|el|le|este|esse|ese|ce)\\s+(?:n[úu]mero|nombre)\\s+(?:de|d['’])\\s*(?:utilizadores|usu[áa]rios"
          + "|usuarios|abonn[ée]s|abonnements|abonados|assinantes|suscriptores|suscripciones|clientes|clients|l[íi]neas"
          + "|linhas|lignes|acessos|accesos)(?![\\p{L}])(?!\\s+(?:de|d[aeo]s?|du|del|à|a|au|en|em|no|na)\\s)");
  /**
   * The reason a count with no metric is left out: a population or a change when its words say so ("près de 33
   * millions d'habitants", "a redução de 3.405.118 linhas"), which tells more than {@code otherwise}.
   */
  private static String notALevel(String s, int clauseStart, Quantity q, String otherwise) {
    if (!NumeralRules.COUNT.equals(q.unit())) {
      return otherwise;
    }
    if (NotFigureRules.isPopulation(s, clauseStart, q.start(), q.end())) {
      return Reasons.POPULATION;
    }
    if (NotFigureRules.isCapacity(s, clauseStart, q.start())) {
      return Reasons.CAPACITY;
    }
    return ChangeRules.isChange(s, clauseStart, q.start(), q.end()) ? Reasons.CHANGE_NOT_LEVEL : otherwise;
  }

  private static final Pattern PART_OF_FIGURE = Pattern.compile(
      "(?<![\\p{L}])(?:of|de|del|du|do|da|sur)\\s+(?:this|that|the|este|ese|esse|este|ce|cet|cette|le|el|o)\\s+"
          + "(?:total|number|figure|n[úu]mero|nombre|chiffre|cifra|parc|base)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\b(?:since|depuis|desde)\\s+$");
  // the words that compare a figure with another ("compared with", "versus", "par rapport à", "frente a", "em
  // comparação com"): for the base of a comparison right before its date, and for the earlier levels after a figure
  private static final String COMPARED_WITH = "compared\\s+(?:with|to)|versus|vs\\.?|against|par\\s+rapport\\s+(?:à|au|aux)"
      + "|compar[ée]e?s?\\s+(?:à|au|avec)|en\\s+comparaci[óo]n\\s+con|comparad[oa]s?\\s+(?:con|com|a|ao)"
      + "|frente\\s+(?:a|al|ao)|em\\s+compara[çc][ãa]o\\s+com"
      // "ficou pelos 71 mil e 874, quando em 2008 eram 71 mil e 860", "cuando en 2010 eran"
      + "|(?<=,\\s)quando\\s+em|(?<=,\\s)cuando\\s+en";
  // the words that open the base of a comparison, right before its date ("than in 2016", "par rapport à 2014",
  // "respecto al mismo mes de 2016", "face ao trimestre de 2020", "em comparação com o mesmo período de 2016")
  private static final Pattern COMPARISON_BASE_BEFORE = Pattern.compile(
      "(?<![\\p{L}])(?:than(?:\\s+(?:in|at|during))?|" + COMPARED_WITH
          // "plus qu'en 2014", "más que en 2016", "mais do que em 2015" (a bare "que en" is "that in")
          + "|(?:plus|moins|m[áa]s|menos|mais|mayor|menor|superior|inferior)(?:\\s+[\\p{L}\\p{N}%.,]+){0,2}?\\s+"
          // ("un 4% más que un año antes": the comparative's "que" right before its date)
          + "(?:qu['’]\\s*(?:en|au|à)|(?:do\\s+)?que(?:\\s+lo\\s+(?:registrado|observado|reportado))?(?:\\s+(?:en|a|al|em|no|na))?)"
          + "|(?:con\\s+)?respecto\\s+(?:a|al|de|del)"
          // "1,7 puntos por encima de 2011", "au-dessus de 2015", "acima de 2019", "two points above 2011"
          + "|por\\s+(?:encima|debajo)\\s+(?:de|del)|au-(?:dessus|dessous)\\s+(?:de|du)|(?:acima|abaixo)\\s+(?:de|do|da)"
          + "|(?<=(?:points?|puntos|pp|%)\\s)(?:above|below)"
          + "|face\\s+(?:à|au|a|ao)|(?:em|por)\\s+rela[çc][ãa]o\\s+(?:a|ao|à)|relativamente\\s+(?:a|ao)"
          // "up 0.6 mln from January 2011", "(down 0.5% from January 2011, 2.9% from February 2010)": a change's amount
          // and the date it is counted from
          + "|\\d[\\d.,]*\\s*(?:%|percent|per\\s+cent|mln|million|bn|billion|thousand|points?|percentage\\s+points?|pp)?"
          + "\\s+(?:from|since))"
          + "(?:\\s+(?:the|el|la|o|a|le|les|lo)|\\s+l['’])?"
          + "(?:\\s+(?:same|mismo|misma|mesmo|mesma|même))?"
          // "respecto del último semestre de 2020", "against the last half of 2020"
          + "(?:\\s+(?:last|previous|preceding|[úu]ltim[oa]|anterior|derni(?:er|ère)|précédente?))?"
          + "(?:\\s+(?:period|quarter|half|month|year|time|periodo|período|per[íi]odo|mes|mês|trimestre|semestre|año|ano"
          + "|mois|période|année)(?:\\s+(?:of|in|last|de|del|do|da|en|em))?)?\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final LiteralGate COMPARISON_GATE = LiteralGate.anyOf("than", "compar", "versus", "vs", "rapport",
      "qu", "respecto", "frente", "face", "rela", "against", "from", "since", "encima", "debajo", "dessus", "dessous",
      "acima", "abaixo", "above", "below");

  private static final String SAME_PERIOD = "in the same period";
  private static final String CLOSED_PERIOD = "closed the period with";

  /** Whether {@code d} is the base a change is measured against ("compared with 2022", "frente a 2020"). */
  private static boolean isComparisonBase(String s, DateMention d) {
    return COMPARISON_GATE.mayMatch(LiteralGate.lower(s))
        && COMPARISON_BASE_BEFORE.matcher(s).region(Math.max(0, d.start() - 60), d.start()).find()
        // (not "grew 15% from 2021 to the end of 2022": the start of the span the change is over)
        && !SPAN_TO_AFTER.matcher(s).region(d.end(), s.length()).lookingAt();
  }

  private static final Pattern SPAN_TO_AFTER = Pattern.compile("\\s*(?:to|until|through|till|-|–|à|a|al|hasta|até)\\s");

  /**
   * Whether {@code d}, resolved as {@code resolved}, dates the sentence's own figures: dated, not an earlier value's
   * ("a year earlier"), not a base ("compared with 2022"), not in an aside ("(55.1% in Q1 2016)").
   */
  private static boolean datesItsFigures(String s, DateMention d, DateMention resolved) {
    return !resolved.undated() && !(d.inWords() && !d.deictic()) && !isComparisonBase(s, d)
        && !insideBrackets(s, d.start());
  }

  // "without a", "sans", "sin", "sem", "have no", "do not have", "never used the", "n'ont pas de", "no tienen", "não
  // têm": the thing named right after is what they lack
  private static final Pattern NEGATION_BEFORE = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:without|sans|sin|sem|lack(?:ing|s)?|(?:have|has|had|with)\\s+no|(?:do|does|did)\\s+not\\s+(?:have|own|use)"
          + "|(?:don['’]t|doesn['’]t|didn['’]t)\\s+(?:have|own|use)|never\\s+(?:used|had|owned)|n['’]\\s*(?:ont|a|avaient|avait)\\s+(?:pas|jamais)"
          + "|no\\s+(?:tienen|tiene|ten[íi]an|cuentan\\s+con|disponen\\s+de|usan|han\\s+usado)|n[ãa]o\\s+(?:t[êe]m|tinham|possuem|usam|disp[õo]em\\s+de))"
          + "\\s+(?:(?:a|an|any|the|de|d['’]|un|une|una|um|uma|acceso|access|acc[èe]s|acesso|to|a|à|ao|al|la|le|o|el|l['’]|du|des)\\s*){0,3}$");

  /**
   * Whether the item a figure counts is named as lacking in its clause ("42% of households have no internet access",
   * "1.2 million households without a mobile phone, 53.9% of them"): the figure is its complement.
   */
  private static boolean negatedItem(String s, List<Term> terms, String item, Quantity q, int clauseStart,
      int clauseEnd) {
    if (item == null || !NEGATION_GATE.mayMatch(LiteralGate.lower(s))) {
      return false;
    }
    // the naming of the item nearest the figure, within a few words of it ("many areas still lack fixed-line
    // services; fixed-line teledensity is about 20": the figure's own naming is not the lacking one)
    Term nearest = null;
    int best = Integer.MAX_VALUE;
    for (Term t : terms) {
      int distance = t.start() >= q.end() ? t.start() - q.end() : q.start() - t.end();
      if (t.start() >= clauseStart && t.end() <= clauseEnd && t.kind().equals("item") && t.name().equals(item)
          && distance >= 0 && distance < best) {
        nearest = t;
        best = distance;
      }
    }
    return nearest != null && best <= 40
        && NEGATION_BEFORE.matcher(s).region(Math.max(clauseStart, nearest.start() - 40), nearest.start()).find();
  }

  private static final LiteralGate NEGATION_GATE = LiteralGate.anyOf("without", "sans", "sin ", "sem ", "lack", " no ",
      "not ", "n't", "never", "n'", "n’", "não", "nao ");

  /** Whether position {@code at} of {@code s} is inside brackets opened before it in the sentence. */
  private static boolean insideBrackets(String s, int at) {
    int depth = 0;
    for (int i = 0; i < at && i < s.length(); i++) {
      char c = s.charAt(i);
      depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? (depth > 0 ? -1 : 0) : 0;
    }
    return depth > 0;
  }

  /** {@link #baseBeforeBracket} when the figure is a base's level in brackets, else {@link #bindDate}. */
  private static DateMention bindDateOrBase(String s, String lines, int[] wordPrefix, Quantity q,
      List<DateMention> dates, List<DateMention> factDates, List<Quantity> quantities) {
    DateMention base = baseBeforeBracket(s, q, dates);
    if (base == null) {
      base = dateBeforeOpenBracket(s, q, factDates);
    }
    if (base == null) {
      base = baseDateRightBefore(s, q, dates, factDates);
    }
    return base != null ? base : bindDate(s, lines, wordPrefix, q, factDates, quantities);
  }

  // "quando em 2008 eram ", "when in 2008 there were ": a comparison's date, then at most three words to its figure
  private static final Pattern BASE_DATE_GAP = Pattern.compile("(?iu)\\s*,?(?:\\s+[\\p{L}'’]+){0,3}\\s+");

  /**
   * "ficou pelos 71 mil e 874, quando em 2008 eram 71 mil e 860": the date of a comparison's base (left out of the
   * sentence's own dates) right before a figure is that figure's.
   */
  private static DateMention baseDateRightBefore(String s, Quantity q, List<DateMention> dates,
      List<DateMention> factDates) {
    for (DateMention d : dates) {
      if (d.end() <= q.start() && q.start() - d.end() <= 30 && !factDates.contains(d) && !d.undated()
          && COMPARED_OPENER.matcher(s).region(Math.max(0, d.start() - 16), d.start()).find()
          && BASE_DATE_GAP.matcher(s).region(d.end(), q.start()).matches()) {
        return d;
      }
    }
    return null;
  }

  // a bracket opened right after a date, and nothing but figures, words and list marks inside it up to the figure
  private static final Pattern BRACKET_AFTER_DATE = Pattern.compile("\\s*,?\\s*\\([^()]*$");

  /**
   * "fue de 103.9% en el 2012 (92.3% móvil, 11.2% fija y 0.5% IP)", "9.2 million in 2019 (of which 2.1 million
   * prepaid)": a figure inside a bracket opened right after a date is a part of the figure that date dates, and
   * takes it; null for any other figure.
   */
  private static DateMention dateBeforeOpenBracket(String s, Quantity q, List<DateMention> dates) {
    int open = openBracketBefore(s, q.start());
    if (open < 0) {
      return null;
    }
    int close = s.indexOf(')', q.end());
    for (DateMention d : dates) {
      if (d.start() > open && (close < 0 || d.start() < close)) {
        return null; // "14,143,657 in December 2018 (12,866,059 in December 2017)": the bracket dates its own figure
      }
    }
    for (DateMention d : dates) {
      if (d.end() <= open && open - d.end() <= 3 && !d.undated() && !d.inWords()
          && BRACKET_AFTER_DATE.matcher(s).region(d.end(), q.start()).matches()) {
        return d;
      }
    }
    return null;
  }

  // ", not including", ", excluding", ", other than", ", sin contar", ", hors": an aside naming what a figure leaves out
  private static final Pattern EXCLUSION_OPENER = Pattern.compile("(?iu),\\s*(?:not\\s+including|not\\s+counting|excluding"
      + "|except(?:\\s+for)?|other\\s+than|apart\\s+from|sin\\s+contar|sin\\s+incluir|excepto|hors|sauf|sans\\s+compter"
      + "|exclu(?:ding|ant|yendo|indo)|sem\\s+contar)(?![\\p{L}])[^,;()]*$");

  /**
   * The terms of {@code s} less those in an aside that names what a figure leaves out ("Internet penetration, not
   * including mobile phone use, is about 20 million"): an aside between commas, with no figure in it.
   */
  private static List<Term> withoutExclusions(String s, List<Term> terms, List<Quantity> quantities) {
    if (s.indexOf(',') < 0 || !EXCLUSION_GATE.mayMatch(LiteralGate.lower(s))) {
      return terms;
    }
    List<Term> out = new ArrayList<>(terms.size());
    for (Term t : terms) {
      int comma = s.lastIndexOf(',', t.start());
      int close = s.indexOf(',', t.end());
      boolean excluded = comma >= 0 && t.start() - comma <= 80 && close >= 0
          && EXCLUSION_OPENER.matcher(s).region(comma, t.start()).find() && !quantityBetween(quantities, comma, close);
      if (!excluded) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * The vocabulary's terms of {@code s} that can name a figure's item: less those in an exclusion aside, and less a
   * thing no metric counts right after its own count ("subscribers in the country under four operators was 18.44
   * crore": "four" counts the operators, which name no other figure's item).
   */
  private static List<Term> sentenceTerms(String s, List<Quantity> quantities) {
    List<Term> terms = withoutExclusions(s, MetricRules.terms(s), quantities);
    List<Term> out = new ArrayList<>(terms.size());
    for (Term t : terms) {
      if (!(t.kind().equals("other") && countedRightBefore(s, t, quantities))) {
        out.add(t);
      }
    }
    return out;
  }

  // a count and at most one word before the thing it counts ("four operators", "3 mobile networks")
  private static final Pattern COUNT_THEN_NOUN = Pattern.compile("\\s+(?:[\\p{L}-]+\\s+)?");

  private static boolean countedRightBefore(String s, Term t, List<Quantity> quantities) {
    for (Quantity q : quantities) {
      if (q.end() <= t.start() && t.start() - q.end() <= 30
          && COUNT_THEN_NOUN.matcher(s).region(q.end(), t.start()).matches()) {
        return true;
      }
    }
    return false;
  }

  private static final LiteralGate EXCLUSION_GATE = LiteralGate.anyOf("includ", "count", "exclu", "except", "other",
      "apart", "contar", "excepto", "hors", "sauf");

  /** The position of the bracket still open at {@code position} ("(92.3% móvil, |"), or -1 when none is. */
  private static int openBracketBefore(String s, int position) {
    int open = s.lastIndexOf('(', position);
    return open >= 0 && s.lastIndexOf(')', position) < open ? open : -1;
  }

  /** Whether term {@code t} stands in brackets that hold a figure of their own and close before {@code q}. */
  private static boolean namesFigureInClosedBracket(String s, Term t, Quantity q, List<Quantity> quantities) {
    int open = openBracketBefore(s, t.start());
    if (open < 0) {
      return false;
    }
    int close = s.indexOf(')', t.end());
    if (close < 0 || close >= q.start()) {
      return false;
    }
    for (Quantity p : quantities) {
      if (p.start() > open && p.end() < close) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Detrás se ubican Santa Cruz con el 93 por ciento, Chubut con el 91 por ciento": a share written as a place's
   * entry in a list of places is in the share the paragraph published last; null for any other figure.
   */
  private Metric placeEntryShare(String s, Quantity q, Metric lastShare) {
    return lastShare != null && NumeralRules.PERCENT.equals(q.unit())
        && ScopeRules.placeWithShare(s, q.start(), countryNames) != null ? lastShare : null;
  }

  /** Whether the figure before lends {@code q} its metric: not a share in brackets closed before a share. */
  private static boolean lendsMetric(String s, Resolved prev, Quantity q) {
    return NumeralRules.COUNT.equals(q.unit()) || !inBracketClosedBefore(s, prev.q(), q) && !companyBracket(s, q);
  }

  /** "da Startel (com os restantes 2%)", "Movicel (with 18%)": a share in a bracket opened by "with", a company's. */
  private static boolean companyBracket(String s, Quantity q) {
    int open = openBracketBefore(s, q.start());
    return open >= 0 && !s.substring(open + 1, q.start()).isBlank()
        && BRACKET_INTRO.matcher(s).region(open + 1, q.start()).matches();
  }

  /**
   * Whether figure {@code p} stands in brackets that close before {@code q}: "103.9% en el 2012 (92.3% móvil y
   * 11.2% fija), mientras que en el 2011 se ubicó en 103.0%": a part in brackets lends the figure after them nothing.
   */
  private static boolean inBracketClosedBefore(String s, Quantity p, Quantity q) {
    int close = s.indexOf(')', p.end());
    return openBracketBefore(s, p.start()) >= 0 && close >= 0 && close < q.start()
        && openBracketBefore(s, q.start()) < 0; // (not "Solomon Islands (2.2) and Papua New Guinea (4.7)")
  }

  private static final Pattern OPEN_BRACKET_AFTER = Pattern.compile("\\s*\\(\\s*$");

  /**
   * "8.8% more than in December 2017 (39,953,860)": the base a change is measured against, when the figure in the
   * brackets right after it is the base's level, dates that figure; null for any other figure.
   */
  private static DateMention baseBeforeBracket(String s, Quantity q, List<DateMention> dates) {
    for (DateMention d : dates) {
      if (d.end() <= q.start() && q.start() - d.end() <= 3 && !d.undated() && !d.inWords()
          && OPEN_BRACKET_AFTER.matcher(s).region(d.end(), q.start()).matches() && isComparisonBase(s, d)) {
        return d;
      }
    }
    return null;
  }

  /**
   * A date of a sentence resolved in the text it stands in: "a year ago" after a date the sentence states counts
   * back from that date; "in the same period", "closed the period with" are the period the sentence stated for its
   * figures before, else the paragraph's, else the document's last; "that year" opening a sentence is the year the
   * text goes on in; any other relative date against the date named before it (or the writing, for a deictic one).
   */
  private DateMention resolveInText(DateMention d, DateMention statedInSentence, DateMention sentenceFactDate,
      DateMention paragraphDate, DateMention documentStatedDate, DateMention lastStatedDate,
      DateMention lastWrittenDate, DateMention lastDate) {
    DateMention stated = sentenceFactDate != null ? sentenceFactDate : statedInSentence;
    return AGO.equals(d.rule()) && stated != null
        // "ended 2019 with 94.2 million, up from 76.7 million a year ago", "9.34 million on 14 August this year, up
        // from 8.93 million a month ago": "ago" after a date the sentence states for its figures counts back from
        // that date, as "a year earlier" does, not from the day of writing
        ? d.resolveAgainst(stated.from(), stated.to())
        : SAME_PERIOD.equals(d.rule()) || CLOSED_PERIOD.equals(d.rule())
        // "while mobiles rose by 4.4 per cent over the same period": the period this sentence stated for its
        // figures before (not a base it compares with), else the paragraph's, else the document's last
        ? resolveRelative(d, sentenceFactDate != null ? sentenceFactDate
            : paragraphDate != null ? paragraphDate : documentStatedDate)
        : PREVIOUS_PERIOD.equals(d.rule()) && statedInSentence == null && paragraphDate != null
        // "… at the end of September, against 146% three months earlier and 143% at end-March. The number of users
        // grew to 11.00 million from 10.69 million in the previous quarter": the quarter before the one the text goes
        // on in, not before the earlier level named last
        ? resolveRelative(d, paragraphDate)
        : THAT_YEAR.equals(d.rule()) && statedInSentence == null && documentStatedDate != null
        // "In the same year, mobile subscriptions reached …" after "… up from 40.1 million recorded in December
        // 2017": the year the text goes on in, not the year of the earlier level named last
        ? resolveRelative(d, documentStatedDate)
        : resolveRelative(d, d.thatDate() ? lastStatedDate : !d.monthWithoutYear() ? lastDate
            // "At the end of the second quarter, ..." paragraphs after "the second quarter of 2014": the year the
            // text goes on in, when the paragraph writes none
            // (a period within a year, "the second quarter of 2014", "June 2014": a year alone, "1854", is no
            // text that goes on quarter by quarter)
            : lastWrittenDate == null && d.shift().unit() == DateRules.Unit.NEAREST_QUARTER
                ? withinAYear(documentStatedDate) : lastWrittenDate);
  }

  private static DateMention withinAYear(DateMention d) {
    return d != null && d.from() != null && d.to().isBefore(d.from().plusMonths(11)) ? d : null;
  }

  /** The dates of {@code s} that are not the base a change is measured against. */
  private static List<DateMention> withoutComparisonBases(String s, List<DateMention> dates) {
    if (dates.isEmpty() || !COMPARISON_GATE.mayMatch(LiteralGate.lower(s))) {
      return dates;
    }
    List<DateMention> out = new ArrayList<>(dates.size());
    for (DateMention d : dates) {
      if (!isComparisonBase(s, d)) {
        out.add(d);
      }
    }
    return out;
  }

  // "Singapore at 133.5", "Tuvalu (16.8)", "seventh with 101.7": a place's entry in a ranking
  // (also "Third was Dominica, 152; fourth, Venezuela, 148": a place and its figure after a comma)
  // " in 2021", " en 2022": a year right after a figure of a dated series
  private static final Pattern YEAR_RIGHT_AFTER = Pattern.compile("\\s+(?:in|en|em)\\s+(?:19|20)\\d\\d(?!\\d)");
  // " en 2021, ", " in 2020 and ": from one dated figure of a series to the next
  private static final Pattern DATED_LIST_JOIN = Pattern.compile(
      "\\s+(?:in|en|em)\\s+(?:19|20)\\d\\d\\s*(?:,|;|,?\\s+(?:and|y|e|et))\\s+");
  // ", y desde entonces ha subido de forma gradual: ": words without figures, then a colon that opens the series
  private static final Pattern SERIES_AFTER_COLON = Pattern.compile("[^\\d.;:]{0,80}:\\s*");
  /**
   * Whether a bare count is a ranked place's figure in the rate per 100 the text gave last ({@code lastRate}): "13
   * countries reported more than 100 connections per hundred inhabitants ... Romania came last, with 62 connections"
   * (the rate's own noun, its "per hundred" left out); "in 2011 cellular subscriptions in Zambia stood at 61, Zimbabwe
   * at 72" after "25 mobile phones per 100" (a place's bare figure of the item whose rate the text gives, in a
   * sentence with no percentage: never a count of 61).
   */
  private static boolean rankedInRate(String s, Quantity q, Metric metric, Metric lastRate, int clauseStart,
      String paragraphBefore, List<Quantity> quantities) {
    if (!NumeralRules.COUNT.equals(q.unit()) || !isBareNumber(s, q)
        || !RANK_ENTRY.matcher(s.substring(Math.max(clauseStart, q.start() - 12), q.start())).find()) {
      return false;
    }
    return rateNounElided(s, q, paragraphBefore)
        || !q.spelled() && q.value() < 1000 && lastRate.id().equals(metric.id() + "_per_100")
        && ENDS_ENTRY.matcher(s).region(q.end(), s.length()).lookingAt()
        && quantities.stream().noneMatch(x -> NumeralRules.PERCENT.equals(x.unit()));
  }

  // the end of a place's entry in a ranking: a comma, "and", the clause's or sentence's end
  private static final Pattern ENDS_ENTRY = Pattern.compile("\\s*(?:[,.;)]|and\\b|y\\b|et\\b|$)");
  private static final Pattern RANK_ENTRY = Pattern.compile("(?:\\bat|\\bwith|\\(|(?<=\\p{L}),)\\s*$");

  // "from 1.5 million to 1.6 million", "from 86 to 146": the words between the two levels of a from-to pair
  private static final Pattern FROM_TO_JOIN = Pattern.compile(
      "(?iu)\\s*(?:[\\p{L}]+\\s+){0,2}?(?:to|a|à|para|hasta|até|au)\\s+(?:about|around|some|nearly|almost|over|more\\s+than|"
          + "just\\s+over|unos|unas|cerca\\s+de|m[áa]s\\s+de|mais\\s+de|environ|plus\\s+de)?\\s*");
  // "from 86", "de 77 millones", "desde 5,1 millones", "de 70 millions"
  private static final Pattern FROM_BEFORE = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:from|de|desde|du)\\s+(?:about|around|some|nearly|almost|over|more\\s+than|just\\s+over|a|an|"
          + "unos|unas|cerca\\s+de|environ)?\\s*$");

  /** "from 86 to 146", "from 1.5 million to 1.6 million": {@code x} and the next quantity {@code y} are a from-to pair. */
  private static boolean isFromToPair(String s, Quantity x, Quantity y) {
    return isFromToPair(s, x, y, FROM_TO_JOIN);
  }

  /** As {@link #isFromToPair(String, Quantity, Quantity)}, the two levels joined as {@code join} says. */
  private static boolean isFromToPair(String s, Quantity x, Quantity y, Pattern join) {
    return x.end() <= y.start() && join.matcher(s).region(x.end(), y.start()).matches()
        && FROM_BEFORE.matcher(s.substring(Math.max(0, x.start() - 30), x.start())).find();
  }

  /**
   * "rose from 86 to 146 between 1995 and 2003", "grew from 1.5 million to 1.6 million from June 2016 to June
   * 2017": a from-to pair of levels dated by a span of two stated ends, right after the pair or opening its clause,
   * gives the first level the first end and the second level the second; by the first level's start.
   */
  private static Map<Integer, DateMention> fromToSpanDates(String s, int[] wordPrefix, List<Quantity> quantities,
      List<DateMention> dates) {
    Map<Integer, DateMention> out = new HashMap<>();
    DateMention[] lastEnds = null; // the ends the pair before took, and where it ended
    int lastEnd = -1;
    for (int i = 0; i + 1 < quantities.size(); i++) {
      Quantity x = quantities.get(i);
      Quantity y = quantities.get(i + 1);
      if (!isFromToPair(s, x, y)) {
        continue;
      }
      if (lastEnds != null && RESTATED_PAIR.matcher(s).region(lastEnd, x.start()).matches()) {
        // "rose from 71.5 to 73.6%, that is from 77.7 to 81 million users": the same two ends in other units
        out.put(x.start(), lastEnds[0]);
        out.put(y.start(), lastEnds[1]);
        continue;
      }
      DateMention span = null;
      for (DateMention d : dates) {
        if (d.start() >= y.end()) {
          String between = s.substring(y.end(), d.start());
          if (words(s, wordPrefix, y.end(), d.start()) <= 4 && !between.contains(";") && !between.contains(",")
              && (i + 2 >= quantities.size() || quantities.get(i + 2).start() > d.start())) {
            span = d;
          }
          break;
        }
      }
      if (span == null) {
        // "Between 1995 and 2003, the number of lines rose from 86 to 146": the span opening the sentence
        for (DateMention d : dates) {
          if (d.end() <= x.start() && !quantityBetween(quantities, d.end(), x.start())
              && !s.substring(d.end(), x.start()).contains(";")) {
            span = d;
          }
        }
      }
      DateMention[] ends = span == null ? null : DateRules.spanEnds(s, span);
      if (ends != null) {
        out.put(x.start(), ends[0]);
        out.put(y.start(), ends[1]);
      }
      lastEnds = ends;
      lastEnd = y.end();
    }
    return out;
  }

  /**
   * Whether share {@code q} is a change of what it measures: after a verb or noun of change in its clause ("grew
   * 5%", "une hausse de 5,72%"), before "year on year", or counted from a date; not the first level of a from-to
   * pair ("subió de 71.5 a 73.6 %").
   */
  private static boolean isGrowth(String s, int clauseStart, Quantity q, List<Quantity> quantities, int qi) {
    return NumeralRules.PERCENT.equals(q.unit())
        && ((LiteralGate.containsAny(s, clauseStart, q.start(), GROWTH_WORDS)
        && GROWTH_BEFORE.matcher(s.substring(clauseStart, q.start())).find())
        || GROWTH_AFTER.matcher(s).region(q.end(), Math.min(s.length(), q.end() + 30)).lookingAt()
        || ChangeRules.countedFromDate(s, q.end()))
        && !firstOfShareFromTo(s, q, quantities, qi);
  }

  /**
   * Whether a change is of a rate or a share ("mobile penetration grew 7.7 per cent", "the share of households ...
   * passant de 65,27% à 69,41%, soit une évolution de 4,14%"): in points or in percent, which cannot be told apart.
   */
  private static boolean changesARate(String s, String base, List<Quantity> quantities, int qi) {
    return "penetration".equals(base) || "teledensity".equals(base) || "households".equals(base)
        || afterSharePair(s, quantities, qi);
  }

  /**
   * Whether the figure at {@code qi} follows a from-to pair of shares ("passant de 65,27% en 2020 à 69,41% en 2021,
   * soit une évolution de 4,14%"): a change of a share, in points or in percent, which cannot be told apart.
   */
  private static boolean afterSharePair(String s, List<Quantity> quantities, int qi) {
    return qi >= 2 && NumeralRules.PERCENT.equals(quantities.get(qi - 1).unit())
        && isFromToPair(s, quantities.get(qi - 2), quantities.get(qi - 1), DATED_FROM_TO_JOIN);
  }

  // " en 2020 à ", " in 2015 to ", " to ": the join of a from-to pair whose first level carries its date
  private static final Pattern DATED_FROM_TO_JOIN = Pattern.compile(
      "(?iu)\\s*(?:(?:en|in|au|del?|em|at)\\s+[^,;]{0,25}?)?\\s*(?:to|à|a|hasta|até|para)\\s+");

  /**
   * Whether share {@code q} is the first level of a from-to pair of shares ("subió de 71.5 a 73.6 %", "a augmenté
   * de 61 % à 64 %"): a level, not the change its verb would make of "subió de 5 %".
   */
  private static boolean firstOfShareFromTo(String s, Quantity q, List<Quantity> quantities, int qi) {
    return qi + 1 < quantities.size() && NumeralRules.PERCENT.equals(quantities.get(qi + 1).unit())
        && isFromToPair(s, q, quantities.get(qi + 1));
  }

  // "…, that is from", "…, es decir, de", "…, soit de", "…, ou seja, de": a pair of levels restating the pair before
  private static final Pattern RESTATED_PAIR = Pattern.compile("(?iu)\\s*(?:%|percent|per\\s+cent|por\\s+ciento|pour\\s+cent"
      + "|por\\s+cento)?\\s*,?\\s*(?:that\\s+is|i\\.\\s*e\\.|or|es\\s+decir|o\\s+sea|c['’]est-à-dire|soit|ou\\s+seja|isto\\s+é)"
      + "\\s*,?\\s*(?:from|de|desde|du)\\s+(?:about|around|some|environ|unos|cerca\\s+de)?\\s*");

  /** Each trigger word votes for its nearest date, not across a clause break; the best category per date wins. */
  private static Map<DateMention, EventRules.Trigger> triggersByDate(String s, List<DateMention> dates) {
    Map<DateMention, EventRules.Trigger> out = new HashMap<>();
    List<int[]> breaks = occurrences(EVENT_CLAUSE_BREAK, s);
    for (EventRules.Trigger t : EventRules.find(s)) {
      DateMention best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (DateMention d : dates) {
        int from = Math.min(t.end(), d.end());
        int to = Math.max(t.start(), d.start());
        int distance = Math.max(0, to - from) + (crosses(breaks, from, to) ? 1000 : 0);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = d;
        }
      }
      if (best != null) {
        EventRules.Trigger current = out.get(best);
        if (current == null || t.priority() < current.priority()) {
          out.put(best, t);
        }
      }
    }
    return out;
  }

  /**
   * The date a quantity is stated for: a date right after it in its clause ("301,000 by September 2010"), else the
   * nearest date before it with no other figure between ("In May 2010, more than 120,000"), else any date before
   * it in the sentence; null when the sentence has none before it.
   */
  private static DateMention bindDate(String s, String lines, int[] wordPrefix, Quantity q, List<DateMention> allDates,
      List<Quantity> quantities) {
    List<DateMention> dates = allDates;
    if (s.contains("ince ") || s.contains("epuis ") || s.contains("esde ")) {
      // "Wataniya, a subsidiary of Qatar Telecom since 2007, has 1.87m subscribers": a date after "since" starts a
      // span that runs to the text's present; it is no figure's period
      dates = new ArrayList<>(allDates.size());
      for (DateMention d : allDates) {
        if (!SINCE_BEFORE.matcher(s).region(Math.max(0, d.start() - 8), d.start()).find()) {
          dates.add(d);
        }
      }
    }
    if (dates.size() > 0 && quantities.size() > 1) {
      List<DateMention> kept = new ArrayList<>(dates.size());
      for (DateMention d : dates) {
        if (!datesFromLevel(s, wordPrefix, d, q, quantities)) {
          kept.add(d);
        }
      }
      dates = kept;
    }
    int after = listEnd(s, q, quantities, afterRestatement(s, q, quantities));
    for (DateMention d : dates) {
      if (d.start() >= after) {
        String between = s.substring(after, d.start());
        if (LABEL_COLON_AFTER.matcher(s).region(d.end(), s.length()).lookingAt()) {
          break; // "2016: 51.2 million 2017: 59.8 million": "2017:" labels the next figure, not this one
        }
        if (rowLabel(lines, after, d)) {
          break; // "Jul-Sep 2019 54,556,630 114.8 ⏎ Oct-Dec 2019 55,214,052": the next row's label
        }
        if (AND_THEN_DATE.matcher(between).find() && quantityBetween(quantities, d.end(), s.length())) {
          break; // "In December 2018 it had 49.5 million and in June 2019 52.2 million": the next figure's date
        }
        if ((COMMA_THEN_DATE.matcher(between).matches() || COMMA_CLAUSE_THEN_DATE.matcher(between).matches())
            && quantityBetween(quantities, d.end(), s.length())
            && dates.stream().anyMatch(l -> l.end() <= q.start())) {
          // "en el 2015 ... hasta llegar a 155 líneas por cada 100 habitantes, en el 2016 fue de 9,4 por ciento y
          // 170 líneas": a figure dated before it, then a date after a comma that opens the next figure's clause
          break;
        }
        if (!quantityBetween(quantities, after, d.start()) && !between.contains(";")
            && !COMMA_AND_BUT.matcher(between).matches() && words(s, wordPrefix, after, d.start()) <= RIGHT_DATE_WORDS) {
          return d;
        }
        break;
      }
    }
    DateMention leftFree = null;
    DateMention leftAny = null;
    for (DateMention d : dates) {
      if (d.end() <= q.start()) {
        if (datesEarlierLevel(s, wordPrefix, d, quantities)) {
          continue; // "rose to 17.2 million in 2019 from 15.5 million in 2018, while the rate rose to 94.4%": the
                    // date of an earlier level is no later figure's
        }
        leftAny = d;
        if (!quantityBetween(quantities, d.end(), q.start()) && !s.substring(d.end(), q.start()).contains(";")) {
          leftFree = d;
        }
      }
    }
    if (leftFree != null || leftAny != null) {
      return leftFree != null ? leftFree : leftAny;
    }
    // "98 per cent of the population and 60 per cent of the territory in Q2 2012": a date closing the clause; not
    // a relative one ("83.9 per cent, down from 85.5 per cent in the previous quarter" dates the 85.5 only)
    for (DateMention d : dates) {
      if (d.start() >= q.end() && !s.substring(q.end(), d.start()).contains(";") && !d.inWords()
          && !datesLaterFromLevel(s, wordPrefix, d, q, quantities)) {
        return d;
      }
    }
    return null;
  }

  /**
   * "climbed to 112 percent, from 98 percent in 2015", "grown to 8.4 million from 2.1 million in 2013": a date right
   * after an earlier level introduced by "from" after {@code q} dates that level only.
   */
  /**
   * Whether {@code d} closely follows a level introduced by "from" or "compared to" ("from 15.5 million recorded in
   * 2018", "compared to 96 million in August 2019").
   */
  private static boolean datesEarlierLevel(String s, int[] wordPrefix, DateMention d, List<Quantity> quantities) {
    for (Quantity p : quantities) {
      if (p.end() <= d.start() && words(s, wordPrefix, p.end(), d.start()) <= 4
          && (FROM_LEVEL_BEFORE.matcher(s).region(Math.max(0, p.start() - 40), p.start()).find()
              || ChangeRules.isEarlierValue(s, 0, p.start()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean datesLaterFromLevel(String s, int[] wordPrefix, DateMention d, Quantity q,
      List<Quantity> quantities) {
    Matcher opener = COMPARED_OPENER.matcher(s).region(q.end(), d.start());
    if (opener.find() && quantityBetween(quantities, opener.end(), d.start())) {
      return true; // "climbed to 74.1 per cent and 98.1 per cent, compared with 67.6 and 97.9 per cent in 2015"
    }
    for (Quantity p : quantities) {
      if (p.start() >= q.end() && p.end() <= d.start() && words(s, wordPrefix, p.end(), d.start()) <= 4
          && FROM_LEVEL_BEFORE.matcher(s).region(Math.max(q.end(), p.start() - 40), p.start()).find()) {
        return true;
      }
    }
    return false;
  }

  // "Safaricom controls 64.5% of the market, with 39 million ...", "The leader, MTN, ended 2019 with": a clause
  // that goes on from the sentence's subject
  private static final String SERVICE_WORD = "(?:mobile|cell(?:ular)?|wireless|landlines?|fixed|wireline|internet|"
      + "broadband|(?:tele)?phones?)";
  private static final Pattern EXCLUSIVE_USE = Pattern.compile("(?i)(?<![\\p{L}])(?:exclusively|solely)(?![\\p{L}])"
      + "|(?<![\\p{L}])" + SERVICE_WORD + "[- ]only(?![\\p{L}])"
      + "|(?<![\\p{L}])only\\s+(?:(?:to|on|use|have|a|an|the)\\s+){0,2}" + SERVICE_WORD + "(?![\\p{L}])");
  private static final Pattern PART_LEVEL = Pattern.compile("(?i)(?<![\\p{L}])(?:at|on)\\s+(?:the\\s+)?(?:regional|region|"
      + "provincial|province|state|district|county|municipal|municipality|city|local|governorate|departmental)"
      + "[- ]level(?![\\p{L}])");
  private static final Pattern PEOPLE_OF = Pattern.compile("^\\s*(?:%|percent|per\\s*cent)?\\s+of\\s+"
      + "((?:[A-Z]\\p{Ll}+\\s+){0,2}[A-Z]\\p{Ll}+(?:ans|ese|ers|ois|\\p{Ll}{3}is|inos|anos))(?![\\p{L}])");

  /**
   * Whether a share is "of" a people ("43% of Kenyans") whose name does not begin as the document's country's
   * does (its first four letters): another country's people.
   */
  private boolean otherPeople(String s, Quantity q) {
    Matcher m = PEOPLE_OF.matcher(s).region(q.end(), s.length());
    if (!m.lookingAt()) {
      return false;
    }
    String people = m.group(1).toLowerCase(java.util.Locale.ROOT);
    for (String name : countryNames) {
      String n = name.toLowerCase(java.util.Locale.ROOT);
      if (n.length() >= 4 && people.startsWith(n.substring(0, 4))) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern SUBJECTLESS_CLAUSE = Pattern.compile(
      "[\\s,]*(?:with|con|com|avec|ended|closed|finished|had|has|reached|ten[íi]a|tinha|comptait)(?![\\p{L}])");
  private static final Pattern ITS_TOTAL = Pattern.compile(
      "(?<![\\p{L}])(?:its|their)\\s+(?:total|subscriber\\s+base|customer\\s+base|subscribers|customers|base|tally)(?![\\p{L}])");
  private static final Pattern LABEL_COLON_AFTER = Pattern.compile("\\s*:\\s*[\\d~≈]");
  // the words that open the earlier levels a figure is compared with
  private static final Pattern COMPARED_OPENER = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + COMPARED_WITH
      + "|(?:up|down)\\s+from|contre|contra)(?![\\p{L}])");
  private static final Pattern FROM_LEVEL_BEFORE = Pattern.compile(
      "(?<![\\p{L}])(?:from|de|desde|du|dos?|das?)(?:\\s+(?:about|around|some|just|only|approximately|nearly|almost|"
          + "over|under|more\\s+than|less\\s+than|environ|plus\\s+de|cerca\\s+de|unos|unas|mais\\s+de|cerca\\s+de))*\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern TO_LEVEL_BETWEEN = Pattern.compile(
      "\\s*,?\\s*(?:to|à|a|hasta|para|até)(?:\\s+(?:about|around|some|just|only|approximately|nearly|almost|over|"
          + "more\\s+than|a\\s+total\\s+of|environ|plus\\s+de|cerca\\s+de|mais\\s+de|m[áa]s\\s+de))*\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * "surged from 34,400,153 in November 2015 to 35,008,387", "de 16 lignes au premier trimestre 2019 à 18": a date
   * right after the first level of a from-to pair dates that level, never the second one nor a figure after it.
   */
  private static boolean datesFromLevel(String s, int[] wordPrefix, DateMention d, Quantity q,
      List<Quantity> quantities) {
    if (d.end() > q.start()) {
      return false;
    }
    Quantity to = null;
    for (Quantity t : quantities) {
      if (t.start() >= d.end() && t.start() <= q.start()) {
        to = t; // the to-level itself, or a figure after it ("to 35 million, a penetration of 127 per cent")
        break;
      }
    }
    if (to == null || !TO_LEVEL_BETWEEN.matcher(s).region(d.end(), to.start()).matches()) {
      return false;
    }
    Quantity from = null;
    for (Quantity p : quantities) {
      if (p.end() <= d.start()) {
        from = p;
      }
    }
    return from != null && words(s, wordPrefix, from.end(), d.start()) <= 4
        && FROM_LEVEL_BEFORE.matcher(s).region(Math.max(0, from.start() - 40), from.start()).find();
  }

  /**
   * The specific item named earlier in {@code s} whose words hold the figure's own generic noun ("líneas celulares"
   * before "1,5 líneas por habitante", "mobile subscriptions" before "120 subscriptions per 100"); null when none.
   */
  private static String sameHeadItem(String s, List<Term> terms, Quantity q) {
    Term own = null;
    for (Term t : terms) {
      if (t.kind().equals("item") && MetricRules.isGeneric(t.name()) && t.start() >= q.start()
          && t.start() - q.end() <= 3) {
        own = t;
        break;
      }
    }
    if (own == null) {
      return null;
    }
    Pattern head = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(s.substring(own.start(), own.end()))
        + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    String found = null;
    for (Term t : terms) {
      if (t.kind().equals("item") && !MetricRules.isGeneric(t.name()) && t.end() <= q.start()
          && head.matcher(s).region(t.start(), t.end()).find()) {
        found = t.name();
      }
    }
    return found;
  }

  /** The specific item named last in [from, to), or null. */
  private static String lastSpecificItem(List<Term> terms, int from, int to) {
    String last = null;
    for (Term t : terms) {
      if (t.kind().equals("item") && !MetricRules.isGeneric(t.name()) && t.start() >= from && t.end() <= to) {
        last = t.name();
      }
    }
    return last;
  }

  private static final Pattern NOTHING_AFTER = Pattern.compile("[\\s.,;:)!?\"”’'-]*");

  /** Whether [from, to) of {@code s} holds no word: the number ends its clause. */
  private static boolean nothingAfter(String s, int from, int to) {
    return NOTHING_AFTER.matcher(s).region(from, Math.max(from, to)).matches();
  }

  /**
   * "a penetration rate of 75% of the population", "teledensity is 2.3 per 100 inhabitants": a penetration or
   * teledensity named before a rate, with no other figure between, is what the rate is, and "of the population" or
   * "per 100 inhabitants" only says what it is a rate of (not "75% of the population own a mobile phone", a share of
   * people). Returns that base, or null; a penetration replaces the base, a teledensity is the metric only when
   * nothing else gives one (a bare teledensity takes no item from the figures before it).
   */
  private static String rateNamedBefore(List<Term> terms, List<Quantity> quantities, String base, Quantity q,
      int clauseStart) {
    if (!"population".equals(base)
        || !(NumeralRules.PERCENT.equals(q.unit()) || NumeralRules.PER_100.equals(q.unit()))) {
      return null;
    }
    for (Term t : terms) {
      if (t.kind().equals("base") && (t.name().equals("penetration") || t.name().equals("teledensity"))
          && t.start() >= clauseStart && t.end() <= q.start() && countBetween(quantities, t.end(), q.start()) == 0) {
        return t.name();
      }
    }
    return null;
  }

  /**
   * The metric of a teledensity or telephone density named before a rate that nothing else gave a metric: the item's
   * rate when the clause names one item counted before the figure ("the fixed telephony penetration rate ... 21.3%",
   * "mobile-cellular telephone density of roughly 10 per 100"), the bare teledensity when it names none, and none
   * when it names several ("combined fixed line and mobile telephone density").
   */
  private static Metric bareTeledensity(List<Term> terms, Quantity q, int clauseStart, String item) {
    String named = null;
    for (Term t : terms) {
      if (t.kind().equals("item") && !MetricRules.isGeneric(t.name()) && t.start() >= clauseStart
          && t.end() <= q.start()) {
        if (named != null && !named.equals(t.name())) {
          return null;
        }
        named = t.name();
      }
    }
    if (named == null && item != null && !MetricRules.isGeneric(item)) {
      named = item;
    }
    return MetricRules.metricFor(q.unit(), "teledensity", named);
  }

  /**
   * Whether bare count {@code q} is an entry of a ranking of places by the rate the text named last ("Next came
   * Hong Kong at 149.2", "the Solomon Islands (2.2)", "fourth, Venezuela, 148").
   */
  private boolean rankEntry(String s, Quantity q, int clauseStart, Metric lastRate) {
    return lastRate != null && NumeralRules.COUNT.equals(q.unit()) && isBareNumber(s, q)
        && RANK_ENTRY.matcher(s.substring(Math.max(clauseStart, q.start() - 12), q.start())).find()
        && otherCountryBefore(s, Math.max(clauseStart, q.start() - 40), q.start()) != null;
  }

  /**
   * Whether term {@code t} right after figure {@code q} is the label of the next figure in a run of labels and
   * figures ("Fixed lines 20 831 Mobile lines 35 506 Internet access 18 096"): a term of the same kind stands right
   * before {@code q}, and {@code t} right before the next figure, with nothing but white space (or a colon) between.
   */
  private static boolean labelOfNextInRun(String s, List<Term> terms, Term t, Quantity q, List<Quantity> quantities) {
    if (!s.substring(q.end(), t.start()).isBlank()) {
      return false;
    }
    Quantity next = null;
    for (Quantity o : quantities) {
      if (o.start() >= t.end()) {
        next = o;
        break;
      }
    }
    if (next == null || !RUN_GAP.matcher(s).region(t.end(), next.start()).matches()) {
      return false;
    }
    for (Term before : terms) {
      if (before != t && before.kind().equals(t.kind()) && before.end() <= q.start()
          && RUN_GAP.matcher(s).region(before.end(), q.start()).matches()) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern RUN_GAP = Pattern.compile("\\s*:?\\s*");

  /**
   * The item terms before a figure that say of what ("mobile", "fixed-line"), without the generic "subscriptions"
   * or "lines"; an item after the figure ("4.6 million subscribers, of whom 2.4 million used mobile internet") is
   * another figure's.
   */
  private static List<Term> specificItemsBefore(List<Term> terms, int end) {
    List<Term> out = new ArrayList<>();
    for (Term t : terms) {
      if (t.kind().equals("item") && !MetricRules.isGeneric(t.name()) && t.end() <= end) {
        out.add(t);
      }
    }
    return out;
  }

  /** Whether item {@code t} is followed right away by a rate's name ("mobile penetration", "fixed teledensity"). */
  private static boolean headsRate(String s, List<Term> terms, Term t) {
    for (Term b : terms) {
      if (b.kind().equals("base") && b.start() >= t.end() && b.start() - t.end() <= 1
          && ("penetration".equals(b.name()) || "teledensity".equals(b.name()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The nearest vocabulary term of a kind for a quantity inside its clause: words to the right count once, words to
   * the left one and a half times plus two (a noun usually follows its number), another figure in between adds one,
   * and a term on the left that closely follows another figure belongs to that figure.
   */
  private static String nearest(String s, int[] wordPrefix, List<int[]> asides, List<Term> terms, String kind,
      Quantity q, List<Quantity> quantities, int clauseStart, int clauseEnd, boolean adjacentRightOnly) {
    return nearest(s, wordPrefix, asides, List.of(), terms, kind, q, quantities, clauseStart, clauseEnd,
        adjacentRightOnly);
  }

  /**
   * As above; the words of {@code dateSpans} between an item before the figure and the figure do not count in their
   * distance: a date there ("La densidad telefónica celular en el primer semestre de 2021 es de 79.39%") is the
   * figure's own. After the figure they count ("grew 400% between 2007 and 2015 domestic: ... radio relay").
   */
  private static String nearest(String s, int[] wordPrefix, List<int[]> asides, List<int[]> dateSpans,
      List<Term> terms, String kind, Quantity q, List<Quantity> quantities, int clauseStart, int clauseEnd,
      boolean adjacentRightOnly) {
    return nearest(s, wordPrefix, asides, dateSpans, terms, kind, q, quantities, clauseStart, clauseEnd,
        adjacentRightOnly, MAX_LEFT_DISTANCE);
  }

  private static String nearest(String s, int[] wordPrefix, List<int[]> asides, List<int[]> dateSpans,
      List<Term> terms, String kind, Quantity q, List<Quantity> quantities, int clauseStart, int clauseEnd,
      boolean adjacentRightOnly, double maxLeft) {
    List<int[]> leftAsides = asides;
    if (!dateSpans.isEmpty()) {
      leftAsides = new ArrayList<>(asides);
      leftAsides.addAll(dateSpans);
    }
    String best = null;
    double bestScore = Double.MAX_VALUE;
    boolean[] aside = null;
    for (Term t : terms) {
      if (!t.kind().equals(kind) || t.start() < clauseStart || t.end() > clauseEnd) {
        continue;
      }
      if (insideOtherQuantity(t, q, quantities)) {
        continue; // "155 líneas por cada 100 habitantes, en el 2016 fue de 9,4 por ciento": the people an earlier
                  // figure's unit counts per
      }
      double score;
      if (t.start() >= q.start() && t.end() <= q.end()) {
        score = 0; // "30 mobile subscriptions per 100 inhabitants": the item is inside the quantity
      } else if (t.start() >= q.end()) {
        int w = words(s, wordPrefix, q.end(), t.start());
        if (adjacentRightOnly && w > 3) {
          continue;
        }
        if (notThisFiguresRight(s, q, t, quantities, wordPrefix) || labelOfNextInRun(s, terms, t, q, quantities)
            || NumeralRules.COUNT.equals(q.unit()) && headsRate(s, terms, t)) {
          // (a count's item is never the one that heads a rate after it: "climbed to 139 million, giving a mobile
          // penetration rate of 56.90%")
          continue;
        }
        score = w + countBetween(quantities, q.end(), t.start());
        if (!asides.isEmpty() && score <= MAX_RIGHT_WORDS + 8) {
          // "71.6 percent (1.1 million) of households had a computer": a closed aside after the figure is no
          // distance, and a figure inside it restates this one
          boolean[] between = GovernorRules.asideMask(asides, q.end(), t.start());
          score -= asideWords(s, wordPrefix, between, q.end(), q.end(), t.start());
          for (int i = firstStartingAtOrAfter(quantities, q.end());
              i < quantities.size() && quantities.get(i).end() <= t.start(); i++) {
            score -= between[quantities.get(i).start() - q.end()] ? 1 : 0;
          }
        }
        if (score > MAX_RIGHT_WORDS) {
          continue;
        }
      } else if (t.end() <= q.start() && !adjacentRightOnly) {
        if (GovernorRules.inClosedAside(asides, t.start(), t.end(), q.start())) {
          continue; // "Internet users—both landline and mobile—increased to 3.8 million": an aside's word
        }
        if (namesFigureInClosedBracket(s, t, q, quantities)) {
          continue; // "103.9% en el 2012 (92.3% móvil), mientras que en el 2011 se ubicó en 103.0%": a part's name
        }
        if (aside == null) {
          aside = GovernorRules.asideMask(leftAsides, clauseStart, q.start());
        }
        if (PAREN_FIGURE.matcher(s).region(t.end(), q.start()).matches()) {
          score = 0; // "households with mobile phones (85.6%) than landlines (75.5%)": the figure in brackets is its item's
          if (score < bestScore) {
            bestScore = score;
            best = t.name();
          }
          continue;
        }
        score = (words(s, wordPrefix, t.end(), q.start()) - asideWords(s, wordPrefix, aside, clauseStart, t.end(),
            q.start())) * 1.5 + 2 + countBetween(quantities, t.end(), q.start());
        if (ownedByEarlierQuantity(s, wordPrefix, t, quantities)) {
          score += 3; // "93% of households had a mobile phone, 87% a television": the phone is the 93%'s
        } else if (COORDINATE_GAP.matcher(s).region(t.end(), q.start()).matches()
            && countBetween(quantities, clauseStart, t.start()) > 0) {
          // "1.9 percent of people use the Internet, and 58.1 percent have mobile subscriptions": the item that
          // ends the coordinate before is that figure's; one of this figure's own, after it, comes first
          score += 8;
        }
        if (score > maxLeft) {
          continue;
        }
      } else {
        continue;
      }
      if (score < bestScore) {
        bestScore = score;
        best = t.name();
      }
    }
    return best;
  }

  // "30% of households (2.1 million)", "41 % d'individus, soit 10,9 millions", "20% of adults, or some 2 million":
  // between a share and the count that restates it
  private static final Pattern RESTATES = Pattern.compile(
      "[^()\\d;:.]{0,60}?(?:\\(|,?\\s*\\b(?:or|soit|i\\.e\\.|that\\s+is|o\\s+sea|es\\s+decir|ou\\s+seja)\\b)\\s*"
          + "(?:about|some|around|nearly|almost|roughly|environ|pr[èe]s\\s+de|cerca\\s+de|alrededor\\s+de|unos|unas)?\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern TO_BRACKET = Pattern.compile("[^()\\d;:.]{0,60}\\(\\s*");

  /** Whether {@code q} is a share in words ("two-thirds", "half") whose exact figure follows in a bracket. */
  private static boolean roundedBeforeBracket(String s, Quantity q, Quantity next) {
    return NumeralRules.PERCENT.equals(q.unit()) && NumeralRules.PERCENT.equals(next.unit())
        && Character.isLetter(s.charAt(q.start())) && !Character.isLetter(s.charAt(next.start()))
        && TO_BRACKET.matcher(s).region(q.end(), next.start()).matches();
  }

  // "8.3 million households", "some 2 million homes with a computer": the number counts households
  // "d'un nombre de ménages estimé à 7,34 millions", "el número de hogares es de", "the number of households at"
  private static final Pattern HOUSEHOLDS_ESTIMATED = Pattern.compile("(?iu)(?<![\\p{L}])(?:nombre\\s+(?:total\\s+)?de"
      + "|n[úu]mero\\s+(?:total\\s+)?de|number\\s+of|total\\s+de)\\s+(?:m[ée]nages|hogares|households|domic[íi]lios)"
      + "\\s+(?:estim[ée]e?s?\\s+(?:à|a)|estimad[oa]s?\\s+(?:en|em)|(?:est|es|é|was|is|at|of|de|était|era)"
      + "(?:\\s+(?:de|à|a|estimated\\s+at))?)\\s*(?:environ|about|around|cerca\\s+de|près\\s+de)?\\s*$");
  private static final Pattern HOUSEHOLDS_NUMBER_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:number|total)\\s+of\\s+"
      + "(?:private\\s+|rural\\s+|urban\\s+)?(?:households|homes|families)\\s+(?:with|that\\s+(?:have|had|own|owned|"
      + "use|used)|having|owning|equipped\\s+with|connected\\s+to|subscribing\\s+to)(?![\\p{L}])[^,;:]{0,60}?"
      + "(?<![\\p{L}])(?:is|was|were|stood\\s+at|reached|totall?ed|rose\\s+to|grew\\s+to|came\\s+to|amounted\\s+to)"
      + "(?:\\s+(?:about|around|some|nearly|over|almost|just|more\\s+than|only))?\\s*$");
  private static final Pattern HOUSEHOLDS_COUNTED = Pattern.compile(
      "\\s+(?:private\\s+|rural\\s+|urban\\s+)?(?:households|homes|families|m[ée]nages|foyers|hogares|domic[íi]lios)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);


  /** Words of [from, to) that lie in an aside of {@code aside} (computed from {@code base}). */
  private static int asideWords(String s, int[] wordPrefix, boolean[] aside, int base, int from, int to) {
    int n = 0;
    int i = from;
    while (i < to) {
      if (!aside[i - base]) {
        i++;
        continue;
      }
      int j = i;
      while (j < to && aside[j - base]) {
        j++;
      }
      n += words(s, wordPrefix, i, j);
      i = j;
    }
    return n;
  }
  // "mobile phones (85.6%)": only an opening bracket (and a hedge) between an item and its figure
  private static final Pattern PAREN_FIGURE = Pattern.compile(
      "\\s*\\(\\s*(?:about|some|around|nearly|almost|over|roughly|approximately|just\\s+over|just\\s+under)?\\s*");
  // "33 million compared to only three million fixed lines": a comparison hands the noun after it to its own figure
  private static final Pattern COMPARISON = Pattern.compile(
      "\\b(?:compared|than|against|versus|vs\\.?|while|whereas|unlike)\\b", Pattern.CASE_INSENSITIVE);
  // "to 17 in 2010 – mostly owing to a preference for mobile phones": a dash or a cause opens a comment
  private static final Pattern COMMENT_OPENER = Pattern.compile(
      "\\s[–—-]\\s|—|\\b(?:owing\\s+to|due\\s+to|because|thanks\\s+to)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * Whether a term to the right of the figure is another's: past a dash or a cause ("– mostly owing to ..."), or
   * the noun of a later figure across a comparison ("33 million compared to three million fixed lines").
   */
  private static boolean notThisFiguresRight(String s, Quantity q, Term t, List<Quantity> quantities,
      int[] wordPrefix) {
    if (t.start() <= q.end()) {
      return false;
    }
    String between = s.substring(q.end(), t.start());
    if (COMMENT_OPENER.matcher(between).find()) {
      return true;
    }
    int after = firstStartingAtOrAfter(quantities, t.end());
    if (after < quantities.size() && words(s, wordPrefix, t.end(), quantities.get(after).start()) <= 5
        && countBetween(quantities, q.end(), t.start()) == 0 && SUBJECT_OF_NEXT.matcher(between).matches()) {
      // "Internet penetration stands at 29%, with mobile broadband accounting for 98% of connections": the subject
      // of the clause the connective opens is its own figure's
      return true;
    }
    if (after < quantities.size() && words(s, wordPrefix, t.end(), quantities.get(after).start()) <= 1
        && JOIN_THEN_LABEL.matcher(between).matches()) {
      // "fixed-line 19 per 100 and mobile-cellular 126 per 100": a name after the join that opens the next figure
      // is that figure's
      return true;
    }
    if (after < quantities.size() && words(s, wordPrefix, t.end(), quantities.get(after).start()) <= 4
        && countBetween(quantities, q.end(), t.start()) == 0 && COORDINATOR_ONLY.matcher(between).matches()) {
      // "mobile subscribers rose to 7.25 million and fixed lines fell to 410,000": the subject of the coordinate
      // clause, whose own verb leads to its own figure
      return true;
    }
    int i = firstStartingAtOrAfter(quantities, q.end());
    Quantity last = null;
    for (; i < quantities.size() && quantities.get(i).end() <= t.start(); i++) {
      last = quantities.get(i);
    }
    if (last == null) {
      return false;
    }
    if (words(s, wordPrefix, last.end(), t.start()) <= 3
        && COMPARISON.matcher(s.substring(q.end(), last.start())).find()) {
      return true;
    }
    // "users top 30 mln There are 15.5 million landlines": a noun right after another figure is that figure's,
    // unless the figures are one list ("126, 118, and 111 subscriptions") or the other one is a bracketed restatement
    // ("a penetration rate of 124.6%, and 1.6 million fixed broadband lines": a percent and a count are no list)
    return words(s, wordPrefix, last.end(), t.start()) <= 1 && last.start() >= q.end()
        && s.substring(q.end(), last.start()).indexOf('(') < 0
        && !(q.unit().equals(last.unit()) && onlyListBetween(s, q.end(), last.start()));
  }

  private static final Pattern SUBJECT_OF_NEXT = Pattern.compile(
      "[^;:,]{0,30}?,\\s*(?:with|while|whereas|but|and\\s+with|of\\s+which)\\s+(?:the\\s+|its\\s+)?",
      Pattern.CASE_INSENSITIVE);
  // nothing but a coordinator (and an article) between a figure and the next clause's subject
  private static final Pattern COORDINATOR_ONLY = Pattern.compile("\\s*,?\\s*(?:and|y|e|et|while|whereas|but|pero|mais"
      + "|mientras\\s+que|alors\\s+que|tandis\\s+que|enquanto)\\s+(?:(?:the|its|el|la|los|las|le|les|l['’]|o|a|os|as)\\s*)?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern JOIN_THEN_LABEL = Pattern.compile(
      "(?:\\s*(?:per|for\\s+every|por|pour|para)\\s+[\\d,.]+(?:\\s+\\p{L}+)?)?[^\\d;:]{0,30}?(?:,|\\s(?:and|y|e|et))\\s*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LIST_ONLY = Pattern.compile(
      "(?:[\\s,;]|\\d|[.%]|\\band\\b|\\bor\\b|\\by\\b|\\be\\b|\\bet\\b|\\bmillion\\b|\\bper\\s?cent\\b|\\bpercent\\b)*",
      Pattern.CASE_INSENSITIVE);

  private static boolean onlyListBetween(String s, int from, int to) {
    return LIST_ONLY.matcher(s).region(from, to).matches();
  }

  /**
   * Each quantity with its unit read: a per-100 rate named before it ("subscriptions per 100 people stood at 67"),
   * a per-1,000 rate after it, a unit kept on its own line; and a bare number of a list takes the unit of the
   * list's last member ("126, 118, and 111 subscriptions for every 100 people": all three per 100).
   */
  /**
   * The one specific item [from, to) of {@code s} names, "" when it names none, null when it names several.
   */
  private static String specificItemNamed(String s, int from, int to) {
    String found = "";
    for (MetricRules.Term t : MetricRules.terms(s.substring(from, to))) {
      if (t.kind().equals("item") && !MetricRules.isGeneric(t.name())) {
        if (!found.isEmpty() && !t.name().equals(found)) {
          return null;
        }
        found = t.name();
      }
    }
    return found;
  }

  /**
   * The one specific item the clause [clauseStart, position) of {@code s} names; else, when it names no specific item
   * at all, the subject of {@code section}; else (several items) null.
   */
  private static String clauseItemElseSection(String s, int clauseStart, int position, String section) {
    String named = specificItemNamed(s, clauseStart, position);
    return named == null ? null : named.isEmpty() ? MetricRules.topicOf(section) : named;
  }

  private static Map<Quantity, Quantity> listUnits(String s, List<Quantity> quantities, String text, int offset) {
    Map<Quantity, Quantity> out = new java.util.IdentityHashMap<>();
    Quantity[] read = new Quantity[quantities.size()];
    for (int i = 0; i < read.length; i++) {
      read[i] = perThousand(s, perHundredBefore(s, unitOnItsLine(quantities.get(i), text, offset)));
    }
    for (int i = read.length - 2; i >= 0; i--) {
      Quantity q = read[i];
      Quantity next = read[i + 1];
      if (NumeralRules.COUNT.equals(q.unit()) && !NumeralRules.COUNT.equals(next.unit()) && isBareNumber(s, q)
          && next.value() < 1000 && (LIST_JOIN.matcher(s).region(q.end(), next.start()).matches()
          || PLACE_LIST_JOIN.matcher(s).region(q.end(), next.start()).matches())) {
        // "59, 54 and 48 per cent"; "Zambia stood at 61, Zimbabwe at 72 and Burundi at 14 phones per 100": the unit
        // after the list's last member is every member's
        read[i] = new Quantity(q.start(), q.end(), q.value(), next.unit(), q.spelled(), q.needsNoun());
      } else if (NumeralRules.COUNT.equals(q.unit()) && !NumeralRules.COUNT.equals(next.unit())
          && NumeralRules.COUNT.equals(quantities.get(i + 1).unit()) && q.value() < 2000 && next.value() < 1000
          && quantities.get(i + 1).value() != 0
          && NOUN_THEN_JOIN.matcher(s).region(q.end(), next.start()).matches()) {
        // "154 radios and 65 television sets for every 1,000 people", "204 main lines, 1,230 mobile subscriptions and
        // 420 internet users per 1,000 people": the rate after the last member is every member's, in its scale
        read[i] = new Quantity(q.start(), q.end(),
            NumeralRules.rescaled(q.value(), next.value(), quantities.get(i + 1).value()), next.unit(), q.spelled(),
            q.needsNoun());
      }
    }
    for (int i = 1; i < read.length; i++) {
      Quantity q = read[i];
      Quantity previous = read[i - 1];
      if (NumeralRules.COUNT.equals(q.unit()) && !NumeralRules.COUNT.equals(previous.unit()) && isBareNumber(s, q)
          && !q.spelled() && q.value() < 1000 && previous.value() < 1000
          && YEAR_RIGHT_AFTER.matcher(s).region(q.end(), s.length()).lookingAt()
          && (DATED_LIST_JOIN.matcher(s).region(previous.end(), q.start()).matches()
          || SERIES_AFTER_COLON.matcher(s).region(previous.end(), q.start()).matches())) {
        // "48,3 usuarios por cada 100 habitantes, y desde entonces ha subido: 51,3 en 2021, 56,7 en 2022", "12.1% in
        // 2019, 14.5 in 2020": a series of dated figures goes on in the unit of the figure it follows
        read[i] = new Quantity(q.start(), q.end(), q.value(), previous.unit(), q.spelled(), q.needsNoun());
      }
    }
    for (int i = 0; i < read.length; i++) {
      out.put(quantities.get(i), read[i]);
    }
    return out;
  }

  private static final Pattern RESPECTIVELY_AFTER = Pattern.compile(
      "^(?:\\s*(?:per|for\\s+every)\\s+(?:100|hundred)(?:\\s+\\p{L}+)?|\\s*(?:%|percent|per\\s*cent|million|thousand))?"
          + "\\s*,?\\s*(?:respectively|respectivamente|respectivement)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

  /** The first and last index of the list of figures ("59, 54 and 48") that figure {@code qi} belongs to. */
  private static int[] listAround(String s, List<Quantity> quantities, int qi) {
    int first = qi;
    while (first > 0 && LIST_JOIN.matcher(s).region(quantities.get(first - 1).end(), quantities.get(first).start())
        .matches()) {
      first--;
    }
    int last = qi;
    while (last + 1 < quantities.size() && LIST_JOIN.matcher(s).region(quantities.get(last).end(),
        quantities.get(last + 1).start()).matches()) {
      last++;
    }
    return new int[] {first, last};
  }

  /**
   * For a figure of a list closed by "respectively" ("a teledensity of 4.5 and 58 per 100 respectively"): the
   * specific item named in its place among as many distinct items named before the list; "" when they cannot be
   * paired (fewer items than figures); null when the figure is in no such list.
   */
  private static String respectiveItem(String s, List<Term> terms, List<Quantity> quantities, int qi) {
    if (!s.contains("espectiv")) {
      return null;
    }
    int[] list = listAround(s, quantities, qi);
    int first = list[0];
    int last = list[1];
    if (first > 0 && last > first && COMPARED_OPENER.matcher(s)
        .region(quantities.get(first - 1).end(), quantities.get(first).start()).find()) {
      // "climbed to 74.1 and 98.1 per cent respectively, compared with 67.6 and 97.9 per cent": the earlier levels
      // pair as the list they are compared with
      int[] compared = listAround(s, quantities, first - 1);
      if (compared[1] - compared[0] == last - first) {
        String pairedItem = respectiveItem(s, terms, quantities, compared[0] + (qi - first));
        if (pairedItem != null) {
          return pairedItem;
        }
      }
    }
    if (first == last || !RESPECTIVELY_AFTER.matcher(s).region(quantities.get(last).end(), s.length()).lookingAt()) {
      return null;
    }
    List<String> named = new ArrayList<>();
    for (Term t : terms) {
      if (t.kind().equals("item") && !MetricRules.isGeneric(t.name()) && t.end() <= quantities.get(first).start()
          && (named.isEmpty() || !named.get(named.size() - 1).equals(t.name()))) {
        named.add(t.name());
      }
    }
    int n = last - first + 1;
    List<String> coordinated = coordinatedItems(s, quantities.get(first).start());
    if (coordinated.size() == n) {
      named = coordinated; // "Mobile and fixed penetration reached 112% and 0.4%, respectively"
    }
    if (new java.util.HashSet<>(named).size() < 2) {
      return null; // "in A, B and C, mobile penetration was 126, 118 and 111 respectively": one item, places pair
    }
    if (named.size() < n || new java.util.HashSet<>(named.subList(named.size() - n, named.size())).size() < n) {
      return "";
    }
    return named.get(named.size() - n + (qi - first));
  }

  // "mobile and fixed penetration", "fixed, mobile and internet subscriptions": modifiers sharing one head noun
  private static final String MODIFIER = "(?:mobile(?:\\s+broadband)?|cellular|fixed(?:-line|\\s+broadband)?|landline|internet"
      + "|broadband|m[óo]vil|fij[ao]|mobile|fixe)";
  private static final Pattern COORDINATED_MODIFIERS = Pattern.compile("(?iu)(?<![\\p{L}])(" + MODIFIER
      + "(?:\\s*,\\s*" + MODIFIER + ")*)\\s*,?\\s+(?:and|y|et|e)\\s+(" + MODIFIER + ")\\s+([\\p{L}-]+(?:\\s+rates?)?)");

  /**
   * The items of modifiers coordinated before one head noun, before {@code to} ("Mobile and fixed penetration" ->
   * mobile_phone, fixed_line); empty when there are none or one does not name an item with the head.
   */
  private static List<String> coordinatedItems(String s, int to) {
    Matcher m = COORDINATED_MODIFIERS.matcher(s).region(0, to);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.clear();
      List<String> modifiers = new ArrayList<>(List.of(m.group(1).split("\\s*,\\s*")));
      modifiers.add(m.group(2));
      for (String mod : modifiers) {
        String item = MetricRules.itemOf(mod.strip() + " " + m.group(3));
        if (item == null || out.contains(item)) {
          out.clear();
          break;
        }
        out.add(item);
      }
    }
    return out;
  }

  // "urban and rural areas", "rural and urban households": two areas named in the order of the figures after them
  private static final Pattern AREA_PAIR = Pattern.compile(
      "(?i)\\b(urban|rural)(?:\\s+areas)?\\s+and\\s+(rural|urban)\\s+(?:areas|households|homes|populations?|residents)\\b");
  // "with 93%, 96% and 98% in Jerusalem, Haifa and Tel Aviv, respectively": the places after the figures
  private static final Pattern RESPECTIVELY = Pattern.compile("(?iu),?\\s*(?:respectively|respectivamente|respectivement)(?![\\p{L}])");

  /** Where "respectively" closes the list of figure {@code qi} after words of no figure, or -1. */
  private static int respectivelyAfter(String s, List<Quantity> quantities, int qi) {
    if (!s.contains("espectiv")) {
      return -1;
    }
    int[] list = listAround(s, quantities, qi);
    if (list[0] == list[1]) {
      return -1;
    }
    int from = quantities.get(list[1]).end();
    int to = list[1] + 1 < quantities.size() ? quantities.get(list[1] + 1).start() : s.length();
    Matcher r = RESPECTIVELY.matcher(s).region(from, Math.min(to, from + 90));
    return r.find() ? r.start() : -1;
  }

  /**
   * "in the states of Chiapas and Oaxaca, the teledensity was 59 and 54", "in A, B and C ... 126, 118, and 111
   * respectively": a figure of a list paired with a list of as many places before it, in its clause, takes its
   * place; else {@code scope}.
   */
  private String pairedPlace(String s, List<Quantity> quantities, int qi, int clauseStart, String scope) {
    int[] list = listAround(s, quantities, qi);
    int first = list[0];
    int last = list[1];
    if (last == first) {
      return scope;
    }
    List<String> places = ScopeRules.placeList(s, clauseStart, quantities.get(first).start(), countryNames);
    if (last - first == 1 && places.size() != 2) {
      // "in urban and rural areas, where 50.3% and 16.2% of the households had": two areas, two figures
      Matcher areas = AREA_PAIR.matcher(s).region(clauseStart, quantities.get(first).start());
      if (areas.find()) {
        places = List.of(areas.group(1).toLowerCase(java.util.Locale.ROOT), areas.group(2).toLowerCase(java.util.Locale.ROOT));
      }
    }
    int respectively = respectivelyAfter(s, quantities, qi);
    if (places.size() != last - first + 1 && respectively >= 0) {
      places = ScopeRules.placeList(s, quantities.get(last).end(), respectively, countryNames);
    }
    return places.size() == last - first + 1 ? places.get(qi - first) : scope;
  }

  // subscriptions counted against the population: "the number of mobile subscriptions represents", "SIM cards
  // equal to", "les abonnements mobiles représentent"
  private static final Pattern SUBSCRIPTIONS_COUNTED = Pattern.compile(
      "\\b(?:subscriptions|subscribers|SIMs|SIM\\s+cards|abonnements|abonn[ée]s|suscripciones|l[íi]neas|assinaturas|"
          + "acessos)\\b[^,;]{0,40}?\\b(?:represent(?:s|ed|ing)?|equal(?:s|led|ed)?|amount(?:s|ed)?\\s+to|"
          + "correspond(?:s|ed)?\\s+to|repr[ée]sent(?:ent|aient|e)|representa(?:n|ban)?|equivalen?)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The place, operator or segment a figure's own words limit it to, else national: a place after it ("in Lagos"),
   * an exclusion or a group of countries, a technology or payment segment (with the operator that opens the sentence),
   * another country or the operator named before it, or the place paired with it in a list.
   */
  private String figureScope(String s, int clauseStart, int clauseEnd, Quantity q, Metric metric,
      List<Quantity> quantities, int qi) {
    String scope = ScopeRules.scopeOf(s, clauseStart, q.start(), q.end(), clauseEnd, countryNames);
    if (ScopeRules.NATIONAL.equals(scope)) {
      String excluding = ScopeRules.exclusion(s, clauseStart, q.start(), q.end(), clauseEnd);
      scope = excluding != null ? excluding : scope; // "barring the Kurdistan Region"
    }
    if (ScopeRules.NATIONAL.equals(scope)) {
      String group = ScopeRules.group(s, clauseStart, q.start(), q.end(), clauseEnd);
      scope = group != null ? group : scope; // "at EU level", "in the 25 EU countries"
    }
    if (ScopeRules.NATIONAL.equals(scope) && !metric.id().startsWith("network_coverage")) {
      String segment = ScopeRules.technology(s, clauseStart, q.start(), q.end()); // "98 million 3G/4G subscribers"
      if (!ScopeRules.NATIONAL.equals(segment)) {
        // "MTN South Africa's prepaid subscriber base increased ... to 24.2 million, while postpaid customers
        // rose to 5.4 million": a segment's figure in a sentence an operator opens is that operator's
        String operator = ScopeRules.subjectOperator(s, clauseStart, q.start(), countryNames);
        if (operator == null && clauseStart > 0) {
          operator = ScopeRules.openingOperator(s, clauseStart, countryNames);
        }
        scope = operator != null ? operator + " " + segment : segment; // "MTN South Africa prepaid"
      }
    }
    if (ScopeRules.NATIONAL.equals(scope)) {
      String other = otherCountryBefore(s, clauseStart, q.start());
      // "followed by Movistar (14.12 million)", "Tigo, con 11,14 millones": the company named right before
      // a count of its subscribers or lines is the figure's own, whoever opens the sentence
      String named = other == null && OPERATOR_COUNTED.matcher(metric.id()).find()
          ? ScopeRules.nameRightBefore(s, q.start(), countryNames) : null;
      scope = other != null ? other : named != null ? named
          : ScopeRules.subjectOperator(s, clauseStart, q.start(), countryNames);
      if (scope == null && clauseStart > 0 && (ITS_TOTAL.matcher(s).region(clauseStart, q.start()).find()
          || SUBJECTLESS_CLAUSE.matcher(s).region(clauseStart, q.start()).lookingAt())) {
        // "Reliance Jio added 3.5 million ..., taking its total to 430 million": the subject's own total
        scope = ScopeRules.subjectOperator(s, 0, q.start(), countryNames);
      }
      if (scope == null) {
        scope = ScopeRules.NATIONAL;
      }
    }
    if (ScopeRules.NATIONAL.equals(scope) || respectivelyAfter(s, quantities, qi) >= 0) {
      scope = pairedPlace(s, quantities, qi, clauseStart, scope);
    }
    return scope;
  }

  /**
   * Why the metric the words gave a figure cannot be its own, or null: a provider named before a count of users
   * ("Guam's first ISP, Kuentos Communications, serves more than 700 users"), a fixed network's coverage ("une
   * couverture fibre de 97 % sur les foyers") read as the mobile network's, or a count given a share or rate ("Mobile
   * penetration at 120%: More than 10 million SIM cards in use").
   */
  private static String metricMismatch(String s, int clauseStart, Quantity q, Metric metric) {
    if ("internet_service_providers".equals(metric.id())
        && SUBSCRIBERS_RIGHT_AFTER.matcher(s).region(q.end(), s.length()).lookingAt()) {
      return Reasons.AMBIGUOUS_ITEM;
    }
    if (metric.id().startsWith("network_coverage") && FIXED_NETWORK.matcher(s).region(clauseStart, q.start()).find()) {
      return Reasons.NO_METRIC;
    }
    if (NumeralRules.COUNT.equals(q.unit()) && !NumeralRules.COUNT.equals(metric.unit()) && q.value() > 1000) {
      return Reasons.NO_METRIC;
    }
    return null;
  }

  /**
   * Why a count is of something else than its metric's item, or null: households ("8.3 million households have
   * landlines", "the number of households with personal computers is 2.5 million"), a population ("exceeding the
   * population of 270 million") or a capacity ("a capacity of 500,000 lines").
   */
  private static String otherThingCounted(String s, int clauseStart, Quantity q) {
    if (!NumeralRules.COUNT.equals(q.unit())) {
      return null;
    }
    if (HOUSEHOLDS_COUNTED.matcher(s).region(q.end(), s.length()).lookingAt()
        || LiteralGate.containsAny(s, clauseStart, q.start(), "number of", "total of")
        && HOUSEHOLDS_NUMBER_BEFORE.matcher(s).region(clauseStart, q.start()).find()
        || LiteralGate.containsAny(s, Math.max(clauseStart, q.start() - 60), q.start(), "ménages", "menages",
            "hogares", "households", "domicílios", "domicilios")
        && HOUSEHOLDS_ESTIMATED.matcher(s).region(Math.max(clauseStart, q.start() - 60), q.start()).find()) {
      return Reasons.HOUSEHOLD_COUNT;
    }
    if (NotFigureRules.isPopulation(s, clauseStart, q.start(), q.end())) {
      return Reasons.POPULATION;
    }
    return NotFigureRules.isCapacity(s, clauseStart, q.start()) ? Reasons.CAPACITY : null;
  }

  /** Just after the last ')' or ',' in [from, to), else from: where a figure's own words begin. */
  private static int lastBreakBefore(String s, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (s.charAt(i) == ')' || s.charAt(i) == ',') {
        return i + 1;
      }
    }
    return from;
  }

  /**
   * The metric of the previous figure when both stand in brackets after a name, this one holding nothing but the
   * figure ("Kuwait (26 percent)" after "Bahrain (26.6 percent house holds with broadband connection)"); else null.
   */
  private static Metric bracketSiblingMetric(String s, List<Term> terms, Quantity q, Resolved previous) {
    if (!NumeralRules.PERCENT.equals(previous.q().unit()) || previous.metric() == null || !aloneInBrackets(s, q)) {
      return null;
    }
    int open = s.lastIndexOf('(', previous.q().start());
    int close = s.indexOf(')', previous.q().end());
    int between = s.lastIndexOf('(', q.start());
    if (open < 0 || close < 0 || close > q.start() || previous.q().start() - open > 12
        || s.substring(close + 1, between).chars().anyMatch(Character::isDigit)
        || s.substring(close + 1, between).length() > 40) {
      return null;
    }
    for (Term t : terms) {
      if (!t.kind().equals("other") && t.start() > close && t.end() <= between) {
        return null; // "mobile phones (85.6%) than landlines (75.5%)": a bracket after its own item is that item's
      }
    }
    return previous.metric();
  }

  /** Whether the percent {@code q} stands alone in brackets right after a word ("Kuwait (26 percent)"). */
  private static boolean aloneInBrackets(String s, Quantity q) {
    Matcher m = BRACKETED_PERCENT.matcher(s).region(Math.max(0, q.start() - 16), Math.min(s.length(), q.end() + 16))
        .useTransparentBounds(true);
    while (m.find()) {
      if (m.start() <= q.start() && m.end() >= q.end()) {
        return true;
      }
    }
    return false;
  }

  // "network coverage (50 percent)": a label, then the figure alone in brackets
  private static final Pattern BRACKETED_PERCENT = Pattern.compile(
      "(?<=[\\p{L}])\\s*\\(\\s*(?:about\\s+|some\\s+|nearly\\s+)?\\d+(?:[.,]\\d+)?\\s*(?:%|per\\s?cent|percent|pour\\s+cent|por\\s+ciento|por\\s+cento)\\s*\\)",
      Pattern.CASE_INSENSITIVE);
  // a label that names what its percent is of: then the bracketed figure is that rate, not a share of a breakdown
  private static final Pattern LABEL_BASE = Pattern.compile(
      "(?i)penetra|population|inhabitants|households|homes|density|habitants|m[ée]nages|hogares|habitantes|domic[íi]lios|poblaci[óo]n|popula[çc][ãa]o");

  /**
   * "a penetration of 46%, split between two operators: Unitel (with 82%) and Movicel (with 18%)", "com a Angola
   * Telecom à cabeça (58%), seguida da MsTelecom (com 21%)": a bare percentage in brackets after the sentence gave its
   * metric's level, not after a country's name, is a company's share of the subscribers, never that level again.
   */
  private static boolean companyShare(String s, Quantity q, Metric metric, List<Resolved> resolved) {
    int open = openBracketBefore(s, q.start());
    if (open < 0 || !BRACKET_INTRO.matcher(s).region(open + 1, q.start()).matches()
        || !BRACKET_CLOSE.matcher(s).region(q.end(), s.length()).lookingAt()
        || s.substring(open + 1, q.start()).isBlank() && !OPERATORS_NAMED.matcher(s).find()
        && !WITH_SHARE_BRACKET.matcher(s).find()) {
      return false; // a bare bracket counts as a company's only in a sentence about operators or their shares
    }
    String country = DocumentIdentity.lastCountryIn(s, Math.max(0, open - 40), open);
    if (country != null && s.substring(0, open).stripTrailing().endsWith(country)) {
      return false; // "Bahrain (26.6 percent of households), Kuwait (26 percent)": a country's own figure
    }
    for (Resolved r : resolved) {
      if (r.q().end() <= open && r.metric() != null && r.metric().id().equals(metric.id())
          && r.q().value() != q.value()) {
        return true;
      }
    }
    return false;
  }

  // the words that open a bracket giving a company its share: "with", then "the remaining" ("com os restantes")
  private static final String SHARE_WITH = "(?:with|com|con|avec)";
  private static final String THE_REMAINING = "(?:(?:the|os|as|les|los|las|el|la|le)\\s+)?(?:remaining|restantes|restants)?";
  // "(with ", "(com os restantes ", "(avec ", "(": what may open a bracket before a company's share
  private static final Pattern BRACKET_INTRO = Pattern.compile(
      "(?iu)\\s*(?:" + SHARE_WITH + "\\s+)?" + THE_REMAINING + "\\s*");
  private static final Pattern BRACKET_CLOSE = Pattern.compile("\\s*\\)");
  // "(with 27%)", "(com os restantes 2%)": a bracket that gives a company its share
  private static final Pattern WITH_SHARE_BRACKET = Pattern.compile(
      "(?iu)\\(\\s*" + SHARE_WITH + "\\s+" + THE_REMAINING + "\\s*\\d");
  private static final Pattern OPERATORS_NAMED = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:operators?|operadora?s?|operadores|op[ée]rateurs?|carriers?|companies|empresas)(?![\\p{L}])");

  /**
   * Whether a percent stands alone in brackets right after its label, in a sentence listing at least two such
   * "label (N percent)" items, and neither its label holds a number nor its sentence names a base (population,
   * households, penetration): the items are the
   * parts of a breakdown or the answers of a survey, and each percent is a share of that whole.
   */
  private static boolean bracketedListShare(String s, Quantity q, int clauseStart) {
    int open = s.lastIndexOf('(', q.start());
    if (open < 0 || q.start() - open > 12 || s.indexOf(')', q.end()) < 0 || s.indexOf(')', q.end()) - q.end() > 12) {
      return false;
    }
    Matcher m = BRACKETED_PERCENT.matcher(s);
    int count = 0;
    boolean own = false;
    while (m.find()) {
      count++;
      own |= m.start() <= open && m.end() >= q.end();
    }
    if (!own || count < 2) {
      return false;
    }
    int labelStart = open;
    while (labelStart > 0 && ",;:)".indexOf(s.charAt(labelStart - 1)) < 0) {
      labelStart--;
    }
    String label = s.substring(Math.max(labelStart, open - 60), open);
    // "6.6 million (62.8 per cent)" restates a count; "households in X (21%), Y (16%)" names its base elsewhere
    return !label.matches("(?s).*\\d.*") && !LABEL_BASE.matcher(s).find();
  }

  private static final Pattern COVER_WORD = Pattern.compile("(?i)\\bcover");
  // "60% LTE population coverage", "97 per cent mobile coverage"
  private static final Pattern COVER_RIGHT_AFTER = Pattern.compile(
      "(?i)(?:\\s+[\\p{L}\\d-]+){0,3}?\\s+(?:coverage|covered|cover)\\b");

  private static final Pattern NATIONAL_AVERAGE = Pattern.compile(
      "(?i)\\bnational\\s+average|moyenne\\s+nationale|promedio\\s+nacional|m[ée]dia\\s+nacional");

  // an average over the region or the world, named right before the figure
  private static final Pattern OTHER_AVERAGE = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:(?:regional|global|world|worldwide|continental|international|african|asian|european"
          + "|latin\\s+american|arab|(?-i:U\\.S\\.|US|EU|OECD|UE|OCDE))\\s+(?:average|mean)|(?:average|mean)\\s+(?:for|of|in|across)\\s+(?:the\\s+)?"
          + "(?:region|world|continent)|(?:promedio|media|m[ée]dia|moyenne)\\s+(?:regional|mundial|global|continental"
          + "|r[ée]gionale|mondiale|latinoamericano|latinoamericana|africaine|europ[ée]enne|internacional))(?![\\p{L}])");

  // "a little below the 90% U.S. average", "46% — the world average": the average named right after the figure
  private static final Pattern OTHER_AVERAGE_AFTER = Pattern.compile(
      "(?iu)^\\s*(?:%|percent|per\\s+cent)?\\s*(?:[—–-]\\s*)?(?:the\\s+)?(?:regional|global|world|worldwide|continental"
          + "|international|(?-i:U\\.S\\.|US|EU|OECD))\\s+(?:average|mean)(?![\\p{L}])");
  // "the global average of 61", "the regional average stood at 45", "la moyenne mondiale de 61"
  private static final Pattern AVERAGE_OF = Pattern.compile(
      "\\b(?:average|mean|moyenne(?:\\s+\\p{L}+)?|promedio(?:\\s+\\p{L}+)?|m[ée]dia(?:\\s+\\p{L}+)?)\\s+"
          + "(?:of|was|is|stood\\s+at|at|de|du|del|da|do|era|[ée]tait|est|es|[ée])\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Whether no word follows the number in its clause but a date, a source or a place ("..., according to X"). */
  private static boolean nothingAfterBareAverage(String s, Quantity q, int clauseEnd) {
    int end = Math.min(clauseEnd, q.end() + 60);
    String after = s.substring(q.end(), Math.max(q.end(), end));
    return after.isBlank() || after.matches("(?s)\\s*(?:[,.;)]|in\\s+\\d{4}|\\s).*") && !after.matches(
        "(?s)\\s*(?:per\\s|percent|per\\s+cent|%|million|subscri|lines|users|people).*");
  }

  private static final Pattern LIST_JOIN = Pattern.compile("\\s*(?:,|,?\\s+and|,?\\s+or)\\s+");
  // ", Zimbabwe at ", " and South Africa at ", " y Panamá con ": the next place of a list of places and their figures
  private static final Pattern PLACE_LIST_JOIN = Pattern.compile(
      "\\s*(?:,|,?\\s+and|,?\\s+y|,?\\s+et|,?\\s+e)\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:at|with|on|con|en|à|avec|com)\\s+");
  private static final Pattern NOUN_THEN_JOIN = Pattern.compile(
      "\\s+\\p{L}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*){0,2}\\s*(?:,\\s+(?:and\\s+)?|,?\\s+(?:and|y|e|et)\\s+)");

  /**
   * Whether {@code item} is what a share of a country's people counts: named before the figure in its clause
   * ("Internet penetration reached 44% of Kenyans"), or after it with no other figure between ("58 percent of
   * Somalis have mobile subscriptions"); not "60% of Nigerians are under 25 and 40% of them use mobile phones".
   */
  private static boolean itemOfPeopleShare(String s, List<Term> terms, List<Quantity> quantities, Quantity q,
      String item, int clauseStart, int clauseEnd) {
    for (Term t : terms) {
      if (!t.kind().equals("item") || !t.name().equals(item) || t.start() < clauseStart || t.end() > clauseEnd) {
        continue;
      }
      if (t.end() <= q.start() || (t.start() >= q.start() && t.end() <= q.end())) {
        return true;
      }
      if (t.start() >= q.end()) {
        return countBetween(quantities, q.end(), t.start()) == 0;
      }
    }
    return false;
  }

  // between the item that ends one coordinate and the figure that opens the next: ", and", " and", ", while"
  private static final Pattern COORDINATE_GAP = Pattern.compile(
      "\\s*[,;]?\\s*(?:and|while|whereas|but|et|y|e)?\\s*(?:(?:only|just|some|about|around|nearly|almost|more\\s+than"
          + "|less\\s+than|fewer\\s+than|over|under|at\\s+least|roughly|approximately|even)\\s+)*");

  /** A term that closely follows another quantity (within five words) describes that quantity. */
  private static boolean ownedByEarlierQuantity(String s, int[] wordPrefix, Term t, List<Quantity> quantities) {
    // quantities are sorted and disjoint: the closest one ending before the term decides
    int i = firstStartingAtOrAfter(quantities, t.start()) - 1;
    while (i >= 0 && quantities.get(i).end() > t.start()) {
      i--;
    }
    return i >= 0 && words(s, wordPrefix, quantities.get(i).end(), t.start()) <= 5;
  }

  // "Mobile subscriptions per 100 people stood at 67": the unit is named before the number
  private static final Pattern PER_100_BEFORE = Pattern.compile(
      "(?iu)(?:\\bper\\s+(?:100|hundred)\\s+(?:inhabitants|people|persons|residents|population)\\b|(?<=\\p{L})/100\\b"
          // "por cada 100 colombianos hay 117,5 líneas", "pour 100 habitants, on compte 98 abonnements"
          + "|(?<![\\p{L}])(?:por|pour|para|a)\\s+(?:cada\\s+)?(?:100|cien|cent|cem)\\s+\\p{L}+,?)"
          + "(?:\\s+[\\p{L}]+){0,4}\\s*$");

  // "12 fixed lines per 1,000 people": a rate per 1,000, published per 100
  private static final Pattern PER_1000_AFTER = Pattern.compile(
      "^(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:per|for\\s+every)\\s+(?:1,000|1000|thousand|one\\s+thousand)\\s+"
          + "(?:inhabitants|people|persons|residents|population|capita|households)\\b", Pattern.CASE_INSENSITIVE);

  private static Quantity perThousand(String s, Quantity q) {
    if (!NumeralRules.COUNT.equals(q.unit()) || !LiteralGate.containsAny(s, q.end(), Math.min(s.length(),
        q.end() + 60), "1,000", "1000", "thousand")) {
      return q;
    }
    Matcher m = PER_1000_AFTER.matcher(s.substring(q.end()));
    if (m.lookingAt() && !m.group().toLowerCase(java.util.Locale.ROOT).contains("household")) {
      return new Quantity(q.start(), q.end() + m.end(), q.value() / 10, NumeralRules.PER_100, q.spelled(),
          false);
    }
    return q;
  }

  /** Digits alone, no scale word or unit: "41.69", not "41.69 million". */
  private static final Pattern NEXT_NOUN = Pattern.compile("\\s+(\\p{L}{3,}s)\\b");

  /**
   * Whether the plural noun right after the number is one that the paragraph, before this sentence, wrote as a rate
   * ("connections per hundred", "phones for every 100"): the rate's "per hundred" is understood.
   */
  private static boolean rateNounElided(String s, Quantity q, String paragraphBefore) {
    Matcher m = NEXT_NOUN.matcher(s).region(q.end(), s.length());
    if (!m.lookingAt() || paragraphBefore.isEmpty()) {
      return false;
    }
    return Pattern.compile("(?i)\\b" + Pattern.quote(m.group(1)) + "\\s+(?:per|for\\s+every)\\s+(?:hundred|100)\\b")
        .matcher(paragraphBefore).find();
  }

  /**
   * Whether {@code q}, naming no item, counts what the figure {@code prev} before it counted ("600,000 subscriptions
   * ..., about 14 per 100 inhabitants"): not across another figure or a colon that opens another field ("50 per 100
   * international: country code - 7; traffic goes through 2 exchanges"), and not when a noun of its own follows
   * a count ("2 exchanges", "2 Intelsat": what those count is no item of ours).
   */
  private static boolean takesItemOf(String s, Quantity prev, Quantity q, List<Quantity> quantities) {
    int colon = s.indexOf(':', prev.end());
    if (prev.end() > q.start() || countBetween(quantities, prev.end(), q.start()) > 0
        || colon >= 0 && colon < q.start()
        || !"".equals(specificItemNamed(s, prev.end(), q.start()))) {
      // ("about 1 per 100 persons; mobile-cellular subscribership now exceeds 40 per 100": an item named between)
      return false;
    }
    return !NumeralRules.COUNT.equals(q.unit()) || !OWN_NOUN_AFTER.matcher(s).region(q.end(), s.length()).lookingAt();
  }

  private static final Pattern OWN_NOUN_AFTER = Pattern.compile("\\s+(?!(?:in|and|or|of|to|from|by|at|on|for|per|"
      + "with|as|while|but|than|a|an|the|this|that|each|every|million|billion|thousand|percent|per\\s*cent|"
      + "more|less|new|were|was|are|is|had|have|has|en|y|e|et|de|du|des|à|a|em|no|na|mil|millones|milhões|"
      + "millions"
      // words any count of the item may take: "80 per cent of the population, or some 50 million people"
      + "|people|persons|individuals|inhabitants|users|subscribers|subscriptions|customers|connections|lines|"
      + "accounts|personas|pessoas|personnes|usuarios|usuários|utilisateurs)(?![\\p{L}]))\\p{L}",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  // the metrics whose counts are totals of many (subscribers, users, lines, sets), not of a few stations or networks
  private static final Pattern COUNT_OF_MANY = Pattern.compile(
      ".*(?:_subscribers|_lines|_users|_sets|_subscriptions|_total)|computers|internet_hosts");

  // "% of the population is poor", "% of Fijians live in rural areas": what the people it counts are, not own
  private static final Pattern DEMOGRAPHIC_AFTER = Pattern.compile(
      "\\s+of\\s+(?:the\\s+|its\\s+|all\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:population|people|inhabitants|residents|adults|citizens|"
          + "households|homes|families|(?-i:[A-Z]\\p{Ll}+(?:ans|ese|is|ers|ns)))\\s+(?:is|are|was|were|remains?|remained|"
          + "lives?|lived|living)\\s+(?:still\\s+|now\\s+)?(?:poor|illiterate|literate|unemployed|young|under\\s+(?:the\\s+)?(?:age|\\d)|aged|"
          + "below\\s+the\\s+poverty|in\\s+(?:rural|urban|poverty|the\\s+countryside|cities|towns)|rural|urban|female|male|"
          + "women|men|children|employed|in\\s+work)\\b", Pattern.CASE_INSENSITIVE);

  /** The date rule of "a year ago", "six months ago". */
  private static final String AGO = "<n> years|months ago";
  private static final String THAT_YEAR = "that year";
  private static final String PREVIOUS_PERIOD = "the previous month|quarter";

  // "Mobile operators had", "fixed-line carriers reported": the operators of a service named by its topic word
  private static final Pattern OPERATORS_OF = Pattern.compile(
      "(?i)\\b(?:mobile|cellular|GSM|fixed|fixed-line|landline)\\s+(?:network\\s+|phone\\s+|telephone\\s+)?(?:operators?|carriers?|providers?)\\b");

  // "5.4 million users", "2 million active users": the generic noun right after a figure is "users"
  private static final Pattern USERS_RIGHT_AFTER = Pattern.compile(
      "\\s+(?:[\\p{L}-]+\\s+)?(?:users|(?:de\\s+|d['’]\\s*)?(?:utilizadores|usu[áa]rios|usuarios|utilisateurs))(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Whether the number q is on the line below a label whose last term is a thing counted by no metric ({@code lines}:
   * the sentence with its line breaks, as long as the analysed sentence).
   */
  private static boolean labelOfOtherThing(String s, List<MetricRules.Term> terms, Quantity q) {
    if (s.length() <= q.start()) {
      return false;
    }
    MetricRules.Term last = null;
    for (MetricRules.Term t : terms) {
      if (t.end() <= q.start() && (last == null || t.end() > last.end())) {
        last = t;
      }
    }
    if (last == null || !last.kind().equals("other") || s.lastIndexOf('\n', q.start()) < last.end()) {
      return false;
    }
    for (int i = last.end(); i < q.start(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  // "the number of mobile subscriptions", "el número de líneas móviles", "le nombre d'abonnés mobiles"
  private static final Pattern NUMBER_OF = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:the\\s+(?:total\\s+)?number\\s+of|(?:el|o)\\s+(?:n[úu]mero|total)\\s+de|le\\s+nombre\\s+(?:de\\s+|d['’]\\s*))\\s*");

  /** The one specific item a figure-less sentence gives "the number of", or null. */
  private static String numberOfWithoutFigure(String s) {
    if (!LiteralGate.containsAny(s, 0, s.length(), "number of", "mero de", "total de", "nombre d")) {
      return null;
    }
    Matcher m = NUMBER_OF.matcher(s);
    if (!m.find()) {
      return null;
    }
    String named = null;
    for (Term t : MetricRules.terms(s)) {
      if (t.kind().equals("other") && t.name().equals("measure")) {
        return null; // "the number of minutes of mobile traffic": a measure is what the sentence is about
      }
      if (t.kind().equals("item") && !MetricRules.isGeneric(t.name()) && t.start() >= m.end()) {
        if (named != null && !named.equals(t.name())) {
          return null; // two items: no one subject
        }
        named = t.name();
      }
    }
    return named;
  }

  // the stretch between a number and the growth percent that changes it: "1.48 GB, 68 percent more"
  private static final Pattern CHANGE_OF_NUMBER_GAP = Pattern.compile("[^\\d;.:]{0,12},\\s*");

  /** Whether the growth percent q changes the number {@code before} just ahead of it, and that number is not ours. */
  private static boolean changesNumberNotOurs(String s, Quantity before, Quantity q, int clauseStart,
      List<Resolved> resolved) {
    if (before.start() < clauseStart || !CHANGE_OF_NUMBER_GAP.matcher(s).region(before.end(), q.start()).matches()) {
      return false;
    }
    return resolved.stream().noneMatch(r -> r.q().start() == before.start());
  }

  private static boolean isBareNumber(String s, Quantity q) {
    return writtenInDigits(s, q) && q.value() < 1000;
  }

  /** Whether the quantity is written in digits and separators only, with no unit or scale word ("43.6", "1,500"). */
  private static boolean writtenInDigits(String s, Quantity q) {
    for (int i = q.start(); i < q.end(); i++) {
      char c = s.charAt(i);
      if (!Character.isDigit(c) && c != '.' && c != ',') {
        return false;
      }
    }
    return true;
  }

  /** Whether a date follows the number in its clause ("from 675,000 at the end of 2009"). */
  /**
   * Where a date right after {@code q} is looked for: after the list {@code q} is part of ("compared with 67.6 per cent
   * and 97.9 per cent in 2015": the date that closes the list dates each of its figures), else {@code after}.
   */
  private static int listEnd(String s, Quantity q, List<Quantity> quantities, int after) {
    for (int i = 0; i < quantities.size(); i++) {
      if (quantities.get(i).start() == q.start()) {
        return Math.max(after, quantities.get(listAround(s, quantities, i)[1]).end());
      }
    }
    return after;
  }

  private static boolean hasDateRightAfter(String s, int[] wordPrefix, Quantity q, List<DateMention> dates,
      List<Quantity> quantities) {
    int after = listEnd(s, q, quantities, afterRestatement(s, q, quantities));
    for (DateMention d : dates) {
      if (d.start() >= after) {
        return !quantityBetween(quantities, after, d.start()) && words(s, wordPrefix, after, d.start())
            <= RIGHT_DATE_WORDS && !s.substring(after, d.start()).contains(";");
      }
    }
    return false;
  }

  private static final Pattern FIGURE_NEXT = Pattern.compile("[ \\t|;]*[\\d(]");

  /**
   * Whether the date {@code d} opens a line after {@code from} and figures follow it on that line: a row's label,
   * which dates the figures after it, never one before it.
   */
  private static boolean rowLabel(String lines, int from, DateMention d) {
    if (lines.length() < d.end() || lines.substring(from, d.start()).indexOf('\n') < 0) {
      return false;
    }
    return FIGURE_NEXT.matcher(lines).region(d.end(), lines.length()).lookingAt();
  }

  // (after the figure's noun too: "12.5 million connections (or 70.3% of the population) by 4Q2016")
  private static final Pattern RESTATEMENT = Pattern.compile("(?:\\s+\\p{L}[\\p{L}-]*){0,2}\\s*\\([^()]{1,40}\\)");

  /**
   * Where the words after a figure start, past a restatement in brackets right after it: "5.9 million (55.1 per
   * cent) in January" dates both figures by the month after the brackets.
   */
  private static int afterRestatement(String s, Quantity q, List<Quantity> quantities) {
    Matcher m = RESTATEMENT.matcher(s).region(q.end(), s.length());
    if (!m.lookingAt()) {
      return q.end();
    }
    for (Quantity other : quantities) {
      if (other.start() > q.end() && other.end() < m.end()) {
        return m.end(); // a figure in the brackets ("(55.1 per cent)"), not a date ("(2020 est.)")
      }
    }
    return q.end();
  }

  /** Another country named in the clause before the number ("while Kenya had 40 million"), or null. */
  private String otherCountryBefore(String s, int clauseStart, int position) {
    int to = position;
    while (true) {
      String name = DocumentIdentity.lastCountryIn(s, clauseStart, to);
      if (name == null || countryNames.contains(name)) {
        return null;
      }
      int at = s.lastIndexOf(name, to - name.length());
      if (at < clauseStart || !OPERATOR_WORD_AFTER.matcher(s).region(at + name.length(), to).lookingAt()) {
        return name;
      }
      to = at; // "a subsidiary of Qatar Telecom": a company named after a country, not a place
    }
  }

  // "Qatar Telecom", "Nepal Telecom", "Kenya Power": a capitalised company word after a country's name; "Luxembourg-based
  // Millicom": where a company sits
  private static final Pattern OPERATOR_WORD_AFTER = Pattern.compile(
      "\\s+(?:Telecom|Telekom|Telecoms|Telecommunications?|Telco|Tel|Mobile|Cellular|Cell|Wireless|Telephone|"
          + "Post|Posts|Broadband|Online|Digital|Networks?|Communications?)\\b|[- ](?:based|headquartered)\\b");

  /**
   * A unit read across a line break belongs to the next line ("27 million\nsubscriptions per 100 inhabitants:
   * 2"): the number keeps its own line and is a count.
   */
  /**
   * Whether the line break at {@code nl} wraps a line of prose ("roughly one\nline per 100 people"): the line it ends
   * holds at least eight words and no tab or run of spaces (columns of a table).
   */
  private static boolean wrappedProse(String text, int nl) {
    int start = text.lastIndexOf('\n', nl - 1) + 1;
    String line = text.substring(start, nl);
    if (line.indexOf('\t') >= 0 || line.contains("  ")) {
      return false;
    }
    return line.strip().split(" +").length >= 8;
  }

  private static final Pattern UNIT_GOES_ON = Pattern.compile("\\s*(?:of|per|for|in|de|des|du|d['’]|sur)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE);

  private static Quantity unitOnItsLine(Quantity q, String text, int offset) {
    if (NumeralRules.COUNT.equals(q.unit())) {
      return q;
    }
    int after = offset + q.end();
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    int colon = text.indexOf(':', offset + q.end());
    boolean nextLabel = after < text.length() && text.charAt(after) == ':';
    if (!nextLabel && colon > 0 && colon - (offset + q.end()) <= 30) {
      // "total: 4,400 percent of population: 100%": a spelled unit that opens the next label
      String between = text.substring(offset + q.end(), colon);
      // ("36 % des ménages ⏎ Internet : 58 %": a label on the next line opens no unit of this one)
      // ("25 per 100 persons domestic: primarily ...": words that do not go on with the unit open a sub-field)
      nextLabel = UNIT_GOES_ON.matcher(between).lookingAt() && between.chars().noneMatch(Character::isDigit)
          && between.indexOf('(') < 0
          && between.indexOf(';') < 0 && between.indexOf('\n') < 0 && Character.isLetter(text.charAt(after))
          && !Character.isLetter(text.charAt(offset + q.start() + digitsLength(text, offset + q.start())) ) ;
    }
    if (nextLabel) {
      // only in a run of labels: the quantity's own line has a label before it ("Existen 93 celulares por cada 100
      // mexicanos: IFT" is a headline with its source after a colon)
      int lineStart = text.lastIndexOf('\n', offset + q.start()) + 1;
      nextLabel = text.substring(lineStart, offset + q.start()).indexOf(':') >= 0;
    }
    if (nextLabel) {
      // "total subscriptions: 134,636 subscriptions per 100 inhabitants: less than 1": the unit is the next label
      int digitsEnd = q.start();
      while (digitsEnd < q.end() && !Character.isWhitespace(text.charAt(offset + digitsEnd))) {
        digitsEnd++;
      }
      return new Quantity(q.start(), digitsEnd, q.value(), NumeralRules.COUNT, q.spelled(), q.needsNoun());
    }
    for (int i = offset + q.start(); i < offset + q.end(); i++) {
      if (text.charAt(i) == '\n' && !wrappedProse(text, i)) {
        return new Quantity(q.start(), i - offset, q.value(), NumeralRules.COUNT, q.spelled(), q.needsNoun());
      }
    }
    return q;
  }

  private static int digitsLength(String text, int from) {
    int i = from;
    while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == ',' || text.charAt(i) == '.')) {
      i++;
    }
    return i - from;
  }

  private static Quantity perHundredBefore(String s, Quantity q) {
    if (!NumeralRules.COUNT.equals(q.unit())) {
      return q;
    }
    int from = Math.max(0, q.start() - 60);
    if (!LiteralGate.containsAny(s, from, q.start(), "per", "/100", "por", "pour", "para", "cada")
        || !LiteralGate.containsAny(s, from, q.start(), "100", "hundred", "cien", "cent", "cem")) {
      return q;
    }
    String before = s.substring(from, q.start());
    if (PER_100_BEFORE.matcher(before).find()) {
      return new Quantity(q.start(), q.end(), q.value(), NumeralRules.PER_100, q.spelled(), q.needsNoun());
    }
    return q;
  }

  private static boolean hasTerm(List<Term> terms, String kind, int from, int to) {
    return terms.stream().anyMatch(t -> t.kind().equals(kind) && t.start() >= from && t.end() <= to);
  }

  private static Resolved lastWithUnit(List<Resolved> resolved, String unit) {
    for (int i = resolved.size() - 1; i >= 0; i--) {
      if (resolved.get(i).q().unit().equals(unit)) {
        return resolved.get(i);
      }
    }
    return null;
  }

  private static boolean quantityBetween(List<Quantity> qs, int from, int to) {
    return countBetween(qs, from, to) > 0;
  }

  /** Quantities lying within [from, to); they are sorted and disjoint, so two binary searches suffice. */
  private static final Pattern SHARE_OF_COUNT = Pattern.compile(
      "\\s*(?:of\\s+(?:the\\s+)?(?:(?:total|all|its|their)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:users|subscribers|subscriptions|"
          + "customers|connections|internet\\s+users|netizens)"
          // "94% of the total penetration levels", "of overall teledensity": a part of a total rate, no rate itself
          + "|of\\s+(?:the\\s+)?(?:total|overall|combined)\\s+(?:telephone\\s+)?(?:penetration|teledensity|tele-density)"
          + "|(?:des|du)\\s+(?:abonn[ée]s|abonnements|utilisateurs|clients|internautes)"
          + "|de\\s+(?:los\\s+)?(?:usuarios|suscriptores|abonados|clientes|internautas)|d[oa]s\\s+(?:usu[áa]rios|assinantes|clientes"
          + "|acessos|internautas))\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * Whether "of total users", "des abonnés", "of the total penetration" follows the figure, or the last figure of the
   * list it is in ("94%, 96% and 97% of the total penetration levels").
   */
  private static boolean shareOfCountAfter(String s, int qi, List<Quantity> quantities) {
    int end = quantities.get(lastOfList(s, qi, quantities)).end();
    return SHARE_OF_COUNT.matcher(s).region(end, Math.min(s.length(), end + 50)).lookingAt();
  }

  private static final Pattern SHARE_OF_WHICH = Pattern.compile(
      "(?<![\\p{L}])(?:of\\s+(?:which|whom|these|those|them)|dont|de\\s+(?:los|las)\\s+cuales|d[oa]s\\s+quais)"
          + "(?:\\s+[\\p{L}]+){0,2}\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SUBSCRIPTIONS_NAMED = Pattern.compile(
      "\\b(?:subscriptions|SIM\\s+cards|SIMs|lines|connections|subscribers\\s+of"
          // "2.985.556 líneas celulares (50% de los habitantes)"
          + "|l[íi]neas|lignes|linhas|abonnements|suscripciones|assinaturas|accesos|acessos|cartes\\s+SIM|tarjetas\\s+SIM)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  // "Within the total are", "of which", "including", "among them", "dont", "de los cuales", "dos quais"
  // "Of the 12.3 million subscribers, 9.8 million are prepaid", "De los 5 millones de abonados, 4 millones...": a
  // sentence that opens on a total and then gives its parts
  private static final Pattern OF_THE_FIGURE = Pattern.compile(
      "\\s*(?:of|out\\s+of|among|de|entre|dos|das|sur|parmi)\\s+(?:(?:the|its|their|these|los|las|les|os|as)\\s+)?"
          + "(?:(?:some|about|around|nearly|almost|over)\\s+)?(?!(?:1[89]|20)\\d\\d(?!\\d))\\d",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PART_OPENER = Pattern.compile(
      "(?<![\\p{L}])(?:(?:within|of|among|in)\\s+(?:the|this|that)\\s+(?:total|figure|number|base)|of\\s+(?:these|those|them|which|"
          + "whom)|among\\s+(?:them|these|those)|including|included|comprising|broken\\s+down\\s+into|split\\s+into|dont|"
          + "parmi\\s+(?:eux|lesquels|lesquelles)|de\\s+(?:los|las)\\s+cuales|entre\\s+ellos|incluyendo|incluidos|"
          + "d[oa]s\\s+quais|entre\\s+eles|incluindo)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  // "customers for its new WiMAX service", "subscribers of the fibre service": the service named after the noun
  private static final Pattern SERVICE_LINK = Pattern.compile(
      "\\s+(?:for|of|to|on)\\s+(?:(?:its|the|their|a|an)\\s+)?(?:(?:new|own|recently\\s+launched)\\s+)?"
          // "236 milhões de acessos na telefonia móvel", "d'abonnements à la téléphonie cellulaire"
          + "|\\s+(?:(?:à|a|en|em|de)\\s+(?:la\\s+|el\\s+|l['’]\\s*)?|au\\s+|aux\\s+|del\\s+|n[oa]s?\\s+|d[oa]s?\\s+|al\\s+)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  // a sentence about companies: its generic nouns ("customers", "subscribers") may be theirs, not the country's
  private static final Pattern COMPANY_WORDS = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:operators?|carriers?|providers?|compan(?:y|ies)|firms?|op[ée]rateurs?|operadora?s?|empresas?"
          + "|soci[ée]t[ée]s?|companhias?)(?![\\p{L}])");

  // a sentence about a part of the whole: prepaid or postpaid lines, "accesos de este tipo", "the remaining 14%"
  private static final Pattern SUBSET_WORDS = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:pre-?paid|post-?paid|prepago|pospago|postpago|pr[ée]-?pag[oa]s?|p[óo]s-?pag[oa]s?|pr[ée]pay[ée]s?"
          + "|postpay[ée]s?|contrato|contract|of\\s+this\\s+(?:type|kind)|de\\s+este\\s+tipo|deste\\s+tipo|de\\s+ce\\s+type"
          + "|restantes?|remaining|modalidad|modalidade)(?![\\p{L}])");
  private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}'’-]*");
  // capitalised words that name no one: technologies and periods (months are the scope vocabulary's)
  private static final Pattern TECHNOLOGY_OR_PERIOD = Pattern.compile("(?i)sim|gsm|[2345]g|lte|q[1-4]|h[12]");

  /**
   * Whether the sentence names no one a generic noun could belong to: no capitalised word but its first, a month,
   * a technology or the document's country ("Subscriptions are projected to hit 22,9 million at the end of 2025";
   * not "Na sequência aparecem a TIM, com 61,4 milhões de acessos" nor "la province du HAUT-KATANGA avec plus de 6
   * millions d'abonnés").
   */
  private boolean namesNoOne(String s) {
    Matcher m = CAPITALISED.matcher(s);
    boolean first = true;
    int skipTo = -1; // the end of a country's name of several words that opens the sentence ("El Salvador")
    while (m.find()) {
      String w = m.group();
      if (first && s.substring(0, m.start()).chars().noneMatch(Character::isLetterOrDigit)) {
        first = false;
        String country = DocumentIdentity.lastCountryIn(s, m.start(), Math.min(s.length(), m.start() + 40));
        if (country != null && s.startsWith(country, m.start())) {
          skipTo = m.start() + country.length();
        }
        continue;
      }
      first = false;
      if (m.end() <= skipTo) {
        continue;
      }
      if (!ScopeRules.namesNoPlace(w) && !TECHNOLOGY_OR_PERIOD.matcher(w).matches() && !countryNames.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a generic noun's figure with no subject in its clause, paragraph or section is of the item the title
   * names: a count or rate whose generic noun is its own or opens its clause, in a sentence naming no company, subset
   * or other thing, and no one else (or, when all the document counted so far is the title's item, a named place's
   * figure: "Por regiões, o Sudeste tem o maior número de linhas" under "... 194 milhões de celulares").
   */
  private boolean takesTitleItem(String s, List<Term> terms, Quantity q, int clauseStart, int clauseEnd,
      boolean documentOnTitleItem) {
    return (NumeralRules.COUNT.equals(q.unit()) || NumeralRules.PER_100.equals(q.unit()))
        && genericRightAfterOrOpening(s, terms, q, clauseStart)
        && !COMPANY_WORDS.matcher(s).find() && !SUBSET_WORDS.matcher(s).find()
        && !hasTerm(terms, "other", clauseStart, clauseEnd)
        && (namesNoOne(s) || documentOnTitleItem && !ScopeRules.NATIONAL.equals(
            ScopeRules.scopeOf(s, clauseStart, q.start(), q.end(), clauseEnd, countryNames)));
  }

  // what may open a clause before its subject: a phrase set off by a comma ("In 2016, ", "En el país vecino del
  // sur, ") and an article
  private static final Pattern ARTICLE_ONLY = Pattern.compile(
      "(?:[^,;:]{0,60},)?\\s*(?:(?:the|las|los|les|as|os|el|la|le|o|a)\\s+|l['’]\\s*)?", Pattern.CASE_INSENSITIVE);


  /**
   * Whether the figure's generic noun is its own ("21,9 million subscriptions", "22 millions d'abonnements") or
   * opens its clause ("Subscriptions are projected to hit 22,9 million"), not one further away ("the messages sent
   * per subscriber reached 137").
   */
  private static boolean genericRightAfterOrOpening(String s, List<Term> terms, Quantity q, int clauseStart) {
    for (Term t : terms) {
      if (!t.kind().equals("item") || !MetricRules.isGeneric(t.name())) {
        continue;
      }
      if (t.start() >= q.start() && t.end() <= q.end()) {
        return true; // "98,2 suscripciones por cada 100 personas": the noun inside a rate's unit
      }
      if (t.start() >= q.end() && (t.start() - q.end() <= 3
          || ROMANCE_OF_GAP.matcher(s).region(q.end(), t.start()).matches())) {
        return true;
      }
      if (t.end() <= q.start() && t.start() >= clauseStart
          && ARTICLE_ONLY.matcher(s).region(clauseStart, t.start()).matches()) {
        return true; // "Subscriptions are projected to hit", "las suscripciones sumaron 159,2 por cada 100"
      }
    }
    return false;
  }

  /** Whether the figure stands in a run of three or more figures with nothing but white space between them. */
  private static boolean inFigureRun(String s, List<Quantity> quantities, int qi) {
    int first = qi;
    while (first > 0 && onlySpaceBetween(s, quantities.get(first - 1), quantities.get(first))) {
      first--;
    }
    int last = qi;
    while (last + 1 < quantities.size() && onlySpaceBetween(s, quantities.get(last), quantities.get(last + 1))) {
      last++;
    }
    return last - first >= 2;
  }

  /**
   * Whether the figure stands on a line below a line of column headings: a line that names three specific items or
   * more and holds no figure ("Country Telephones a Telephones, Mobile/Cellular a Radios a ... Internet Users c" over
   * "Fiji 72,000 5,200 ..."). Which heading is the figure's is not known here.
   */
  private static boolean underColumnHeader(String lines, List<Term> terms, Quantity q) {
    int lineStart = lines.lastIndexOf('\n', q.start() - 1);
    // up over the rows of figures above the figure's own line, to the first line without a figure: the header
    for (int rows = 0; lineStart > 0 && rows < 12; rows++) {
      int above = lines.lastIndexOf('\n', lineStart - 1) + 1;
      String line = lines.substring(above, lineStart);
      if (line.isBlank()) {
        return false;
      }
      if (line.chars().anyMatch(Character::isDigit)) {
        lineStart = above - 1;
        continue;
      }
      if (line.indexOf(';') >= 0 || line.indexOf(':') >= 0 || line.strip().split("\\s+").length > 30
          || PROSE_WORD.matcher(line).find()) {
        return false; // a line of prose or fields, not of headings
      }
      java.util.Set<String> items = new java.util.HashSet<>();
      for (Term t : terms) {
        if (t.kind().equals("item") && !MetricRules.isGeneric(t.name()) && t.start() >= above && t.end() <= lineStart) {
          items.add(t.name());
        }
      }
      return items.size() >= 3;
    }
    return false;
  }

  private static final Pattern PROSE_WORD = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:the|and|of|to|as|with|for|is|are|was|were|les|des|est|sont|los|las|del|es|son|os|são)(?![\\p{L}])");

  private static boolean onlySpaceBetween(String s, Quantity a, Quantity b) {
    return a.end() <= b.start() && s.substring(a.end(), b.start()).isBlank();
  }

  // a figure restated in other words right after another: "165%, soit 165 SIM actives", "52%, i.e. 52 lines"
  private static final Pattern RESTATED_AS = Pattern.compile(
      "(?iu)\\s*[,(]?\\s*(?:soit|c['’]est-à-dire|i\\.\\s?e\\.|that\\s+is|o\\s+sea|es\\s+decir|ou\\s+seja|isto\\s+é)"
          + "\\s+(?:seulement|only|apenas|solo|sólo|about|environ|some)?\\s*");

  private static boolean insideOtherQuantity(Term t, Quantity q, List<Quantity> quantities) {
    for (Quantity o : quantities) {
      if (o != q && o.end() <= q.start() && o.start() <= t.start() && t.end() <= o.end()) {
        return true;
      }
    }
    return false;
  }

  /** The document's title: its heading, else its first paragraph when that is one line without a full stop. */
  static String titleText(DocumentLayout layout, String analysis) {
    String title = layout.firstHeading();
    if ((title == null || title.isBlank()) && !layout.paragraphs().isEmpty()) {
      DocumentLayout.Paragraph first = layout.paragraphs().get(0);
      String t = analysis.substring(first.start(), first.end()).strip();
      if (t.length() <= 160 && t.indexOf('\n') < 0 && !t.endsWith(".")) {
        title = t;
      }
    }
    return title == null || title.isBlank() ? null : title;
  }

  /** The document's observation of {@code metric} for the quantity, of the date's period when it has one. */
  private Observation observation(Metric metric, Quantity q, DateMention date) {
    Observation o = new Observation();
    o.setDocId(docId);
    o.setMetric(metric.id());
    o.setValue(q.value());
    o.setUnit(metric.unit());
    if (date != null) {
      o.setPeriodStart(date.from());
      o.setPeriodEnd(date.to());
    }
    return o;
  }

  /**
   * The date a figure takes: its place in a list of as many dates ("94%, 96% and 97% in 2007, 2008 and 2009
   * respectively"), else the one its clause binds.
   */
  private DateMention respectiveOrBound(String s, String lines, int[] wordPrefix, Quantity q, int qi,
      List<DateMention> dates, List<DateMention> factDates, List<Quantity> quantities) {
    DateMention respective = respectiveDate(s, qi, quantities, dates);
    return respective != null ? respective : bindDateOrBase(s, lines, wordPrefix, q, dates, factDates, quantities);
  }

  // nothing but a list's comma or conjunction between two figures or two dates
  private static final Pattern LIST_JOIN_ONLY = Pattern.compile(
      "(?iu)\\s*(?:,|;)?\\s*(?:(?:and|y|e|et)\\s+)?(?:(?:in|en|em)\\s+)?");
  // between the list of figures and the list of dates: a few words, no figure, no clause break
  private static final Pattern FIGURES_TO_DATES = Pattern.compile("[^\\d;.:()]{1,60}");

  /**
   * The date in the figure's place when a list of figures ("94%, 96% and 97%", "1.2, 1.5 and 1.9 million") is
   * followed in its clause by a list of exactly as many dates ("in 2007, 2008 and 2009", "respectively" or not);
   * null when the figure is in no such list.
   */
  static DateMention respectiveDate(String s, int qi, List<Quantity> quantities, List<DateMention> dates) {
    if (dates.size() < 2) {
      return null;
    }
    int first = qi;
    while (first > 0 && joinedOnly(s, quantities.get(first - 1).end(), quantities.get(first).start())) {
      first--;
    }
    int last = lastOfList(s, qi, quantities);
    int n = last - first + 1;
    int end = quantities.get(last).end();
    int d0 = -1;
    for (int i = 0; i < dates.size(); i++) {
      if (dates.get(i).start() >= end) {
        d0 = i;
        break;
      }
    }
    if (n < 2 || d0 < 0 || dates.size() - d0 < n
        || !FIGURES_TO_DATES.matcher(s).region(end, dates.get(d0).start()).matches()) {
      return null;
    }
    for (int i = d0 + 1; i < d0 + n; i++) {
      if (dates.get(i).undated() || !joinedOnly(s, dates.get(i - 1).end(), dates.get(i).start())) {
        return null;
      }
    }
    if (d0 + n < dates.size() && joinedOnly(s, dates.get(d0 + n - 1).end(), dates.get(d0 + n).start())) {
      return null; // more dates than figures: which is whose is not known
    }
    DateMention d = dates.get(d0 + qi - first);
    return d.undated() ? null : d;
  }

  /** The index of the last figure of the list ("94%, 96% and 97%") the figure {@code qi} is in, or qi. */
  private static int lastOfList(String s, int qi, List<Quantity> quantities) {
    int last = qi;
    while (last + 1 < quantities.size() && joinedOnly(s, quantities.get(last).end(), quantities.get(last + 1).start())) {
      last++;
    }
    return last;
  }

  private static boolean joinedOnly(String s, int from, int to) {
    return from <= to && LIST_JOIN_ONLY.matcher(s).region(from, to).matches();
  }

  /** A figure nothing dated whose sentence names no date and that opens no from-to pair waits for the story's period. */
  private void awaitStoryPeriod(Observation o, DocumentLayout.Paragraph p, String s, Quantity q,
      List<DateMention> dates) {
    if (dates.isEmpty() && !ChangeRules.isFromEnd(s, q.end())) {
      storyPeriod.awaitPeriod(o, p); // "The number of subscribers rose to 5.97 million": the lead's period
    }
  }

  /**
   * Notes what a lead sentence tells of the story's period: the dates it writes out, but a comparison's base ("up 4%
   * on 2021") and the dateline; and, for the lead's first sentence of figures under the title, its period or none.
   */
  private void noteLead(String s, DocumentLayout.Paragraph p, boolean titled, List<DateMention> dates,
      List<DateMention> figureDates, List<Quantity> quantities, boolean published) {
    for (DateMention d : withoutComparisonBases(s, dates)) {
      if (!isDateline(d)) {
        storyPeriod.noteLeadDate(d);
      }
    }
    if (!published || p.index() == 0 && titled) {
      return;
    }
    DateMention own = statedForFiguresOf(s, dates, figureDates, quantities);
    storyPeriod.noteFirstFigures(own == null || isDateline(own) ? null : own, p);
  }

  /** The period a sentence states for its own figures, leaving out a comparison's base ("up 4% on 2021"). */
  private static DateMention statedForFiguresOf(String s, List<DateMention> dates, List<DateMention> figureDates,
      List<Quantity> quantities) {
    if (dates.isEmpty()) {
      return null;
    }
    DateMention stated = statedPeriod(s, figureDates, quantities);
    return withoutComparisonBases(s, dates).contains(stated) ? stated : null;
  }

  /** Whether {@code d} is the day the text was written ("Togo First, Monday 26 January 2026"): its dateline. */
  private boolean isDateline(DateMention d) {
    return documentDate.trusted() && d.from() != null && d.from().equals(d.to())
        && d.from().equals(documentDate.from());
  }

  /** The one period a title states, or null: none, several, a date after the writing, the base of a change. */
  private DateMention titlePeriod(String title) {
    DateMention d = headingDate(title);
    // "Data use up 24% on the last half of 2020": the base of a change, not the text's period
    return d == null || laterThanWriting(d) || isComparisonBase(title, d) ? null : d;
  }

  /**
   * The period of a figure that nothing in its paragraph dates: the one its section's heading states ("Market data
   * (June 2016)"), else the title's, else null.
   */
  private DateMention documentPeriod(DocumentLayout.Paragraph p) {
    DateMention d = headingDateMemo(p.section());
    return d != null ? d : titleDate;
  }

  // "236 milhões de acessos", "8 millions d'abonnés": the Romance "of" between a figure and its noun
  private static final Pattern ROMANCE_OF_GAP = Pattern.compile("\\s+(?:de\\s+|d['’]\\s*)");

  /** The specific item a generic noun right after the figure is linked to ("customers for its new X service"). */
  private static String serviceAfterGeneric(String s, List<Term> terms, Quantity q) {
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      if (t.start() < q.end() || !t.kind().equals("item")) {
        continue;
      }
      if (!MetricRules.isGeneric(t.name()) || (t.start() - q.end() > 3
          && !ROMANCE_OF_GAP.matcher(s).region(q.end(), t.start()).matches())) {
        return null;
      }
      for (int j = i + 1; j < terms.size(); j++) {
        Term u = terms.get(j);
        if (u.kind().equals("item")) {
          return !MetricRules.isGeneric(u.name()) && u.start() >= t.end()
              && SERVICE_LINK.matcher(s).region(t.end(), u.start()).matches() ? u.name() : null;
        }
      }
      return null;
    }
    return null;
  }

  // "at least one computer", "al menos un televisor", "au moins un", "pelo menos um": a determiner, no figure
  private static final Pattern AT_LEAST_BEFORE = Pattern.compile(
      "(?iu)(?:\\bat\\s+least|\\bal\\s+menos|\\bau\\s+moins|\\bpelo\\s+menos|\\bao\\s+menos|\\bpor\\s+lo\\s+menos)\\s+$");

  /**
   * The sentence's quantities without a spelled "one" after "at least" ("92.5% of households have at least one
   * television"): a determiner of the noun after it, recorded as such, that would otherwise stand between a figure
   * and its item.
   */
  private List<Quantity> withoutAtLeastOne(String s, List<Quantity> quantities, Sentence sentence,
      List<Unresolved> unresolved) {
    List<Quantity> out = null;
    for (int i = 0; i < quantities.size(); i++) {
      Quantity q = quantities.get(i);
      boolean drop = q.value() == 1 && q.spelled()
          && AT_LEAST_BEFORE.matcher(s).region(Math.max(0, q.start() - 24), q.start()).find();
      if (drop && out == null) {
        out = new ArrayList<>(quantities.subList(0, i));
      }
      if (drop) {
        unresolved.add(unresolved(q, Reasons.DETERMINER, sentence));
      } else if (out != null) {
        out.add(q);
      }
    }
    return out == null ? quantities : out;
  }

  /**
   * The figures of sentence {@code s} outside its dates: the numbers found, less "at least one" and the labels of a
   * flattened chart (each reported in {@code unresolved} with its reason).
   */
  private List<Quantity> sentenceQuantities(String s, List<int[]> dateSpans, Sentence sentence,
      List<Unresolved> unresolved) {
    List<Quantity> found = NumeralRules.find(s, dateSpans);
    return withoutChartLabels(s, withoutAtLeastOne(s, found, sentence, unresolved), sentence, unresolved);
  }

  // a chart's labels run together by a page's flattening: three or more percents and years with nothing between
  private static final String CHART_TOKEN = "(?:(?:19|20)\\d\\d|\\d{1,3}(?:[.,]\\d{1,2})?\\s?%)";
  private static final Pattern CHART_RUN = Pattern.compile("(?<![\\d.,])" + CHART_TOKEN + "(?:\\s+" + CHART_TOKEN + "){2,}");

  /**
   * The quantities of {@code s} less those in a run of a flattened chart's labels ("35,6% 2009 38,5% 39,9% 2010 2011
   * 73,5%"): percents and years that cannot be paired, each reported as an unreadable cell. A run counts only when
   * it mixes percents with years.
   */
  private List<Quantity> withoutChartLabels(String s, List<Quantity> quantities, Sentence sentence,
      List<Unresolved> unresolved) {
    if (quantities.size() < 2 || s.indexOf('%') < 0) {
      return quantities;
    }
    Matcher m = CHART_RUN.matcher(s);
    List<int[]> runs = null;
    while (m.find()) {
      String run = m.group();
      if (run.indexOf('%') >= 0 && YEAR_IN_RUN.matcher(run).find()) {
        runs = runs == null ? new ArrayList<>() : runs;
        runs.add(new int[] {m.start(), m.end()});
      }
    }
    if (runs == null) {
      return quantities;
    }
    List<Quantity> out = new ArrayList<>(quantities.size());
    for (Quantity q : quantities) {
      boolean inRun = false;
      for (int[] r : runs) {
        inRun |= q.start() >= r[0] && q.end() <= r[1] + 1;
      }
      if (inRun) {
        unresolved.add(unresolved(q, Reasons.TABLE_CELL_UNREADABLE, sentence));
      } else {
        out.add(q);
      }
    }
    return out;
  }

  private static final Pattern YEAR_IN_RUN = Pattern.compile("(?<![\\d.,])(?:19|20)\\d\\d(?![\\d%])");

  /**
   * The whole a figure is counted against ("households", "people"): the nearest base term of its clause; for a share,
   * one that heads the clause's subject however long the words after it ("The share of households with access to the
   * internet went up by 15.6 points to 85.7 per cent"), when no other share lies between them.
   */
  private static String baseOf(String s, int[] wordPrefix, List<int[]> asides, List<int[]> dateSpans, List<Term> terms,
      Quantity q, List<Quantity> quantities, int clauseStart, int clauseEnd) {
    String base = nearest(s, wordPrefix, asides, dateSpans, terms, "base", q, quantities, clauseStart, clauseEnd, false);
    if (base == null && NumeralRules.PERCENT.equals(q.unit()) && !shareBetween(quantities, clauseStart, q.start())) {
      base = nearest(s, wordPrefix, asides, dateSpans, terms, "base", q, quantities, clauseStart, clauseEnd, false,
          MAX_SUBJECT_BASE_DISTANCE);
    }
    return base;
  }

  /** Whether a percentage lies in [from, to). */
  private static boolean shareBetween(List<Quantity> qs, int from, int to) {
    for (int i = firstStartingAtOrAfter(qs, from); i < qs.size() && qs.get(i).end() <= to; i++) {
      if (NumeralRules.PERCENT.equals(qs.get(i).unit())) {
        return true;
      }
    }
    return false;
  }

  private static int countBetween(List<Quantity> qs, int from, int to) {
    int first = firstStartingAtOrAfter(qs, from);
    int n = 0;
    for (int i = first; i < qs.size() && qs.get(i).end() <= to; i++) {
      n++;
      if (n > 8) {
        return n; // distances only need "a few"; a hostile run of numbers stays linear
      }
    }
    return n;
  }

  private static int firstStartingAtOrAfter(List<Quantity> qs, int position) {
    int lo = 0;
    int hi = qs.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (qs.get(mid).start() < position) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * For {@link #words(String, int[], int, int)}: element k is the number of word starts (a letter or digit not
   * after one) before position k of {@code s}.
   */
  private static int[] wordPrefix(String s) {
    int[] p = new int[s.length() + 1];
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = Character.isLetterOrDigit(s.charAt(i));
      p[i + 1] = p[i] + (w && !in ? 1 : 0);
      in = w;
    }
    return p;
  }

  /** {@code words(s.substring(from, to))} from the prefix counts, without copying. */
  private static int words(String s, int[] wordPrefix, int from, int to) {
    if (from >= to) {
      return 0;
    }
    return wordPrefix[to] - wordPrefix[from + 1] + (Character.isLetterOrDigit(s.charAt(from)) ? 1 : 0);
  }

  /** Spans of every occurrence of the literals, longest first where they overlap, in text order. */
  private static List<int[]> occurrences(String[] literals, String s) {
    List<int[]> out = new ArrayList<>();
    for (String l : literals) {
      for (int i = s.indexOf(l); i >= 0; i = s.indexOf(l, i + 1)) {
        int start = i;
        int end = i + l.length();
        if (out.stream().noneMatch(b -> start < b[1] && b[0] < end)) {
          out.add(new int[] {start, end});
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(b -> b[0]));
    return out;
  }

  static String collapseWhitespace(String s) {
    if (isCollapsed(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  /** True when collapsing would not change {@code s}: white space only as single inner spaces. */
  private static boolean isCollapsed(String s) {
    boolean previousSpace = true; // a leading space would be dropped
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (previousSpace) {
          return false;
        }
        previousSpace = true;
      } else if (Character.isWhitespace(c)) {
        return false;
      } else {
        previousSpace = false;
      }
    }
    return !previousSpace || s.isEmpty();
  }

  private static boolean bulletBetween(String s, int from, int to) {
    return LiteralGate.containsAny(s, from, to, BULLETS);
  }

  private static boolean crosses(List<int[]> breaks, int from, int to) {
    for (int[] b : breaks) {
      if (b[0] >= from && b[1] <= to) {
        return true;
      }
    }
    return false;
  }

  private static int clauseStart(List<int[]> breaks, int position) {
    int start = 0;
    for (int[] b : breaks) {
      if (b[1] <= position) {
        start = b[1];
      }
    }
    return start;
  }

  private static int clauseEnd(List<int[]> breaks, int position, int length) {
    for (int[] b : breaks) {
      if (b[0] >= position) {
        return b[0];
      }
    }
    return length;
  }
}
