package org.telecomgrowth.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telecomgrowth.extract.formats.DocumentModel;
import org.telecomgrowth.extract.formats.FormatLimits;
import org.telecomgrowth.extract.formats.HtmlReader;
import org.telecomgrowth.extract.formats.Rejected;
import org.telecomgrowth.extract.rules.FieldRules;

/**
 * A document's text cut into sections and paragraphs.
 *
 * <p>Plain text: a heading is a short line with no verb, ending in a period or in nothing ("Mobile phones."), a
 * paragraph is a line or several hard-wrapped lines (a line that does not end a sentence continues on the next).
 * Markdown: also {@code #} and underlined headings; markup characters are masked with spaces so offsets stay those
 * of the file. HTML: jsoup renders the blocks to Markdown-like text, which is then the document text that offsets
 * refer to.
 */
public final class DocumentLayout {

  /**
   * A paragraph: [start, end) in the document text, the title of its section and, when its first line is a field
   * ("Telephones - fixed lines: 27 million"), the field's name (else null).
   */
  public record Paragraph(int index, int start, int end, String section, String field) {}

  private final String text;
  private final String analysisText;
  private final List<Paragraph> paragraphs;
  private final String firstHeading;

  private DocumentLayout(String text, String analysisText, List<Paragraph> paragraphs, String firstHeading) {
    this.text = text;
    this.analysisText = analysisText;
    this.paragraphs = paragraphs;
    this.firstHeading = firstHeading;
  }

  /** The document text that offsets refer to. */
  public String text() { return text; }

  private String columnText;

  /**
   * The text as {@link #text()}, with leader dots ("per 100 people ...... 155") as spaces: what line and column
   * rules read, so a label and its figure stand apart as in a table; same length as {@link #text()}.
   */
  public String columnText() {
    if (columnText == null) {
      char[] c = text.toCharArray();
      maskLeaderDots(text, c);
      columnText = new String(c);
    }
    return columnText;
  }

  /** The text rules read: same length as {@link #text()}, markup masked, line breaks as spaces. */
  public String analysisText() { return analysisText; }

  public List<Paragraph> paragraphs() { return paragraphs; }

  /** The document's first heading (a Markdown/HTML title), or null. */
  public String firstHeading() { return firstHeading; }

  public static final String LEAD_SECTION = "Lead";

  private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern NOT_WORD_CHAR = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}-]");
  private static final java.util.regex.Pattern NUMBER_WORD = java.util.regex.Pattern.compile("\\d[\\d,.]*");
  private static final Set<String> NON_HEADING_WORDS = Set.of("is", "are", "was", "were", "be", "been", "being",
      "has", "have", "had", "do", "does", "did", "can", "could", "will", "would", "shall", "should", "may", "might",
      "must", "there", "it", "he", "she", "they", "we", "i", "you", "this", "these", "those", "not", "its", "their");
  private static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern SETEXT = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
  private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]\\n]*)\\]\\(([^)\\n]*)\\)");
  private static final Pattern MD_LIST = Pattern.compile("^(\\s*)([-*+]|\\d{1,3}[.)])(\\s+)");
  private static final Pattern MD_QUOTE = Pattern.compile("^(\\s*)(>+)");

  public static DocumentLayout parse(String text, DocumentDecoder.Format format) {
    switch (format) {
      case HTML:
        try {
          return of(HtmlReader.read(text, FormatLimits.defaults()), format);
        } catch (Rejected r) {
          throw new IllegalArgumentException(r.reason());
        }
      case MARKDOWN:
        return parseLines(text, true, false, null);
      default:
        return parseLines(text, false, true, null);
    }
  }

  /**
   * The layout of a document as its format reader gave it: plain text and PDF text by the plain-text rules (headings
   * told by their look), the others (Markdown, HTML, Word, spreadsheets, CSV) by their {@code #} headings; Word also
   * by look, as a heading there is often a short bold line without a heading style.
   */
  public static DocumentLayout of(DocumentModel model, DocumentDecoder.Format format) {
    boolean plain = format == DocumentDecoder.Format.TEXT || format == DocumentDecoder.Format.PDF;
    return parseLines(model.text(), !plain, plain || format == DocumentDecoder.Format.DOCX, model.title());
  }

  /** This layout without the paragraphs that overlap any of {@code spans} ([start, end) in the text). */
  public DocumentLayout withoutSpans(List<int[]> spans) {
    List<Paragraph> kept = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      boolean inside = false;
      for (int[] s : spans) {
        if (p.start() < s[1] && p.end() > s[0]) {
          inside = true;
          break;
        }
      }
      if (!inside) {
        kept.add(p);
      }
    }
    return new DocumentLayout(text, analysisText, kept, firstHeading);
  }

  // a label line without figures, then a line that holds nothing but its value (and a bracketed note): "Telephones -
  // mobile cellular" over "305,300 (2012)", as pages laid out as label and value lines print them
  private static final java.util.regex.Pattern VALUE_UNDER_LABEL = java.util.regex.Pattern.compile(
      "(?m)^[ \\t]*\\p{L}[^\\n\\d:.;]{2,58}[^\\n\\d:.;\\s](\\r?\\n)[ \\t]*(?:about|approx\\.?|over|under)?\\s*\\d[\\d.,  ]*"
          + "(?:\\s?(?:%|million|billion|thousand|mln|bn))?(?:\\s*\\([^()\\n]{0,40}\\))?[ \\t]*\\r?$");

  /**
   * A value line under its label line reads as "label: value" ({@code ':'} in the analysis text for the line break
   * between them), so the label, not the next line's, is the value's.
   */
  private static void markValueLines(String text, char[] mask) {
    if (text.indexOf('\n') < 0) {
      return;
    }
    java.util.regex.Matcher m = VALUE_UNDER_LABEL.matcher(text);
    while (m.find()) {
      mask[m.start(1)] = ':';
    }
  }

  /**
   * "Mobile subscriptions per 100 people .......... 155": leader dots (three or more, or an ellipsis character)
   * that lead from a label to its figure are white space to the rules, so the label reads as the figure's words.
   */
  static void maskLeaderDots(String text, char[] mask) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '\u2026') {
        continue;
      }
      int j = i;
      int dots = 0;
      while (j < text.length() && (text.charAt(j) == '.' || text.charAt(j) == '\u2026' || text.charAt(j) == ' ')) {
        dots += text.charAt(j) == ' ' ? 0 : text.charAt(j) == '.' ? 1 : 3;
        j++;
      }
      if (dots >= 3 && j < text.length() && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '(')
          && i > 0 && !Character.isDigit(text.charAt(i - 1))) {
        for (int k = i; k < j; k++) {
          mask[k] = ' ';
        }
      }
      i = j;
    }
  }

  private static DocumentLayout parseLines(String text, boolean markdown, boolean guessHeadings, String knownTitle) {
    char[] mask = text.toCharArray();
    for (int i = 0; i < mask.length; i++) {
      char c = mask[i];
      // line breaks, no-break and thin spaces, zero-width and direction marks: all plain spaces to the rules
      if (c == '\n' || c == '\r' || c == '\t' || c == '\f' || (c > 127 && (Character.isSpaceChar(c)
          || Character.getType(c) == Character.FORMAT))) {
        mask[i] = ' ';
      }
    }
    maskLeaderDots(text, mask);
    markValueLines(text, mask);
    List<int[]> lines = new ArrayList<>();
    int s = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        lines.add(new int[] {s, i});
        s = i + 1;
      }
    }
    List<Paragraph> paragraphs = new ArrayList<>();
    String section = LEAD_SECTION;
    String firstHeading = knownTitle;
    int paraStart = -1;
    int paraEnd = -1;
    int paraLines = 0;
    String prevLine = null;
    boolean prevBlank = true;
    for (int li = 0; li < lines.size(); li++) {
      int ls = lines.get(li)[0];
      int le = lines.get(li)[1];
      if (markdown) {
        maskMarkdownLine(text, mask, ls, le);
      }
      String raw = text.substring(ls, le);
      String line = new String(mask, ls, le - ls).strip();
      if (line.isEmpty()) {
        if (paraStart >= 0) {
          paragraphs.add(paragraph(paragraphs.size(), mask, paraStart, paraEnd, section));
          paraStart = -1;
        }
        prevBlank = true;
        prevLine = null;
        continue;
      }
      if (markdown) {
        Matcher h = MD_HEADING.matcher(raw);
        if (h.matches()) {
          if (paraStart >= 0) {
            paragraphs.add(paragraph(paragraphs.size(), mask, paraStart, paraEnd, section));
            paraStart = -1;
          }
          section = headingTitle(h.group(2));
          if (firstHeading == null) {
            firstHeading = section;
          }
          maskRange(mask, ls, le);
          prevBlank = true;
          prevLine = null;
          continue;
        }
        if (SETEXT.matcher(raw).matches() && paraStart >= 0 && paraLines == 1) {
          section = headingTitle(text.substring(paraStart, paraEnd));
          if (firstHeading == null && raw.strip().startsWith("=")) {
            firstHeading = section;
          }
          maskRange(mask, paraStart, le);
          paraStart = -1;
          prevBlank = true;
          prevLine = null;
          continue;
        }
      }
      boolean continues = paraStart >= 0 && prevLine != null && !endsSentence(prevLine)
          && !(FieldRules.fieldName(prevLine) != null && (FieldRules.fieldName(line) != null
              || guessHeadings && isHeadingLine(line, nextNonBlank(text, lines, li))));
      // "Abonnés mobiles : 57 195 791 ⏎ Téléphones mobiles : 99% des ménages": a list of "label : value" lines is
      // one field a line, and a heading may follow one, however the value ends
      // Markdown and HTML mark their headings; plain text, PDF and Word headings are told by their look.
      if (guessHeadings && !continues && (prevBlank || prevLine == null || endsSentence(prevLine)
          || FieldRules.fieldName(prevLine) != null)
          && isHeadingLine(line, nextNonBlank(text, lines, li))) {
        if (paraStart >= 0) {
          paragraphs.add(paragraph(paragraphs.size(), mask, paraStart, paraEnd, section));
          paraStart = -1;
        }
        section = headingTitle(line);
        maskRange(mask, ls, le);
        prevBlank = true;
        prevLine = null;
        continue;
      }
      if (!continues && paraStart >= 0) {
        paragraphs.add(paragraph(paragraphs.size(), mask, paraStart, paraEnd, section));
        paraStart = -1;
      }
      int first = ls;
      while (first < le && Character.isWhitespace(mask[first])) {
        first++;
      }
      int last = le;
      while (last > first && Character.isWhitespace(mask[last - 1])) {
        last--;
      }
      if (paraStart < 0) {
        paraStart = first;
        paraLines = 0;
      }
      paraEnd = last;
      paraLines++;
      prevLine = line;
      prevBlank = false;
    }
    if (paraStart >= 0) {
      paragraphs.add(paragraph(paragraphs.size(), mask, paraStart, paraEnd, section));
    }
    return new DocumentLayout(text, new String(mask), paragraphs, firstHeading);
  }

  private static Paragraph paragraph(int index, char[] mask, int start, int end, String section) {
    int lineEnd = start;
    while (lineEnd < end && lineEnd - start < 120) {
      lineEnd++;
    }
    String field = FieldRules.fieldName(new String(mask, start, lineEnd - start));
    return new Paragraph(index, start, end, section, field);
  }

  private static String nextNonBlank(String text, List<int[]> lines, int li) {
    for (int j = li + 1; j < lines.size(); j++) {
      String t = text.substring(lines.get(j)[0], lines.get(j)[1]).strip();
      if (!t.isEmpty()) {
        return t;
      }
    }
    return null;
  }

  /** A line ends a sentence when its last character (before closing quotes or brackets) is . ! ? or :. */
  static boolean endsSentence(String line) {
    int i = line.length() - 1;
    while (i >= 0 && "\"'”’)]»".indexOf(line.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?:".indexOf(line.charAt(i)) >= 0;
  }

  // "total subscriptions: 2,582,154 (2022 est.)": a label in lower case, its colon, then a value with a digit
  private static final Pattern LOWER_CASE_LABEL_LINE = Pattern.compile(
      "\\p{Ll}[\\p{L} ,()'/&-]{0,60}?\\s*:\\s+[^\\p{L}\\s]*\\p{N}");

  /** Short, capitalised, one fragment, no verb-like word: "Mobile phones.", "Access to foreign media". */
  static boolean isHeadingLine(String line, String next) {
    if (line.length() > 70 || !Character.isUpperCase(line.codePointAt(0))) {
      return false;
    }
    if (FieldRules.fieldName(line) != null) {
      return false; // "Internet country code: .in" is a field with its value, not a heading
    }
    char lastChar = line.charAt(line.length() - 1);
    if (",;?!".indexOf(lastChar) >= 0) {
      return false;
    }
    String body = line.endsWith(".") || line.endsWith(":") ? line.substring(0, line.length() - 1) : line;
    if (body.isBlank() || body.contains(". ") || body.contains(";") || body.contains("\"")) {
      return false;
    }
    boolean punctuated = body.length() < line.length();
    if (!punctuated && !Character.isLetterOrDigit(lastChar) && lastChar != ')') {
      return false;
    }
    // An unpunctuated short line is a heading only if what follows starts a new sentence, or is a label and its value
    // ("Telephones - fixed lines" over "total subscriptions: 2.6 million").
    if (!punctuated && (next == null || !Character.isUpperCase(next.codePointAt(0))
        && !LOWER_CASE_LABEL_LINE.matcher(next).lookingAt())) {
      return false;
    }
    String[] words = WHITE_SPACE.split(body);
    if (words.length > 8) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      String w = NOT_WORD_CHAR.matcher(words[i].toLowerCase(Locale.ROOT)).replaceAll("");
      if (NON_HEADING_WORDS.contains(w)) {
        return false;
      }
      if (NUMBER_WORD.matcher(w).matches()) {
        return false;
      }
      // a past-tense verb after the first word: "Koryolink launched service."; not a word of a metric's name
      // ("Telephones - fixed lines")
      if (i > 0 && w.length() > 4 && w.endsWith("ed") && !w.contains("-") && !inVocabularyTerm(body, w)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code word} (lower case) is inside an item or base phrase of the metric vocabulary in {@code line}. */
  private static boolean inVocabularyTerm(String line, String word) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (org.telecomgrowth.extract.rules.MetricRules.Term t : org.telecomgrowth.extract.rules.MetricRules.terms(line)) {
      int at = lower.indexOf(word, t.start());
      if (("item".equals(t.kind()) || "base".equals(t.kind())) && at >= 0 && at + word.length() <= t.end()) {
        return true;
      }
    }
    return false;
  }

  private static String headingTitle(String line) {
    String t = line.strip().replaceAll("[*_`#]+", "").strip();
    while (t.endsWith(".") || t.endsWith(":")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t.replaceAll("\\s+", " ");
  }

  private static void maskRange(char[] mask, int from, int to) {
    for (int i = from; i < to; i++) {
      mask[i] = ' ';
    }
  }

  /** Blanks Markdown markup on one line so the rules see words, not syntax; lengths are kept. */
  private static void maskMarkdownLine(String text, char[] mask, int ls, int le) {
    String line = text.substring(ls, le);
    Matcher q = MD_QUOTE.matcher(line);
    if (q.find()) {
      maskRange(mask, ls + q.start(2), ls + q.end(2));
    }
    Matcher l = MD_LIST.matcher(line);
    if (l.find()) {
      maskRange(mask, ls + l.start(2), ls + l.end(2));
    }
    Matcher link = MD_LINK.matcher(line);
    while (link.find()) {
      maskRange(mask, ls + link.start(), ls + link.start(1));
      maskRange(mask, ls + link.end(1), ls + link.end());
    }
    for (int i = ls; i < le; i++) {
      char c = text.charAt(i);
      if (c == '*' || c == '`' || c == '|') {
        mask[i] = ' ';
      } else if (c == '_') {
        boolean wordBefore = i > ls && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean wordAfter = i + 1 < le && Character.isLetterOrDigit(text.charAt(i + 1));
        if (!(wordBefore && wordAfter)) {
          mask[i] = ' ';
        }
      }
    }
  }
}
