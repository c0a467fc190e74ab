package org.telecomgrowth.extract.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telecomgrowth.extract.Reasons;
import org.telecomgrowth.extract.rules.ChangeRules;
import org.telecomgrowth.extract.rules.DateRules;
import org.telecomgrowth.extract.rules.DateRules.DateMention;
import org.telecomgrowth.extract.rules.MetricRules;
import org.telecomgrowth.extract.rules.MetricRules.Metric;
import org.telecomgrowth.extract.rules.NotFigureRules;
import org.telecomgrowth.extract.rules.NumeralRules;
import org.telecomgrowth.extract.rules.SourceRules;
import org.telecomgrowth.extract.rules.QualifierRules;
import org.telecomgrowth.extract.rules.ScopeRules;
import org.telecomgrowth.model.Observation;
import org.telecomgrowth.model.Sentence;
import org.telecomgrowth.model.Unresolved;

/**
 * Reads a {@link Table} into observations: every body cell that is one number gets its metric from its row or
 * column label through the same vocabulary as prose ({@link MetricRules#readLabel}), its period from the other
 * axis's header or else from the caption, a group heading, the notes or the section ({@link DateRules}), and its unit
 * and scale from the cell, its labels, the group heading or the caption ("(million)", "'000", "(%)", "per 100
 * inhabitants"). A cell whose metric or period cannot be told is unresolved with a reason code, never guessed.
 *
 * <p>Evidence: each body row is one evidence sentence ("caption | row label | 2014: 4.38 | 2017: 5.96") with its
 * own sentence index; an observation's {@code location} is its cell's {@link TableCell#ref()}.
 */
public final class TableExtractor {

  /** What one table gave: its body rows as evidence sentences, the observations and the unresolved cells. */
  public record Result(List<Sentence> rows, List<Observation> observations, List<Unresolved> unresolved) {}

  // an estimate mark on a label or caption: "(e)", "(est.)", "est.", "estimated"
  private static final Pattern ESTIMATE_MARK = Pattern.compile("(?i)\\((?:e|est\\.?|estimates?)\\)|\\best\\.|\\bestimat\\w*");
  // a header of change, not level: "growth", "% change", "y/y", "net additions"
  private static final Pattern CHANGE_HEADER = Pattern.compile(
      "(?i)\\b(?:growth|change|increase|decrease|variation|net\\s+add\\w*|additions|y/y|yoy|q/q|cagr)\\b|\\bvar\\.");
  // a row or column that is the whole country: "Total", "National"
  private static final Pattern NATIONAL_LABEL = Pattern.compile("(?i)^\\s*(?:total|national|all|overall|country|whole\\s+country)\\s*$");
  // compact period headers rewritten to a form the date rules read: "4Q15" -> "Q4 2015", "2014 Jun" -> "Jun 2014"
  private static final Pattern QUARTER_FIRST = Pattern.compile("(?i)\\b([1-4])\\s*Q\\s*'?(\\d{2}|\\d{4})\\b");
  // a quarter as a Roman numeral over its year ("III 2002"; "1T 2019" and "T4 2003" the date rules read)
  private static final Pattern ROMAN_QUARTER = Pattern.compile("(?i)^\\s*(IV|I{1,3})\\s+((?:19|20)\\d\\d)\\s*$");
  private static final Pattern Q_SHORT_YEAR = Pattern.compile("(?i)\\bQ([1-4])\\s*['’/-]?\\s*(\\d{2})\\b(?!\\d)");
  private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
      + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
  private static final Pattern YEAR_MONTH = Pattern.compile("(?i)\\b((?:19|20)\\d\\d)\\s*[-/ ]?\\s*" + MONTH + "\\.?\\b");
  private static final Pattern MONTH_SHORT_YEAR = Pattern.compile("(?i)\\b" + MONTH + "[-' ’]\\s*(\\d{2})\\b(?!\\d)");
  private static final Pattern MONTH_ONLY = Pattern.compile("(?i)^\\s*" + MONTH + "\\.?\\s*$");
  // what may stand around the date in a period header: "(e)", "end", "as of", "FY"
  private static final Pattern PERIOD_REST = Pattern.compile(
      "(?i)^[\\s()*.,:;'’/–-]*(?:(?:e|est|estimates?|p|prov|provisional|end|year|as|of|at|in|fy|by)\\b[\\s()*.,:;'’/–-]*)*$");

  private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]{1,20})\\)");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private final String docId;
  private final Set<String> countryNames;

  public TableExtractor(String docId, Collection<String> countryNames) {
    this.docId = docId;
    this.countryNames = new HashSet<>(countryNames);
  }

  // What a label, header or caption says is read once per document: a table repeats its row labels in every column
  // and its column headers in every row (a 200 x 24 sheet read each label 24 times and each header 200 times).
  private record Key(String kind, String text, Object arg) {}

  private static final Object NONE = new Object();
  private static final int MEMO_LIMIT = 200_000;
  private final java.util.Map<Key, Object> memo = new java.util.HashMap<>();

  @SuppressWarnings("unchecked")
  private <T> T memo(String kind, String text, Object arg, java.util.function.Supplier<T> f) {
    Key k = new Key(kind, text, arg);
    Object v = memo.get(k);
    if (v == null) {
      T r = f.get();
      if (memo.size() >= MEMO_LIMIT) {
        memo.clear();
      }
      memo.put(k, r == null ? NONE : r);
      return r;
    }
    return v == NONE ? null : (T) v;
  }

  private MetricRules.LabelReading label(String text, String unit) {
    return memo("label", text, unit, () -> MetricRules.readLabel(text, unit));
  }

  private DateMention period(String header, Integer year) {
    return memo("period", header, year, () -> headerPeriod(header, year));
  }

  private String topic(String text) {
    return memo("topic", text, null, () -> MetricRules.topicOf(text));
  }

  /** The subject the table's caption names ("Internet growth in Ruritania:"), else its section's, else null. */
  private String tableTopic(Table t) {
    String topic = topic(t.caption());
    return topic != null ? topic : topic(t.section());
  }

  private String item(String text) {
    return memo("item", text, null, () -> MetricRules.itemOf(text));
  }

  private boolean isChange(String header) {
    // a header of change, or a label ending in the words that open one ("Wireline subscription declines by")
    return memo("change", header, null,
        () -> CHANGE_HEADER.matcher(header).find() || ChangeRules.endsInChange(header));
  }

  private boolean estimateMark(String text) {
    return memo("estimate", text, null, () -> ESTIMATE_MARK.matcher(text).find());
  }

  /** A period read from context: one date, none, or several different ones (which cannot be told apart). */
  private record ContextPeriod(DateMention date, boolean ambiguous) {
    static final ContextPeriod NONE = new ContextPeriod(null, false);
  }

  /** The labels of one cell and what they say. */
  private record Cell(TableCell cell, CellValue value, String rowLabel, String colLabel, String group) {}

  private static final Pattern SOURCE_COLUMN = Pattern.compile(
      "(?iu)\\s*(?:(?:usage|data)\\s+)?(?:sources?|fuentes?|fontes?)(?:\\s+(?:of\\s+data|de\\s+datos|dos\\s+dados))?\\s*");

  /**
   * Reads one table.
   *
   * @param rowSpans for each grid row its [start, end) in the document text, or null to point every row at the
   *     table's span
   * @param firstSentenceIndex the sentence index of the table's first body row; the rows take the next ones
   */
  public Result extract(Table t, List<int[]> rowSpans, int firstSentenceIndex) {
    List<Sentence> rows = new ArrayList<>();
    List<Observation> observations = new ArrayList<>();
    List<Unresolved> unresolved = new ArrayList<>();
    String notes = String.join(" ", t.notes());
    // "(Source: BuddeComm based on ITU)" under the table, "Source: ITU" in its caption: the source of every cell
    List<SourceRules.Source> named = SourceRules.find((t.caption() + " " + notes).strip(), countryNames);
    String tableSource = named.isEmpty() ? "" : named.get(0).name();
    for (int i = 0; i < t.notes().size() && tableSource.isEmpty(); i++) {
      String n = SourceRules.noteSource(t.notes().get(i), countryNames); // "Source: ITU" on a line under the table
      tableSource = n == null ? "" : n;
    }
    // "Key indicators for Bahamas (2017)" in the header's corner dates the table before a note's "as of June 2018"
    String corner = corner(t);
    ContextPeriod tablePeriod = firstKnown(contextPeriod(corner), contextPeriod(t.caption()), contextPeriod(notes),
        contextPeriod(t.section()));
    boolean dotGrouped = dotGrouped(t);
    String group = "";
    int index = firstSentenceIndex;
    String[] colLabels = new String[t.colCount()];
    int sourceCol = -1; // "Source", "Usage Source", "Fuente", "Fonte": a column that names each row's source
    for (int c = 0; c < t.colCount(); c++) {
      colLabels[c] = colLabel(t, c);
      if (t.headerRows() > 0 && c >= t.headerCols() && SOURCE_COLUMN.matcher(colLabels[c]).matches()) {
        sourceCol = c;
      }
    }
    for (int r = t.headerRows(); r < t.rowCount(); r++) {
      String rowLabel = rowLabel(t, r);
      List<Integer> valueCols = new ArrayList<>();
      for (int c = t.headerCols(); c < t.colCount(); c++) {
        if (!CellValue.isBlank(t.cell(r, c).text()) || t.cell(r, c).number() != null) {
          valueCols.add(c);
        }
      }
      if (valueCols.isEmpty()) {
        group = rowLabel; // "Subscribers to telecoms services (million): (e)": heads the rows below it
        continue;
      }
      int[] span = rowSpans != null && r < rowSpans.size() && rowSpans.get(r) != null ? rowSpans.get(r)
          : new int[] {t.charStart(), t.charEnd()};
      Sentence sentence = new Sentence(docId, t.section(), -1, index++, evidence(t, r, rowLabel, group), span[0],
          span[1]);
      rows.add(sentence);
      String heading = group;
      ContextPeriod period = firstKnown(memo("context", heading, null, () -> contextPeriod(heading)), tablePeriod);
      for (int c : valueCols) {
        TableCell cell = t.cell(r, c);
        CellValue v = valueOf(cell, dotGrouped);
        if (v == null) {
          String reason = cellReason(cell.text());
          if (reason != null) {
            unresolved.add(unresolved(firstNumber(cell.text()), NumeralRules.COUNT, reason, sentence));
          }
          continue; // a text cell ("Ogero Telecom", "Joint Venture") is not a figure
        }
        Cell x = new Cell(cell, v, rowLabel, colLabels[c], group);
        String rowSource = sourceCol >= 0 && c != sourceCol ? t.cell(r, sourceCol).text().strip() : "";
        readCell(t, x, valueCols.size(), period, rowSource.isEmpty() || CellValue.isBlank(rowSource) ? tableSource
            : rowSource, sentence, observations, unresolved);
      }
    }
    return new Result(rows, observations, unresolved);
  }

  /** The label without a period in brackets ("Mobile subscribers (October 2011)" is "Mobile subscribers"). */
  private String withoutBracketedPeriod(String label, Integer year) {
    if (label.indexOf('(') < 0) {
      return label;
    }
    Matcher paren = PARENTHESIS.matcher(label);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (paren.find()) {
      if (period(paren.group(1).strip(), year) != null) {
        out.append(label, last, paren.start());
        last = paren.end();
      }
    }
    return last == 0 ? label : WHITE_SPACE.matcher(out.append(label.substring(last))).replaceAll(" ").strip();
  }

  /** The period a label states in brackets ("(October 2011)", "(2019)"), or null. */
  private DateMention bracketedPeriod(String label, Integer year) {
    if (label.indexOf('(') < 0) {
      return null;
    }
    Matcher paren = PARENTHESIS.matcher(label);
    while (paren.find()) {
      DateMention d = period(paren.group(1).strip(), year);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  // a caption that says its rows break a total down by company: "per operator", "par opérateur", "por operador" (rows
  // of regions or states name places, which are their figures' scope)
  private static final Pattern BY_PARTS = Pattern.compile("(?iu)(?<![\\p{L}])(?:per|by|par|por|pour)\\s+(?:each\\s+)?"
      + "(?:operators?|op[ée]rateurs?|operador(?:es|a)?|operadoras?|companies|company|providers?)(?![\\p{L}])");
  // the row that sums the parts: "TOTAL", "Total", "Grand total", "Total général", "Ensemble"
  private static final Pattern TOTAL_LABEL = Pattern.compile(
      "(?iu)\\s*(?:grand\\s+)?total(?:\\s+(?:g[ée]n[ée]ral|general|nacional|national|country))?\\s*|\\s*ensemble\\s*");

  private void readCell(Table t, Cell x, int valueColumns, ContextPeriod context, String tableSource,
      Sentence sentence, List<Observation> observations, List<Unresolved> unresolved) {
    String unit = x.value().percent() ? NumeralRules.PERCENT : NumeralRules.COUNT;
    Integer year = context.date() != null && context.date().from().getYear() == context.date().to().getYear()
        ? context.date().from().getYear() : null;
    DateMention colPeriod = period(x.colLabel(), year);
    DateMention rowPeriod = colPeriod == null ? period(x.rowLabel(), year) : null;
    if (colPeriod == null && rowPeriod == null) {
      // "Mobile subscribers (October 2011)", "Household fixed line penetration rate (October 2011)(Note 5)": the
      // row's own period in brackets after its label
      rowPeriod = bracketedPeriod(x.rowLabel(), year);
    }
    if (isChange(x.colLabel()) || isChange(x.rowLabel())) {
      unresolved.add(unresolved(x.value().value(), unit, Reasons.CHANGE_NOT_LEVEL, sentence));
      return;
    }
    if (colPeriod != null && BY_PARTS.matcher(t.caption()).find() && !TOTAL_LABEL.matcher(x.rowLabel()).matches()) {
      // "Table 3: ... number of mobile telephones per operator" over rows "MTN", "GLO MOBILE", ..., "TOTAL": each
      // row but the total is one operator's figure, never the country's
      unresolved.add(unresolved(x.value().value(), unit, Reasons.PART_OF_TOTAL, sentence));
      return;
    }
    // the axis that is not the period's says what is counted; the other label, when it names no metric, is a place
    // or an operator (the scope)
    List<String> labels = new ArrayList<>();
    String rowWithoutPeriod = withoutBracketedPeriod(x.rowLabel(), year);
    if (colPeriod != null) {
      labels.add(x.rowLabel());
    } else if (rowPeriod != null && !rowWithoutPeriod.equals(x.rowLabel())
        && rowWithoutPeriod.chars().anyMatch(Character::isLetter)) {
      labels.add(rowWithoutPeriod); // "Mobile subscribers (October 2011)": the row names both
      labels.add(x.colLabel());
    } else if (rowPeriod != null) {
      labels.add(x.colLabel());
    } else {
      labels.add(x.rowLabel());
      labels.add(x.colLabel());
    }
    String contextText = x.group() + " " + t.caption();
    Reading reading = null;
    String metricLabel = null;
    boolean metricWords = false; // a label names a base or a generic item: it is a metric label, not a place
    for (String written : labels) {
      String shown = withoutBracketedPeriod(written, year);
      if (shown.isBlank()) {
        continue;
      }
      String label = memo("modifier", shown, null, () -> modifierFirst(shown));
      String notFigure = memo("notFigure", label, null, () -> NotFigureRules.labelReason(label));
      if (notFigure != null) {
        unresolved.add(unresolved(x.value().value(), unit, notFigure, sentence));
        return;
      }
      String words = x.value().words();
      String speed = words.isEmpty() ? null : NotFigureRules.reason("1 " + words, 0, 1);
      Matcher paren = PARENTHESIS.matcher(label);
      while (speed == null && paren.find()) {
        speed = NotFigureRules.reason("1 " + paren.group(1), 0, 1); // "International bandwidth (Mbit/s)"
        if (!Reasons.FREQUENCY_OR_SPEED.equals(speed)) {
          speed = null; // "Mobile subscribers (October 2011)": a period in brackets, read below
        }
      }
      if (speed != null) {
        unresolved.add(unresolved(x.value().value(), unit, speed, sentence));
        return;
      }
      MetricRules.LabelReading own = label(label, unit);
      metricWords |= own.base() != null || own.item() != null;
      Reading rd = read(label + (words.isEmpty() ? "" : " " + words), unit, x, t);
      if (rd.item() != null || rd.metric() != null) { // (a bare "Teledensity" names its metric, no item)
        if (reading != null && reading.metric() != null && rd.metric() != null
            && !reading.metric().id().equals(rd.metric().id())) {
          unresolved.add(unresolved(x.value().value(), unit, Reasons.AMBIGUOUS_ITEM, sentence));
          return; // the row says one metric and the column another
        }
        if (reading == null || reading.metric() == null) {
          reading = rd;
          metricLabel = shown;
        }
      }
    }
    if (reading == null && !metricWords) {
      // no label names an item: the group heading or the caption does ("Mobile subscribers" over "1996 88,412")
      Reading rd = read(contextText.strip() + (x.value().words().isEmpty() ? "" : " " + x.value().words()), unit, x, t);
      if (rd.item() != null) {
        reading = rd;
        metricLabel = "";
      }
    }
    if (reading == null || reading.metric() == null) {
      String reason = reading != null && reading.item() != null && MetricRules.isGeneric(reading.item())
          ? Reasons.AMBIGUOUS_ITEM : Reasons.NO_METRIC;
      unresolved.add(unresolved(x.value().value(), unit, reason, sentence));
      return;
    }
    DateMention period;
    if (colPeriod != null) {
      period = colPeriod;
    } else if (rowPeriod != null) {
      period = rowPeriod;
    } else if (valueColumns > 1 && !metricLabel.equals(x.colLabel()) && !namesPlace(x.colLabel())) {
      // several figures in the row whose columns are neither periods nor metrics nor places: which is which is
      // unknown (a column of places, "Bahamas  Americas  World", is each place's figure of the table's period)
      unresolved.add(unresolved(x.value().value(), reading.metric().unit(), Reasons.TABLE_COLUMN_UNKNOWN,
          sentence));
      return;
    } else if (context.ambiguous()) {
      unresolved.add(unresolved(x.value().value(), reading.metric().unit(), Reasons.TABLE_PERIOD_AMBIGUOUS,
          sentence));
      return;
    } else {
      period = context.date();
    }
    if (NumeralRules.COUNT.equals(reading.metric().unit()) && reading.value() != Math.rint(reading.value())) {
      // "2016 244,1" under "Acessos móveis (milhões)" read without its scale: things counted are whole, so a
      // fractional count is a scale or a rate the table did not say
      unresolved.add(unresolved(x.value().value(), reading.metric().unit(), Reasons.FRACTIONAL_COUNT, sentence));
      return;
    }
    String scope = ScopeRules.NATIONAL;
    for (String label : List.of(x.rowLabel(), x.colLabel())) {
      if (!label.isBlank() && !namesMetric(label) && period(label, year) == null && !namesUnit(label)) {
        scope = scopeOf(label);
      }
    }
    if (ScopeRules.NATIONAL.equals(scope) && !reading.metric().id().startsWith("network_coverage")) {
      // "4G subscribers (millions)", "Prepaid mobile subscriptions": a label for a part of the whole
      for (String label : List.of(x.rowLabel(), x.colLabel())) {
        String segment = label.isBlank() ? ScopeRules.NATIONAL
            : ScopeRules.technology(label, 0, label.length(), label.length());
        if (!ScopeRules.NATIONAL.equals(segment)) {
          scope = segment;
          break;
        }
      }
    }
    Observation o = new Observation();
    o.setDocId(docId);
    o.setMetric(reading.metric().id());
    o.setValue(reading.value());
    o.setUnit(reading.metric().unit());
    o.setQualifier(qualifier(x, metricLabel, t));
    if (period != null) {
      o.setPeriodStart(period.from());
      o.setPeriodEnd(period.to());
    }
    o.setScope(scope);
    o.setSource(tableSource);
    o.setSection(sentence.getSection());
    o.setSentenceIndex(sentence.getIndex());
    o.setSentence(sentence.getText());
    o.setCharStart(sentence.getCharStart());
    o.setCharEnd(sentence.getCharEnd());
    o.setLocation(x.cell().ref() == null ? "" : x.cell().ref());
    observations.add(o);
  }

  // a service named in brackets after the item: "Internet subscriptions (mobile)", "Broadband (fixed)"
  private static final Pattern BRACKETED_MODIFIER = Pattern.compile(
      "(?i)^(.*?\\S)\\s*\\(\\s*(mobile|fixed|fixed-line|wireless|wired|wireline|cellular|landline)\\s*\\)(.*)$");

  /** "Internet subscription (mobile)" -> "mobile Internet subscription": the label as the vocabulary reads it. */
  static String modifierFirst(String label) {
    Matcher m = BRACKETED_MODIFIER.matcher(label);
    return m.matches() ? (m.group(2) + " " + m.group(1) + m.group(3)).strip() : label;
  }

  /** Whether a label has words of the metric vocabulary (an item, a base or a topic), so it is no place's name. */
  private boolean namesMetric(String label) {
    MetricRules.LabelReading r = label(label, NumeralRules.COUNT);
    return r.item() != null || r.base() != null || topic(label) != null;
  }

  /** What a label says of a cell: item, metric (null when the vocabulary has none) and the value to publish. */
  private record Reading(String item, Metric metric, double value) {}

  /**
   * Reads a label for a cell the way prose reads a field label: item and base from the vocabulary, the unit from
   * the cell ("%"), the label ("per 100 inhabitants"), else the column header, group heading or caption; the scale
   * from the cell, else the label, column header, group heading or caption.
   */
  private Reading read(String label, String cellUnit, Cell x, Table t) {
    MetricRules.LabelReading r = label(label, cellUnit);
    String item = r.item();
    if (item != null && !MetricRules.isGeneric(item) && MetricRules.specificItemCount(label) >= 3) {
      // "Country Fixed lines a Mobile phones a Radios b Internet users c": a line of several column headings read
      // as one label; which heading is the cell's is not known
      item = null;
    }
    if ((item == null || MetricRules.isGeneric(item)) && BARE_USERS.matcher(label).matches()) {
      // "Users" under "Internet growth in Ruritania:": the users of what the caption or section is about
      String topic = tableTopic(t);
      item = "internet".equals(topic) ? "internet_user" : topic != null ? topic : item;
    }
    String base = r.base();
    String unit = r.unit();
    double factor = r.factor();
    if ((item == null || MetricRules.isGeneric(item)) && label.strip().split("\\s+").length <= 2
        && !MetricRules.namesUncountedThing(label)) {
      // "Fixed subscribers", "Fixed penetration": a two-word label's own subject ("Mobile money subscriptions"
      // names something else than mobile subscriptions)
      String own = topic(label);
      if (own != null) {
        item = own;
      }
    }
    if ((item == null || MetricRules.isGeneric(item)) && !MetricRules.namesUncountedThing(label)) {
      // "Subscribers" under "Mobile telephony", rows of places under "Fixed lines ('000)", "Taux de pénétration en %"
      // under "Nombre de clients à la téléphonie mobile": the item the context names (not for "Percentage of
      // individuals with smartphones" under a caption about internet users: a thing no metric counts)
      for (String context : List.of(x.group(), t.caption())) {
        String specific = item(context);
        if (specific != null) {
          item = specific;
          break;
        }
      }
      if (item != null && MetricRules.isGeneric(item)) {
        String topic = tableTopic(t);
        item = topic != null ? topic : item;
      }
    }
    List<String> outer = List.of(x.colLabel(), x.group(), t.caption(), String.join(" ", t.notes()));
    if (NumeralRules.COUNT.equals(unit)) {
      for (String context : outer) {
        MetricRules.LabelReading c = label(context, NumeralRules.COUNT);
        if (!NumeralRules.COUNT.equals(c.unit())) {
          unit = c.unit(); // "ICT indicators (per 100 inhabitants)", "Penetration (%)"
          factor *= c.factor();
          break;
        }
      }
    }
    if (base == null) {
      for (String context : outer) {
        String b = label(context, unit).base();
        if (b != null) {
          base = b; // "Household broadband penetration (%)" over rows of places
          break;
        }
      }
    }
    double value = x.value().value();
    if (NumeralRules.COUNT.equals(unit) && ("penetration".equals(base) || "teledensity".equals(base))
        && !x.value().scaled() && value < 1000) {
      unit = NumeralRules.PER_100; // "Mobile penetration 33.2": a rate per 100, never a count
    }
    if (NumeralRules.PERCENT.equals(unit) && base == null && SHARE_OF_A_COUNT.matcher(label).find()) {
      // "Clients actifs sans abonnement en % du nombre total de clients", "Prepaid as % of total subscriptions": a
      // share of the subscribers themselves, of no people
      return new Reading(item, null, value);
    }
    if (NumeralRules.PERCENT.equals(unit) && base == null) {
      base = "population"; // a terse label's share is of the population ("Internet users: 40%")
    }
    if (NumeralRules.COUNT.equals(unit) && !x.value().scaled()) {
      double f = scale(label, x.colLabel(), x.group());
      // "Thousands | 2013 | 2014 | 2015": a corner that is nothing but a scale heads every row, before the caption
      double corner = cornerScale(t);
      factor *= f != 1 ? f : corner != 1 ? corner : scale(t.caption(), String.join(" ", t.notes()));
    }
    Metric metric = item == null || MetricRules.isGeneric(item) ? null : MetricRules.metricFor(unit, base, item);
    if (metric == null && item == null && "teledensity".equals(base)) {
      metric = MetricRules.metricFor(unit, base, null); // "Teledensity 64.2 66.0": a metric of its own
    }
    if (metric == null && item != null && NumeralRules.PER_100.equals(unit)
        && (base == null || "population".equals(base))) {
      metric = MetricRules.metricFor(NumeralRules.PERCENT, "population", item); // per 100 inhabitants = % of them
    }
    return new Reading(item, metric, NumeralRules.times(value, factor));
  }

  // a share whose whole is a count of subscribers, lines or the table's total
  private static final Pattern SHARE_OF_A_COUNT = Pattern.compile("(?iu)(?:%|percent|per\\s+cent|share|part|proportion"
      + "|porcentaje|pourcentage)\\s+(?:of|du|de|des|do|da|dos|das|del)\\s+(?:the\\s+|l['’]\\s*|la\\s+|el\\s+|o\\s+|a\\s+)?"
      + "(?:total\\s+|all\\s+|nombre\\s+total\\s+(?:de|d['’])\\s*|n[úu]mero\\s+total\\s+de\\s+)?"
      + "(?:subscri\\p{L}*|customers|clients|abonn\\p{L}*|suscri\\p{L}*|assinantes|lines|connections|accesses|accesos"
      + "|acessos|total)(?![\\p{L}])");

  /** The text of the header's corner cell (above the row labels), or "" when the table has no header. */
  private static String corner(Table t) {
    return t.headerRows() > 0 && !t.rows().isEmpty() && !t.rows().get(0).isEmpty() ? t.rows().get(0).get(0).text() : "";
  }

  /** The scale the header's corner cell names when it is nothing but a scale, else 1. */
  private static double cornerScale(Table t) {
    return t.headerCols() > 0 ? NumeralRules.cornerScale(corner(t)) : 1;
  }

  /** The scale named nearest the cell: its label, its column header, the group heading, the caption. */
  private double scale(String... texts) {
    for (String s : texts) {
      if (s == null) {
        continue;
      }
      double f = memo("scale", s, null,
          () -> NumeralRules.printedScale(s));
      if (f != 1) {
        return f;
      }
    }
    return 1;
  }

  private String qualifier(Cell x, String metricLabel, Table t) {
    String label = metricLabel == null ? "" : metricLabel;
    String q = memo("qualifier", label, null,
        () -> QualifierRules.qualify(label + " 0", label.length() + 1, label.length() + 2, 0));
    if (!QualifierRules.EXACT.equals(q)) {
      return q;
    }
    boolean estimate = x.value().estimate();
    for (String s : List.of(x.rowLabel(), x.colLabel(), x.group(), t.caption())) {
      estimate |= estimateMark(s);
    }
    return estimate ? QualifierRules.APPROX : QualifierRules.EXACT;
  }

  /** Whether a column label names a place: the document's country or {@link #isPlaceName} ("Bahamas", "World"). */
  private boolean namesPlace(String label) {
    String l = label.strip();
    return countryNames.contains(l) || isPlaceName(l);
  }

  private static final java.util.regex.Pattern BARE_USERS = java.util.regex.Pattern.compile(
      "(?iu)\\s*(?:users|usuarios|usu[áa]rios|utilisateurs|utilizadores)\\s*");

  /** Whether a label only names a unit ("% Pop.", "%", "per 100 inhab."): a column of shares, no place. */
  private boolean namesUnit(String label) {
    return label.indexOf('%') >= 0 || !NumeralRules.COUNT.equals(label(label, NumeralRules.COUNT).unit());
  }

  /** Whether a label is a country's name or a group of countries of the scope vocabulary ("Americas", "World"). */
  static boolean isPlaceName(String label) {
    String l = label.strip();
    return !l.isEmpty() && (ScopeRules.isGroupName(l)
        || l.equals(org.telecomgrowth.extract.DocumentIdentity.lastCountryIn(l, 0, l.length())));
  }

  private String scopeOf(String label) {
    String l = label.strip();
    if (NATIONAL_LABEL.matcher(l).matches() || countryNames.contains(l)) {
      return ScopeRules.NATIONAL;
    }
    return l;
  }

  private static final Pattern DOT_GROUPED = Pattern.compile("\\s*\\d{1,3}(?:\\.\\d{3}){2,}(?:,\\d+)?\\s*");
  private static final Pattern DOT_DECIMAL = Pattern.compile("\\s*\\d+\\.(?:\\d{1,2}|\\d{4,})\\s*%?\\s*");
  private static final Pattern ONE_DOT_GROUP = Pattern.compile("\\s*\\d{1,3}\\.\\d{3}(?:,\\d+)?\\s*");

  /**
   * Whether the table's text cells group thousands with dots ("2.746.178") and none writes a decimal point ("17.5"):
   * then a cell of one dot group ("37.740") is thirty-seven thousand, as the cells around it are written.
   */
  static boolean dotGrouped(Table t) {
    boolean grouped = false;
    for (int r = t.headerRows(); r < t.rowCount(); r++) {
      for (int c = t.headerCols(); c < t.colCount(); c++) {
        TableCell cell = t.cell(r, c);
        if (cell.number() != null || cell.text() == null) {
          continue;
        }
        if (DOT_DECIMAL.matcher(cell.text()).matches()) {
          return false;
        }
        grouped |= DOT_GROUPED.matcher(cell.text()).matches();
      }
    }
    return grouped;
  }

  /** The cell's figure: the number the format stores, else its text read strictly. */
  private static CellValue valueOf(TableCell cell, boolean dotGrouped) {
    if (dotGrouped && cell.number() == null && ONE_DOT_GROUP.matcher(cell.text()).matches()) {
      return CellValue.parse(cell.text().strip().replace(".", ""));
    }
    if (cell.number() != null) {
      double v = cell.percent() ? cell.number() * 100 : cell.number();
      if (plainNumber(cell.text())) {
        // "2,400", "53.2%": a number format's digits, nothing more to read from the text
        return new CellValue(v, cell.percent() || cell.text().indexOf('%') >= 0, false, false, "");
      }
      CellValue fromText = CellValue.parse(cell.text());
      return new CellValue(v, cell.percent() || fromText != null && fromText.percent(), fromText != null
          && fromText.scaled(), fromText != null && fromText.estimate(), fromText == null ? "" : fromText.words());
    }
    return CellValue.parse(cell.text());
  }

  /** Whether a cell's text is digits with group and decimal marks and at most a trailing "%". */
  private static boolean plainNumber(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    int n = text.length();
    int end = text.charAt(n - 1) == '%' ? n - 1 : n;
    if (end == 0 || !Character.isDigit(text.charAt(0))) {
      return false;
    }
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c == ',' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /** Why a cell with digits is not read, or null for a text cell (no digits: not a figure). */
  private static String cellReason(String text) {
    if (text == null || text.chars().noneMatch(Character::isDigit)) {
      return null;
    }
    String t = text.strip();
    if (t.startsWith("-") || t.startsWith("−") || t.startsWith("–")) {
      return Reasons.NEGATIVE_VALUE;
    }
    return Reasons.TABLE_CELL_UNREADABLE;
  }

  private static double firstNumber(String text) {
    List<NumeralRules.Quantity> qs = NumeralRules.find(text, List.of());
    return qs.isEmpty() ? 0 : qs.get(0).value();
  }

  /**
   * The period a header states ("2019", "Q3 2016", "4Q15", "2014 Jun", "JAN" with the caption's year), or null when
   * it is not one period and nothing else.
   */
  public static DateMention headerPeriod(String header, Integer contextYear) {
    if (header == null || header.isBlank() || header.length() > 40) {
      return null;
    }
    String h = header.strip();
    h = ROMAN_QUARTER.matcher(h).replaceAll(m -> "Q" + quarterNumber(m.group(1)) + " " + m.group(2));
    h = QUARTER_FIRST.matcher(h).replaceAll(m -> "Q" + m.group(1) + " " + fullYear(m.group(2)));
    h = Q_SHORT_YEAR.matcher(h).replaceAll(m -> "Q" + m.group(1) + " " + fullYear(m.group(2)));
    h = YEAR_MONTH.matcher(h).replaceAll(m -> capitalised(m.group(2)) + " " + m.group(1));
    h = MONTH_SHORT_YEAR.matcher(h).replaceAll(m -> capitalised(m.group(1)) + " " + fullYear(m.group(2)));
    Matcher month = MONTH_ONLY.matcher(h);
    if (month.matches()) {
      if (contextYear == null) {
        return null;
      }
      h = capitalised(month.group(1)) + " " + contextYear;
    } else {
      h = capitaliseMonths(h);
    }
    List<DateMention> found = new ArrayList<>();
    for (DateMention d : DateRules.find(h)) {
      if (!d.relative()) {
        found.add(d);
      }
    }
    if (found.size() != 1) {
      return null;
    }
    DateMention d = found.get(0);
    String rest = h.substring(0, d.start()) + " " + h.substring(d.end());
    return PERIOD_REST.matcher(rest).matches() ? d : null;
  }

  private static int quarterNumber(String roman) {
    String u = roman.toUpperCase(java.util.Locale.ROOT);
    return u.equals("IV") ? 4 : u.length(); // I, II, III
  }

  private static String fullYear(String y) {
    return y.length() == 4 ? y : (Integer.parseInt(y) < 50 ? "20" : "19") + y;
  }

  private static String capitalised(String w) {
    return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1).toLowerCase(Locale.ROOT);
  }

  // "JAN 2019", "SEPT. 2019": the date rules read capitalised month names
  private static final Pattern MONTH_WORD = Pattern.compile("(?i)\\b" + MONTH + "\\b");

  private static String capitaliseMonths(String h) {
    return MONTH_WORD.matcher(h).replaceAll(m -> capitalised(m.group(1)));
  }

  /** The one period a caption, heading or note names; ambiguous when it names several different ones. */
  private static ContextPeriod contextPeriod(String text) {
    if (text == null || text.isBlank()) {
      return ContextPeriod.NONE;
    }
    DateMention first = null;
    for (DateMention d : DateRules.find(capitaliseMonths(text))) {
      if (d.relative()) {
        continue;
      }
      if (first == null) {
        first = d;
      } else if (!first.from().equals(d.from()) || !first.to().equals(d.to())) {
        return new ContextPeriod(null, true);
      }
    }
    return first == null ? ContextPeriod.NONE : new ContextPeriod(first, false);
  }

  private static ContextPeriod firstKnown(ContextPeriod... periods) {
    for (ContextPeriod p : periods) {
      if (p.date() != null || p.ambiguous()) {
        return p;
      }
    }
    return ContextPeriod.NONE;
  }

  static String rowLabel(Table t, int r) {
    Set<String> parts = new LinkedHashSet<>();
    for (int c = 0; c < t.headerCols() && c < t.colCount(); c++) {
      String s = t.cell(r, c).text();
      if (s != null && !s.isBlank()) {
        parts.add(collapse(s));
      }
    }
    return String.join(" ", parts);
  }

  static String colLabel(Table t, int c) {
    Set<String> parts = new LinkedHashSet<>();
    for (int r = 0; r < t.headerRows() && r < t.rowCount(); r++) {
      String s = t.cell(r, c).text();
      if (s != null && !s.isBlank()) {
        parts.add(collapse(s));
      }
    }
    return String.join(" ", parts);
  }

  /** A body row as evidence: "caption | group | row label | header: value | header: value". */
  private static String evidence(Table t, int r, String rowLabel, String group) {
    StringBuilder b = new StringBuilder();
    for (String s : List.of(t.caption(), group, rowLabel)) {
      if (s != null && !s.isBlank()) {
        b.append(b.length() == 0 ? "" : " | ").append(collapse(s));
      }
    }
    for (int c = t.headerCols(); c < t.colCount(); c++) {
      String text = t.cell(r, c).text();
      if (text == null || text.isBlank()) {
        continue;
      }
      String header = colLabel(t, c);
      b.append(b.length() == 0 ? "" : " | ").append(header.isEmpty() ? "" : header + ": ").append(collapse(text));
    }
    return b.toString();
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static String collapse(String s) {
    String t = s.strip();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c) && (c != ' ' || t.charAt(i + 1) == ' ')) {
        return WHITESPACE.matcher(t).replaceAll(" "); // only a text with other spaces than single ones
      }
    }
    return t;
  }

  private Unresolved unresolved(double value, String unit, String reason, Sentence sentence) {
    return Unresolved.of(docId, value, unit, reason, sentence);
  }

  /**
   * Where each grid row of a format reader's table sits in the document text: readers render a table at
   * [charStart, charEnd) as its caption's line (when it has a caption), then one line per grid row.
   */
  public static List<int[]> renderedRowSpans(Table t, String docText) {
    List<int[]> spans = new java.util.ArrayList<>();
    int end = Math.min(t.charEnd(), docText.length());
    int pos = Math.max(0, t.charStart());
    if (!t.caption().isBlank()) {
      int nl = docText.indexOf('\n', pos);
      pos = nl < 0 || nl >= end ? pos : nl + 1;
    }
    for (int r = 0; r < t.rowCount(); r++) {
      int start = Math.min(pos, end);
      int nl = docText.indexOf('\n', start);
      int stop = nl < 0 || nl > end ? end : nl;
      spans.add(new int[] {start, Math.max(start, stop)});
      pos = stop + 1;
    }
    return spans;
  }
}
