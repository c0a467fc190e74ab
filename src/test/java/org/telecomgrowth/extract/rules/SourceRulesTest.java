package org.telecomgrowth.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The source rules behind their pre-checks: a sentence that names its source with any of the verbs or attribution
 * phrases the rules know is read whatever the gates let through (a verb missing from a gate would lose its source
 * silently), and the sentences of the regulator's own words name the regulator.
 */
class SourceRulesTest {

  private static final Set<String> COUNTRY = Set.of("Ruritania");

  @ParameterizedTest
  @ValueSource(strings = {
      // a verb after its subject, in each language the rules read
      "The Communications Authority reported 4.2 million subscribers.",
      "The Communications Authority noted that lines rose.",
      "L'ARCEP a rendu publics les chiffres du trimestre.",
      "L'ARCEP révèle que le parc a progressé.",
      "L'ARCEP montre une hausse des abonnements.",
      "El regulador Conatel muestra un alza de las líneas.",
      "Un informe de la Comisión señala que el parque creció.",
      "A Anatel mostra uma alta dos acessos.",
      "A Anacom registou 12 milhões de acessos.",
      "La Superintendencia informó que las líneas subieron.",
      // the verb before its subject
      "Las líneas subieron, afirma el Indotel.",
      "Las líneas subieron, precisó la Superintendencia.",
      // an attribution phrase, also broken over a line
      "According to the Communications Authority, lines rose.",
      "According\nto the Communications Authority, lines rose.",
      "Figures from the Communications Authority show a rise.",
      "Selon l'Autorité de Régulation, le parc a progressé.",
      "Según datos del Indotel, las líneas subieron.",
      "De acordo com a Anatel, os acessos subiram."})
  void aSentenceNamingItsSourceKeepsItWhateverTheGatesLetThrough(String s) {
    List<SourceRules.Source> found = SourceRules.find(s, COUNTRY);
    assertTrue(!found.isEmpty(), s);
  }

  @Test
  void aReportNamedByTheBodyThatPublishesItNamesThatBody() {
    assertEquals("Autorité de Régulation des Télécoms (ART)", SourceRules.find("Le rapport d'activités 2021 de "
        + "l'Autorité de Régulation des Télécoms (ART) a été publié hier.", Set.of()).get(0).name());
    assertEquals("Communications Authority", SourceRules.find("The annual report of the Communications Authority "
        + "came out on Monday.", Set.of()).get(0).name());
    assertEquals("CRT", SourceRules.find("El informe trimestral de la CRT llegó ayer.", Set.of()).get(0).name());
    // a survey names its subject, and a report of a body that is no authority and has no acronym names nobody
    assertEquals(List.of(), SourceRules.find("The Survey of Household Income came out in May.", Set.of()));
    assertEquals(List.of(), SourceRules.find("The annual report of Northern Lights came out in May.", Set.of()));
  }

  @Test
  void aFrenchMinistryOrAuthorityInLowerCaseBeforeItsNameIsPartOfTheName() {
    assertEquals("ministère des Postes", SourceRules.find("Le ministère des Postes a précisé que le parc atteignait "
        + "2 millions.", Set.of()).get(0).name());
    assertEquals(List.of(), SourceRules.find("Le ministère a précisé que le parc atteignait 2 millions.", Set.of()),
        "a ministry without its name is no source");
    // noteSource: a table's note names its source after a first sentence too
    assertEquals("ITU", SourceRules.noteSource("Note: Italics are estimates. Source: ITU (2019).", Set.of()));
    assertEquals(null, SourceRules.noteSource("Note: the data source changed in 2019.", Set.of()));
  }

  @Test
  void aSentenceWithNoSourceNamesNone() {
    assertEquals(List.of(), SourceRules.find("Mobile subscriptions rose to 4.2 million in 2019 (from 3.9 million).",
        COUNTRY));
  }
}
