package org.telecomgrowth.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Sentence boundaries inside a paragraph: the JDK's {@link BreakIterator} (Unicode sentence rules, ~250 MB/s),
 * then a merge of the pieces it cuts after an abbreviation ("U.S.", "Jan.", "Co.") or before a lower-case word.
 * The abbreviation list is data: {@code extract/abbreviations.txt}.
 */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS = loadAbbreviations();

  private static final java.util.regex.Pattern CITED_END = java.util.regex.Pattern.compile(
      "(?<=\\.)((?:\\[\\d{1,3}\\])+)\\s+(?=\\p{Lu})");

  private SentenceSplitter() {}

  private static Set<String> loadAbbreviations() {
    Set<String> out = new HashSet<>();
    try (InputStream in = SentenceSplitter.class.getResourceAsStream("/extract/abbreviations.txt")) {
      if (in == null) {
        throw new IllegalStateException("resource extract/abbreviations.txt is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Sentence spans [start, end) of {@code text} within [from, to), trimmed of white space. */
  public static List<int[]> split(String text, int from, int to) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.US);
    String para = text.substring(from, to);
    it.setText(para);
    List<int[]> raw = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(para.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(para.charAt(e - 1))) {
        e--;
      }
      if (s < e) {
        // "... in 2021.[8] The number of mobile phones": a full stop, then a citation marker, then the next
        // sentence, which the break iterator does not see
        int piece = s;
        if (para.indexOf(".[", s) >= 0 && para.indexOf(".[", s) < e) {
          Matcher c = CITED_END.matcher(para).region(s, e);
          while (c.find()) {
            raw.add(new int[] {piece, c.end(1)});
            piece = c.end();
          }
        }
        raw.add(new int[] {piece, e});
      }
    }
    List<int[]> merged = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      int[] piece = raw.get(i);
      if (!merged.isEmpty()) {
        int[] prev = merged.get(merged.size() - 1);
        if (endsWithAbbreviation(para, prev[0], prev[1]) || startsLowerCase(para, piece[0])
            || numberedList(para, prev, piece, i + 1 < raw.size() ? raw.get(i + 1) : null)) {
          prev[1] = piece[1];
          continue;
        }
      }
      merged.add(piece);
    }
    List<int[]> out = new ArrayList<>();
    for (int[] m : merged) {
      cap(para, m[0], m[1], out);
    }
    for (int[] m : out) {
      m[0] += from;
      m[1] += from;
    }
    return out;
  }

  /**
   * Longest span treated as one sentence. Longer runs without a sentence end (tables flattened to text, lists,
   * hostile input) are cut at white space, which bounds the rules' work per sentence.
   */
  static final int MAX_SENTENCE_CHARS = 1000;

  private static void cap(String para, int start, int end, List<int[]> out) {
    int s = start;
    while (end - s > MAX_SENTENCE_CHARS) {
      int cut = s + MAX_SENTENCE_CHARS;
      while (cut > s + MAX_SENTENCE_CHARS / 2 && !Character.isWhitespace(para.charAt(cut))) {
        cut--;
      }
      if (!Character.isWhitespace(para.charAt(cut))) {
        cut = s + MAX_SENTENCE_CHARS; // no white space near the limit: cut inside the word
      }
      int e = cut;
      while (e > s && Character.isWhitespace(para.charAt(e - 1))) {
        e--;
      }
      out.add(new int[] {s, e});
      s = cut;
      while (s < end && Character.isWhitespace(para.charAt(s))) {
        s++;
      }
    }
    if (s < end) {
      out.add(new int[] {s, end});
    }
  }

  // "... 3. Uso de computadora 4. Uso del Internet 5. ...": a piece ending on the number of the next item of a list
  private static final java.util.regex.Pattern ENUMERATOR_END = java.util.regex.Pattern.compile("(?:^|\\s)\\d{1,2}\\.$");

  /**
   * Whether {@code prev} ends on the number of a numbered list's next item ("Contenido 1. Ficha técnica 2.
   * Equipamiento del hogar 3."), the piece before or after it doing the same: the list is one run of text.
   */
  private static boolean numberedList(String para, int[] prev, int[] piece, int[] next) {
    if (!ENUMERATOR_END.matcher(para).region(prev[0], prev[1]).find()) {
      return false;
    }
    return ENUMERATOR_END.matcher(para).region(piece[0], piece[1]).find()
        || next != null && ENUMERATOR_END.matcher(para).region(next[0], next[1]).find();
  }

  private static boolean startsLowerCase(String s, int i) {
    return Character.isLowerCase(s.codePointAt(i));
  }

  private static boolean endsWithAbbreviation(String s, int start, int end) {
    if (end - start < 2 || s.charAt(end - 1) != '.') {
      return false;
    }
    int i = end - 1;
    while (i > start && !Character.isWhitespace(s.charAt(i - 1)) && s.charAt(i - 1) != '(') {
      i--;
    }
    String token = s.substring(i, end).toLowerCase(Locale.ROOT);
    if (ABBREVIATIONS.contains(token)) {
      return true;
    }
    // an initial: "J." in "J. Smith"
    return token.length() == 2 && Character.isLetter(token.charAt(0)) && Character.isUpperCase(s.charAt(i));
  }
}
