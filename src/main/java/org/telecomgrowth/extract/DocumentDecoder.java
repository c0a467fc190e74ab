package org.telecomgrowth.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Turns the bytes of an input file into document text, or says in one line why it cannot. */
public final class DocumentDecoder {
  private DocumentDecoder() {}

  /**
   * Input formats, told by the file name's extension: text formats are decoded here; the others are binary and read
   * by their reader in {@code extract.formats} (PDF, XLSX, XLS, DOCX; CSV and TSV are decoded here, then parsed).
   */
  public enum Format {
    TEXT, MARKDOWN, HTML, CSV, TSV, PDF, XLSX, XLS, DOCX;

    /** Whether the file is text to decode before its reader sees it. */
    public boolean isText() {
      return this == TEXT || this == MARKDOWN || this == HTML || this == CSV || this == TSV;
    }
  }

  /** The extensions read, for the reject of any other file. */
  public static final String EXTENSIONS = ".txt, .md, .html, .htm, .csv, .tsv, .pdf, .xlsx, .xls, .docx";

  /** Text on success, else the reject reason. */
  public record Decoded(String text, String rejectReason) {
    public boolean ok() { return rejectReason == null; }
  }

  public static Format formatOf(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    if (p.endsWith(".txt")) {
      return Format.TEXT;
    }
    if (p.endsWith(".md") || p.endsWith(".markdown")) {
      return Format.MARKDOWN;
    }
    if (p.endsWith(".html") || p.endsWith(".htm")) {
      return Format.HTML;
    }
    if (p.endsWith(".csv")) {
      return Format.CSV;
    }
    if (p.endsWith(".tsv") || p.endsWith(".tab")) {
      return Format.TSV;
    }
    if (p.endsWith(".pdf")) {
      return Format.PDF;
    }
    if (p.endsWith(".xlsx") || p.endsWith(".xlsm")) {
      return Format.XLSX;
    }
    if (p.endsWith(".xls")) {
      return Format.XLS;
    }
    if (p.endsWith(".docx") || p.endsWith(".docm")) {
      return Format.DOCX;
    }
    return null;
  }

  /**
   * UTF-8 (with or without a byte-order mark) or, when a byte-order mark says so, UTF-16 (big or little endian);
   * anything else, or bytes that look binary (a NUL byte, many control bytes), is a reject with the reason.
   */
  public static Decoded decode(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return new Decoded(null, "empty file");
    }
    if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
        || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
      boolean big = (bytes[0] & 0xff) == 0xFE;
      return decodeUtf16(bytes, big ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
    }
    int sample = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return new Decoded(null, "binary content (NUL byte at offset " + i + ")");
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    if (control > sample / 10) {
      return new Decoded(null, "binary content (" + control + " control bytes in the first " + sample + ")");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      CharBuffer out = decoder.decode(in);
      text = out.toString();
    } catch (CharacterCodingException e) {
      return new Decoded(null, "not valid UTF-8 (" + e.getMessage() + " near byte " + in.position() + ")");
    }
    return finish(text);
  }

  private static Decoded finish(String text) {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return new Decoded(null, "empty file (only white space)");
    }
    return new Decoded(text, null);
  }

  private static Decoded decodeUtf16(byte[] bytes, java.nio.charset.Charset charset) {
    String name = charset == StandardCharsets.UTF_16BE ? "UTF-16BE" : "UTF-16LE";
    ByteBuffer in = ByteBuffer.wrap(bytes, 2, bytes.length - 2);
    String text;
    try {
      text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in).toString();
    } catch (CharacterCodingException e) {
      return new Decoded(null, "not valid " + name + " (" + e.getMessage() + " near byte " + (in.position()) + ")");
    }
    int sample = Math.min(text.length(), 8192);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return new Decoded(null, "binary content (NUL character at " + i + " in " + name + " text)");
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    if (control > sample / 10) {
      return new Decoded(null, "binary content (" + control + " control characters in " + name + " text)");
    }
    return finish(text);
  }
}
