package org.telecomgrowth;

import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of every Spark test: spark-testing-base's shared local SparkSession (one per test JVM, local[2], two
 * shuffle partitions, UTC, Locale.ROOT, no Hive), started from JUnit Jupiter.
 */
public abstract class SparkTestBase extends JavaDataFrameSuiteBase {

  @Override
  public boolean enableHiveSupport() {
    return false;
  }

  @Override
  public SparkConf conf() {
    return new SparkConf()
        .setMaster("local[2]")
        .setAppName("telecom-growth-tests")
        .set("spark.ui.enabled", "false")
        .set("spark.sql.shuffle.partitions", "2")
        .set("spark.sql.session.timeZone", "UTC")
        .set("spark.driver.host", "localhost");
  }

  @BeforeEach
  public void startSpark() {
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    Locale.setDefault(Locale.ROOT);
    runBefore();
    if (spark() == null) {
      sqlBeforeAllTestCases();
    }
  }

  /** A pipeline run in this JVM: its exit code and what it printed on standard error. */
  protected record PipelineRun(int code, String err) {
    /** Standard error without the progress lines ("telecom-growth: extract started: ..."). */
    public String errors() {
      return withoutProgress(err);
    }
  }

  /** {@code err} without the progress lines each stage prints. */
  public static String withoutProgress(String err) {
    return err.lines().filter(l -> !l.startsWith("telecom-growth: "))
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  /**
   * Runs the pipeline's command line in the shared session, capturing standard error, and frees the tables the
   * stages persisted in that session afterwards (so runs of one JVM do not hold each other's blocks).
   */
  protected PipelineRun runPipeline(String... args) {
    java.io.PrintStream old = System.err;
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      return new PipelineRun(Pipeline.run(args), buf.toString(java.nio.charset.StandardCharsets.UTF_8));
    } finally {
      System.setErr(old);
      session().catalog().clearCache();
    }
  }

  /** The shared session. */
  protected SparkSession session() {
    return spark() != null ? spark() : SparkSession.builder().getOrCreate();
  }
}
