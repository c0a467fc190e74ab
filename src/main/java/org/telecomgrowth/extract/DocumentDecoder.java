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

  /** Input formats, told by the file name's extension. */
  public enum Format { TEXT, MARKDOWN, HTML }

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
    return null;
  }

  public static Decoded decode(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return new Decoded(null, "empty file");
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
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return new Decoded(null, "empty file (only white space)");
    }
    return new Decoded(text, null);
  }
}
