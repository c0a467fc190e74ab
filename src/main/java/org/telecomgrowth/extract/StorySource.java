package org.telecomgrowth.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telecomgrowth.extract.rules.SourceRules;

/**
 * The source a news story's lead gives its figures: the one authority (a regulator, ministry, statistics office,
 * central bank or union, by its name or by the words that describe it right before it) named in the first
 * paragraphs ("LA PAZ - The telecommunications regulator ATT said on Monday ...") holds for the story's later figures
 * in the same section that name no source. Two authorities, none, a field ("Internet users: 77% ... according to the
 * ministry") or an operator speaking of its own figures ("Telenor said it had 18 million customers") give none.
 */
final class StorySource {
  static final int LEAD_PARAGRAPHS = 4;

  // the lower-case words right before a name that describe it ("the telecommunications regulator ATT")
  private static final Pattern DESCRIPTION_BEFORE = Pattern.compile("(?:(?-i:\\p{Ll})[\\p{L}'’-]*\\s+){1,5}$");

  private final List<String> names = new ArrayList<>();
  private String section; // where the lead named it: it holds there, not in an article's other sections

  /** Whether the paragraph (counted from 0) is part of the lead whose sources a story keeps. */
  static boolean isLead(int paragraphNumber, DocumentLayout.Paragraph p) {
    return paragraphNumber < LEAD_PARAGRAPHS && p.field() == null;
  }

  /** Notes a source the lead's sentence {@code s} names, when it is an authority. */
  void note(String s, SourceRules.Source named, DocumentLayout.Paragraph p) {
    if (!isAuthority(s, named)) {
      return;
    }
    add(named.name());
    section = section == null ? p.section() : section;
  }

  /** The story's source for a figure of paragraph {@code p} that names none, or "". */
  String sourceFor(DocumentLayout.Paragraph p) {
    return names.size() == 1 && Objects.equals(p.section(), section) && p.field() == null ? names.get(0) : "";
  }

  /**
   * Whether a source is an authority: its name or the words just before it in its sentence say so ("the
   * telecommunications regulator ATT said", "Agência Nacional de Telecomunicações (Anatel)"); an operator
   * ("EriTel, the state operator, reported", "Telenor said") speaks for its own figures only.
   */
  private static boolean isAuthority(String s, SourceRules.Source named) {
    if (SourceRules.AUTHORITY.matcher(named.name()).find()) {
      return true;
    }
    int at = s.indexOf(named.name(), Math.max(0, Math.min(s.length(), named.start())));
    if (at < 0) {
      return false;
    }
    Matcher d = DESCRIPTION_BEFORE.matcher(s).region(Math.max(0, at - 60), at);
    return d.find() && SourceRules.AUTHORITY.matcher(d.group()).find();
  }

  /**
   * Adds a name; one that names the same organisation as a listed one ("Osiptel" and "Organismo Supervisor de
   * Inversión Privada en Telecomunicaciones (Osiptel)") keeps the longer name once.
   */
  private void add(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < names.size(); i++) {
      String o = names.get(i).toLowerCase(Locale.ROOT);
      if (o.contains(n)) {
        return;
      }
      if (n.contains(o)) {
        names.set(i, name);
        return;
      }
    }
    names.add(name);
  }
}
