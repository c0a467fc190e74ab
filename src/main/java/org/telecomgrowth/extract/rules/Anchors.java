package org.telecomgrowth.extract.rules;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a rule's regex only where a match can begin: at chosen word starts (a year's neighbourhood, a word that a
 * vocabulary phrase starts with), anchored there with {@code lookingAt}. A failed anchored attempt costs a few
 * character comparisons, where a {@code find} over the whole sentence costs a regex step per character; this is
 * what keeps the rules within the extractor's throughput budget.
 */
public final class Anchors {
  private Anchors() {}

  /** Positions where a word or number starts (a letter or digit after a non-letter, non-digit). */
  public static int[] wordStarts(String s) {
    // several rules ask for the same sentence in turn: the last answer is kept (callers do not change the array)
    return WORD_STARTS.get(s);
  }

  private static final LastSentence<int[]> WORD_STARTS = new LastSentence<>(Anchors::computeWordStarts);

  private static int[] computeWordStarts(String s) {
    int[] out = new int[16];
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, n * 2);
        }
        out[n++] = i;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /**
   * As {@link #matchAt(Pattern, String, int[], Consumer)}, trying only the starts whose character is one of
   * {@code firsts} (all of them when {@code firsts} is null), and only when {@code gate} (asked once, when
   * the first such start is found) allows; the matcher is made only when one is tried.
   */
  public static void matchAt(Pattern p, String s, int[] starts, String firsts,
      java.util.function.BooleanSupplier gate, Consumer<Matcher> sink) {
    if (firsts == null) {
      matchAt(p, s, starts, sink);
      return;
    }
    Matcher m = null;
    for (int i : starts) {
      if (firsts.indexOf(s.charAt(i)) < 0) {
        continue;
      }
      if (m == null) {
        if (!gate.getAsBoolean()) {
          return;
        }
        m = p.matcher(s);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
      }
      m.region(i, s.length());
      if (m.lookingAt()) {
        sink.accept(m);
      }
    }
  }

  /** Calls {@code sink} with each match of {@code p} that starts at one of {@code starts} (ascending). */
  public static void matchAt(Pattern p, String s, int[] starts, Consumer<Matcher> sink) {
    Matcher m = p.matcher(s);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    for (int i : starts) {
      m.region(i, s.length());
      if (m.lookingAt()) {
        sink.accept(m);
      }
    }
  }
}
