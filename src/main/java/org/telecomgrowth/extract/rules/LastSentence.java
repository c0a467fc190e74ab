package org.telecomgrowth.extract.rules;

import java.util.function.Function;

/**
 * The answer a rule computed for the last sentence it was asked about, kept because the extractor asks about one
 * sentence many times in a row (once per figure, once per rule); a different sentence (by identity) computes anew.
 * A race between threads only costs a recomputation: the sentence and its answer are replaced together.
 */
final class LastSentence<T> {
  private record Entry<T>(String s, T answer) {}

  private volatile Entry<T> last;
  private final Function<String, T> compute;

  LastSentence(Function<String, T> compute) {
    this.compute = compute;
  }

  T get(String s) {
    Entry<T> e = last;
    if (e != null && e.s() == s) {
      return e.answer();
    }
    T answer = compute.apply(s);
    last = new Entry<>(s, answer);
    return answer;
  }
}
