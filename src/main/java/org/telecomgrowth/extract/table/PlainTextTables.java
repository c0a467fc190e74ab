package org.telecomgrowth.extract.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telecomgrowth.extract.rules.DateRules;

/**
 * The plain-text table detector: finds tables in a document's text by their layout and turns each into a
 * {@link Table} (like tabula-java's stream extraction: from text alignment, with no ruling lines). Two layouts:
 *
 * <ul>
 *   <li><b>rows</b>: consecutive lines of a label followed by the same number of figures ("Mobile subscribers 414,000
 *       423,000"), the columns split by a tab, a bar, a semicolon, two or more spaces, or else single spaces between
 *       the trailing figures; the line above is the header when its last fields are periods ("CATEGORY JAN FEB",
 *       "Sector 2014 2017"); a line of words between rows is a group heading ("Subscribers (million):"); a year as
 *       the label makes a year-by-row series ("1996 88,412") under the heading above it.</li>
 *   <li><b>one cell per line</b> (tables flattened from PDF or slides): an optional run of period lines (the years
 *       row come apart, one year a line), then rows each made of label lines and as many value lines as there are
 *       periods (one when there are none: "Fixed telephone lines" / "11.00"). Letter-spaced labels ("M o b i l e")
 *       are closed up.</li>
 * </ul>
 *
 * <p>The caption is the short line or two just above the table, the notes the "Source:"/"Note"/date lines just
 * below it. Lines opening with an enumerator ("1. Access 5", a table of contents) never make a row.
 */
public final class PlainTextTables {
  private PlainTextTables() {}

  // a comma that separates thousands ("9,712,000"), or one that prose writes before a space
  // or a decimal comma ("2016 244,1")
  private static final Pattern THOUSANDS_COMMA = Pattern.compile("\\d,\\d{3}(?!\\d)|\\d,\\d{1,2}(?![\\d])");

  /**
   * The text with the commas of comma-separated rows made tabs (same length, so every position stays): two or more
   * consecutive lines with the same number of fields, each line with no comma before a space, no thousands comma
   * and no quote ("Indicator,2018,2019" over "Mobile subscriptions,9712000,10204000").
   */
  static String commasAsTabs(String text) {
    if (text.indexOf(',') < 0) {
      return text;
    }
    char[] out = null;
    int lineStart = 0;
    int runFields = 0;
    List<int[]> run = new ArrayList<>();
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String line = text.substring(lineStart, lineEnd);
      int fields = csvFields(line);
      if (fields >= 2 && (run.isEmpty() || fields == runFields)) {
        run.add(new int[] {lineStart, lineEnd});
        runFields = fields;
      } else {
        out = tabbed(text, run, out);
        run.clear();
        if (fields >= 2) {
          run.add(new int[] {lineStart, lineEnd});
          runFields = fields;
        }
      }
      lineStart = lineEnd + 1;
    }
    out = tabbed(text, run, out);
    return out == null ? text : new String(out);
  }

  private static int csvFields(String line) {
    if (line.indexOf(',') < 0 || line.indexOf('"') >= 0 || line.indexOf('\t') >= 0 || line.contains(", ")
        || line.strip().endsWith(".") || THOUSANDS_COMMA.matcher(line).find()) {
      return 0;
    }
    int n = 1;
    for (int i = 0; i < line.length(); i++) {
      n += line.charAt(i) == ',' ? 1 : 0;
    }
    return n;
  }

  private static char[] tabbed(String text, List<int[]> run, char[] out) {
    if (run.size() < 2) {
      return out;
    }
    char[] c = out == null ? text.toCharArray() : out;
    for (int[] l : run) {
      for (int i = l[0]; i < l[1]; i++) {
        if (c[i] == ',') {
          c[i] = '\t';
        }
      }
    }
    return c;
  }

  /** A table found in the text, and for each of its grid rows the [start, end) of its line(s). */
  public record Detected(Table table, List<int[]> rowSpans) {}

  private record Line(int start, int end, String text) {}

  // compiled once (String.split and String.matches compile their regex on every call)
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SPACES_OR_BRACKETS = Pattern.compile("[\\s()]+");
  private static final Pattern FIGURE_IN_BRACKETS = Pattern.compile(".*\\(.*\\d.*\\).*");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
  private static final Pattern MONTH_OR_COMMA_BEFORE = Pattern.compile(
      "(?i)(?:,|\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
          + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|end|mid|as\\s+of|in|of))\\s*$");
  private static final Pattern ENUMERATED = Pattern.compile("^\\s*(?:\\d{1,3}[.)]|[ivx]{1,4}[.)]|[a-h][.)])\\s");
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·▪◦●○■□➢✓™*-]|o\\s)\\s*");
  private static final Pattern ALIGNED = Pattern.compile("\\t+|\\s*\\|\\s*|\\s*;\\s*|\\s{2,}");
  // (also in brackets: "(Source: BuddeComm based on ITU)")
  private static final Pattern NOTE = Pattern.compile("(?i)^\\s*\\(?\\s*(?:source|sources|note|notes|\\*|latest\\s+data|data\\s+as\\s+of)\\b.*");
  private static final Pattern LETTER_SPACED = Pattern.compile("(?<![\\p{L}])((?:\\p{L} ){2,}\\p{L})(?![\\p{L}])");
  private static final int MAX_LABEL_WORDS = 9;
  private static final int MAX_LABEL_CHARS = 70;
  // a label set off by bars, or inside a table whose columns it fits ("Percentage of households with internet access
  // on home PC at home"): the bars or the columns say where it ends
  private static final int MAX_LONG_LABEL_WORDS = 16;
  private static final int MAX_LONG_LABEL_CHARS = 140;

  /** Every table the text holds in one of the layouts, in text order, each with the section its first row is in. */
  public static List<Detected> detect(String text, SectionLookup sections) {
    text = commasAsTabs(text);
    List<Line> lines = lines(text);
    List<Integer> nonBlank = new ArrayList<>();
    int[] position = new int[lines.size()];
    for (int j = 0; j < lines.size(); j++) {
      position[j] = nonBlank.size();
      if (!lines.get(j).text().isBlank()) {
        nonBlank.add(j);
      }
    }
    List<Detected> out = new ArrayList<>();
    int i = 0;
    int n = 0;
    while (i < lines.size()) {
      Found f = changeRowsAt(lines, i);
      if (f == null) {
        f = rowsAt(lines, i);
      }
      if (f == null) {
        f = besideProseAt(lines, i);
      }
      if (f == null) {
        f = labelAboveValuesAt(lines, nonBlank.subList(position[i], nonBlank.size()), i);
      }
      if (f == null) {
        f = cellPerLineAt(lines, nonBlank.subList(position[i], nonBlank.size()), i);
      }
      if (f == null) {
        f = stackedHeaderAt(lines, nonBlank.subList(position[i], nonBlank.size()), i);
      }
      if (f == null) {
        f = columnBlocksAt(lines, nonBlank.subList(position[i], nonBlank.size()), i);
      }
      if (f == null) {
        f = namedColumnsCellPerLineAt(lines, nonBlank.subList(position[i], nonBlank.size()), i);
      }
      if (f == null) {
        i++;
        continue;
      }
      n++;
      out.add(build(lines, f, "text table " + n, sections));
      i = f.end;
    }
    return out;
  }

  /**
   * As {@link #detect(String, SectionLookup)}, with the given spans of the text left out (a format reader's tables,
   * rendered as lines and read from their cells: searching their lines again for a layout is wasted work).
   */
  public static List<Detected> detect(String text, SectionLookup sections, List<int[]> skip) {
    if (skip.isEmpty()) {
      return detect(text, sections);
    }
    char[] c = text.toCharArray();
    for (int[] span : skip) {
      for (int i = Math.max(0, span[0]); i < Math.min(c.length, span[1]); i++) {
        if (c[i] != '\n' && c[i] != '\r') {
          c[i] = ' ';
        }
      }
    }
    return detect(new String(c), sections);
  }

  /** The section a document position is in (the layout's paragraphs know it). */
  public interface SectionLookup {
    String sectionAt(int position);
  }

  /** Grid rows found from line {@code start} (inclusive) to {@code end} (exclusive), header row first if any. */
  private record Found(int start, int end, int captionFrom, List<List<String>> grid, List<int[]> spans,
      int headerRows) {}

  // ---- layout 1: a label and figures on each line -------------------------------------------------------------

  private static final Pattern SPACED_PERCENT = Pattern.compile("(?<=\\d)\\s+%(?=\\s*$|\\s+\\d)");

  /** The fields of a data line: label then k figures; null when the line is not one. */
  private static List<String> dataFields(String line) {
    return dataFields(line, MAX_LABEL_WORDS);
  }

  /** As {@link #dataFields(String)}, with a label of up to {@code maxWords} words set off by spaces. */
  private static List<String> dataFields(String line, int maxWords) {
    String body = BULLET.matcher(line).replaceFirst("");
    if (body.isBlank() || ENUMERATED.matcher(line).find()) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    String[] aligned = ALIGNED.split(body.strip());
    if (aligned.length >= 2) {
      for (String a : aligned) {
        fields.add(a.strip());
      }
      // a label between bars may be longer than one set off by spaces: the bars say where it ends ("DLD traffic of
      // 188 Telefónica Mundo + Globus 120 (thousands of minutes) | 183.372 | …")
      if (isLabel(fields.get(0), body.indexOf('|') >= 0 ? MAX_LONG_LABEL_WORDS : MAX_LABEL_WORDS)
          && allFigures(fields.subList(1, fields.size()))) {
        return fields;
      }
      fields.clear();
    }
    if (body.indexOf('%') >= 0) {
      body = SPACED_PERCENT.matcher(body).replaceAll("%"); // "Internet users 45.2 %": a percent sign set off by a space
    }
    String[] tokens = SPACES.split(body.strip());
    // "Telephone lines per 100 people 0.3 0.44 ... 0.86 NA": marks of no figure after the last figures are blank cells
    int tail = tokens.length;
    while (tail > 2 && DASH_CELL.matcher(tokens[tail - 1]).matches()) {
      tail--;
    }
    int k = tail;
    while (k > 1 && isStrictFigure(tokens[k - 1])) {
      k--;
    }
    if (k == tail) {
      return null;
    }
    // "Mobile data volumes (PB) - - - 283 533 873": marks of no figure before the first figures are blank cells,
    // when with them the row has three cells or more ("Internet users – 24.4" is a label, a dash and one figure)
    int withBlanks = k;
    while (withBlanks > 1 && DASH_CELL.matcher(tokens[withBlanks - 1]).matches()) {
      withBlanks--;
    }
    if (withBlanks < k && tokens.length - withBlanks >= 3) {
      k = withBlanks;
    }
    int n = tokens.length;
    if (n >= 4 && YEAR.matcher(tokens[n - 3]).matches() && DASH_CELL.matcher(tokens[n - 2]).matches()
        && YEAR.matcher(tokens[n - 1]).matches()) {
      return null; // "Landlines 1990 - 2019": a title's span of years, not a row of cells
    }
    if (k == tokens.length - 1 && YEAR.matcher(tokens[k]).matches() && MONTH_OR_COMMA_BEFORE.matcher(
        String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, k))).find()) {
      return null; // "Key ICT statistics, June 2019": a caption's date, not a row's figure
    }
    for (int j = 0; j < k; j++) {
      if (isStrictFigure(tokens[j]) && !(j > 0 && tokens[j - 1].equalsIgnoreCase("per"))
          && TableExtractor.headerPeriod(tokens[j], null) == null) {
        return null; // "Mobile subscriptions – 24.4 million to 25.6": a figure inside the label, a sentence's shape
      }
    }
    String label = String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, k));
    if (!isLabel(label, maxWords)) {
      return null;
    }
    fields.add(label);
    for (int j = k; j < tokens.length; j++) {
      fields.add(tokens[j]);
    }
    return fields;
  }

  // "Fixed-telephone sub. per 100 inhab.": a label ending in an abbreviation, not a sentence's full stop
  private static final Pattern ABBREVIATED_END = Pattern.compile("(?:^|\\s)(?:inhab|sub|subs|pop|est|approx|hh)\\.$",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern DASH_CELL = Pattern.compile("[-–—]|\\.\\.|…|(?i:n/a|n\\.a\\.)|NA");

  private static boolean isLabel(String s) {
    return isLabel(s, MAX_LABEL_WORDS);
  }

  private static boolean isLabel(String s, int maxWords) {
    String l = s.strip();
    if (l.isEmpty() || l.length() > (maxWords == MAX_LONG_LABEL_WORDS ? MAX_LONG_LABEL_CHARS : MAX_LABEL_CHARS)
        || SPACES.split(l).length > maxWords
        || l.endsWith(".") && !ABBREVIATED_END.matcher(l).find() || l.endsWith(",") || l.indexOf(':') >= 0
        || ENUMERATED.matcher(l + " ").find()) {
      return false; // "label: value" lines are fields, read by the field rules
    }
    return l.chars().anyMatch(Character::isLetter) || TableExtractor.headerPeriod(l, null) != null;
  }

  private static boolean allFigures(List<String> fields) {
    for (String f : fields) {
      if (!CellValue.isBlank(f) && CellValue.parse(f) == null) {
        return false;
      }
    }
    return fields.stream().anyMatch(f -> !CellValue.isBlank(f));
  }

  /** A figure written without spaces: "414,000", "13.6", "1.05m", "61.6%". */
  private static boolean isStrictFigure(String token) {
    CellValue v = CellValue.parse(token);
    return v != null && v.words().isEmpty() && !token.contains(" ") && Character.isDigit(token.charAt(0));
  }

  private static Found rowsAt(List<Line> lines, int i) {
    if (lines.get(i).text().isBlank()) {
      return null;
    }
    List<String> first = dataFields(lines.get(i).text());
    if (first == null || allPeriods(first)) {
      return null; // "| 2002 | 2002 | 2003 | 2003 |": a line of periods only heads the rows below it, it is none
    }
    int k = first.size() - 1;
    List<List<String>> grid = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    int j = i;
    int dataRows = 0;
    while (j < lines.size()) {
      Line l = lines.get(j);
      List<String> f = l.text().isBlank() ? null : dataFields(l.text());
      if (f == null && dataRows >= 1 && k >= 2 && !l.text().isBlank()) {
        // "Percentage of households with internet access on home PC at home 2.3 4.0 17.7": inside a table, a
        // row's label may run longer than a label standing alone
        List<String> longer = dataFields(l.text(), MAX_LONG_LABEL_WORDS);
        f = longer != null && longer.size() - 1 <= k ? longer : null;
      }
      if (f != null && f.size() - 1 == k) {
        grid.add(f);
        spans.add(new int[] {l.start(), l.end()});
        dataRows++;
        j++;
        continue;
      }
      if (f != null && f.size() - 1 >= 1 && f.size() - 1 < k && k >= 2 && dataRows >= 1
          && TRAILING_GAP.matcher(l.text()).find() && !GAP.matcher(l.text()).find()) {
        // "Percentage of households with internet access on other devices at home 3.6 9.0   ": the page left the
        // last cells of the row empty, its spaces still there; the figures stand in the first columns
        List<String> padded = new ArrayList<>(f);
        while (padded.size() < k + 1) {
          padded.add("");
        }
        grid.add(padded);
        spans.add(new int[] {l.start(), l.end()});
        dataRows++;
        j++;
        continue;
      }
      if (f != null && f.size() - 1 >= 1 && f.size() - 1 < k && k >= 3 && dataRows >= 1 && j + 1 < lines.size()
          && GAP.matcher(l.text()).find()) {
        List<String> next = dataFields(lines.get(j + 1).text());
        if (next != null && next.size() - 1 == k) {
          // "Percentage of households with a telephone 9.1   0.8" between full rows: a row with an empty cell, whose
          // figures cannot be put in their columns; the table goes on below it, and the line is left to the prose
          // reader (which reports its figures as unresolved)
          j++;
          continue;
        }
      }
      // "Fixed lines (millions) 33.4 33.3 ..." ⏎⏎ "Mobile retail revenues (£bn) 15.1 15.4 ...": a blank line between
      // groups of rows of the same columns, under a header of periods; not a next table's own header of periods
      if (l.text().isBlank() && k >= 2 && dataRows >= 1 && j + 1 < lines.size()) {
        List<String> next = dataFields(lines.get(j + 1).text());
        if (next != null && next.size() - 1 == k && hasPeriodHeader(lines, i, grid, k)
            && !allPeriods(next.subList(1, k + 1))) {
          j++;
          continue;
        }
      }
      // one line of words between rows heads the rows below it ("Subscribers to telecoms services (million):")
      if (f == null && !l.text().isBlank() && isGroupHeading(l.text()) && j + 1 < lines.size()) {
        List<String> next = dataFields(lines.get(j + 1).text());
        if (next != null && next.size() - 1 == k) {
          List<String> g = new ArrayList<>();
          g.add(l.text().strip());
          for (int c = 0; c < k; c++) {
            g.add("");
          }
          grid.add(g);
          spans.add(new int[] {l.start(), l.end()});
          j++;
          continue;
        }
      }
      break;
    }
    // the header: the line above, its last k fields periods ("CATEGORY JAN FEB MAR", "Sector 2014 2017")
    int top = i;
    List<String> header = null;
    String captionAbove = null;
    if (i > 0 && !lines.get(i - 1).text().isBlank()) {
      Integer year = yearAbove(lines, i - 1);
      header = headerFields(lines.get(i - 1).text(), k, year);
      if (header == null && k >= 2 && grid.stream().filter(r -> !r.get(1).isEmpty())
          .allMatch(r -> TableExtractor.headerPeriod(r.get(0), null) != null)) {
        header = columnNames(lines.get(i - 1).text(), k); // "Year Mobile Fixed Internet" over "2015 35.0 0.27 20.1"
      }
      if (header == null && k >= 2) {
        header = placeNames(lines.get(i - 1).text(), k); // "Key indicators (2017)   Bahamas   Americas   World"
      }
      if (header == null && k >= 2) {
        header = placesSpaced(lines.get(i - 1).text(), k); // "Key indicators for Armenia (2017) Armenia CIS World"
      }
      if (header == null && k >= 2 && lines.get(i - 1).text().indexOf('|') >= 0) {
        // "Regiões | Acessos em serviço (total) | Densidade (acessos/100 habitantes)" over "Brasil | 44.396.426 |
        // 21,73": a header the page drew with bars (a Markdown table's), its names the columns' metrics
        header = columnNames(lines.get(i - 1).text(), k);
      }
      if (header != null) {
        top = i - 1;
        List<String> parts = i >= 2 ? periodParts(lines.get(i - 2).text(), k) : null;
        if (parts != null && allPeriods(header.subList(1, k + 1))) {
          // "| I | II | III | IV | I |…" over "| 2002 | 2002 | 2002 | 2002 | 2003 |…": the quarters (months,
          // halves) named in a line above the years; each column's period is the two read together
          for (int c = 1; c <= k; c++) {
            header.set(c, parts.get(c - 1) + " " + header.get(c));
          }
          top = i - 2;
        }
      }
    }
    if (header == null && k >= 3 && !allPeriods(grid.get(0).subList(1, k + 1))) {
      // "Indicator 1990 2000 ... 2009" / a first row / a row broken over three lines / "Internet users per 100
      // people1 0.00 0.06 ...": rows that go on under a header of periods a broken row cut them from (the caption
      // is the header's)
      int above = periodHeaderAbove(lines, i, k);
      if (above >= 0) {
        header = headerFields(lines.get(above).text(), k, yearAbove(lines, above));
        if (header != null) {
          grid.add(0, header);
          spans.add(0, new int[] {lines.get(above).start(), lines.get(above).end()});
          return new Found(i, j, above, grid, spans, 1);
        }
      }
    }
    if (header == null && i > 0 && !lines.get(i - 1).text().isBlank() && isGroupHeading(lines.get(i - 1).text())
        && k == 1) {
      captionAbove = lines.get(i - 1).text();
    }
    if (header == null && k >= 2 && allPeriods(grid.get(0).subList(1, k + 1))) {
      header = grid.remove(0); // "Sector 2014 2017": the years are the header
      int[] span = spans.remove(0);
      dataRows--;
      top = i;
      spans.add(0, span);
      grid.add(0, header);
      boolean yearHeaderOk = dataRows >= 1;
      if (!yearHeaderOk) {
        return null;
      }
      return new Found(top, j, top, grid, spans, 1);
    }
    if (header == null && k == 1 && grid.stream().filter(r -> !r.get(1).isEmpty())
        .anyMatch(r -> TableExtractor.headerPeriod(r.get(0), null) == null && !endsAsLabel(r.get(0)))) {
      return null; // "Wireless subscription reaches 488.40 Million": a sentence cut at its figure, not a row
    }
    boolean yearSeries = k == 1 && grid.stream().filter(r -> !r.get(1).isEmpty())
        .allMatch(r -> TableExtractor.headerPeriod(r.get(0), null) != null);
    if (dataRows < 2 && !(dataRows == 1 && header != null && k >= 2)) {
      return null;
    }
    if (yearSeries && captionAbove == null && header == null && !hasCaption(lines, i)) {
      return null; // "1996 88,412" lines with no heading to say what they count
    }
    if (header != null) {
      grid.add(0, header);
      spans.add(0, new int[] {lines.get(top).start(), lines.get(top).end()});
    }
    return new Found(top, j, top, grid, spans, header != null ? 1 : 0);
  }

  /**
   * The line, within twelve above {@code i}, that is a header of k periods and nothing else, with only rows of k
   * figures, blank lines and short lines without figures between (a row broken over lines); -1 when there is none.
   */
  private static int periodHeaderAbove(List<Line> lines, int i, int k) {
    for (int j = i - 1; j >= 0 && j >= i - 12; j--) {
      String t = lines.get(j).text();
      if (t.isBlank()) {
        continue;
      }
      List<String> h = headerFields(t, k, null);
      if (h != null && allPeriods(h.subList(1, k + 1))) {
        return j;
      }
      List<String> row = dataFields(t);
      String[] tokens = SPACES.split(t.strip());
      boolean figuresOnly = tokens.length == k && java.util.Arrays.stream(tokens)
          .allMatch(x -> isStrictFigure(x) || DASH_CELL.matcher(x).matches());
      boolean brokenRow = figuresOnly
          || t.strip().length() <= 40 && t.chars().filter(Character::isDigit).count() <= 3;
      if (!(row != null && row.size() - 1 == k) && !brokenRow) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the rows from line {@code i} stand under a header of k periods: the line above, or their first row. */
  private static boolean hasPeriodHeader(List<Line> lines, int i, List<List<String>> grid, int k) {
    if (allPeriods(grid.get(0).subList(1, k + 1))) {
      return true; // "UK Telecoms Industry 2010 2011 2012"
    }
    if (i == 0 || lines.get(i - 1).text().isBlank()) {
      return false;
    }
    List<String> header = headerFields(lines.get(i - 1).text(), k, yearAbove(lines, i - 1));
    return header != null && allPeriods(header.subList(header.size() - k, header.size()));
  }

  // ---- layout 1c: a header of periods, then each row's label on a line of its own above its figures -------------

  /**
   * "2003 2005 2006 2007" / "Lines ('000)" / "1.0 3.0 30.0 270.0" / "Percent household" / "0.03 0.08 0.79 6.68": a
   * table flattened from a PDF with each row label on the line above its figures. The header is a line of k ≥ 3
   * periods and nothing else; each row a line without figures, then a line of exactly k figures.
   */
  private static Found labelAboveValuesAt(List<Line> lines, List<Integer> nonBlank, int i) {
    if (nonBlank.isEmpty() || nonBlank.get(0) != i) {
      return null;
    }
    String[] head = SPACES.split(lines.get(i).text().strip());
    if (head.length < 3) {
      return null;
    }
    for (String h : head) {
      if (!YEAR.matcher(h).matches() && TableExtractor.headerPeriod(h, null) == null) {
        return null;
      }
    }
    int k = head.length;
    List<List<String>> grid = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add("");
    header.addAll(java.util.Arrays.asList(head));
    grid.add(header);
    spans.add(new int[] {lines.get(i).start(), lines.get(i).end()});
    int p = 1;
    int end = i + 1;
    while (p + 1 < nonBlank.size()) {
      Line label = lines.get(nonBlank.get(p));
      Line values = lines.get(nonBlank.get(p + 1));
      String l = label.text().strip();
      String[] v = SPACES.split(values.text().strip());
      if (!isCellLabel(l) || l.chars().anyMatch(Character::isDigit) && !THOUSANDS_MARK.matcher(l).find()
          || v.length != k || !java.util.Arrays.stream(v).allMatch(t -> t.chars().anyMatch(Character::isDigit)
              && t.chars().noneMatch(Character::isLetter))) {
        break;
      }
      List<String> row = new ArrayList<>();
      row.add(l);
      row.addAll(java.util.Arrays.asList(v));
      grid.add(row);
      spans.add(new int[] {label.start(), values.end()});
      end = nonBlank.get(p + 1) + 1;
      p += 2;
    }
    if (grid.size() < 2) {
      return null;
    }
    return new Found(i, end, i, grid, spans, 1);
  }

  // a header cell on a line of its own: a year, perhaps with one word after it ("2016 CAGR")
  private static final Pattern STACKED_YEAR = Pattern.compile("(" + YEAR.pattern() + ")(?:\\s+\\p{L}{2,12})?");

  /**
   * "2010" / "2011" / … / "2016 CAGR" / "Connections 3,700,000 … 12,495,374 22%": a table flattened from a PDF with
   * its header's periods one a line, above rows of a label and one figure per period (a column the last header
   * line adds after its year, such as a growth rate, is not read). At least three years, in increasing order.
   */
  private static Found stackedHeaderAt(List<Line> lines, List<Integer> nonBlank, int i) {
    if (nonBlank.isEmpty() || nonBlank.get(0) != i) {
      return null;
    }
    List<String> years = new ArrayList<>();
    int p = 0;
    boolean extraColumn = false;
    while (p < nonBlank.size() && !extraColumn) {
      Matcher m = STACKED_YEAR.matcher(lines.get(nonBlank.get(p)).text().strip());
      if (!m.matches() || !years.isEmpty() && m.group(1).compareTo(years.get(years.size() - 1)) <= 0) {
        break;
      }
      years.add(m.group(1));
      extraColumn = m.group().length() > 4;
      p++;
    }
    int k = years.size();
    if (k < 3 || p >= nonBlank.size()) {
      return null;
    }
    List<List<String>> grid = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add("");
    header.addAll(years);
    grid.add(header);
    spans.add(new int[] {lines.get(i).start(), lines.get(nonBlank.get(p - 1)).end()});
    int end = nonBlank.get(p - 1) + 1;
    while (p < nonBlank.size()) {
      Line line = lines.get(nonBlank.get(p));
      List<String> f = dataFields(line.text());
      if (f == null || f.size() - 1 != k && !(extraColumn && f.size() - 1 == k + 1)) {
        break;
      }
      grid.add(new ArrayList<>(f.subList(0, k + 1)));
      spans.add(new int[] {line.start(), line.end()});
      end = nonBlank.get(p) + 1;
      p++;
    }
    if (grid.size() < 2) {
      return null;
    }
    return new Found(i, end, i, grid, spans, 1);
  }

  // "Lines ('000)", "Subscribers (000s)": a label's digits that are its scale
  private static final Pattern THOUSANDS_MARK = Pattern.compile("\\(\\s*['’]?000s?\\s*\\)|['’]000");

  // ---- layout 1b: a box of figures beside a column of prose, flattened line by line ------------------------------

  /**
   * "Key indicators for Uzbekistan (2017) CIS World" over "Mobile-cellular sub. per 100 inhab. 76.0 138.3 103.6 The
   * country has one of ...": an indicator box printed beside a column of prose, its lines flattened with the prose's
   * lines. A row is a label, then k ≥ 2 figures, then the other column's words, cut off; the header above names the k
   * places (the first may be the one in the corner: "for Uzbekistan (2017)"). Only under such a header: without it a
   * line of figures followed by words is a sentence. The rows end at the first line without k figures.
   */
  private static Found besideProseAt(List<Line> lines, int i) {
    if (i == 0 || lines.get(i - 1).text().isBlank() || lines.get(i).text().isBlank()) {
      return null;
    }
    List<String> first = figuresBesideProse(lines.get(i).text());
    if (first == null) {
      return null;
    }
    int k = first.size() - 1;
    List<String> header = placesSpaced(lines.get(i - 1).text(), k);
    if (header == null) {
      return null;
    }
    List<List<String>> grid = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    grid.add(header);
    spans.add(new int[] {lines.get(i - 1).start(), lines.get(i - 1).end()});
    int j = i;
    while (j < lines.size() && !lines.get(j).text().isBlank()) {
      List<String> f = dataFields(lines.get(j).text());
      if (f == null || f.size() - 1 != k) {
        f = figuresBesideProse(lines.get(j).text());
      }
      if (f == null || f.size() - 1 != k) {
        break;
      }
      grid.add(f);
      spans.add(new int[] {lines.get(j).start(), lines.get(j).end()});
      j++;
    }
    if (j - i < 2) {
      return null;
    }
    return new Found(i - 1, j, i - 1, grid, spans, 1);
  }

  /** A label, then at least two figures, then words that are not figures: the label and the figures; else null. */
  private static List<String> figuresBesideProse(String line) {
    String body = BULLET.matcher(line).replaceFirst("");
    String[] tokens = SPACES.split(body.strip());
    int a = 0;
    int b = 0;
    while (a < tokens.length) {
      // the first run of two or more figures ("per 100 inhab. 76.0 138.3": the base's one figure is the label's)
      while (a < tokens.length && !isStrictFigure(tokens[a])) {
        a++;
      }
      b = a;
      while (b < tokens.length && isStrictFigure(tokens[b])) {
        b++;
      }
      if (b - a >= 2) {
        break;
      }
      a = b;
    }
    if (a == 0 || b - a < 2 || b == tokens.length) {
      return null;
    }
    String label = String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, a));
    if (!isLabel(label)) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    fields.add(label);
    fields.addAll(java.util.Arrays.asList(tokens).subList(a, b));
    return fields;
  }

  /**
   * A header of k place names one space apart, read from the right ("CIS World", "Arab States World", also with a
   * slash between them: "Botswana / Africa / World"), the corner
   * before them; when only k − 1 are found, the corner's own place ("Key indicators for Uzbekistan (2017)") heads
   * the first column. Null otherwise.
   */
  private static final Pattern NAME_SEPARATOR = Pattern.compile("[/|]");

  private static List<String> placesSpaced(String line, int k) {
    String[] tokens = SPACES.split(line.strip());
    List<String> names = new ArrayList<>();
    int c = tokens.length;
    while (c > 0 && names.size() < k) {
      if (!names.isEmpty() && c >= 2 && NAME_SEPARATOR.matcher(tokens[c - 1]).matches()) {
        c--; // "Botswana / Africa / World": a slash or bar between two names
        continue;
      }
      String two = c >= 2 ? tokens[c - 2] + " " + tokens[c - 1] : null;
      if (two != null && TableExtractor.isPlaceName(two)) {
        names.add(0, two);
        c -= 2;
      } else if (TableExtractor.isPlaceName(tokens[c - 1])) {
        names.add(0, tokens[c - 1]);
        c--;
      } else {
        break;
      }
    }
    if (c == 0 || names.size() < k - 1 || names.isEmpty()) {
      return null;
    }
    String corner = String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, c));
    List<String> out = new ArrayList<>();
    out.add(corner);
    if (names.size() == k - 1) {
      String own = null;
      for (String t : SPACES_OR_BRACKETS.split(corner.strip())) {
        if (TableExtractor.isPlaceName(t)) {
          own = t;
        }
      }
      if (own == null) {
        return null;
      }
      out.add(own);
    }
    out.addAll(names);
    return out;
  }

  /**
   * Whether a label of a one-figure row ends as a label does: in a term of the metric vocabulary ("Fixed telephone
   * lines", "per 100 inhabitants"), a capitalised word ("Mobile Phone") or a bracket; not in a verb or a preposition
   * ("subscription reaches", "declines to").
   */
  private static boolean endsAsLabel(String label) {
    String l = BULLET.matcher(label).replaceFirst("").strip();
    if (l.isEmpty()) {
      return false;
    }
    char last = l.charAt(l.length() - 1);
    if (last == ')' || last == ']') {
      return true;
    }
    int lastWord = l.lastIndexOf(' ') + 1;
    if (Character.isUpperCase(l.charAt(lastWord))) {
      return true;
    }
    for (org.telecomgrowth.extract.rules.MetricRules.Term t : org.telecomgrowth.extract.rules.MetricRules.terms(l)) {
      if (t.end() >= l.length() && ("item".equals(t.kind()) || "base".equals(t.kind()))) {
        return true; // a predicate ("reaches", "is") ends a sentence's subject, not a label
      }
    }
    return false;
  }

  private static boolean hasCaption(List<Line> lines, int i) {
    return i > 0 && !lines.get(i - 1).text().isBlank() || i > 1 && !lines.get(i - 2).text().isBlank();
  }

  private static boolean isGroupHeading(String line) {
    String l = BULLET.matcher(line).replaceFirst("").strip();
    return !l.isEmpty() && l.length() <= 90 && !l.endsWith(".") && l.chars().anyMatch(Character::isLetter)
        && l.chars().noneMatch(Character::isDigit)
        && !ENUMERATED.matcher(line).find() && SPACES.split(l).length <= 12;
  }

  /**
   * Over rows labelled by periods, a header line of k + 1 names without figures ("Year Mobile Fixed Internet",
   * "Año | Móvil | Fijo"): one word a column when single spaces separate them. Else null.
   */
  /**
   * "Key indicators for Bahamas (2017)      Bahamas   Americas   World": a header, aligned in columns, whose last k
   * fields name places (a country, or a group of countries of the scope vocabulary: "World", "Americas"); its first
   * field is the corner. Null otherwise.
   */
  private static List<String> placeNames(String line, int k) {
    String[] aligned = ALIGNED.split(line.strip());
    if (aligned.length != k + 1) {
      return null;
    }
    List<String> out = new ArrayList<>();
    out.add(aligned[0].strip());
    for (int c = 1; c <= k; c++) {
      String name = aligned[c].strip();
      if (!TableExtractor.isPlaceName(name)) {
        return null;
      }
      out.add(name);
    }
    return out;
  }

  private static List<String> columnNames(String line, int k) {
    String body = line.strip();
    String[] aligned = ALIGNED.split(body);
    String[] tokens = aligned.length == k + 1 ? aligned : SPACES.split(body);
    if (tokens.length != k + 1) {
      return namesOfItems(body, k);
    }
    List<String> out = new ArrayList<>();
    for (String t : tokens) {
      String name = t.strip();
      // a column's name may hold a rate's base ("LINEAS ABONADAS POR 100 HAB"), never a period or a figure of its own;
      // the corner may name the table's period ("Spreading in 2019 | Laos Total | Laos percent")
      boolean corner = out.isEmpty();
      if (name.isEmpty() || !name.chars().anyMatch(Character::isLetter)
          || CellValue.parse(name) != null
          || !corner && (TableExtractor.headerPeriod(name, null) != null || YEAR.matcher(name).find())) {
        return null;
      }
      out.add(name);
    }
    return out;
  }

  /**
   * "Year Mobile subscribers Internet users" over "2016 11,400,000 4,000,000": a header of several-word names, one
   * space apart, split where the vocabulary names what each column counts. One word (the row labels' name), then
   * exactly k items with nothing but spaces between them; else null.
   */
  private static List<String> namesOfItems(String body, int k) {
    List<org.telecomgrowth.extract.rules.MetricRules.Term> items = new ArrayList<>();
    for (org.telecomgrowth.extract.rules.MetricRules.Term t : org.telecomgrowth.extract.rules.MetricRules.terms(body)) {
      if (t.kind().equals("item")) {
        if (!items.isEmpty() && t.start() < items.get(items.size() - 1).end()) {
          return null; // overlapping readings: no clean split
        }
        items.add(t);
      }
    }
    if (items.size() != k) {
      return null;
    }
    String first = body.substring(0, items.get(0).start()).strip();
    if (first.isEmpty() || SPACES.split(first).length != 1 || first.chars().anyMatch(Character::isDigit)) {
      return null;
    }
    List<String> out = new ArrayList<>();
    out.add(first);
    for (int c = 0; c < k; c++) {
      int end = c + 1 < k ? items.get(c + 1).start() : body.length();
      String name = body.substring(items.get(c).start(), end).strip();
      if (!body.substring(items.get(c).end(), end).isBlank()) {
        return null; // words no item reading covers: the split would be a guess
      }
      out.add(name);
    }
    return out;
  }

  /** A header line's fields for k value columns when its last k fields are periods, else null. */
  private static List<String> headerFields(String line, int k, Integer year) {
    String body = line.strip();
    String[] aligned = ALIGNED.split(body);
    if (aligned.length == k && k >= 2) {
      // "| 2018 | 2019 | 2020 |" over "Total | 10'788'602 | ...": a header with an empty first cell, its bars gone
      String[] withLabel = new String[k + 1];
      withLabel[0] = "";
      System.arraycopy(aligned, 0, withLabel, 1, k);
      aligned = withLabel;
    }
    String[] tokens = aligned.length >= k + 1 ? aligned : SPACES.split(body);
    if (tokens.length < k) {
      return null;
    }
    if (aligned.length < k + 1) {
      List<String> twoWord = twoWordPeriods(tokens, k, year);
      if (twoWord != null) {
        return twoWord;
      }
    }
    List<String> out = new ArrayList<>();
    int labelEnd = tokens.length - k;
    out.add(String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, labelEnd)).strip());
    for (int c = labelEnd; c < tokens.length; c++) {
      if (TableExtractor.headerPeriod(tokens[c], year) == null) {
        return null;
      }
      out.add(tokens[c].strip());
    }
    return out;
  }

  /**
   * "Indicator Q3 2019 Q4 2019", "Item Dec 2018 Jun 2019": a header of single-spaced words whose last k periods are
   * each two words, read from the right; null unless every one of them is.
   */
  private static List<String> twoWordPeriods(String[] tokens, int k, Integer year) {
    if (tokens.length < 2 * k) {
      return null;
    }
    List<String> periods = new ArrayList<>();
    int c = tokens.length;
    for (int n = 0; n < k; n++) {
      String pair = tokens[c - 2].strip() + " " + tokens[c - 1].strip();
      if (TableExtractor.headerPeriod(pair, year) == null
          || TableExtractor.headerPeriod(tokens[c - 2], year) != null) {
        return null; // "2018 2019" is two periods, not one
      }
      periods.add(0, pair);
      c -= 2;
    }
    List<String> out = new ArrayList<>();
    out.add(String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, c)).strip());
    out.addAll(periods);
    return out;
  }

  // what a line above a header of years may name of each column: a quarter ("I".."IV", "Q1", "1T"), a half ("H1"),
  // a month ("Jun")
  private static final Pattern PERIOD_PART = Pattern.compile(
      "(?i)IV|I{1,3}|Q[1-4]|[1-4]T|T[1-4]|H[1-2]|S[1-2]|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May"
          + "|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?");

  /**
   * The k fields of a line above a header of years when each names a part of a year ("I II III IV I II III IV"),
   * or null.
   */
  private static List<String> periodParts(String line, int k) {
    String[] aligned = ALIGNED.split(line.strip());
    if (aligned.length != k) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String a : aligned) {
      if (!PERIOD_PART.matcher(a.strip()).matches()) {
        return null;
      }
      out.add(a.strip());
    }
    return out;
  }

  /** Whether every cell of {@code cells} is a period ("2019", "Q3 2016", "I 2002"). */
  private static boolean allPeriods(List<String> cells) {
    for (String c : cells) {
      if (TableExtractor.headerPeriod(c, null) == null) {
        return false;
      }
    }
    return true;
  }

  /** The one year named in the two non-blank lines above (a caption "Statistics, 1997 (Jan - Jun)"), or null. */
  private static Integer yearAbove(List<Line> lines, int i) {
    int seen = 0;
    for (int j = i - 1; j >= 0 && seen < 2; j--) {
      if (lines.get(j).text().isBlank()) {
        continue;
      }
      seen++;
      java.util.regex.Matcher m = Pattern.compile("(?<!\\d)(19\\d\\d|20\\d\\d)(?!\\d)").matcher(lines.get(j).text());
      Integer y = null;
      while (m.find()) {
        int found = Integer.parseInt(m.group(1));
        if (y != null && y != found) {
          return null;
        }
        y = found;
      }
      if (y != null) {
        return y;
      }
    }
    return null;
  }

  // ---- layout 1b: rows of a change ("Mobile subscriptions – 24.4 million to 25.6 million") --------------------

  // a label, a dash (or colon), an earlier and a later figure joined by "to", a dash or an arrow
  private static final Pattern CHANGE_ROW = Pattern.compile(
      "^(.{2,70}?)\\s*(?:[–—:]|\\s-)\\s*(?:from\\s+)?(\\d[\\d.,\\s]*?\\s*(?:%|[a-zA-Z]{1,8})?)"
          + "\\s*(?:to|[–—→>-]|-+>)\\s*(\\d[\\d.,\\s]*?\\s*(?:%|[a-zA-Z]{1,8})?)\\s*[.;]?\\s*$");
  private static final String PERIOD_WORD = "(?:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
      + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?\\s*['’]?(?:(?:19|20)\\d\\d|\\d\\d)"
      + "|Q[1-4]\\s*(?:19|20)\\d\\d|[1-4]Q\\s*\\d{2,4}|(?:19|20)\\d\\d)";
  // two periods joined as a range or a comparison: "(December 2018-September 19)", "between 2018 and 2019"
  private static final Pattern PERIOD_PAIR = Pattern.compile("(?i)(?<![\\w])(" + PERIOD_WORD
      + ")\\s*(?:-|–|—|to|and|vs\\.?|versus|through|→)\\s*(" + PERIOD_WORD + ")(?![\\w])");

  /** A row of a change: label, earlier figure, later figure; null when the line is not one. */
  private static List<String> changeFields(String line) {
    if (line.isBlank() || ENUMERATED.matcher(line).find()) {
      return null;
    }
    String body = BULLET.matcher(line).replaceFirst("").strip();
    java.util.regex.Matcher m = CHANGE_ROW.matcher(body);
    if (!m.matches()) {
      return null;
    }
    String label = m.group(1).strip();
    if (label.chars().anyMatch(Character::isDigit) && TableExtractor.headerPeriod(label, null) == null
        && !FIGURE_IN_BRACKETS.matcher(label).matches()) {
      return null; // a figure in the label outside brackets: a sentence's shape
    }
    if (!isLabel(label)) {
      return null;
    }
    CellValue a = CellValue.parse(m.group(2).strip());
    CellValue b = CellValue.parse(m.group(3).strip());
    if (a == null || b == null || a.percent() != b.percent()) {
      return null; // two figures of different kinds are no change of one level
    }
    return new ArrayList<>(List.of(label, m.group(2).strip(), m.group(3).strip()));
  }

  /**
   * Consecutive rows of a change under a heading that names the two periods ("Key indicators (December
   * 2018-September 19) include:" over "• Mobile subscriptions – 24.4 million to 25.6million"): a table whose two
   * columns are the earlier and the later period. Without the two periods the rows stay prose.
   */
  private static Found changeRowsAt(List<Line> lines, int i) {
    if (changeFields(lines.get(i).text()) == null) {
      return null;
    }
    List<List<String>> grid = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    int j = i;
    while (j < lines.size()) {
      List<String> f = changeFields(lines.get(j).text());
      if (f == null) {
        break;
      }
      grid.add(f);
      spans.add(new int[] {lines.get(j).start(), lines.get(j).end()});
      j++;
    }
    if (grid.size() < 2) {
      return null;
    }
    String[] periods = null;
    int seen = 0;
    for (int k = i - 1; k >= 0 && seen < 2 && periods == null; k--) {
      String t = lines.get(k).text();
      if (t.isBlank()) {
        continue;
      }
      seen++;
      periods = periodPair(t);
    }
    if (periods == null) {
      return null;
    }
    grid.add(0, new ArrayList<>(List.of("", periods[0], periods[1])));
    spans.add(0, new int[] {lines.get(i).start(), lines.get(i).start()});
    return new Found(i, j, i, grid, spans, 1);
  }

  /**
   * The earlier and the later period a heading names as a pair ("December 2018-September 19" -> "Dec 2018",
   * "Sep 2019"), each one period a header reads, the first before the second; null when there is no such pair.
   */
  static String[] periodPair(String heading) {
    java.util.regex.Matcher m = PERIOD_PAIR.matcher(heading);
    while (m.find()) {
      String first = m.group(1).strip();
      String second = m.group(2).strip();
      DateRules.DateMention a = TableExtractor.headerPeriod(first, null);
      Integer year = a == null ? null : a.to().getYear();
      DateRules.DateMention b = TableExtractor.headerPeriod(second, year);
      if (a != null && b != null && a.to().isBefore(b.from())) {
        return new String[] {first, second};
      }
    }
    return null;
  }

  // ---- layout 2: one cell per line ------------------------------------------------------------------------------

  private static Found cellPerLineAt(List<Line> lines, List<Integer> nonBlank, int i) {
    if (nonBlank.isEmpty() || nonBlank.get(0) != i) {
      return null;
    }
    // a run of period lines: the header row come apart
    List<String> periods = new ArrayList<>();
    int p = 0;
    while (p < nonBlank.size() && TableExtractor.headerPeriod(lines.get(nonBlank.get(p)).text().strip(), null) != null
        && lines.get(nonBlank.get(p)).text().strip().length() <= 12) {
      periods.add(lines.get(nonBlank.get(p)).text().strip());
      p++;
    }
    int k = periods.size() >= 2 ? periods.size() : 1;
    if (periods.size() == 1) {
      return null; // one lone year is a date line, not a header
    }
    List<List<String>> grid = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    int endLine = i;
    while (p < nonBlank.size()) {
      StringBuilder label = new StringBuilder();
      List<String> values = new ArrayList<>();
      int rowStart = lines.get(nonBlank.get(p)).start();
      int q = p;
      boolean labelLines = true;
      while (q < nonBlank.size() && values.size() < k) {
        String t = lines.get(nonBlank.get(q)).text().strip();
        CellValue v = CellValue.parse(t);
        if (v != null && Character.isDigit(firstNonMark(t))) {
          if (label.length() == 0) {
            break; // a value with no label before it
          }
          values.add(t);
          q++;
          continue;
        }
        String[] split = splitTrailingFigure(t);
        if (split != null && values.isEmpty() && label.length() == 0 && isLabel(closeUp(split[0]))
            && !RATE_BASE_CUT.matcher(t).find()) {
          label.append(label.length() == 0 ? "" : " ").append(closeUp(split[0]));
          values.add(split[1]);
          q++;
          continue;
        }
        // a label is one line, or for a table with a header of periods one line before and one after its first value
        // (or a label wrapped after its rate's base number: "Fixed (wired)-broadband subscriptions per 100" /
        // "inhabitants" / "2.8")
        boolean continuation = label.length() == 0 || k > 1 && values.size() == 1 && labelLines
            || values.isEmpty() && RATE_BASE_CUT.matcher(label).find();
        if (continuation && isCellLabel(t) && (label.length() + t.length()) <= MAX_LABEL_CHARS) {
          labelLines = values.isEmpty();
          label.append(label.length() == 0 ? "" : " ").append(closeUp(BULLET.matcher(t).replaceFirst("")));
          q++;
          continue;
        }
        break;
      }
      if (values.size() < k || label.length() == 0) {
        break;
      }
      List<String> row = new ArrayList<>();
      row.add(label.toString());
      row.addAll(values);
      grid.add(row);
      spans.add(new int[] {rowStart, lines.get(nonBlank.get(q - 1)).end()});
      endLine = nonBlank.get(q - 1) + 1;
      p = q;
    }
    int minRows = periods.isEmpty() ? 3 : 2;
    if (grid.size() < minRows) {
      return null;
    }
    if (!periods.isEmpty()) {
      List<String> header = new ArrayList<>();
      header.add("");
      header.addAll(periods);
      grid.add(0, header);
      spans.add(0, new int[] {lines.get(i).start(), lines.get(nonBlank.get(periods.size() - 1)).end()});
    }
    return new Found(i, endLine, i, grid, spans, periods.isEmpty() ? 0 : 1);
  }

  // ---- layout 2b: one cell per line under a header of column names ----------------------------------------------

  /**
   * A web table pasted one cell per line: a header of k column names ("YEAR", "Users", "Population", "% Pop.",
   * "Usage Source"), then rows of k cells, each row opening with its period ("2000", "2,000,000", "78,181,900",
   * "2.6 %", "ITU"); at least two rows, and a column of figures in every row.
   */
  private static Found namedColumnsCellPerLineAt(List<Line> lines, List<Integer> nonBlank, int i) {
    if (nonBlank.isEmpty() || nonBlank.get(0) != i) {
      return null;
    }
    List<String> header = new ArrayList<>();
    int p = 0;
    while (p < nonBlank.size() && header.size() < 8) {
      String t = lines.get(nonBlank.get(p)).text().strip();
      if (!isColumnName(t)) {
        break;
      }
      header.add(t);
      p++;
    }
    int k = header.size();
    if (k < 2 || p >= nonBlank.size() || !isRowPeriod(lines.get(nonBlank.get(p)).text().strip())) {
      return null;
    }
    List<List<String>> grid = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    boolean[] figures = new boolean[k];
    java.util.Arrays.fill(figures, 1, k, true);
    while (p + k <= nonBlank.size() && isRowPeriod(lines.get(nonBlank.get(p)).text().strip())) {
      List<String> row = new ArrayList<>();
      boolean fits = true;
      for (int c = 0; c < k && fits; c++) {
        String t = lines.get(nonBlank.get(p + c)).text().strip();
        boolean figure = c > 0 && Character.isDigit(firstNonMark(t)) && CellValue.parse(t) != null;
        fits = c == 0 || figure || DASH_CELL.matcher(t).matches() || isCellText(t);
        figures[c] &= figure;
        row.add(t);
      }
      if (!fits) {
        break;
      }
      grid.add(row);
      spans.add(new int[] {lines.get(nonBlank.get(p)).start(), lines.get(nonBlank.get(p + k - 1)).end()});
      p += k;
    }
    boolean anyFigures = false;
    for (int c = 1; c < k; c++) {
      anyFigures |= figures[c];
    }
    if (grid.size() < 2 || !anyFigures) {
      return null;
    }
    grid.add(0, header);
    spans.add(0, new int[] {lines.get(i).start(), lines.get(nonBlank.get(k - 1)).end()});
    return new Found(i, nonBlank.get(p - 1) + 1, i, grid, spans, 1);
  }

  /** A column's name on a line of its own: a few words, no figure, no sentence ("Users", "% Pop.", "YEAR"). */
  private static boolean isColumnName(String t) {
    int words = SPACES.split(t).length;
    return !t.isEmpty() && t.length() <= 30 && t.chars().anyMatch(Character::isLetter)
        && t.chars().noneMatch(Character::isDigit) && !t.endsWith(":") && words <= 4
        && !(NOTE.matcher(t).matches() && words > 1); // "Source" heads a column, "Source: X" is a note
  }

  /** A row's period on a line of its own ("2016", "2016 Q3", "June 2019"). */
  private static boolean isRowPeriod(String t) {
    return t.length() <= 12 && TableExtractor.headerPeriod(t, null) != null;
  }

  /** A short text cell ("ITU", "Yahoo!", "C.I.Almanac"): a few words with letters, no sentence. */
  private static boolean isCellText(String t) {
    return !t.isEmpty() && t.length() <= 30 && t.chars().anyMatch(Character::isLetter) && !t.endsWith(".")
        && SPACES.split(t).length <= 4 && !isRowPeriod(t);
  }

  // ---- layout 3: the label column printed before the value column ---------------------------------------------

  /** A value line of a column come apart: one figure with its words ("236,800 sq km", "86,236 lines"), not a year. */
  private static boolean isValueLine(String t) {
    String v = t.strip();
    return !v.isEmpty() && Character.isDigit(firstNonMark(v)) && !YEAR.matcher(v).matches()
        && CellValue.parse(v) != null;
  }

  /** A label line of a column come apart: a short label with no figure. */
  private static boolean isBlockLabel(String t) {
    // (the base of a rate is no figure: "Mobile Subscription per 100 people", "Teledensity (per 100 inhabitants)")
    return isCellLabel(t) && RATE_BASE_IN_LABEL.matcher(t).replaceAll("").chars().noneMatch(Character::isDigit);
  }

  private static final Pattern RATE_BASE_IN_LABEL = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:per|pour|por|para)\\s+(?:cada\\s+)?(?:100|1[,. ]?000)(?![\\d])");

  /**
   * Key figures flattened from slides or PDF with the label column printed before the value column: a run of label
   * lines followed by as many value lines, the i-th value being the i-th label's ("• Population" / "• Fixed lines" /
   * "5.5 million" / "86,236 lines"), with rows of a label and its value on one line between such blocks. At least
   * one block of two or more labels, three rows in all; a count of values that differs from the labels' ends it.
   */
  private static Found columnBlocksAt(List<Line> lines, List<Integer> nonBlank, int i) {
    if (nonBlank.isEmpty() || nonBlank.get(0) != i || !isBlockLabel(lines.get(i).text())) {
      return null;
    }
    for (int above = i - 1; above >= 0; above--) {
      if (!lines.get(above).text().isBlank()) {
        if (isBlockLabel(lines.get(above).text())) {
          return null; // the label column starts above: a run begun inside it pairs labels with the wrong values
        }
        break;
      }
    }
    List<List<String>> grid = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<Integer> labelLines = new ArrayList<>();
    boolean block = false;
    int endLine = i;
    int p = 0;
    while (p < nonBlank.size()) {
      Line l = lines.get(nonBlank.get(p));
      String t = l.text().strip();
      if (isValueLine(t)) {
        int q = p;
        List<String> values = new ArrayList<>();
        while (q < nonBlank.size() && values.size() < labels.size()
            && isValueLine(lines.get(nonBlank.get(q)).text())) {
          values.add(lines.get(nonBlank.get(q)).text().strip());
          q++;
        }
        boolean more = q < nonBlank.size() && isValueLine(lines.get(nonBlank.get(q)).text());
        if (labels.isEmpty() || values.size() != labels.size() || more) {
          break;
        }
        block |= labels.size() >= 2;
        for (int k = 0; k < labels.size(); k++) {
          grid.add(new ArrayList<>(List.of(labels.get(k), values.get(k))));
          Line valueLine = lines.get(nonBlank.get(p + k));
          spans.add(new int[] {lines.get(labelLines.get(k)).start(), valueLine.end()});
        }
        labels.clear();
        labelLines.clear();
        endLine = nonBlank.get(q - 1) + 1;
        p = q;
        continue;
      }
      String body = BULLET.matcher(t).replaceFirst("").strip();
      int digit = 0;
      while (digit < body.length() && !Character.isDigit(body.charAt(digit))) {
        digit++;
      }
      if (labels.isEmpty() && digit > 0 && digit < body.length()) {
        String label = body.substring(0, digit).strip();
        String value = body.substring(digit).strip();
        if (isLabel(label) && label.chars().anyMatch(Character::isLetter) && isValueLine(value)) {
          grid.add(new ArrayList<>(List.of(closeUp(label), value))); // "• Total Mobile Telephone 250,279 subscribers"
          spans.add(new int[] {l.start(), l.end()});
          endLine = nonBlank.get(p) + 1;
          p++;
          continue;
        }
      }
      if (isBlockLabel(t) && labels.size() < 20) {
        labels.add(closeUp(body));
        labelLines.add(nonBlank.get(p));
        p++;
        continue;
      }
      break;
    }
    if (!block || grid.size() < 3) {
      return null;
    }
    return new Found(i, endLine, i, grid, spans, 0);
  }

  private static char firstNonMark(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!Character.isWhitespace(c) && c != '~' && c != '≈') {
        return c;
      }
    }
    return ' ';
  }

  // a label cut after the number of its rate's base ("... per 100"): the number is the label's, not a value
  private static final Pattern RATE_BASE_CUT = Pattern.compile("(?iu)(?<![\\p{L}])(?:per|pour|por|cada|para)\\s+[\\d,.]+$");

  /** A label line of a one-cell-per-line table: short words, no sentence, no figure. */
  private static boolean isCellLabel(String t) {
    String l = BULLET.matcher(t).replaceFirst("").strip();
    return !l.isEmpty() && l.length() <= MAX_LABEL_CHARS && !l.endsWith(".") && l.indexOf(':') < 0
        && !ENUMERATED.matcher(t).find() && l.chars().anyMatch(Character::isLetter)
        && SPACES.split(closeUp(l)).length <= MAX_LABEL_WORDS && !NOTE.matcher(l).matches();
  }

  /** "M o b i l e 2 374 513" -> ["M o b i l e", "2 374 513"]: the longest trailing run of tokens that is one figure. */
  private static String[] splitTrailingFigure(String t) {
    String[] tokens = SPACES.split(t);
    for (int from = Math.max(1, tokens.length - 4); from < tokens.length; from++) {
      if (!Character.isDigit(tokens[from].charAt(0))) {
        continue;
      }
      String value = String.join(" ", java.util.Arrays.copyOfRange(tokens, from, tokens.length));
      if (YEAR.matcher(value).matches()) {
        return null; // "Subscription data as on 31st October 2009": a line ending in a year is dated, not a row
      }
      CellValue v = CellValue.parse(value);
      if (v != null && v.words().isEmpty()) {
        for (int j = 0; j < from; j++) {
          if (isStrictFigure(tokens[j])) {
            return null; // "Subscribers 414,000 423,000": a row of several figures, not a label and its value
          }
        }
        String label = String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, from));
        return label.chars().anyMatch(Character::isLetter) ? new String[] {label, value} : null;
      }
    }
    return null;
  }

  /** Closes up letter-spaced words: "M o b i l e subscribers" -> "Mobile subscribers". */
  static String closeUp(String s) {
    return LETTER_SPACED.matcher(s.strip()).replaceAll(m -> m.group(1).replace(" ", ""));
  }

  // ---- building the Table ---------------------------------------------------------------------------------------

  // "Table 3: Evolution of ... per operator.", "Tableau 2 :", "Cuadro 4.": a numbered title, a caption even as a
  // sentence
  private static final Pattern TABLE_TITLE = Pattern.compile(
      "(?iu)(?:table|tableau|tabla|tabela|cuadro|quadro|exhibit)\\s+\\d{1,3}(?:\\.\\d{1,2})?\\s*[.:–-]");

  /**
   * The short line that names a date, above the caption line that ends at or before {@code from} (with one blank line
   * between them), or null.
   */
  private static String datedLineAbove(List<Line> lines, int from) {
    int j = from;
    while (j >= 0 && lines.get(j).text().isBlank()) {
      j--;
    }
    j--; // the caption line itself
    if (j < 1 || !lines.get(j).text().isBlank()) {
      return null;
    }
    String t = lines.get(j - 1).text().strip();
    boolean dated = !t.isEmpty() && t.length() <= 120 && !t.endsWith(".")
        && !org.telecomgrowth.extract.rules.DateRules.find(t).isEmpty();
    return dated ? t : null;
  }

  private static Detected build(List<Line> lines, Found f, String id, SectionLookup sections) {
    List<String> captionLines = new ArrayList<>();
    int blanks = 0;
    for (int j = f.captionFrom() - 1; j >= 0 && captionLines.size() < 2; j--) {
      String t = lines.get(j).text().strip();
      if (t.isEmpty()) {
        if (++blanks > 1 || !captionLines.isEmpty() && blanks > 0) {
          break;
        }
        continue;
      }
      boolean titled = TABLE_TITLE.matcher(t).lookingAt();
      if (t.length() > (titled ? 160 : 120) || t.endsWith(".") && !t.endsWith("est.") && !titled || dataFields(t) != null
          || java.util.Arrays.stream(SPACES.split(t)).filter(PlainTextTables::isStrictFigure).count() >= 3) {
        break; // (a row of figures above is the table before's, never this one's caption)
      }
      captionLines.add(0, t);
    }
    if (captionLines.size() == 1) {
      // "Estimated penetration rates – end-2013", a blank line, then "Market Penetration rate" over the rows: the
      // dated title above a caption that names no date is the caption's too
      String above = datedLineAbove(lines, f.captionFrom() - 1);
      if (above != null && org.telecomgrowth.extract.rules.DateRules.find(captionLines.get(0)).isEmpty()) {
        captionLines.add(0, above);
      }
    }
    List<String> notes = new ArrayList<>();
    for (int j = f.end(); j < lines.size() && notes.size() < 3; j++) {
      String t = lines.get(j).text().strip();
      if (t.isEmpty()) {
        if (!notes.isEmpty()) {
          break;
        }
        continue;
      }
      boolean dateLine = t.length() <= 30 && TableExtractor.headerPeriod(t, null) != null;
      if (!NOTE.matcher(t).matches() && !(dateLine && !notes.isEmpty())) {
        break;
      }
      notes.add(t);
    }
    int cols = 0;
    for (List<String> r : f.grid()) {
      cols = Math.max(cols, r.size());
    }
    List<List<TableCell>> rows = new ArrayList<>();
    for (int r = 0; r < f.grid().size(); r++) {
      List<TableCell> row = new ArrayList<>();
      for (int c = 0; c < cols; c++) {
        String text = c < f.grid().get(r).size() ? f.grid().get(r).get(c) : "";
        row.add(TableCell.ofText(r, c, c == 0 ? closeUp(BULLET.matcher(text).replaceFirst("")) : text,
            id + " R" + (r + 1) + "C" + (c + 1)));
      }
      rows.add(row);
    }
    int start = f.spans().get(0)[0];
    int end = f.spans().get(f.spans().size() - 1)[1];
    String caption = String.join(" ", captionLines);
    Table t = new Table(id, caption, notes, rows, f.headerRows(), 1, sections.sectionAt(start), start, end);
    return new Detected(t, f.spans());
  }

  private static final Pattern TRAILING_GAP = Pattern.compile("\\d[ \\t]{2,}$");
  private static final Pattern GAP = Pattern.compile("\\d[ \\t]{3,}\\d|\\t\\t");

  private static final Pattern RULE_LINE = Pattern.compile("\\s*\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)+\\|?\\s*");
  private static final Pattern OUTER_BARS = Pattern.compile("^\\s*\\|\\s*|\\s*\\|\\s*$");

  private static List<Line> lines(String text) {
    List<Line> out = new ArrayList<>();
    int s = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int e = i > s && text.charAt(i - 1) == '\r' ? i - 1 : i;
        String line = text.substring(s, e);
        if (!RULE_LINE.matcher(line).matches()) {
          // "| 2018 | 2019 |" / "---|---|" / "Total | 10'788'602 | ...": a Markdown table's rule under its header is
          // no row, so the header stands right above the rows; its outer bars are no cells
          out.add(new Line(s, e, OUTER_BARS.matcher(line).replaceAll("")));
        }
        s = i + 1;
      }
    }
    return out;
  }
}
