package org.telecomgrowth.extract.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.telecomgrowth.extract.table.TableCell;

/**
 * One PDF page's positioned glyphs to text in reading order and tables (the "stream" way of tabula-java: tables
 * from text alignment, not ruling lines).
 *
 * <ol>
 *   <li>Lines: glyphs on one baseline; within a line a gap wider than {@link #SEGMENT_GAP_EM} of the font size
 *       splits it into segments (a word gap is about a quarter of it).</li>
 *   <li>Tables: three or more consecutive lines of two or more segments, at least two of them holding a figure,
 *       whose segments fall into the same column bands. Header lines (no figure, short segments) just above are
 *       the table's header rows; a line above starting "Table" is its caption, lines just below starting
 *       "Source" or "Note" its notes.</li>
 *   <li>Columns: the other lines are searched for a gutter, an x in the middle of the page that (almost) no line
 *       crosses while several lines sit wholly on either side; the left column is read before the right one, and a
 *       line crossing the gutter (a title) ends the columns above it.</li>
 *   <li>Paragraphs: a vertical gap larger than {@link #PARAGRAPH_GAP} line spacings, or a change of font size,
 *       starts a new block.</li>
 * </ol>
 */
final class PdfPageLayout {
  private PdfPageLayout() {}

  static final float SEGMENT_GAP_EM = 1.0f;
  static final float PARAGRAPH_GAP = 1.6f;

  record Glyph(float x, float y, float w, float h, float size, String s) {}

  record Seg(float x0, float x1, String text) {}

  static final class Line {
    final float y;
    final float size;
    final List<Seg> segs;

    Line(float y, float size, List<Seg> segs) {
      this.y = y;
      this.size = size;
      this.segs = segs;
    }

    float x0() {
      return segs.get(0).x0();
    }

    float x1() {
      return segs.get(segs.size() - 1).x1();
    }

    String text() {
      StringBuilder b = new StringBuilder();
      for (Seg s : segs) {
        if (!b.isEmpty()) {
          b.append("  ");
        }
        b.append(s.text());
      }
      return b.toString();
    }
  }

  /** A table found on the page: rows of cell texts by column band. */
  record TableRows(String caption, List<String> notes, List<List<String>> rows, int headerRows, int headerCols) {
    List<List<TableCell>> grid(TableBuilder.CellRef ref) {
      List<List<TableCell>> g = new ArrayList<>();
      for (int r = 0; r < rows.size(); r++) {
        List<TableCell> line = new ArrayList<>();
        for (int c = 0; c < rows.get(r).size(); c++) {
          line.add(TableCell.ofText(r, c, rows.get(r).get(c), ref.ref(r, c)));
        }
        g.add(line);
      }
      return g;
    }
  }

  /** A block of the page in reading order: text lines (a paragraph), or a table. */
  record Block(List<String> lines, TableRows table) {}

  /**
   * A page laid out: its blocks, and its first and last lines with the text's right edge (so a paragraph broken by
   * the page break is told from a page that starts a new line).
   */
  record Laid(List<Block> blocks, Line first, Line last, float right) {}

  private static final Pattern FIGURE = Pattern.compile(
      "[-+−(]?[$€£]?\\d[\\d,. ]*(?:%|\\)|[kKmM]|bn)?\\*?");

  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?i)(?:page\\s+)?[-–]?\\s*\\d{1,4}\\s*[-–]?(?:\\s*(?:of|/)\\s*\\d{1,4})?");

  static Laid lay(List<Glyph> glyphs, int pageNo, Budget budget) throws Rejected {
    return lay(glyphs, pageNo, budget, Float.NaN);
  }

  /**
   * As {@link #lay(List, int, Budget)} on a page {@code pageWidth} points wide (NaN when unknown): the text's right
   * margin is taken as wide as its left one, so a page of short lines (table rows, a list) is not read as wrapped.
   */
  static Laid lay(List<Glyph> glyphs, int pageNo, Budget budget, float pageWidth) throws Rejected {
    List<Line> lines = new ArrayList<>(lines(glyphs));
    // a page number at the foot or head of the page is not text (a lone figure there that is not the page's number,
    // a table's last value line, stays)
    if (!lines.isEmpty() && isPageNumber(lines.get(lines.size() - 1).text(), pageNo)) {
      lines.remove(lines.size() - 1);
    }
    if (!lines.isEmpty() && isPageNumber(lines.get(0).text(), pageNo)) {
      lines.remove(0);
    }
    float minX = Float.MAX_VALUE;
    float maxX = 0;
    for (Line l : lines) {
      minX = Math.min(minX, l.x0());
      maxX = Math.max(maxX, l.x1());
    }
    final float pageRight = Float.isNaN(pageWidth) || lines.isEmpty() ? rightEdge(lines)
        : Math.max(maxX, pageWidth - minX - 2f * lines.get(0).size);
    List<Block> blocks = new ArrayList<>();
    boolean[] inTable = new boolean[lines.size()];
    List<int[]> tableRuns = tables(lines, inTable);
    // the page in vertical order: prose runs between tables, each read column by column
    int i = 0;
    int t = 0;
    while (i < lines.size()) {
      int[] run = t < tableRuns.size() ? tableRuns.get(t) : null;
      if (run != null && i == run[0]) {
        blocks.add(new Block(List.of(), tableRows(lines, run, budget)));
        i = run[1];
        t++;
        continue;
      }
      int end = run == null ? lines.size() : run[0];
      if (run != null && end > i && isCaption(lines.get(end - 1))) {
        end--; // the caption is rendered with its table
      }
      prose(lines.subList(i, end), blocks, pageRight);
      if (run != null && end < run[0]) {
        end = run[0];
      }
      i = end;
    }
    return new Laid(blocks, lines.isEmpty() ? null : lines.get(0), lines.isEmpty() ? null : lines.get(lines.size() - 1),
        pageRight);
  }

  // ---- lines ---------------------------------------------------------------------------------------------------

  static List<Line> lines(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
    List<List<Glyph>> groups = new ArrayList<>();
    List<Glyph> cur = null;
    float curY = 0;
    float curSize = 0;
    for (Glyph g : sorted) {
      if (cur != null && Math.abs(g.y() - curY) <= 0.4f * Math.max(curSize, g.size())) {
        cur.add(g);
        continue;
      }
      cur = new ArrayList<>();
      cur.add(g);
      groups.add(cur);
      curY = g.y();
      curSize = g.size();
    }
    List<Line> out = new ArrayList<>();
    for (List<Glyph> group : groups) {
      group.sort(Comparator.comparingDouble(Glyph::x));
      float size = (float) group.stream().mapToDouble(Glyph::size).max().orElse(10);
      List<Seg> segs = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      float x0 = group.get(0).x();
      float x1 = x0;
      float prevEnd = Float.NaN;
      for (Glyph g : group) {
        if (!Float.isNaN(prevEnd)) {
          float gap = g.x() - prevEnd;
          if (gap > SEGMENT_GAP_EM * g.size()) {
            segs.add(new Seg(x0, x1, text.toString()));
            text.setLength(0);
            x0 = g.x();
          } else if (gap > 0.15f * g.size() && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
          } else if (gap < -0.5f * g.size()) {
            continue; // a glyph drawn over the previous one (fake bold)
          }
        }
        text.append(g.s());
        x1 = Math.max(x1, g.x() + g.w());
        prevEnd = g.x() + g.w();
      }
      segs.add(new Seg(x0, x1, text.toString()));
      out.add(new Line(group.get(0).y(), size, segs));
    }
    return out;
  }

  // ---- tables --------------------------------------------------------------------------------------------------

  private static boolean hasFigure(Line l) {
    return l.segs.stream().anyMatch(s -> FIGURE.matcher(s.text().strip()).matches()
        && !Headers.isYear(s.text()));
  }

  private static boolean headerLike(Line l) {
    return l.segs.size() >= 2 && l.segs.stream().allMatch(s -> s.text().length() <= 40) && !hasFigure(l);
  }

  /** Runs [from, to) of lines that form tables, in page order. */
  static List<int[]> tables(List<Line> lines, boolean[] inTable) {
    List<int[]> runs = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      if (lines.get(i).segs.size() < 2 || !hasFigure(lines.get(i))) {
        i++;
        continue;
      }
      int j = i;
      int figures = 0;
      while (j < lines.size() && lines.get(j).segs.size() >= 2 && (j == i || close(lines.get(j - 1), lines.get(j)))) {
        if (hasFigure(lines.get(j))) {
          figures++;
        }
        j++;
      }
      int from = i;
      while (from > 0 && i - from < 3 && headerLike(lines.get(from - 1)) && close(lines.get(from - 1),
          lines.get(from))) {
        from--;
      }
      if (figures >= 2 && j - from >= 3 && bands(lines.subList(from, j)).size() >= 2) {
        runs.add(new int[] {from, j});
        for (int k = from; k < j; k++) {
          inTable[k] = true;
        }
      }
      i = j;
    }
    return runs;
  }

  private static boolean close(Line above, Line below) {
    return below.y - above.y <= 2.5f * Math.max(above.size, below.size);
  }

  /** Column bands: the union of overlapping segment extents over the rows (x0, x1 pairs, left to right). */
  static List<float[]> bands(List<Line> rows) {
    List<float[]> spans = new ArrayList<>();
    for (Line l : rows) {
      for (Seg s : l.segs) {
        spans.add(new float[] {s.x0(), s.x1()});
      }
    }
    spans.sort(Comparator.comparingDouble(a -> a[0]));
    List<float[]> bands = new ArrayList<>();
    for (float[] s : spans) {
      float[] last = bands.isEmpty() ? null : bands.get(bands.size() - 1);
      if (last != null && s[0] <= last[1]) {
        last[1] = Math.max(last[1], s[1]);
      } else {
        bands.add(new float[] {s[0], s[1]});
      }
    }
    return bands;
  }

  /** A line naming the table below it: "Table 3: Subscribers ('000)". */
  private static boolean isCaption(Line l) {
    String t = l.text().strip();
    return t.regionMatches(true, 0, "table", 0, 5) && t.length() <= 200;
  }

  private static TableRows tableRows(List<Line> lines, int[] run, Budget budget) throws Rejected {
    List<Line> rows = lines.subList(run[0], run[1]);
    List<float[]> bands = bands(rows);
    List<List<String>> cells = new ArrayList<>();
    int headerRows = 0;
    boolean leading = true;
    for (Line l : rows) {
      budget.row();
      budget.cells(bands.size());
      List<String> row = new ArrayList<>();
      for (int b = 0; b < bands.size(); b++) {
        row.add("");
      }
      for (Seg s : l.segs) {
        int first = -1;
        int last = -1;
        for (int b = 0; b < bands.size(); b++) {
          if (s.x0() <= bands.get(b)[1] && s.x1() >= bands.get(b)[0]) {
            first = first < 0 ? b : first;
            last = b;
          }
        }
        for (int b = Math.max(first, 0); b <= last; b++) {
          row.set(b, row.get(b).isEmpty() ? s.text().strip() : row.get(b) + " " + s.text().strip());
        }
      }
      cells.add(row);
      if (leading && !hasFigure(l)) {
        headerRows++;
      } else {
        leading = false;
      }
    }
    headerRows = Math.min(headerRows, cells.size() - 1);
    String caption = run[0] > 0 && isCaption(lines.get(run[0] - 1)) ? lines.get(run[0] - 1).text().strip() : "";
    List<String> notes = new ArrayList<>();
    List<List<TableCell>> probe = new TableRows("", List.of(), cells, 0, 0).grid((r, c) -> "");
    int headerCols = Headers.headerCols(probe, headerRows);
    return new TableRows(caption, notes, cells, headerRows, headerCols);
  }

  // ---- prose in columns ----------------------------------------------------------------------------------------

  /** Whether a head or foot line is the page's number: "7", "- 7 -", "Page 7", "7 of 12" (the figure is the page's). */
  static boolean isPageNumber(String line, int pageNo) {
    String t = line.strip();
    if (!PAGE_NUMBER.matcher(t).matches()) {
      return false;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+").matcher(t);
    boolean worded = t.matches("(?i).*(?:page|of|/|[-–]).*");
    return m.find() && (Integer.parseInt(m.group()) == pageNo || worded);
  }

  private static void prose(List<Line> lines, List<Block> blocks, float pageRight) {
    if (lines.isEmpty()) {
      return;
    }
    float gutter = gutter(lines);
    if (Float.isNaN(gutter)) {
      paragraphs(lines, blocks, pageRight);
      return;
    }
    List<Line> left = new ArrayList<>();
    List<Line> right = new ArrayList<>();
    for (Line l : lines) {
      boolean crosses = l.segs.stream().anyMatch(s -> s.x0() < gutter && s.x1() > gutter);
      if (crosses) {
        paragraphs(left, blocks, rightEdge(left));
        paragraphs(right, blocks, rightEdge(right));
        left.clear();
        right.clear();
        paragraphs(List.of(l), blocks, pageRight);
        continue;
      }
      List<Seg> ls = l.segs.stream().filter(s -> s.x1() <= gutter).toList();
      List<Seg> rs = l.segs.stream().filter(s -> s.x0() >= gutter).toList();
      if (!ls.isEmpty()) {
        left.add(new Line(l.y, l.size, ls));
      }
      if (!rs.isEmpty()) {
        right.add(new Line(l.y, l.size, rs));
      }
    }
    paragraphs(left, blocks, rightEdge(left));
    paragraphs(right, blocks, rightEdge(right));
  }

  /**
   * The right edge of a page's or column's text: where its longest line ends, when at least two lines end within two
   * ems of it (wrapped prose fills its lines); else no edge is known (a page of table rows and short lines: its
   * longest row is no margin) and no line counts as wrapped.
   */
  static float rightEdge(List<Line> column) {
    float r = 0;
    for (Line l : column) {
      r = Math.max(r, l.x1());
    }
    int reaching = 0;
    for (Line l : column) {
      if (l.x1() >= r - 2f * l.size) {
        reaching++;
      }
    }
    return reaching >= 2 ? r : Float.MAX_VALUE;
  }

  /** The x of a column gutter, or NaN: an x between 30% and 70% of the text's width crossed by few lines. */
  static float gutter(List<Line> lines) {
    float minX = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    for (Line l : lines) {
      minX = Math.min(minX, l.x0());
      maxX = Math.max(maxX, l.x1());
    }
    float width = maxX - minX;
    if (lines.size() < 6 || width <= 0) {
      return Float.NaN;
    }
    // the middle of the widest run of x positions crossed by the fewest lines
    float from = minX + 0.3f * width;
    int steps = (int) (0.4f * width) + 1;
    // in one pass over the segments: each adds one to the x positions strictly inside it (a line's segments do not
    // overlap, so a line counts once at an x)
    int[] delta = new int[steps + 1];
    for (Line l : lines) {
      for (Seg s : l.segs) {
        int lo = (int) Math.floor(s.x0() - from) + 1;
        int hi = (int) Math.ceil(s.x1() - from) - 1;
        lo = Math.max(lo, 0);
        hi = Math.min(hi, steps - 1);
        if (lo <= hi) {
          delta[lo]++;
          delta[hi + 1]--;
        }
      }
    }
    int[] cross = new int[steps];
    int bestCross = Integer.MAX_VALUE;
    int running = 0;
    for (int k = 0; k < steps; k++) {
      running += delta[k];
      cross[k] = running;
      bestCross = Math.min(bestCross, cross[k]);
    }
    float best = Float.NaN;
    int bestLen = 0;
    for (int k = 0; k < steps; k++) {
      if (cross[k] != bestCross) {
        continue;
      }
      int e = k;
      while (e < steps && cross[e] == bestCross) {
        e++;
      }
      if (e - k > bestLen) {
        bestLen = e - k;
        best = from + (k + e - 1) / 2f;
      }
      k = e;
    }
    if (Float.isNaN(best) || bestCross > Math.max(1, lines.size() / 10)) {
      return Float.NaN;
    }
    final float g = best;
    long leftOnly = lines.stream().filter(l -> l.x1() <= g).count();
    long rightOnly = lines.stream().filter(l -> l.x0() >= g).count();
    long both = lines.stream().filter(l -> l.x0() < g && l.x1() > g
        && l.segs.stream().noneMatch(s -> s.x0() < g && s.x1() > g)).count();
    // two columns: lines on both sides of the gutter, most of them not crossing it
    return leftOnly + both >= 3 && rightOnly + both >= 3 && both + Math.min(leftOnly, rightOnly) >= 3 ? g
        : Float.NaN;
  }

  // a list item's start: a bullet, or an enumerator ("1.", "b)", "iv.")
  private static final Pattern ITEM_START = Pattern.compile(
      "^\\s*(?:[•·▪◦●○■□➢✓*–-]\\s|(?:\\d{1,3}|[a-hA-H]|[ivxIVX]{1,4})[.)]\\s)");

  /**
   * Whether {@code next} continues {@code line} as the same line of text, wrapped by the typesetting: its first word
   * would not have fit after {@code line} before the column's right edge. A list item, a line of several cells, or a
   * line that ends early (the next word would have fit: the author broke it) starts a new line.
   */
  static boolean wraps(Line line, Line next, float right) {
    if (line.segs.size() > 1 || next.segs.size() > 1 || ITEM_START.matcher(next.text()).find()) {
      return false;
    }
    Seg first = next.segs.get(0);
    String text = first.text().strip();
    int space = text.indexOf(' ');
    String word = space < 0 ? text : text.substring(0, space);
    float perChar = text.isEmpty() ? next.size * 0.5f : (first.x1() - first.x0()) / text.length();
    float wordWidth = perChar * word.length();
    // half an em of slack: the word's width is estimated from its line's average glyph width
    return line.x1() + 0.25f * next.size + wordWidth > right - 0.5f * next.size;
  }

  /**
   * Lines of one column to paragraph blocks: a larger vertical gap or another font size starts a block; within a
   * block, lines wrapped by the typesetting are joined and the author's line breaks kept (a block's entries are its
   * lines of text).
   */
  private static void paragraphs(List<Line> lines, List<Block> blocks, float right) {
    if (lines.isEmpty()) {
      return;
    }
    List<Float> gaps = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      gaps.add(lines.get(i).y - lines.get(i - 1).y);
    }
    // the usual line spacing: the median of the gaps between lines of one paragraph (under two font sizes)
    List<Float> sorted = new ArrayList<>();
    for (int i = 0; i < gaps.size(); i++) {
      if (gaps.get(i) > 0 && gaps.get(i) < 2f * lines.get(i + 1).size) {
        sorted.add(gaps.get(i));
      }
    }
    sorted.sort(Float::compare);
    float spacing = sorted.isEmpty() ? lines.get(0).size * 1.2f : sorted.get(sorted.size() / 2);
    spacing = Math.max(spacing, lines.get(0).size);
    List<String> cur = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (i > 0) {
        Line prev = lines.get(i - 1);
        float gap = l.y - prev.y;
        boolean sizeChange = Math.abs(l.size - prev.size) > 0.15f * Math.max(l.size, prev.size);
        if (gap > PARAGRAPH_GAP * spacing || sizeChange || gap < 0) {
          blocks.add(new Block(cur, null));
          cur = new ArrayList<>();
        } else if (wraps(prev, l, right)) {
          cur.set(cur.size() - 1, cur.get(cur.size() - 1).strip() + " " + l.text().strip());
          continue;
        }
      }
      cur.add(l.text());
    }
    if (!cur.isEmpty()) {
      blocks.add(new Block(cur, null));
    }
  }
}
