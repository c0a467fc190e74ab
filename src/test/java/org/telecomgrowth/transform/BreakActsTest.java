package org.telecomgrowth.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Acts that break a series: about a named service, dated at the act. Sentences are our own. */
class BreakActsTest {
  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void aSuspensionIsDatedAtTheSuspensionNotAtTheStartOfService() {
    // The opening is a launch of its own, dated 2003; the suspension is dated 2006, not 2003.
    assertEquals(List.of(new BreakActs.Act("launch", "mobile", d("2003-01-01"), null),
            new BreakActs.Act("ban", "mobile", d("2006-01-01"), null)),
        BreakActs.find("cellular service, opened to subscribers in 2003, suspended in 2006; fibre links laid"));
  }

  @Test
  void aBanFromOneYearToAnotherSpansBoth() {
    assertEquals(List.of(new BreakActs.Act("ban", "mobile", d("2005-01-01"), d("2009-12-31"))),
        BreakActs.find("Handsets were banned from 2005 to 2009."));
  }

  @Test
  void aBanAndTheRelaunchInLaterClausesAreTwoActs() {
    assertEquals(List.of(new BreakActs.Act("launch", "mobile", d("2003-01-01"), null),
            new BreakActs.Act("ban", "mobile", d("2006-01-01"), null),
            new BreakActs.Act("launch", "mobile", d("2010-03-21"), null)),
        BreakActs.find("GSM service began in 2003 but was suspended in 2006; a new operator launched mobile "
            + "service on March 21, 2010"));
  }

  @Test
  void aDateBeforeTheTriggerInItsPartIsTheActsDate() {
    assertEquals(List.of(new BreakActs.Act("ban", "internet", d("2011-01-01"), null)),
        BreakActs.find("In 2011 the authorities shut down internet access, citing unrest"));
  }

  @Test
  void jammingBroadcastsIsNotABreakOfAnyService() {
    assertEquals(List.of(), BreakActs.find("the state forbids tuning in to foreign radio and jams it (2012)"));
    assertEquals(List.of(), BreakActs.find("4 state-run TV channels; the regime prohibits listening to and jams "
        + "outside broadcasts (2013); mobile-cellular service covers the capital"));
  }

  @Test
  void liftingABanIsALaunchNotABan() {
    assertEquals(List.of(new BreakActs.Act("launch", "mobile", d("2012-01-01"), null)),
        BreakActs.find("The government lifted the ban on mobile phones in 2012."));
  }

  @Test
  void aBanWithoutADateOrServiceIsNoAct() {
    assertEquals(List.of(), BreakActs.find("Mobile phones are banned in schools."));
    assertEquals(List.of(), BreakActs.find("Imports of the devices were banned in 2014."));
  }

  @Test
  void everyServiceNamesMetricsThatExist() {
    assertEquals("mobile", BreakActs.SERVICES.get(0).name());
    org.junit.jupiter.api.Assertions.assertTrue(BreakActs.metricsOf("mobile").contains("mobile_subscribers"));
    assertEquals("", BreakActs.metricsOf("broadcasting"));
  }
}
