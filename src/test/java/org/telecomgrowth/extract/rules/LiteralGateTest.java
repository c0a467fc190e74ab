package org.telecomgrowth.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The literal starts read off a regex: every match must start with one of them (else the phrase index skips a
 * real match), and as few regexes as possible may have none (those are tried at every word of every sentence).
 */
class LiteralGateTest {
  private static List<String> literals(String regex) {
    return LiteralGate.of(regex).literals();
  }

  @Test
  void aLookBehindReadsNoTextSoTheWordAfterItStartsTheMatch() {
    assertEquals(List.of("circuit", "international"), sorted(literals("(?<!leased\\s)(?:international\\s+)?circuits?")));
    assertEquals(List.of("sumaron"), literals("(?<![\\p{L}])sumaron"));
  }

  @Test
  void aLetterBeforeAGroupReadsOnIntoEachAlternative() {
    assertEquals(List.of("rise", "rose"), sorted(literals("r(?:o|i)se(?:n|s)?")));
    assertEquals(List.of("fall", "fell"), sorted(literals("f(?:e|a)ll(?:en|s|ing)?")));
  }

  @Test
  void aShortAlternativeOfAnOpeningGroupReadsOnIntoWhatFollows() {
    List<String> l = literals("(?:la|a)\\s+cifra");
    assertTrue(l.contains("la") && l.contains("a ") && l.contains("a\n"), l.toString());
  }

  @Test
  void aLetterThenWhiteSpaceGivesOneLiteralPerWhiteSpaceCharacter() {
    assertEquals(6, literals("a\\s+progress[ée]").size());
    assertNull(literals("a\\s*progress[ée]"), "optional white space: the letter alone is too short a start");
  }

  @Test
  void anOptionalCharacterGivesTheStartWithAndWithoutIt() {
    assertEquals(List.of("m-pesa", "mpesa"), sorted(literals("M-?Pesa")));
  }

  @Test
  void aGroupThatSetsFlagsIsReadAsAPlainGroup() {
    assertEquals(List.of("now", "today"), sorted(literals("(?iu:(?<![\\p{L}])(?:today|now)(?![\\p{L}]))")));
    // the date rules' first characters come from the same reading, in both cases
    assertEquals("tTnN", DateRules.firstCharsOf("(?iu:(?:today|now))"));
  }

  @Test
  void aRepeatedOrStarredStartHasNoLiteral() {
    assertNull(literals("(?:ab)*cd|x"));
    assertNull(literals("[0-9]+ lines"));
  }

  /** Every match of every phrase in these sentences of our own starts with one of the phrase's literals. */
  @Test
  void everyMatchStartsWithALiteral() {
    String[] regexes = {
        "(?<!leased\\s)(?:international\\s+)?circuits?", "r(?:o|i)se(?:n|s)?", "f(?:e|a)ll(?:en|s|ing)?",
        "(?:la|a)\\s+cifra(?!\\s+de)", "a\\s+progress[ée]", "M-?Pesa", "s['’]\\s*[ée]l[eè]v(?:e|ent|ait|aient)",
        "(?:ont\\s+été\\s+|a\\s+été\\s+|fueron\\s+)?(?:relev[ée]e?s?|enregistr[ée]e?s?|registrad[oa]s?)",
        "(?:usaron|usan|a\\s+utilis[ée])\\s+(?:el\\s+|l['’]\\s*)?internet", "(?iu:(?<=closed\\s)(?:the|o)\\s+period)"};
    String[] texts = {
        "Lines rose to 12,000 and circuits fell; international circuits risen; the MPesa and M-Pesa accounts.",
        "La cifra llegó a 3 millones; a\tcifra subió; le parc a progressé et s’élève à 9 millions, s'élevait.",
        "Ont été relevés 12 abonnés, fueron registrados 5 y se enregistrée; 40% a utilisé l’internet, usaron internet.",
        "The operator closed the period with 2 million; it closed o period too."};
    for (String regex : regexes) {
      Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      List<String> lits = literals(regex);
      int matches = 0;
      for (String t : texts) {
        Matcher m = p.matcher(t);
        while (m.find()) {
          matches++;
          String at = t.substring(m.start()).toLowerCase(Locale.ROOT);
          assertTrue(lits.stream().anyMatch(at::startsWith), regex + " matched '" + m.group() + "' outside " + lits);
        }
      }
      assertTrue(matches > 0, regex + " matched none of the sentences: the check would prove nothing");
    }
  }

  private static List<String> sorted(List<String> l) {
    return l.stream().sorted().toList();
  }
}
