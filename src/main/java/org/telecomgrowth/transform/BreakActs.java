package org.telecomgrowth.transform;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.telecomgrowth.extract.rules.DateRules;
import org.telecomgrowth.extract.rules.EventRules;
import org.telecomgrowth.extract.rules.MetricRules;

/**
 * The acts that can break a series, read from an event's sentence: a ban (or suspension) or a launch of a named
 * service, dated at the act. The sentence is cut into clauses at ';' (a Factbook field lists several facts in one
 * sentence); a trigger of {@code extract/event_triggers.tsv} counts only when its clause names a service of
 * {@code transform/break_services.tsv}, and it takes the date nearest it within its comma-delimited part of the
 * clause (the first date after it, else the last before it), else the nearest in the clause: "service initiated in
 * 2002, suspended in 2004" is a suspension in 2004, "a ban on cell phones from 2004 to 2008" a ban spanning both.
 */
public final class BreakActs {
  private BreakActs() {}

  public static final String BAN = "ban";
  public static final String LAUNCH = "launch";

  /**
   * An act of a service: kind ban or launch; start the act's date; end the stated end of a ban that spans more than
   * one period ("from 2004 to 2008"), else null (it lasts until the service is launched again).
   */
  public record Act(String kind, String service, LocalDate start, LocalDate end) {}

  /** A service, the metric ids its acts break, and the words naming it. */
  public record Service(String name, List<String> metrics, Pattern words) {}

  public static final List<Service> SERVICES = new ArrayList<>();

  static {
    for (String[] row : MetricRules.readTsv("/transform/break_services.tsv")) {
      SERVICES.add(new Service(row[0], List.of(row[1].split(",")),
          Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + row[2] + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE)));
    }
  }

  /** The metric ids a service's acts break, comma-joined; empty for an unknown service. */
  public static String metricsOf(String service) {
    return SERVICES.stream().filter(s -> s.name().equals(service)).findFirst()
        .map(s -> String.join(",", s.metrics())).orElse("");
  }

  /** Every ban and launch of a named service in the sentence, in text order. */
  public static List<Act> find(String sentence) {
    List<Act> out = new ArrayList<>();
    if (sentence == null || sentence.isEmpty()) {
      return out;
    }
    int from = 0;
    for (int i = 0; i <= sentence.length(); i++) {
      if (i == sentence.length() || sentence.charAt(i) == ';') {
        inClause(sentence.substring(from, i), out);
        from = i + 1;
      }
    }
    return out;
  }

  private static void inClause(String clause, List<Act> out) {
    List<String> services = new ArrayList<>();
    for (Service s : SERVICES) {
      if (s.words().matcher(clause).find()) {
        services.add(s.name());
      }
    }
    if (services.isEmpty()) {
      return;
    }
    List<EventRules.Trigger> triggers = EventRules.find(clause);
    List<DateRules.DateMention> dates = DateRules.find(clause).stream().filter(d -> !d.relative()).toList();
    if (dates.isEmpty()) {
      return;
    }
    for (EventRules.Trigger t : triggers) {
      String kind = kindOf(t, triggers, clause);
      if (kind == null) {
        continue;
      }
      DateRules.DateMention d = dateOf(t, dates, clause);
      boolean spans = ChronoUnit.DAYS.between(d.from(), d.to()) > 366;
      for (String s : services) {
        Act act = new Act(kind, s, d.from(), BAN.equals(kind) && spans ? d.to() : null);
        if (!out.contains(act)) {
          out.add(act);
        }
      }
    }
  }

  // "lifted the ban", "ended its ban": the launch trigger just before the word ban makes it an end, not a ban.
  private static final Pattern ENDS_A_BAN = Pattern.compile("(?i)(?:lift\\w*|repeal\\w*|end(?:ed)?)\\s+(?:the\\s+|a\\s+"
      + "|its\\s+)?$");

  /** ban, launch, or null for a trigger of another category or a ban word that is part of ending a ban. */
  private static String kindOf(EventRules.Trigger t, List<EventRules.Trigger> all, String clause) {
    if (BAN.equals(t.category())) {
      boolean inLaunch = all.stream().anyMatch(o -> o != t && LAUNCH.equals(o.category())
          && o.start() <= t.start() && o.end() >= t.end());
      if (inLaunch || ENDS_A_BAN.matcher(clause.substring(Math.max(0, t.start() - 20), t.start())).find()) {
        return null;
      }
      return BAN;
    }
    return LAUNCH.equals(t.category()) ? LAUNCH : null;
  }

  /** The date of the act: nearest the trigger within its comma-delimited part, else nearest in the clause. */
  private static DateRules.DateMention dateOf(EventRules.Trigger t, List<DateRules.DateMention> dates,
      String clause) {
    int partStart = 0;
    int partEnd = clause.length();
    for (int i = t.start() - 1; i >= 0; i--) {
      if (clause.charAt(i) == ',' && !inside(i, dates)) {
        partStart = i + 1;
        break;
      }
    }
    for (int i = t.end(); i < clause.length(); i++) {
      if (clause.charAt(i) == ',' && !inside(i, dates)) {
        partEnd = i;
        break;
      }
    }
    for (DateRules.DateMention d : dates) {
      if (d.start() >= t.end() && d.end() <= partEnd) {
        return d;
      }
    }
    DateRules.DateMention before = null;
    for (DateRules.DateMention d : dates) {
      if (d.end() <= t.start() && d.start() >= partStart) {
        before = d;
      }
    }
    if (before != null) {
      return before;
    }
    DateRules.DateMention nearest = dates.get(0);
    for (DateRules.DateMention d : dates) {
      if (distance(d, t) < distance(nearest, t)) {
        nearest = d;
      }
    }
    return nearest;
  }

  private static int distance(DateRules.DateMention d, EventRules.Trigger t) {
    return d.start() >= t.end() ? d.start() - t.end() : Math.max(0, t.start() - d.end());
  }

  private static boolean inside(int i, List<DateRules.DateMention> dates) {
    return dates.stream().anyMatch(d -> d.start() <= i && i < d.end());
  }
}
