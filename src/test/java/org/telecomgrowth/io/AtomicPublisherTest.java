package org.telecomgrowth.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing without Spark: which folders may be replaced, the lock, and repairing what dead runs left. */
class AtomicPublisherTest {

  @TempDir
  Path tmp;

  private final Configuration conf = new Configuration();

  private AtomicPublisher publisher(Path dir, String runId) throws Exception {
    return new AtomicPublisher(dir.toString(), runId, conf);
  }

  /** Publishes {@code content} as DIR/tables/x.csv through a full begin/commit. */
  private void publish(Path dir, String runId, String content) throws Exception {
    AtomicPublisher p = publisher(dir, runId);
    p.begin();
    Path staging = Path.of(p.staging().toUri());
    Files.createDirectories(staging.resolve("tables"));
    Files.writeString(staging.resolve("tables/x.csv"), content);
    p.commit();
  }

  private List<String> beside(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir.getParent())) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  /** The pid of a process that has ended. */
  private static long deadPid() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    long pid = p.pid();
    assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    return pid;
  }

  @Test
  void publishesIntoANewFolderWithItsMarkerAndLeavesNothingBeside() throws Exception {
    Path out = tmp.resolve("out");
    publish(out, "r1", "one");
    assertEquals("one", Files.readString(out.resolve("tables/x.csv")));
    assertTrue(Files.exists(out.resolve(AtomicPublisher.MARKER)));
    assertEquals(List.of("out"), beside(out));
  }

  @Test
  void replacesAnOutputItPublishedBefore() throws Exception {
    Path out = tmp.resolve("out");
    publish(out, "r1", "one");
    publish(out, "r2", "two");
    assertEquals("two", Files.readString(out.resolve("tables/x.csv")));
    assertEquals(List.of("out"), beside(out));
  }

  @Test
  void refusesAFolderOfSomeoneElsesFilesAndLeavesThemAsTheyWere() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(out.resolve("thesis.docx"), "years of work");
    AtomicPublisher p = publisher(out, "r1");
    AtomicPublisher.RefusedException e = assertThrows(AtomicPublisher.RefusedException.class, p::begin);
    assertTrue(e.badTarget());
    assertTrue(e.getMessage().contains("did not publish"), e.getMessage());
    assertEquals("years of work", Files.readString(out.resolve("thesis.docx")));
    assertEquals(List.of("mine"), beside(out), "no lock or staging left behind");
  }

  @Test
  void acceptsAnEmptyFolder() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("empty"));
    publish(out, "r1", "one");
    assertEquals("one", Files.readString(out.resolve("tables/x.csv")));
  }

  @Test
  void neverPublishesOverTheInputOrAFolderHoldingIt() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("data/corpus"));
    Files.writeString(corpus.resolve("doc.txt"), "text");
    for (Path out : List.of(corpus, tmp.resolve("data"), tmp)) {
      // marker present, so only the input rule can refuse
      Files.writeString(out.resolve(AtomicPublisher.MARKER), "");
      AtomicPublisher p = publisher(out, "r1");
      AtomicPublisher.RefusedException e = assertThrows(AtomicPublisher.RefusedException.class,
          () -> p.begin(corpus.toString(), null));
      assertTrue(e.getMessage().contains("holds the input"), e.getMessage());
    }
    AtomicPublisher inside = publisher(corpus.resolve("out"), "r1");
    assertThrows(AtomicPublisher.RefusedException.class, () -> inside.begin(corpus.toString()));
    assertEquals("text", Files.readString(corpus.resolve("doc.txt")));
  }

  @Test
  void theCheckoutIsNeverATarget() throws Exception {
    // tests run in the checkout; "." holds datasets/ and src/
    AtomicPublisher p = publisher(Path.of("."), "r1");
    assertThrows(AtomicPublisher.RefusedException.class, () -> p.begin("datasets/documents"));
    assertThrows(AtomicPublisher.RefusedException.class, () -> publisher(Path.of("."), "r2").begin());
    assertTrue(Files.exists(Path.of("pom.xml")));
  }

  @Test
  void aSecondRunIntoTheSameFolderRefusesWhileTheFirstHoldsTheLock() throws Exception {
    Path out = tmp.resolve("out");
    publish(out, "r0", "zero");
    AtomicPublisher first = publisher(out, "same");
    first.begin();
    AtomicPublisher second = publisher(out, "same");
    AtomicPublisher.RefusedException e = assertThrows(AtomicPublisher.RefusedException.class, second::begin);
    assertFalse(e.badTarget());
    assertTrue(e.getMessage().contains("another run is publishing"), e.getMessage());
    // the first run is not disturbed: its staging folder is intact and it publishes
    Files.writeString(Path.of(first.staging().toUri()).resolve("tables.csv"), "first");
    first.commit();
    assertEquals("first", Files.readString(out.resolve("tables.csv")));
    assertFalse(Files.exists(Path.of(first.lockFile().toUri())), "lock released: " + beside(out) + " " + first.lockFile());
    publish(out, "later", "later"); // and the folder is free again
  }

  @Test
  void stagingNamesAreUniquePerProcessNotOnlyPerRunId() throws Exception {
    AtomicPublisher p = publisher(tmp.resolve("out"), "same");
    assertTrue(p.staging().getName().endsWith("-same-" + ProcessHandle.current().pid()), p.staging().getName());
  }

  @Test
  void takesOverTheLockOfADeadRun() throws Exception {
    Path out = tmp.resolve("out");
    publish(out, "r0", "zero");
    String host = java.net.InetAddress.getLocalHost().getHostName();
    Files.writeString(tmp.resolve(".out.lock"), deadPid() + "@" + host + " 2020-01-01T00:00:00Z\n");
    publish(out, "r1", "one");
    assertEquals("one", Files.readString(out.resolve("tables/x.csv")));
    assertEquals(List.of("out"), beside(out));
  }

  @Test
  void aLockOfAnotherHostIsRespected() throws Exception {
    Path out = tmp.resolve("out");
    Files.writeString(tmp.resolve(".out.lock"), "1@some-other-host 2020-01-01T00:00:00Z\n");
    AtomicPublisher.RefusedException e = assertThrows(AtomicPublisher.RefusedException.class,
        () -> publisher(out, "r1").begin());
    assertTrue(e.getMessage().contains("some-other-host"), e.getMessage());
    assertTrue(Files.exists(tmp.resolve(".out.lock")));
  }

  @Test
  void restoresTheOutputARunKilledBetweenItsRenamesSetAside() throws Exception {
    Path out = tmp.resolve("out");
    publish(out, "r0", "published");
    long dead = deadPid();
    // the state a kill between the two renames leaves: DIR gone, old output set aside, new staging complete
    Path aside = tmp.resolve(".out.previous-r1-" + dead);
    Files.move(out, aside);
    Path staging = Files.createDirectories(tmp.resolve(".out.staging-r1-" + dead + "/tables"));
    Files.writeString(staging.resolve("x.csv"), "half");
    AtomicPublisher next = publisher(out, "r2");
    next.begin();
    assertEquals("published", Files.readString(out.resolve("tables/x.csv")), "DIR restored before the new run");
    next.abort(); // even if the new run then fails, the restored output stays
    assertEquals("published", Files.readString(out.resolve("tables/x.csv")));
    assertEquals(List.of("out"), beside(out), "dead run's staging cleaned");
  }

  @Test
  void removesASetAsideOutputWhenTheSwapHadCompleted() throws Exception {
    Path out = tmp.resolve("out");
    publish(out, "r0", "new");
    Path aside = Files.createDirectories(tmp.resolve(".out.previous-r0-" + deadPid()));
    Files.writeString(aside.resolve("x.csv"), "old");
    publish(out, "r1", "newer");
    assertEquals("newer", Files.readString(out.resolve("tables/x.csv")));
    assertEquals(List.of("out"), beside(out));
  }

  @Test
  void leavesTheStagingFolderOfALiveProcessAlone() throws Exception {
    Path out = tmp.resolve("out");
    long live = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
    Path theirs = Files.createDirectories(tmp.resolve(".out.staging-other-" + live));
    publish(out, "r1", "one");
    assertTrue(Files.isDirectory(theirs));
  }

  @Test
  void aFailedRunRemovesItsStagingAndReleasesTheLock() throws Exception {
    Path out = tmp.resolve("out");
    publish(out, "r0", "zero");
    AtomicPublisher p = publisher(out, "r1");
    p.begin();
    Files.writeString(Path.of(p.staging().toUri()).resolve("partial"), "x", StandardCharsets.UTF_8);
    p.abort();
    assertEquals(List.of("out"), beside(out));
    assertEquals("zero", Files.readString(out.resolve("tables/x.csv")));
  }
}
