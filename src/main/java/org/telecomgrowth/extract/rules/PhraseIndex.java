package org.telecomgrowth.extract.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many phrase regexes tried at once. Each phrase is split into its top-level alternatives, and each alternative
 * is filed under the first two letters of the literals it starts with (see {@link LiteralGate}), so a word start
 * costs one array lookup and only the alternatives that can begin there are attempted, anchored
 * ({@code lookingAt}), in the phrase's order: the first that matches is the phrase's match there, as the whole
 * alternation's would be. Phrases with an alternative that has no literal start are attempted whole at every word
 * start.
 */
final class PhraseIndex {
  /** One top-level alternative of a phrase, compiled as the phrase is, and the literals it starts with. */
  private record Alternative(int id, Pattern pattern, String[] literals) {}

  private final List<Pattern> patterns = new ArrayList<>();
  private final List<Alternative[]> alternatives = new ArrayList<>(); // per phrase; null: attempted whole
  private final List<Integer> everywhere = new ArrayList<>();
  private int alternativeCount;
  // for keys of two ASCII characters, indexed by c0 * 128 + c1: the phrases with an alternative starting with the
  // key, in the order they were added, and for each of them those alternatives (literals narrowed to the key)
  private final int[][] asciiKeys = new int[128 * 128][];
  private final Alternative[][][] asciiKeyAlternatives = new Alternative[128 * 128][][];
  // the same for keys with a character beyond ASCII
  private final Map<String, int[]> otherKeys = new HashMap<>();
  private final Map<String, Alternative[][]> otherKeyAlternatives = new HashMap<>();

  /**
   * Adds a phrase: {@code compile} makes the pattern of a regex (the phrase's, or one of its alternatives', with
   * the same boundaries and flags); returns the phrase's index.
   */
  int add(Function<String, Pattern> compile, String regex) {
    int id = patterns.size();
    patterns.add(compile.apply(regex));
    List<String> parts = LiteralGate.splitTopLevel(regex);
    List<Alternative> alts = new ArrayList<>();
    for (String part : parts) {
      List<String> lits = LiteralGate.of(part).literals();
      if (lits == null) {
        alts = null;
        break;
      }
      alts.add(new Alternative(alternativeCount++, compile.apply(part), lits.toArray(new String[0])));
    }
    if (alts == null) {
      alternatives.add(null);
      everywhere.add(id);
      return id;
    }
    alternatives.add(alts.toArray(new Alternative[0]));
    Map<String, List<Alternative>> byKey = new java.util.LinkedHashMap<>();
    for (Alternative a : alts) {
      for (String l : a.literals()) {
        List<Alternative> list = byKey.computeIfAbsent(l.substring(0, 2), k -> new ArrayList<>());
        if (!list.contains(a)) {
          list.add(a);
        }
      }
    }
    for (Map.Entry<String, List<Alternative>> e : byKey.entrySet()) {
      String key = e.getKey();
      Alternative[] narrowed = e.getValue().stream().map(a -> new Alternative(a.id(), a.pattern(),
          java.util.Arrays.stream(a.literals()).filter(l -> l.startsWith(key)).toArray(String[]::new)))
          .toArray(Alternative[]::new);
      char c0 = key.charAt(0);
      char c1 = key.charAt(1);
      if (c0 < 128 && c1 < 128) {
        int k = c0 * 128 + c1;
        asciiKeys[k] = append(asciiKeys[k], id);
        asciiKeyAlternatives[k] = append(asciiKeyAlternatives[k], narrowed);
      } else {
        otherKeys.put(key, append(otherKeys.get(key), id));
        otherKeyAlternatives.put(key, append(otherKeyAlternatives.get(key), narrowed));
      }
    }
    return id;
  }

  /** How many phrases have an alternative without a literal start, and so are attempted at every word start. */
  int attemptedEverywhere() {
    return everywhere.size();
  }

  private static int[] append(int[] a, int x) {
    int[] out = a == null ? new int[1] : java.util.Arrays.copyOf(a, a.length + 1);
    out[out.length - 1] = x;
    return out;
  }

  private static Alternative[][] append(Alternative[][] a, Alternative[] x) {
    Alternative[][] out = a == null ? new Alternative[1][] : java.util.Arrays.copyOf(a, a.length + 1);
    out[out.length - 1] = x;
    return out;
  }

  /** Calls {@code sink} with each match (and the phrase index) that starts at a word start of {@code s}. */
  void matches(String s, ObjIntConsumer<Matcher> sink) {
    String lower = LiteralGate.lower(s);
    boolean aligned = lower.length() == s.length();
    // the matchers of this thread's previous call, reset to this sentence as they are needed
    Reusable r = reusable.get();
    for (int i : Anchors.wordStarts(s)) {
      if (aligned && i + 2 <= lower.length()) {
        char c0 = lower.charAt(i);
        char c1 = lower.charAt(i + 1);
        int[] keyed;
        Alternative[][] keyedAlternatives;
        if (c0 < 128 && c1 < 128) {
          keyed = asciiKeys[c0 * 128 + c1];
          keyedAlternatives = asciiKeyAlternatives[c0 * 128 + c1];
        } else {
          String key = lower.substring(i, i + 2);
          keyed = otherKeys.get(key);
          keyedAlternatives = otherKeyAlternatives.get(key);
        }
        if (keyed != null) {
          for (int j = 0; j < keyed.length; j++) {
            for (Alternative a : keyedAlternatives[j]) {
              if (startsWithAny(lower, i, a.literals())
                  && attempt(r.altMatchers, r.altInputs, a.id(), a.pattern(), s, i, keyed[j], sink)) {
                break; // the first alternative that matches is the phrase's match here
              }
            }
          }
        }
      }
      if (aligned) {
        for (int id : everywhere) {
          attempt(r.matchers, r.inputs, id, patterns.get(id), s, i, id, sink);
        }
      } else {
        for (int id = 0; id < patterns.size(); id++) {
          attempt(r.matchers, r.inputs, id, patterns.get(id), s, i, id, sink);
        }
      }
    }
  }

  private static boolean startsWithAny(String lower, int i, String[] lits) {
    for (String l : lits) {
      if (lower.startsWith(l, i)) {
        return true;
      }
    }
    return false;
  }

  /** One thread's matchers (made when first needed) and the sentence each was last reset to. */
  private final class Reusable {
    final Matcher[] matchers = new Matcher[patterns.size()];
    final String[] inputs = new String[patterns.size()];
    final Matcher[] altMatchers = new Matcher[alternativeCount];
    final String[] altInputs = new String[alternativeCount];
  }

  private final ThreadLocal<Reusable> reusable = ThreadLocal.withInitial(Reusable::new);

  private static boolean attempt(Matcher[] matchers, String[] inputs, int slot, Pattern p, String s, int i,
      int phrase, ObjIntConsumer<Matcher> sink) {
    Matcher m = matchers[slot];
    if (m == null) {
      m = p.matcher(s);
      m.useTransparentBounds(true);
      m.useAnchoringBounds(false);
      matchers[slot] = m;
      inputs[slot] = s;
    } else if (inputs[slot] != s) {
      m.reset(s); // keeps the transparent, non-anchoring bounds
      inputs[slot] = s;
    }
    m.region(i, s.length());
    if (m.lookingAt()) {
      sink.accept(m, phrase);
      return true;
    }
    return false;
  }
}
