package org.telecomgrowth.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.telecomgrowth.model.Document;

/** One input file to an {@link ExtractedDocument}: decode, lay out, split sentences, apply the rules. */
public final class DocumentExtractor {
  private DocumentExtractor() {}

  public static ExtractedDocument extractFile(String path, String docId, byte[] content, Catalog.Entry entry) {
    DocumentDecoder.Format format = DocumentDecoder.formatOf(path);
    if (format == null) {
      return ExtractedDocument.rejected(path, "unsupported file type: expected .txt, .md or .html");
    }
    DocumentDecoder.Decoded decoded = DocumentDecoder.decode(content);
    if (!decoded.ok()) {
      return ExtractedDocument.rejected(path, decoded.rejectReason());
    }
    ExtractedDocument out = new ExtractedDocument();
    Document d = new Document();
    d.setDocId(entry != null && !entry.docId().isBlank() ? entry.docId() : docId);
    d.setPath(path);
    d.setFormat(format.name().toLowerCase(java.util.Locale.ROOT));
    d.setSha256(sha256(content));
    d.setChars(decoded.text().length());
    out.setDocument(d);
    return out;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
