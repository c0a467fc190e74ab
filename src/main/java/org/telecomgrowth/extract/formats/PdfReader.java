package org.telecomgrowth.extract.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.telecomgrowth.extract.table.Table;

/**
 * PDF with a text layer, with Apache PDFBox: each page's glyphs with their positions are laid out again here
 * ({@link PdfPageLayout}) so that text comes in reading order (a two-column page left column first), and runs of
 * lines whose cells align in columns and hold figures become {@link Table}s ({@code page 4 table 1}). Pages are
 * recorded as spans of the text, so an observation knows its page. A paragraph's lines are joined into one line
 * (line breaks in a PDF are typesetting), a page-number line at the top or bottom of a page is dropped, and a
 * paragraph broken by a page break is joined again.
 *
 * <p>Password-protected files, files with more than {@link FormatLimits#maxPages()} pages and files without any text
 * (scanned pages: no OCR here) are rejects; PDFBox's own memory is bounded by the decompressed-size limit.
 */
public final class PdfReader {
  private PdfReader() {}

  /** The most glyphs kept for one page; a page beyond it is a reject (no real page holds 200,000 characters). */
  static final int MAX_GLYPHS_PER_PAGE = 200_000;

  public static DocumentModel read(byte[] bytes, FormatLimits limits) throws Rejected {
    if (!startsAsPdf(bytes)) {
      throw new Rejected(RejectReasons.CORRUPT, "not a PDF file (no %PDF header)");
    }
    PDDocument doc;
    try {
      doc = Loader.loadPDF(bytes, "", null, null,
          MemoryUsageSetting.setupMainMemoryOnly(limits.maxDecompressedBytes()).streamCache);
    } catch (InvalidPasswordException e) {
      throw new Rejected(RejectReasons.ENCRYPTED, "PDF needs a password");
    } catch (IOException | RuntimeException e) {
      throw new Rejected(RejectReasons.CORRUPT, "PDF cannot be parsed (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }
    try (doc) {
      int pages = doc.getNumberOfPages();
      if (pages == 0) {
        throw new Rejected(RejectReasons.CORRUPT, "PDF has no readable page");
      }
      if (pages > limits.maxPages()) {
        throw new Rejected(RejectReasons.TOO_MANY_PAGES, pages + " pages, limit " + limits.maxPages());
      }
      Collector c = new Collector(new Budget(limits));
      c.getText(doc);
      if (c.failure != null) {
        throw c.failure;
      }
      if (c.glyphs == 0) {
        throw new Rejected(RejectReasons.NO_TEXT_LAYER, pages + (pages == 1 ? " page" : " pages")
            + " without text (scanned images; OCR is not done)");
      }
      String title = doc.getDocumentInformation() == null ? null : doc.getDocumentInformation().getTitle();
      return new DocumentModel(c.out.toString(), c.tables, title == null || title.isBlank() ? null : title.strip(),
          c.pages);
    } catch (IOException | RuntimeException e) {
      throw new Rejected(RejectReasons.CORRUPT, "PDF cannot be read (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + ")");
    }
  }

  private static boolean startsAsPdf(byte[] bytes) {
    int n = Math.min(bytes.length, 1024);
    return new String(bytes, 0, n, StandardCharsets.ISO_8859_1).contains("%PDF-");
  }

  /** Collects each page's glyphs (PDFBox calls processTextPosition) and lays the page out when it ends. */
  private static final class Collector extends PDFTextStripper {
    final StringBuilder out = new StringBuilder();
    final List<Table> tables = new ArrayList<>();
    final List<int[]> pages = new ArrayList<>();
    final Budget budget;
    List<PdfPageLayout.Glyph> page = new ArrayList<>();
    long glyphs;
    Rejected failure;
    PdfPageLayout.Line previousLast;
    boolean previousEndedInProse;
    float previousRight;

    Collector(Budget budget) {
      this.budget = budget;
      setSortByPosition(false);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
      if (page.size() >= MAX_GLYPHS_PER_PAGE) {
        if (failure == null) {
          failure = new Rejected(RejectReasons.TOO_MANY_CELLS, "a page with more than " + MAX_GLYPHS_PER_PAGE
              + " characters");
        }
        return;
      }
      String u = t.getUnicode();
      if (u == null || u.isBlank() || t.getDir() != 0f) {
        return; // spaces are told by the gaps; rotated text (margin notes, axis labels) is not body text
      }
      page.add(new PdfPageLayout.Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
          Math.max(t.getHeightDir(), 1f), Math.max(t.getFontSizeInPt(), 1f), u));
    }

    @Override
    protected void writePage() {
      int pageNo = getCurrentPageNo();
      glyphs += page.size();
      if (failure == null) {
        try {
          float width = getCurrentPage() == null || getCurrentPage().getCropBox() == null ? Float.NaN
              : getCurrentPage().getCropBox().getWidth();
          PdfPageLayout.Laid laid = PdfPageLayout.lay(page, pageNo, budget, width);
          appendPage(laid, pageNo);
        } catch (Rejected r) {
          failure = r;
        }
      }
      page = new ArrayList<>();
    }

    private void appendPage(PdfPageLayout.Laid laid, int pageNo) {
      List<PdfPageLayout.Block> blocks = new ArrayList<>(laid.blocks());
      // the previous page's last line was wrapped (the next word did not fit) and this page goes on in lower case
      boolean proseGoesOn = !out.isEmpty() && !blocks.isEmpty() && blocks.get(0).table() == null
          && previousEndedInProse && !endsSentence(out);
      boolean continues = proseGoesOn && startsLower(blocks.get(0).lines().get(0)) && previousLast != null
          && laid.first() != null && PdfPageLayout.wraps(previousLast, laid.first(), previousRight);
      // lines that end no sentence (a list, rows of a table of one cell a line) go on across the page break
      boolean nextLine = proseGoesOn && !continues;
      previousLast = laid.last();
      previousRight = laid.right();
      previousEndedInProse = !blocks.isEmpty() && blocks.get(blocks.size() - 1).table() == null;
      int start;
      if (continues || nextLine) {
        // a paragraph broken by the page break: its next line follows on this page
        while (out.charAt(out.length() - 1) == '\n') {
          out.setLength(out.length() - 1);
        }
        out.append(continues ? ' ' : '\n');
        start = out.length();
      } else {
        TableText.blankLine(out);
        start = out.length();
      }
      int tableNo = 0;
      for (int b = 0; b < blocks.size(); b++) {
        PdfPageLayout.Block block = blocks.get(b);
        if (block.table() != null) {
          tableNo++;
          String id = "page " + pageNo + " table " + tableNo;
          PdfPageLayout.TableRows tr = block.table();
          tables.add(TableText.append(out, id, tr.caption(), tr.notes(), tr.grid(TableBuilder.rowCol(id)),
              tr.headerRows(), tr.headerCols(), ""));
        } else {
          if (b > 0 || !(continues || nextLine)) {
            TableText.blankLine(out);
          }
          // a paragraph's lines of text (the layout joined the lines the typesetting wrapped: a wrapped line ending
          // in "approx." or "Inc." does not end the paragraph), the author's line breaks kept: a list printed to
          // PDF keeps one item a line
          for (int l = 0; l < block.lines().size(); l++) {
            out.append(l == 0 ? "" : "\n").append(block.lines().get(l).strip());
          }
          out.append('\n');
        }
      }
      pages.add(new int[] {continues ? start : start, out.length()});
    }

    private static boolean endsSentence(StringBuilder out) {
      int i = out.length() - 1;
      while (i >= 0 && Character.isWhitespace(out.charAt(i))) {
        i--;
      }
      while (i >= 0 && "\"'”’)]»".indexOf(out.charAt(i)) >= 0) {
        i--;
      }
      return i < 0 || ".!?:|".indexOf(out.charAt(i)) >= 0;
    }

    private static boolean startsLower(String line) {
      return !line.isEmpty() && (Character.isLowerCase(line.codePointAt(0)) || Character.isDigit(line.charAt(0)));
    }
  }
}
