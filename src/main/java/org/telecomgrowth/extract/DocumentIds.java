package org.telecomgrowth.extract;

import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.when;

import java.util.regex.Pattern;
import org.apache.spark.sql.Column;

/**
 * Document ids derived from file names. Any legal file name gives an id of letters, digits, {@code . _ -} only, so
 * that an id never breaks a reference ({@code doc_id#sentence} joined by {@code ;}), a CSV cell, an HTML anchor or
 * a path: {@code kenya;v2.txt} -> {@code kenya_v2}, {@code "a b".md} -> {@code _a_b_}, {@code ../../etc/passwd}
 * -> {@code passwd}. An id never starts with {@code .} (hidden, {@code ..}) or {@code -} (an option to a shell
 * command, and a cell that CSV export would neutralise as a formula, so the id would differ between tables):
 * {@code -rf.txt} -> {@code _rf}. Two files whose ids collide are told apart by a path hash (ExtractStage).
 */
public final class DocumentIds {
  private DocumentIds() {}

  /** A run of characters an id may not hold (anything but letters, digits, '.', '_' and '-'). */
  public static final String UNSAFE = "[^\\p{L}\\p{N}._-]+";
  /** What an id may look like: safe characters, not starting with '.' (no "..", no hidden names) or '-'. */
  public static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}._-]*");
  /** A leading run of characters an id may hold but not start with. */
  private static final String UNSAFE_START = "^[.-]+";

  /** The id of the file at {@code path} (a Hadoop path string): its name without extension, made safe. */
  public static Column fromFileName(Column path) {
    Column stem = regexp_extract(path, "([^/]+?)(\\.[^./]*)?$", 1);
    Column safe = regexp_replace(regexp_replace(stem, UNSAFE, "_"), UNSAFE_START, "_");
    return when(safe.equalTo(""), "_").otherwise(safe);
  }

  /** The same rule on the driver, for one name. */
  public static String fromFileName(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    java.util.regex.Matcher m = Pattern.compile("([^/]+?)(\\.[^./]*)?$").matcher(name);
    String stem = m.find() ? m.group(1) : name;
    String safe = stem.replaceAll(UNSAFE, "_").replaceAll(UNSAFE_START, "_");
    return safe.isEmpty() ? "_" : safe;
  }

  public static boolean isSafe(String id) {
    return id != null && SAFE.matcher(id).matches();
  }
}
