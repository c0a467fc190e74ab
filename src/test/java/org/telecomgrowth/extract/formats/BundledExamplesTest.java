package org.telecomgrowth.extract.formats;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telecomgrowth.extract.DocumentExtractor;
import org.telecomgrowth.extract.ExtractedDocument;

/**
 * The bundled example of each format (datasets/documents/formats, written by bench/FormatExamples) gives the figures
 * a person reads in it, each with where it sits.
 */
class BundledExamplesTest {

  @ParameterizedTest
  @CsvSource({
      "zembla_market_review.pdf, mobile_subscribers, 1900000, 2021, page 1",
      "zembla_market_review.pdf, fixed_lines, 152000, 2020, page 2 table 1 R3C2",
      "zembla_indicators.xlsx, mobile_subscribers, 1550000, 2019, Subscriptions!B4",
      "zembla_indicators.xlsx, households_with_internet, 41, 2020, Shares!B3",
      "zembla_regulator_note.docx, mobile_internet_subscribers, 820000, 2021, table 1 R2C3",
      "zembla_operators.csv, fixed_broadband_subscribers, 74000, 2021, table 1 R2C4",
      "zembla_broadband.html, internet_users_share, 57.5, 2020, table 1 R3C2",
      "zembla_broadband.html, fixed_broadband_subscribers, 74000, 2021, ''"})
  void exampleGivesItsFigureWithItsPlace(String file, String metric, double value, int year, String location)
      throws Exception {
    Path p = Path.of("datasets/documents/formats").resolve(file);
    ExtractedDocument d = DocumentExtractor.extractFile(p.toString(), "example", Files.readAllBytes(p), null);
    assertNull(d.getReject());
    List<String> found = d.getObservations().stream().map(o -> o.getMetric() + " " + o.getValue() + " "
        + o.getPeriodStart().getYear() + " @" + o.getLocation()).collect(Collectors.toList());
    assertTrue(found.contains(metric + " " + value + " " + year + " @" + location), found.toString());
  }
}
