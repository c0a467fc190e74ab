package org.telecomgrowth.extract.formats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telecomgrowth.bench.DocumentWriter;
import org.telecomgrowth.bench.DocumentWriter.PdfText;
import org.telecomgrowth.extract.Catalog;
import org.telecomgrowth.extract.DocumentExtractor;
import org.telecomgrowth.extract.ExtractedDocument;
import org.telecomgrowth.model.Observation;

/**
 * Issue 20's "never worse than the same documents as plain text": the development set's documents
 * (../shared/realtext, read at test time, never copied into the project) are published again here as a PDF (each
 * line wrapped into a column of Helvetica, as a browser prints a page: wrapped lines within a paragraph, a blank gap
 * between paragraphs, list items and table rows one a line) and as a DOCX (a Word paragraph per block, its lines
 * joined by line breaks), and each version's observations are compared with the plain text's, on metric, value,
 * unit, qualifier, period, scope and source. Fails, never passes empty, when the set is missing.
 */
class FormatParityTest {
  private static final Path REALTEXT = Paths.get("..", "shared", "realtext");
  private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  /**
   * Observations the PDF version may lose or gain against the plain text (of about 600): one figure whose period
   * differs counts twice (lost and gained). Today: Norway's "6.16 million subscriptions ... at the end of the
   * reporting period, down marginally from 6.19 million at mid-2016" is undated in the text (its one date is the
   * earlier level's, as the gold reads it) and mid-2017 in the PDF, where the line before joins its paragraph.
   */
  static final int PDF_ALLOWED_DIFFERENCES = 2;
  /** The DOCX version keeps every line break: it must give exactly the plain text's observations. */
  static final int DOCX_ALLOWED_DIFFERENCES = 0;

  static int plainTotal;
  static final List<String> pdfDiffs = new ArrayList<>();
  static final List<String> docxDiffs = new ArrayList<>();
  static int documents;

  @BeforeAll
  static void publishAndExtract() throws IOException {
    Path docs = REALTEXT.resolve("docs");
    assertTrue(Files.isDirectory(docs), "missing " + docs.toAbsolutePath() + ": the development set is required");
    Catalog catalog = Catalog.load(REALTEXT.resolve("catalog.csv").toString(), new Configuration());
    List<Path> files;
    try (Stream<Path> s = Files.list(docs)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      String text = printable(Files.readString(f, StandardCharsets.UTF_8));
      Catalog.Entry entry = catalog.lookup(f.toString());
      String stem = f.getFileName().toString().replaceFirst("\\.txt$", "");
      List<String> plain = keys(DocumentExtractor.extractFile(stem + ".txt", stem,
          text.getBytes(StandardCharsets.UTF_8), entry));
      plainTotal += plain.size();
      documents++;
      compare(stem, "pdf", plain, keys(DocumentExtractor.extractFile(stem + ".pdf", stem, pdf(text), entry)),
          pdfDiffs);
      compare(stem, "docx", plain, keys(DocumentExtractor.extractFile(stem + ".docx", stem, docx(text), entry)),
          docxDiffs);
    }
  }

  @Test
  void thePdfVersionGivesThePlainTextsObservations() {
    assertTrue(documents >= 70 && plainTotal >= 500, documents + " documents, " + plainTotal + " observations");
    assertTrue(pdfDiffs.size() <= PDF_ALLOWED_DIFFERENCES, pdfDiffs.size() + " of " + plainTotal + ":\n"
        + String.join("\n", pdfDiffs));
  }

  @Test
  void theDocxVersionGivesThePlainTextsObservations() {
    assertTrue(docxDiffs.size() <= DOCX_ALLOWED_DIFFERENCES, docxDiffs.size() + " of " + plainTotal + ":\n"
        + String.join("\n", docxDiffs));
  }

  private static void compare(String doc, String format, List<String> plain, List<String> other,
      List<String> diffs) {
    TreeMap<String, Integer> count = new TreeMap<>();
    plain.forEach(k -> count.merge(k, 1, Integer::sum));
    other.forEach(k -> count.merge(k, -1, Integer::sum));
    count.forEach((k, n) -> {
      for (int i = 0; i < Math.abs(n); i++) {
        diffs.add(doc + " " + format + (n > 0 ? " lost " : " gained ") + k);
      }
    });
  }

  private static List<String> keys(ExtractedDocument d) {
    assertTrue(d.getObservations() != null, "rejected: " + d);
    List<String> out = new ArrayList<>();
    for (Observation o : d.getObservations()) {
      out.add(String.join("|", o.getMetric(), String.valueOf(o.getValue()), o.getUnit(), o.getQualifier(),
          String.valueOf(o.getPeriodStart()), String.valueOf(o.getPeriodEnd()), o.getScope(), o.getSource()));
    }
    return out;
  }

  /** The text with characters Helvetica cannot show replaced (a space stays a space), so all versions agree. */
  private static String printable(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      String s = new String(Character.toChars(cp));
      if (cp == '\n') {
        b.append('\n');
        return;
      }
      if (cp == '\r') {
        return;
      }
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        b.append(' ');
        return;
      }
      try {
        HELVETICA.encode(s);
        b.append(s);
      } catch (IOException | IllegalArgumentException e) {
        b.append('?');
      }
    });
    return b.toString();
  }

  /**
   * The text as a printed page: 10-point Helvetica in a 470-point column, each line wrapped, a blank line a
   * paragraph gap; a line of fields apart by two or more spaces keeps each field at its place.
   */
  static byte[] pdf(String text) {
    List<List<PdfText>> pages = new ArrayList<>();
    List<PdfText> page = new ArrayList<>();
    float size = 10;
    float leading = 13;
    float top = 60;
    float bottom = 780;
    float y = top;
    for (String line : text.split("\n", -1)) {
      if (line.isBlank()) {
        y += leading;
        continue;
      }
      List<PdfText> runs = new ArrayList<>();
      if (line.strip().contains("  ")) {
        float x = 60;
        for (String field : line.strip().split("\\s{2,}")) {
          runs.add(new PdfText(x, 0, size, field));
          x += DocumentWriter.width(field, size) + 2.5f * size;
        }
        runs = List.of(runs.toArray(new PdfText[0]));
      }
      List<PdfText> wrapped = runs.isEmpty()
          ? DocumentWriter.column(List.of(line.strip()), 60, 0, 470, size, null) : runs;
      float base = wrapped.isEmpty() ? 0 : wrapped.get(0).y();
      float height = wrapped.isEmpty() ? 0 : wrapped.get(wrapped.size() - 1).y() - base + leading;
      if (y + height > bottom && !page.isEmpty()) {
        pages.add(page);
        page = new ArrayList<>();
        y = top;
      }
      for (PdfText t : wrapped) {
        page.add(new PdfText(t.x(), y + t.y() - base, size, t.text()));
      }
      y += height;
    }
    pages.add(page);
    return DocumentWriter.pdf(pages);
  }

  /** The text as a Word file: a paragraph per block of lines, the lines joined by line breaks. */
  static byte[] docx(String text) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String block : text.split("\n\\s*\n")) {
        if (block.isBlank()) {
          continue;
        }
        XWPFParagraph p = doc.createParagraph();
        String[] lines = block.strip().split("\n");
        for (int i = 0; i < lines.length; i++) {
          XWPFRun run = p.createRun();
          run.setText(lines[i]);
          if (i < lines.length - 1) {
            run.addBreak();
          }
        }
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
