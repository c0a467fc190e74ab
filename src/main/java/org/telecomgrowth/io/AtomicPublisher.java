package org.telecomgrowth.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Writes a run into a staging folder beside the target DIR and swaps it into place only when complete.
 *
 * <p>Guarantees (README, "Reliability"):
 * <ul>
 *   <li>DIR is only ever replaced if it is absent, empty, or an output this publisher made (it holds the
 *       {@value #MARKER} file); a folder that holds an input (the corpus, the catalog, the reference data, the
 *       checkout) is never a target.
 *   <li>One run at a time per DIR: {@code .DIR.lock} beside DIR is created exclusively and names its owner
 *       ({@code pid@host}); a second run refuses while the owner lives, and takes over the lock of a dead owner.
 *   <li>Staging and set-aside folders are named per run and process
 *       ({@code .DIR.staging-<run id>-<pid>}, {@code .DIR.previous-<run id>-<pid>}).
 *   <li>The swap is two renames; a run killed between them leaves DIR missing and the old output in
 *       {@code .DIR.previous-*}: the next run (holding the lock, so every leftover is a dead run's) moves it back
 *       before anything else, and removes staging folders that dead runs left.
 * </ul>
 * On HDFS and local disks the moves are renames (atomic); on object stores (s3a) a rename is a copy, so there the
 * swap is only best effort, and the lock is only as exclusive as the store's create-if-absent.
 */
public final class AtomicPublisher implements AutoCloseable {
  /** The file every published output carries, so that a later run knows it may replace the folder. */
  public static final String MARKER = ".telecom-growth-output";

  /** Thrown when publishing to DIR is refused (bad target, another run holds the lock). */
  public static final class RefusedException extends IOException {
    private static final long serialVersionUID = 1L;
    private final boolean badTarget;

    RefusedException(String message) {
      this(message, true);
    }

    RefusedException(String message, boolean badTarget) {
      super(message);
      this.badTarget = badTarget;
    }

    /** True when --output names a folder that may never be published to (a usage error), false when busy. */
    public boolean badTarget() { return badTarget; }
  }

  private final FileSystem fs;
  private final Path target;
  private final Path staging;
  private final Path previous;
  private final Path lock;
  private final String owner;
  private final String failAt;
  private boolean locked;

  public AtomicPublisher(String targetDir, String runId, Configuration conf) throws IOException {
    this(targetDir, runId, conf, null);
  }

  /**
   * @param failAt a debug crash point ({@code --fail-at}): when {@link #checkpoint} or the swap reaches the stage of
   *     this name the JVM halts at once, as a killed driver would (no cleanup); null in normal runs
   */
  public AtomicPublisher(String targetDir, String runId, Configuration conf, String failAt) throws IOException {
    Path t = new Path(targetDir);
    this.fs = t.getFileSystem(conf);
    // Hadoop's local file system would put a .NAME.crc beside every file a user opens; the manifest holds the
    // inputs' digests, and HDFS keeps its own checksums.
    this.fs.setWriteChecksum(false);
    this.target = fs.makeQualified(t);
    Path parent = target.getParent();
    if (parent == null) {
      throw new RefusedException("--output " + targetDir + " is a file system root; name a folder to publish to");
    }
    long pid = ProcessHandle.current().pid();
    this.staging = new Path(parent, "." + target.getName() + ".staging-" + runId + "-" + pid);
    this.previous = new Path(parent, "." + target.getName() + ".previous-" + runId + "-" + pid);
    this.lock = new Path(parent, "." + target.getName() + ".lock");
    this.owner = pid + "@" + hostName();
    this.failAt = failAt;
  }

  public FileSystem fs() { return fs; }

  /** The folder the run writes into. */
  public Path staging() { return staging; }

  public Path target() { return target; }

  public Path lockFile() { return lock; }

  /** Like {@link #begin()}, first refusing a target that is, or holds, one of {@code inputs} (null ones ignored). */
  public void begin(String... inputs) throws IOException {
    for (String in : inputs) {
      if (in == null || in.isBlank() || in.equals("none")) {
        continue;
      }
      Path p;
      try {
        Path raw = new Path(in);
        p = raw.getFileSystem(fs.getConf()).makeQualified(raw);
      } catch (IllegalArgumentException | IOException e) {
        continue; // not a path we could publish over
      }
      if (isAncestorOrSelf(target, p)) {
        throw new RefusedException("--output " + target + " holds the input " + in
            + "; publishing would replace it. Choose another --output folder");
      }
      if (isAncestorOrSelf(p, target) && !p.equals(target)) {
        throw new RefusedException("--output " + target + " is inside the input " + in
            + "; the next run would read the report as a document. Choose a folder outside it");
      }
    }
    begin();
  }

  /**
   * Takes the lock, repairs what dead runs left (restores DIR from a set-aside output, removes their staging
   * folders), checks that DIR may be replaced, and creates an empty staging folder.
   */
  public void begin() throws IOException {
    checkReplaceable();
    acquireLock();
    try {
      recover();
      checkReplaceable();
      OutputFiles.mkdirs(fs, staging);
      try (OutputStream out = OutputFiles.create(fs, new Path(staging, MARKER))) {
        out.write(("telecom-growth output; this folder is replaced by the next run into it\n")
            .getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException | RuntimeException e) {
      releaseLock();
      throw e;
    }
  }

  private void checkReplaceable() throws IOException {
    if (!fs.exists(target)) {
      return;
    }
    if (!fs.getFileStatus(target).isDirectory()) {
      throw new RefusedException("--output " + target + " is a file, not a folder");
    }
    if (!fs.exists(new Path(target, MARKER)) && fs.listStatus(target).length > 0) {
      throw new RefusedException("--output " + target + " is a folder with files this pipeline did not publish"
          + " (no " + MARKER + "); refusing to replace it. Choose an empty or new folder");
    }
  }

  /** Halts the JVM here when {@code --fail-at} names this stage (a debug option that simulates a killed driver). */
  public void checkpoint(String stage) {
    if (failAt != null && failAt.equalsIgnoreCase(stage)) {
      System.err.println("--fail-at " + stage + ": halting the driver now (simulated crash)");
      System.err.flush();
      Runtime.getRuntime().halt(FAIL_AT_EXIT);
    }
  }

  /** Exit status of a run halted by {@code --fail-at}. */
  public static final int FAIL_AT_EXIT = 70;

  /** The crash points {@code --fail-at} accepts, in run order. */
  public static final List<String> CRASH_POINTS =
      List.of("extract", "transform", "tables", "report", "swap", "commit");

  /** Swaps the staging folder into place; the previous output is removed only after the swap succeeded. */
  public void commit() throws IOException {
    try {
      boolean hadTarget = fs.exists(target);
      if (hadTarget && !fs.rename(target, previous)) {
        throw new IOException("cannot move the existing output " + target + " aside");
      }
      checkpoint("swap");
      if (!fs.rename(staging, target)) {
        if (hadTarget) {
          fs.rename(previous, target);
        }
        throw new IOException("cannot move " + staging + " to " + target);
      }
      checkpoint("commit");
      if (hadTarget) {
        fs.delete(previous, true);
      }
    } finally {
      releaseLock();
    }
  }

  /** Removes the staging folder of a failed run and releases the lock; the published output is not touched. */
  public void abort() {
    try {
      if (fs.exists(staging)) {
        fs.delete(staging, true);
      }
    } catch (IOException e) {
      System.err.println("warning: could not remove staging folder " + staging + ": " + e.getMessage());
    } finally {
      releaseLock();
    }
  }

  @Override
  public void close() {
    releaseLock();
  }

  // ---- lock ----

  private void acquireLock() throws IOException {
    for (int attempt = 0; attempt < 2; attempt++) {
      if (createExclusively(lock, owner + " " + Instant.now() + "\n")) {
        locked = true;
        return;
      }
      String holder = readLock();
      if (holder == null) {
        continue; // released between our create and read: try once more
      }
      if (!ownerIsDeadHere(holder)) {
        throw new RefusedException("another run is publishing to " + target + " (lock " + lock + " held by "
            + holder.strip() + "); wait for it to finish, or delete the lock file if that run no longer exists",
            false);
      }
      System.err.println("warning: taking over the lock of a dead run (" + holder.strip() + ")");
      fs.delete(lock, false);
    }
    throw new RefusedException("could not take the lock " + lock, false);
  }

  private void releaseLock() {
    if (!locked) {
      return;
    }
    locked = false;
    try {
      String holder = readLock();
      if (holder != null && holder.startsWith(owner + " ")) {
        fs.delete(lock, false);
      }
    } catch (IOException e) {
      System.err.println("warning: could not remove the lock " + lock + ": " + e.getMessage());
    }
  }

  /** True when the lock names a process of this host that no longer runs (another host's owner is never dead). */
  private static boolean ownerIsDeadHere(String holder) {
    String id = holder.strip().split("\\s+")[0];
    int at = id.indexOf('@');
    if (at < 0 || !id.substring(at + 1).equals(hostName())) {
      return false;
    }
    try {
      long pid = Long.parseLong(id.substring(0, at));
      return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private boolean createExclusively(Path p, String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    if ("file".equals(fs.getUri().getScheme())) {
      // Hadoop's local create(overwrite = false) checks and then creates; the JDK's createFile is O_EXCL.
      try {
        Files.createDirectories(Paths.get(p.getParent().toUri()));
        Files.write(Paths.get(p.toUri()), bytes, java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE);
        return true;
      } catch (FileAlreadyExistsException e) {
        return false;
      }
    }
    try (OutputStream out = fs.create(p, false)) {
      out.write(bytes);
      return true;
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      return false;
    }
  }

  private String readLock() throws IOException {
    try (InputStream in = fs.open(lock)) {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      in.transferTo(buf);
      return buf.toString(StandardCharsets.UTF_8);
    } catch (java.io.FileNotFoundException e) {
      return null;
    }
  }

  // ---- recovery ----

  /**
   * Repairs what dead runs left beside DIR (we hold the lock, so no live run of this DIR owns any of it): DIR
   * missing and a set-aside {@code .DIR.previous-*} present means a run died between the two renames of its swap,
   * so the newest set-aside output is moved back; set-aside outputs with DIR present, and staging folders, are
   * removed. A leftover whose name ends in the pid of a live process of this host is left alone.
   */
  void recover() throws IOException {
    Path parent = target.getParent();
    if (!fs.exists(parent)) {
      return;
    }
    String stagingPrefix = "." + target.getName() + ".staging-";
    String previousPrefix = "." + target.getName() + ".previous-";
    List<FileStatus> previousDirs = new ArrayList<>();
    List<FileStatus> stagingDirs = new ArrayList<>();
    for (FileStatus s : fs.listStatus(parent)) {
      String name = s.getPath().getName();
      if (!s.isDirectory() || livePid(name)) {
        continue;
      }
      if (name.startsWith(previousPrefix)) {
        previousDirs.add(s);
      } else if (name.startsWith(stagingPrefix)) {
        stagingDirs.add(s);
      }
    }
    previousDirs.sort(Comparator.comparingLong(FileStatus::getModificationTime).reversed());
    if (!fs.exists(target) && !previousDirs.isEmpty()) {
      Path restore = previousDirs.remove(0).getPath();
      if (!fs.rename(restore, target)) {
        throw new IOException("cannot restore " + restore + " to " + target);
      }
      System.err.println("recovered: " + target + " restored from " + restore.getName()
          + ", set aside by a run that did not finish its swap");
    }
    for (FileStatus s : previousDirs) {
      fs.delete(s.getPath(), true);
    }
    for (FileStatus s : stagingDirs) {
      fs.delete(s.getPath(), true);
      System.err.println("cleaned: " + s.getPath().getName() + " left by a run that did not finish");
    }
  }

  /** True when a leftover's name ends in the pid of a process alive on this host (never ours to remove). */
  private static boolean livePid(String name) {
    int dash = name.lastIndexOf('-');
    if (dash < 0) {
      return false;
    }
    try {
      long pid = Long.parseLong(name.substring(dash + 1));
      return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isAncestorOrSelf(Path ancestor, Path p) {
    if (!sameFs(ancestor, p)) {
      return false;
    }
    String a = ancestor.toUri().getPath();
    String b = p.toUri().getPath();
    a = a.endsWith("/") ? a : a + "/";
    b = b.endsWith("/") ? b : b + "/";
    return b.startsWith(a);
  }

  private static boolean sameFs(Path a, Path b) {
    String sa = a.toUri().getScheme();
    String sb = b.toUri().getScheme();
    String aa = a.toUri().getAuthority();
    String ab = b.toUri().getAuthority();
    return (sa == null ? "" : sa.toLowerCase(Locale.ROOT)).equals(sb == null ? "" : sb.toLowerCase(Locale.ROOT))
        && (aa == null ? "" : aa).equals(ab == null ? "" : ab);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }
}
