package org.telecomgrowth.extract.rules;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Assertions;

/**
 * Properties of the number and date grammar (jqwik): no string makes the rules throw, every period runs forwards,
 * and a number written in a supported style is read back as itself.
 */
class GrammarPropertiesTest {

  private static List<int[]> dates(String s) {
    List<int[]> spans = new ArrayList<>();
    DateRules.find(s).forEach(d -> spans.add(new int[] {d.start(), d.end()}));
    return spans;
  }

  /** Text made of the grammar's own pieces, so that rules actually fire (pure random text rarely does). */
  @Provide
  Arbitrary<String> grammarText() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of("in", "by", "the end of", "early", "mid-", "late", "from", "to", "between", "and", "–", "-",
            "Q3", "the third quarter of", "that year", "the 1990s", "February 30,", "June 15,", "year 0",
            "million", "billion", "thousand", "half a", "one", "twenty-five", "percent", "per cent", "%",
            "per 100 inhabitants", "km", "subscribers", "lines", "about", "more than", ".", ",", ",,", "^", "e",
            "−", "-", "$", "10^400", "1e400", "10^9", "-5%", "−3,000,000", "1.2.3", "1,,000", "alert(2)", "=1+1", "(", ")", "\"", "'", "\u00a0", "\n"),
        Arbitraries.integers().between(0, 3000).map(String::valueOf),
        Arbitraries.longs().between(0, 99_999_999_999L).map(n -> String.format(Locale.US, "%,d", n)),
        Arbitraries.strings().ofMaxLength(4));
    return piece.list().ofMaxSize(25).map(l -> String.join(" ", l));
  }

  @Property(tries = 400)
  void numeralsNeverThrowOnAnyString(@ForAll @StringLength(max = 200) String s) {
    NumeralRules.find(s, dates(s));
  }

  @Property(tries = 400)
  void numeralsNeverThrowOnGrammarText(@ForAll("grammarText") String s) {
    for (NumeralRules.Quantity q : NumeralRules.find(s, dates(s))) {
      Assertions.assertTrue(q.start() >= 0 && q.start() < q.end() && q.end() <= s.length(), s);
    }
  }

  @Property(tries = 400)
  void datesNeverThrowAndPeriodsRunForwards(@ForAll("grammarText") String s) {
    for (DateRules.DateMention d : DateRules.find(s)) {
      Assertions.assertTrue(d.start() >= 0 && d.start() < d.end() && d.end() <= s.length(), s);
      if (!d.relative()) {
        Assertions.assertFalse(d.from().isAfter(d.to()), () -> "period backwards in '" + s + "': " + d);
      }
    }
  }

  @Property(tries = 400)
  void datesNeverThrowOnAnyString(@ForAll @StringLength(max = 200) String s) {
    for (DateRules.DateMention d : DateRules.find(s)) {
      if (!d.relative()) {
        Assertions.assertFalse(d.from().isAfter(d.to()), () -> "period backwards in '" + s + "': " + d);
      }
    }
  }

  @Property(tries = 300)
  void groupedIntegersReadBackAsThemselves(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long n) {
    String text = "There were " + String.format(Locale.US, "%,d", n) + " subscribers.";
    assertReadsBack(text, n);
  }

  @Property(tries = 300)
  void decimalsWithAScaleWordReadBackAsThemselves(@ForAll @IntRange(min = 1, max = 9999) int hundredths,
      @ForAll("scale") String scale) {
    BigDecimal number = BigDecimal.valueOf(hundredths, 2).stripTrailingZeros();
    String text = "There were " + number.toPlainString() + " " + scale + " subscribers.";
    long factor = scale.equals("thousand") ? 1_000L : scale.equals("million") ? 1_000_000L : 1_000_000_000L;
    assertReadsBack(text, number.multiply(BigDecimal.valueOf(factor)).doubleValue());
  }

  @Provide
  Arbitrary<String> scale() {
    return Arbitraries.of("thousand", "million", "billion");
  }

  @Property(tries = 300)
  void percentagesReadBackAsThemselves(@ForAll @IntRange(min = 0, max = 1000) int tenths,
      @ForAll("percentSign") String sign) {
    String number = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.US)).format(tenths / 10.0);
    String text = "In the survey " + number + sign + " of households had a TV set.";
    NumeralRules.Quantity q = first(text);
    Assertions.assertEquals(tenths / 10.0, q.value(), 1e-9, text);
    Assertions.assertEquals("percent", q.unit(), text);
  }

  @Provide
  Arbitrary<String> percentSign() {
    return Arbitraries.of("%", " percent", " per cent");
  }

  @Property(tries = 200)
  void spelledNumbersReadBackAsThemselves(@ForAll @IntRange(min = 2, max = 99) int n) {
    String text = "There were " + spelled(n) + " channels.";
    assertReadsBack(text, n);
  }

  private static String spelled(int n) {
    String[] ones = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    String[] tens = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    if (n < 20) {
      return ones[n];
    }
    return tens[n / 10] + (n % 10 == 0 ? "" : "-" + ones[n % 10]);
  }

  private static NumeralRules.Quantity first(String text) {
    List<NumeralRules.Quantity> qs = NumeralRules.find(text, dates(text));
    Assertions.assertFalse(qs.isEmpty(), () -> "no number in '" + text + "'");
    return qs.get(0);
  }

  private static void assertReadsBack(String text, double expected) {
    NumeralRules.Quantity q = first(text);
    Assertions.assertEquals(expected, q.value(), Math.abs(expected) * 1e-12, text);
    Assertions.assertEquals(1, NumeralRules.find(text, dates(text)).size(), text);
  }

  @Property(tries = 300)
  void signedNumbersKeepTheirSignAndAreNeverFigures(@ForAll @LongRange(min = 1, max = 99_999_999_999L) long n,
      @ForAll("minus") String minus, @ForAll("percentSign") String unit, @ForAll boolean share) {
    String text = "There were " + minus + String.format(Locale.US, "%,d", n) + (share ? unit : "") + " subscribers.";
    NumeralRules.Quantity q = first(text);
    Assertions.assertEquals(-n, q.value(), 0, text);
    Assertions.assertEquals(org.telecomgrowth.extract.Reasons.NEGATIVE_VALUE,
        NotFigureRules.reason(text, q.start(), q.end()), text);
  }

  @Provide
  Arbitrary<String> minus() {
    return Arbitraries.of("-", "\u2212", "\uff0d");
  }

  @Property(tries = 300)
  void exponentsAreNeverReadInPieces(@ForAll @IntRange(min = 1, max = 999) int mantissa, @ForAll("power") String op,
      @ForAll @IntRange(min = 0, max = 9999) int exponent) {
    String text = "In 2010 there were " + mantissa + op + exponent + " subscribers.";
    List<NumeralRules.Quantity> qs = NumeralRules.find(text, dates(text));
    Assertions.assertEquals(1, qs.size(), () -> text + ": " + qs);
    Assertions.assertEquals(org.telecomgrowth.extract.Reasons.EXPONENT_NOTATION,
        NotFigureRules.reason(text, qs.get(0).start(), qs.get(0).end()), text);
  }

  @Provide
  Arbitrary<String> power() {
    return Arbitraries.of("^", "e", "E");
  }

  @Property(tries = 400)
  void aQuantityWithoutAReasonIsNeverNegativeOrInfinite(@ForAll("grammarText") String s) {
    for (NumeralRules.Quantity q : NumeralRules.find(s, dates(s))) {
      if (NotFigureRules.reason(s, q.start(), q.end()) == null) {
        Assertions.assertTrue(q.value() >= 0 && Double.isFinite(q.value()), () -> "'" + s + "': " + q);
      }
    }
  }

  @Property(tries = 200)
  void yearRangesRunForwardsOrAreNotPeriods(@ForAll @IntRange(min = 1900, max = 2099) int a,
      @ForAll @IntRange(min = 1900, max = 2099) int b) {
    String text = "There was a ban from " + a + "–" + b + " on phones.";
    for (DateRules.DateMention d : DateRules.find(text)) {
      Assertions.assertFalse(d.from().isAfter(d.to()), () -> text + ": " + d);
    }
  }

  @Property(tries = 200)
  void monthDatesAreThatMonth(@ForAll("month") String month, @ForAll @IntRange(min = 1900, max = 2099) int year) {
    String text = "By " + month + " " + year + " the network was complete.";
    List<DateRules.DateMention> ds = DateRules.find(text);
    Assertions.assertEquals(1, ds.size(), text);
    Assertions.assertEquals(year, ds.get(0).from().getYear(), text);
    Assertions.assertEquals(ds.get(0).from().lengthOfMonth(), ds.get(0).to().getDayOfMonth(), text);
  }

  @Provide
  Arbitrary<String> month() {
    return Arbitraries.of("January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December");
  }
}
