package org.telecomgrowth.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/** Reads a TSV corpus from src/test/resources/corpus/ as JUnit arguments (one row per case, # lines skipped). */
public final class Corpus {
  private Corpus() {}

  public static List<Arguments> rows(String name) {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no corpus " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        out.add(Arguments.of((Object[]) line.split("\t", -1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("corpus " + name + " is empty");
    }
    return out;
  }
}
