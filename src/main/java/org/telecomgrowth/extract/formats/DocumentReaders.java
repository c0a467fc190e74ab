package org.telecomgrowth.extract.formats;

import java.util.List;
import org.telecomgrowth.extract.DocumentDecoder;
import org.telecomgrowth.extract.DocumentDecoder.Format;

/** The format dispatch: a file's bytes, by its format, to one {@link DocumentModel}, or a {@link Rejected}. */
public final class DocumentReaders {
  private DocumentReaders() {}

  /** Never throws anything but {@link Rejected} for a bad file (a reader's unexpected failure is corrupt). */
  public static DocumentModel read(Format format, byte[] bytes, FormatLimits limits) throws Rejected {
    if (bytes == null || bytes.length == 0) {
      throw new Rejected("empty file", "");
    }
    if (format.isText()) {
      DocumentDecoder.Decoded decoded = DocumentDecoder.decode(bytes);
      if (!decoded.ok()) {
        throw new Rejected(decoded.rejectReason(), "");
      }
      return switch (format) {
        case HTML -> HtmlReader.read(decoded.text(), limits);
        case CSV -> DelimitedReader.read(decoded.text(), false, limits);
        case TSV -> DelimitedReader.read(decoded.text(), true, limits);
        default -> new DocumentModel(decoded.text(), List.of(), null, List.of());
      };
    }
    try {
      return switch (format) {
        case PDF -> PdfReader.read(bytes, limits);
        case XLSX -> SpreadsheetReader.readXlsx(bytes, limits);
        case XLS -> SpreadsheetReader.readXls(bytes, limits);
        case DOCX -> DocxReader.read(bytes, limits);
        default -> throw new IllegalStateException("no reader for " + format);
      };
    } catch (RuntimeException | StackOverflowError e) {
      throw OfficeFiles.rejectFor(e, format.name());
    }
  }
}
