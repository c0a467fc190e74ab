package org.telecomgrowth.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event dimension: words that make a dated sentence a happening, each with a category (launch, ban,
 * agreement, link, policy, service), read from {@code extract/event_triggers.tsv}; earlier lines of that file win
 * when a date has triggers of several categories.
 */
public final class EventRules {
  private EventRules() {}

  /** A trigger word at [start, end) with its category and its priority (lower wins). */
  public record Trigger(int start, int end, String category, int priority) {}

  private record Entry(String category, Pattern pattern, int priority) {}

  private static final List<Entry> TRIGGERS = new ArrayList<>();
  private static final PhraseIndex INDEX = new PhraseIndex();
  private static final Pattern NAMING = Pattern.compile("\\b(?:known\\s+as|called|named|dubbed|branded(?:\\s+as)?)\\b",
      Pattern.CASE_INSENSITIVE);

  static {
    int p = 0;
    for (String[] row : MetricRules.readTsv("/extract/event_triggers.tsv")) {
      TRIGGERS.add(new Entry(row[0], trigger(row[1]), p++));
      INDEX.add(EventRules::trigger, row[1]);
    }
  }

  /** A trigger regex as a whole-word, case-insensitive pattern. */
  private static Pattern trigger(String regex) {
    return Pattern.compile("(?<![\\p{L}])(?:" + regex + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
  }

  public static List<Trigger> find(String s) {
    List<Trigger> out = new ArrayList<>();
    INDEX.matches(s, (m, id) -> {
      Entry e = TRIGGERS.get(id);
      out.add(new Trigger(m.start(), m.end(), e.category(), e.priority()));
    });
    return out;
  }

  /** A sentence that names what the previous sentence dated ("The service, known as Manbang, ..."). */
  public static boolean names(String s) {
    return LiteralGate.containsAny(s, 0, s.length(), "known", "called", "named", "dubbed", "branded")
        && NAMING.matcher(s).find();
  }
}
