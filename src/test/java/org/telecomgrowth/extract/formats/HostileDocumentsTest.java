package org.telecomgrowth.extract.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.telecomgrowth.bench.DocumentWriter;
import org.telecomgrowth.extract.DocumentExtractor;
import org.telecomgrowth.extract.ExtractedDocument;

/** Broken and hostile documents: each is a reject with its reason code, never a crash or a read outside the file. */
class HostileDocumentsTest {

  private static String reason(String name, byte[] bytes) {
    return reason(name, bytes, FormatLimits.defaults());
  }

  private static String reason(String name, byte[] bytes, FormatLimits limits) {
    ExtractedDocument d = DocumentExtractor.extractFile(name, "hostile", bytes, null, limits);
    assertNotNull(d.getReject(), name + " was read: " + (d.getDocument() == null ? "" : d.getDocument().getChars()));
    String r = d.getReject().getReason();
    assertFalse(r.startsWith("extraction failed"), r);
    return r;
  }

  @Test
  void passwordProtectedPdfIsEncrypted() throws IOException {
    byte[] plain = DocumentWriter.pdf(List.of(List.of(new DocumentWriter.PdfText(60, 80, 10,
        "Mobile subscriptions reached 2.4 million in 2018."))));
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain); ByteArrayOutputStream out =
        new ByteArrayOutputStream()) {
      StandardProtectionPolicy p = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      p.setEncryptionKeyLength(128);
      doc.protect(p);
      doc.save(out);
      assertTrue(reason("locked.pdf", out.toByteArray()).startsWith(RejectReasons.ENCRYPTED + ":"));
    }
  }

  @Test
  void corruptTruncatedAndMisnamedPdfs() {
    assertTrue(reason("junk.pdf", "this is not a PDF at all".getBytes(StandardCharsets.UTF_8))
        .startsWith(RejectReasons.CORRUPT + ": not a PDF"));
    byte[] pdf = Fixtures.twoColumnPdfWithTable();
    byte[] head = Arrays.copyOf(pdf, 40);
    assertTrue(reason("cut.pdf", head).startsWith(RejectReasons.CORRUPT + ":"));
    // a truncated file is either recovered (PDFBox rebuilds the cross-reference table) or a reject: never a crash
    ExtractedDocument half = DocumentExtractor.extractFile("half.pdf", "h", Arrays.copyOf(pdf, pdf.length / 2), null);
    assertTrue(half.getReject() == null || !half.getReject().getReason().startsWith("extraction failed"));
  }

  @Test
  void pdfWithoutTextLayerIsNoTextLayer() throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.addRect(50, 50, 300, 200); // a drawing, as a scanned page is an image: no text
        cs.fill();
      }
      doc.save(out);
      assertEquals("no_text_layer: 1 page without text (scanned images; OCR is not done)",
          reason("scan.pdf", out.toByteArray()));
    }
  }

  @Test
  void tooManyPagesIsARejectBeforeAnyPageIsRead() throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int i = 0; i < 2000; i++) {
        doc.addPage(new PDPage());
      }
      doc.save(out);
      assertEquals("too_many_pages: 2000 pages, limit 1000", reason("long.pdf", out.toByteArray()));
    }
  }

  @Test
  void encryptedCorruptAndTruncatedWorkbooks() throws Exception {
    byte[] xlsx = Fixtures.workbook();
    assertTrue(reason("locked.xlsx", encrypt(xlsx)).startsWith(RejectReasons.ENCRYPTED + ":"));
    assertTrue(reason("cut.xlsx", Arrays.copyOf(xlsx, xlsx.length / 2)).startsWith(RejectReasons.CORRUPT + ":"));
    byte[] junk = "PK\u0003\u0004 then nothing a zip would hold".getBytes(StandardCharsets.ISO_8859_1);
    assertTrue(reason("junk.xlsx", junk).startsWith(RejectReasons.CORRUPT + ":"));
    assertTrue(reason("junk.xls", junk).startsWith(RejectReasons.CORRUPT + ":"));
    assertTrue(reason("cut.docx", Arrays.copyOf(Fixtures.docx(), 300)).startsWith(RejectReasons.CORRUPT + ":"));
    assertTrue(reason("locked.docx", encrypt(Fixtures.docx())).startsWith(RejectReasons.ENCRYPTED + ":"));
  }

  @Test
  void aPasswordProtectedOrTruncatedXlsIsARejectNotItsCells() throws Exception {
    byte[] locked;
    try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.createSheet("Counts").createRow(0).createCell(0).setCellValue("Lines 4321");
      org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword("opensesame");
      try {
        wb.write(out);
      } finally {
        org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
      }
      locked = out.toByteArray();
    }
    assertTrue(reason("locked.xls", locked).startsWith(RejectReasons.ENCRYPTED + ":"), reason("locked.xls", locked));
    byte[] xls = Fixtures.workbookXls();
    assertTrue(reason("cut.xls", Arrays.copyOf(xls, xls.length / 2)).startsWith(RejectReasons.CORRUPT + ":"));
  }

  @Test
  void zipBombAndUnpackedSizeAreBounded() throws IOException {
    byte[] xlsx = Fixtures.workbook();
    // a 200 MB part of one repeated byte, packed to a few hundred kilobytes
    byte[] bomb = addEntry(xlsx, "xl/media/filler.bin", 200 << 20);
    assertTrue(reason("bomb.xlsx", bomb).startsWith(RejectReasons.DECOMPRESSED_TOO_LARGE + ":"), reason("bomb.xlsx",
        bomb));
    // --max-document-mb bounds what the parts unpack to, not only the file's size
    FormatLimits small = new FormatLimits(2_000, 1000, 100_000, 1_000_000);
    assertTrue(reason("big.xlsx", xlsx, small).startsWith("decompressed_too_large: unpacks to more than 2000 bytes"));
    assertTrue(reason("big.docx", Fixtures.docx(), small).startsWith(RejectReasons.DECOMPRESSED_TOO_LARGE));
  }

  @Test
  void rowAndCellLimitsStopAStreamingSheet() {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      rows.add(List.of("Operator " + i, i));
    }
    byte[] xlsx = DocumentWriter.xlsx(List.of(new DocumentWriter.Sheet("Long", rows)));
    FormatLimits limits = new FormatLimits(64 << 20, 1000, 1000, 1_000_000);
    assertEquals("too_many_rows: more than 1000 table rows", reason("long.xlsx", xlsx, limits));
    FormatLimits cells = new FormatLimits(64 << 20, 1000, 100_000, 500);
    assertEquals("too_many_cells: more than 500 table cells", reason("wide.xlsx", xlsx, cells));
    String csv = "a,b\n".repeat(2000);
    assertEquals("too_many_rows: more than 1000 table rows", reason("long.csv",
        csv.getBytes(StandardCharsets.UTF_8), limits));
    String html = "<table><tr><td colspan=100000 rowspan=100000>x</td></tr></table>";
    assertTrue(reason("span.html", html.getBytes(StandardCharsets.UTF_8), cells).startsWith("too_many_cells"));
  }

  @Test
  void externalEntitiesAreNeverResolved() throws IOException {
    String xxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w [<!ENTITY leak SYSTEM \"file:///etc/passwd\">]>";
    byte[] docx = rewrite(Fixtures.docx(), "word/document.xml", s -> s.replaceFirst("<\\?xml[^>]*\\?>", xxe)
        .replace("Zembla opened its mobile market in 2009.", "&leak;"));
    String r = reason("xxe.docx", docx);
    assertTrue(r.startsWith(RejectReasons.EXTERNAL_ENTITY) || r.startsWith(RejectReasons.CORRUPT), r);
    assertFalse(r.contains("root:"), r);
    byte[] xlsx = rewrite(Fixtures.workbook(), "xl/worksheets/sheet1.xml", s -> s.replaceFirst("<\\?xml[^>]*\\?>",
        xxe));
    String rx = reason("xxe.xlsx", xlsx);
    assertTrue(rx.startsWith(RejectReasons.EXTERNAL_ENTITY) || rx.startsWith(RejectReasons.CORRUPT), rx);
    assertFalse(rx.contains("root:"), rx);
  }

  @Test
  void formulasAreTextNeverEvaluated() {
    String csv = "Indicator,2019\nMobile subscriptions,\"=2000+650\"\n\"=HYPERLINK(\"\"http://example.invalid\"\")\",5\n";
    ExtractedDocument d = DocumentExtractor.extractFile("inject.csv", "inject",
        csv.getBytes(StandardCharsets.UTF_8), null);
    assertNull(d.getReject());
    assertTrue(d.getObservations().stream().noneMatch(o -> o.getValue() == 2650.0), "a formula is not computed");
  }

  private static byte[] encrypt(byte[] ooxml) throws Exception {
    EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
    Encryptor enc = info.getEncryptor();
    enc.confirmPassword("zembla");
    try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(ooxml);
      }
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  private static byte[] addEntry(byte[] zip, String name, int size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        z.putNextEntry(new ZipEntry(e.getName()));
        in.transferTo(z);
        z.closeEntry();
      }
      z.putNextEntry(new ZipEntry(name));
      byte[] block = new byte[1 << 20];
      for (int i = 0; i < size / block.length; i++) {
        z.write(block);
      }
      z.closeEntry();
    }
    return out.toByteArray();
  }

  private static byte[] rewrite(byte[] zip, String entry, java.util.function.UnaryOperator<String> edit)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        z.putNextEntry(new ZipEntry(e.getName()));
        byte[] b = in.readAllBytes();
        if (e.getName().equals(entry)) {
          b = edit.apply(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        z.write(b);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
