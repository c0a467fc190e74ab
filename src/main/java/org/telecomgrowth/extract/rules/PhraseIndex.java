package org.telecomgrowth.extract.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjIntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many phrase regexes tried at once: each is filed under the first two letters of the literals it starts with
 * (see {@link LiteralGate}), so a word start costs one map lookup and only the phrases that can begin there are
 * attempted, anchored ({@code lookingAt}). Phrases with no literal start are attempted at every word start.
 */
final class PhraseIndex {
  private final List<Pattern> patterns = new ArrayList<>();
  private final List<List<String>> literals = new ArrayList<>();
  private final Map<String, List<Integer>> byKey = new HashMap<>();
  private final List<Integer> everywhere = new ArrayList<>();
  // byKey for keys of two ASCII characters, indexed by c0 * 128 + c1 (no substring per word start)
  private final int[][] asciiKeys = new int[128 * 128][];
  // for asciiKeys[k][j]: the literals of that phrase that start with key k (the others cannot start there)
  private final String[][][] asciiKeyLiterals = new String[128 * 128][][];

  /** Adds a phrase; returns its index. */
  int add(Pattern pattern, String regex) {
    int id = patterns.size();
    patterns.add(pattern);
    List<String> lits = LiteralGate.of(regex).literals();
    literals.add(lits);
    if (lits == null) {
      everywhere.add(id);
    } else {
      for (String l : lits) {
        List<Integer> ids = byKey.computeIfAbsent(l.substring(0, 2), k -> new ArrayList<>());
        if (!ids.contains(id)) {
          ids.add(id);
          char c0 = l.charAt(0);
          char c1 = l.charAt(1);
          if (c0 < 128 && c1 < 128) {
            int k = c0 * 128 + c1;
            asciiKeys[k] = ids.stream().mapToInt(Integer::intValue).toArray();
            String key = l.substring(0, 2);
            asciiKeyLiterals[k] = ids.stream().map(x -> literals.get(x).stream().filter(y -> y.startsWith(key))
                .toArray(String[]::new)).toArray(String[][]::new);
          }
        }
      }
    }
    return id;
  }

  /** Calls {@code sink} with each match (and the phrase index) that starts at a word start of {@code s}. */
  void matches(String s, ObjIntConsumer<Matcher> sink) {
    String lower = LiteralGate.lower(s);
    boolean aligned = lower.length() == s.length();
    // the matchers of this thread's previous call, reset to this sentence as they are needed
    Matcher[] matchers = reusable.get();
    String[] inputs = reusableInputs.get();
    for (int i : Anchors.wordStarts(s)) {
      if (aligned && i + 2 <= lower.length()) {
        char c0 = lower.charAt(i);
        char c1 = lower.charAt(i + 1);
        if (c0 < 128 && c1 < 128) {
          int[] keyed = asciiKeys[c0 * 128 + c1];
          if (keyed != null) {
            String[][] keyedLiterals = asciiKeyLiterals[c0 * 128 + c1];
            for (int j = 0; j < keyed.length; j++) {
              if (startsWithAny(lower, i, keyedLiterals[j])) {
                attempt(matchers, inputs, keyed[j], s, i, sink);
              }
            }
          }
        } else {
          List<Integer> keyed = byKey.get(lower.substring(i, i + 2));
          if (keyed != null) {
            for (int id : keyed) {
              if (startsWithAny(lower, i, literals.get(id))) {
                attempt(matchers, inputs, id, s, i, sink);
              }
            }
          }
        }
      }
      for (int id : aligned ? everywhere : allIds()) {
        attempt(matchers, inputs, id, s, i, sink);
      }
    }
  }

  private List<Integer> allIds() {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < patterns.size(); i++) {
      all.add(i);
    }
    return all;
  }

  private static boolean startsWithAny(String lower, int i, String[] lits) {
    for (String l : lits) {
      if (lower.startsWith(l, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(String lower, int i, List<String> lits) {
    for (String l : lits) {
      if (lower.startsWith(l, i)) {
        return true;
      }
    }
    return false;
  }

  private final ThreadLocal<Matcher[]> reusable = ThreadLocal.withInitial(() -> new Matcher[patterns.size()]);
  private final ThreadLocal<String[]> reusableInputs = ThreadLocal.withInitial(() -> new String[patterns.size()]);

  private void attempt(Matcher[] matchers, String[] inputs, int id, String s, int i, ObjIntConsumer<Matcher> sink) {
    Matcher m = matchers[id];
    if (m == null) {
      m = patterns.get(id).matcher(s);
      m.useTransparentBounds(true);
      m.useAnchoringBounds(false);
      matchers[id] = m;
      inputs[id] = s;
    } else if (inputs[id] != s) {
      m.reset(s); // keeps the transparent, non-anchoring bounds
      inputs[id] = s;
    }
    m.region(i, s.length());
    if (m.lookingAt()) {
      sink.accept(m, id);
    }
  }
}
