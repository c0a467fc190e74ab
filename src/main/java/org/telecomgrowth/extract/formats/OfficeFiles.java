package org.telecomgrowth.extract.formats;

import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.telecomgrowth.extract.table.Table;

/** What the Office readers (XLSX, XLS, DOCX) share: the checks before opening a file and the reject of a failure. */
final class OfficeFiles {
  private OfficeFiles() {}

  /** A zipped Office file: an encrypted one (an OLE2 container) is a reject, a zip is checked by {@link ZipGuard}. */
  static void checkZipped(byte[] bytes, String kind, FormatLimits limits) throws Rejected {
    FileMagic magic = magic(bytes);
    if (magic == FileMagic.OLE2) {
      if (encryptedOle2(bytes)) {
        throw new Rejected(RejectReasons.ENCRYPTED, kind + " is password-protected");
      }
      throw new Rejected(RejectReasons.CORRUPT, "not an " + kind + " file (an older binary Office file under its "
          + "name)");
    }
    if (magic != FileMagic.OOXML) {
      throw new Rejected(RejectReasons.CORRUPT, "not an " + kind + " file (starts as " + magic + ")");
    }
    ZipGuard.check(bytes, limits);
  }

  static void checkOle2(byte[] bytes, String kind) throws Rejected {
    FileMagic magic = magic(bytes);
    if (magic != FileMagic.OLE2) {
      throw new Rejected(RejectReasons.CORRUPT, "not an " + kind + " file (starts as " + magic + ")");
    }
  }

  /** An encrypted OOXML file is an OLE2 container holding EncryptionInfo and the encrypted package. */
  static boolean encryptedOle2(byte[] bytes) {
    try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(
        new java.io.ByteArrayInputStream(bytes))) {
      return fs.getRoot().hasEntry("EncryptionInfo");
    } catch (java.io.IOException | RuntimeException e) {
      return false;
    }
  }

  static FileMagic magic(byte[] bytes) {
    return bytes.length < 8 ? FileMagic.UNKNOWN : FileMagic.valueOf(bytes);
  }

  /** The reject for a failure of POI on a file: encrypted, an XML DTD (XXE), or corrupt. */
  static Rejected rejectFor(Throwable e, String kind) {
    if (e instanceof Rejected r) {
      return r;
    }
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof Rejected r) {
        return r;
      }
      if (c instanceof EncryptedDocumentException) {
        return new Rejected(RejectReasons.ENCRYPTED, kind + " is password-protected");
      }
      String m = String.valueOf(c.getMessage());
      if (m.contains("DOCTYPE") || m.contains("external entit")) {
        return new Rejected(RejectReasons.EXTERNAL_ENTITY, kind + " XML declares a DTD or entity (not parsed)");
      }
      if (m.contains("Zip bomb")) {
        return new Rejected(RejectReasons.DECOMPRESSED_TOO_LARGE, kind + " part compressed beyond any document's "
            + "ratio (a zip bomb)");
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return new Rejected(RejectReasons.CORRUPT, kind + " cannot be read (" + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
  }

  static DocumentModel model(StringBuilder out, List<Table> tables, String title) throws Rejected {
    if (out.toString().isBlank()) {
      throw new Rejected(RejectReasons.EMPTY, "no text and no table cell");
    }
    return new DocumentModel(out.toString(), tables, title == null || title.isBlank() ? null : title.strip(),
        List.of());
  }
}
