package org.telecomgrowth.extract;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.telecomgrowth.extract.formats.DocumentModel;
import org.telecomgrowth.extract.formats.DocumentReaders;
import org.telecomgrowth.extract.formats.FormatLimits;
import org.telecomgrowth.extract.formats.Rejected;
import org.telecomgrowth.model.Document;

/**
 * One input file to an {@link ExtractedDocument}: read it by its format into one document model (text and tables,
 * {@code extract.formats}), lay out, split sentences, apply the rules to prose and tables ({@link TableFacts}).
 */
public final class DocumentExtractor {
  private DocumentExtractor() {}

  /**
   * Never throws for bad input: a file that cannot be read, or whose extraction fails, comes back as a reject with
   * the reason, so one hostile document cannot fail the job.
   */
  public static ExtractedDocument extractFile(String path, String docId, byte[] content, Catalog.Entry entry) {
    return extractFile(path, docId, content, entry, FormatLimits.defaults());
  }

  /** As {@link #extractFile(String, String, byte[], Catalog.Entry)}, with the document's limits. */
  public static ExtractedDocument extractFile(String path, String docId, byte[] content, Catalog.Entry entry,
      FormatLimits limits) {
    try {
      return extractOrReject(path, docId, content, entry, limits);
    } catch (RuntimeException | StackOverflowError e) {
      return ExtractedDocument.rejected(path, "extraction failed: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")));
    }
  }

  private static ExtractedDocument extractOrReject(String path, String docId, byte[] content, Catalog.Entry entry,
      FormatLimits limits) {
    DocumentDecoder.Format format = DocumentDecoder.formatOf(path);
    if (format == null) {
      return ExtractedDocument.rejected(path, "unsupported file type: expected " + DocumentDecoder.EXTENSIONS);
    }
    DocumentModel model;
    try {
      model = DocumentReaders.read(format, content, limits);
    } catch (Rejected r) {
      return ExtractedDocument.rejected(path, r.reason());
    }
    ExtractedDocument out = new ExtractedDocument();
    Document d = new Document();
    d.setDocId(entry != null && !entry.docId().isBlank() ? entry.docId() : docId);
    d.setPath(path);
    d.setFormat(format.name().toLowerCase(java.util.Locale.ROOT));
    d.setSha256(sha256(content));
    d.setChars(model.text().length());

    DocumentLayout layout = DocumentLayout.of(model, format);
    String firstParagraph = layout.paragraphs().isEmpty() ? ""
        : layout.analysisText().substring(layout.paragraphs().get(0).start(), layout.paragraphs().get(0).end());
    String title = entry != null && !entry.title().isBlank() ? entry.title()
        : DocumentIdentity.title(layout.firstHeading(), firstParagraph, Catalog.fileName(path));
    String iso3 = entry != null && !entry.countryIso3().isBlank() ? entry.countryIso3()
        : DocumentIdentity.countryIso3(title, model.text());
    d.setTitle(title);
    d.setCountryIso3(iso3);
    DocumentDate documentDate = DocumentDate.of(entry, model.text(), title);
    d.setDocumentDate(documentDate.iso());

    FactExtractor.Facts facts = TableFacts.extract(d.getDocId(), layout, model, DocumentIdentity.namesOf(iso3),
        documentDate);
    d.setSentences(facts.sentences().size());
    d.setObservations(facts.observations().size());
    d.setEvents(facts.events().size());
    out.setDocument(d);
    out.setObservations(facts.observations());
    out.setEvents(facts.events());
    out.setUnresolved(facts.unresolved());
    out.setProjections(facts.projections());
    out.setNumbersWithoutMetric(facts.numbersWithoutMetric());
    return out;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
