package org.telecomgrowth.extract.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.junit.jupiter.api.Test;

/** The reader's short cut for common number formats shows each number exactly as POI's DataFormatter does. */
class SpreadsheetShownTest {

  @Test
  void theShortCutGivesPoisTextForTheCommonFormats() {
    DataFormatter poi = new DataFormatter(java.util.Locale.US);
    Random r = new Random(7);
    List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 999.0, 1000.0, -1234567.0, 2374513.0,
        0.532, 0.125, 0.0005, -0.0004, 0.30000000000000004, 1.005, 0.12345, 12.5, 1e14, 0.999999));
    for (int i = 0; i < 3000; i++) {
      values.add((double) (r.nextInt(2_000_000_000) - 1_000_000_000));
      values.add(r.nextInt(100_000) / 1000.0);
      values.add(r.nextDouble() * (r.nextBoolean() ? 1 : -1));
      values.add(r.nextInt(20_001) / 10_000.0);
    }
    for (String fmt : List.of("General", "0", "#,##0", "0%", "0.0%", "0.00%")) {
      int index = Math.max(0, BuiltinFormats.getBuiltinFormat(fmt));
      for (double v : values) {
        assertEquals(poi.formatRawCellContents(v, index, fmt), SpreadsheetReader.shown(v, index, fmt, poi),
            fmt + " of " + v);
      }
    }
  }
}
