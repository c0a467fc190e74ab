package org.telecomgrowth.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentIdentityTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Telecommunications in Cuba|CUB",
      "Telecommunications in North Korea|PRK",
      "Telecommunications in South Korea|KOR",
      "Telecommunications in South Sudan|SSD",
      "Telecommunications in Sudan|SDN",
      "Telecommunications in Niger|NER",
      "Telecommunications in Nigeria|NGA",
      "Telecommunications in Myanmar|MMR",
      "Telecommunications in Burma|MMR",
      "Telecommunications in the United States|USA"})
  void countryFromTitle(String title, String iso3) {
    assertEquals(iso3, DocumentIdentity.countryIso3(title, ""));
  }

  @Test
  void oneScanOverTheWordsCountsEveryCountryNameAsOnePatternPerNameDoes() {
    String text = "South Sudan split from Sudan; Sudanese roaming reached Niger and Nigeria. Côte d’Ivoire, "
        + "Cote d'Ivoire and Bosnia & Herzegovina joined. Guinea-Bissau, Papua New Guinea and Guinea each had one "
        + "operator; Equatorial Guinea two. The Congo - Kinshasa office and Congo (Brazzaville). Korea, "
        + "North Korea, South Korea, KOREA, Koreas. Myanmar (Burma) is Burma. St. Kitts & Nevis, Åland Islands, "
        + "Türkiye, Turkey, Curaçao; Omanis in Oman; Indiana is not India; India.";
    assertArrayEquals(DocumentIdentity.nameCountsByPattern(text), DocumentIdentity.nameCounts(text));
    assertTrue(java.util.Arrays.stream(DocumentIdentity.nameCounts(text)).sum() >= 20, "the text names countries");
  }

  @Test
  void theLastCountryOfAClauseIsTheOneTheAlternationOfEveryNameFindsLast() {
    String text = "Subscribers in South Sudan, then Sudan and Guinea-Bissau; Papua New Guinea, Equatorial Guinea. "
        + "Nigerian and Nigeria, Niger; Côte d’Ivoire; Bosnia & Herzegovina; Congo (Brazzaville); Indiana, India.";
    int checked = 0;
    for (int from = 0; from < text.length(); from += 3) {
      for (int to = from; to <= text.length(); to += 5) {
        assertEquals(DocumentIdentity.lastCountryInByPattern(text, from, to),
            DocumentIdentity.lastCountryIn(text, from, to), "[" + from + ", " + to + ")");
        checked++;
      }
    }
    assertTrue(checked > 500);
    assertEquals("India", DocumentIdentity.lastCountryIn(text, 0, text.length()));
  }

  @Test
  void countryFromTextWhenTheTitleNamesNone() {
    assertEquals("TKM", DocumentIdentity.countryIso3("Telecom report",
        "Turkmenistan has one operator. In Turkmenistan mobile use grew. Iran is a neighbour."));
  }

  @Test
  void titleFromHeadingLeadSentenceOrFileName() {
    assertEquals("Telecom in Chad", DocumentIdentity.title("Telecom in Chad", "whatever", "x.md"));
    assertEquals("Telecommunications in Cuba", DocumentIdentity.title(null,
        "Telecommunications in Cuba are provided by the state-owned company ETECSA.", "cuba.txt"));
    assertEquals("Telecommunications in North Korea", DocumentIdentity.title(null,
        "Telecommunications in North Korea refers to the communication services available.", "a.txt"));
    assertEquals("Kenya mobile notes", DocumentIdentity.title(null, "Nothing useful here.", "kenya_mobile-notes.txt"));
  }

  @Test
  void aCountryIsAlsoKnownByItsRomanceNamesButNeverByTheCountryInItsBrackets() {
    assertTrue(DocumentIdentity.namesOf("BRA").contains("Brasil"), DocumentIdentity.namesOf("BRA").toString());
    assertTrue(DocumentIdentity.namesOf("SEN").contains("Sénégal"), DocumentIdentity.namesOf("SEN").toString());
    assertTrue(DocumentIdentity.namesOf("MAC").stream().noneMatch(n -> n.equals("China")),
        DocumentIdentity.namesOf("MAC").toString());
  }
}
