package org.telecomgrowth.io;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Writes a run into a staging folder beside the target and moves it into place only when complete.
 *
 * <p>A failed run deletes its staging folder and leaves an existing target as it was. On HDFS and local disks the
 * moves are renames (atomic); on object stores (s3a) a rename is a copy, so there the swap is only best effort.
 */
public final class AtomicPublisher {
  private final FileSystem fs;
  private final Path target;
  private final Path staging;
  private final Path previous;

  public AtomicPublisher(String targetDir, String runId, Configuration conf) throws IOException {
    Path t = new Path(targetDir);
    this.fs = t.getFileSystem(conf);
    // Hadoop's local file system would put a .NAME.crc beside every file a user opens; the manifest holds the
    // inputs' digests, and HDFS keeps its own checksums.
    this.fs.setWriteChecksum(false);
    this.target = fs.makeQualified(t);
    Path parent = target.getParent();
    this.staging = new Path(parent, "." + target.getName() + ".staging-" + runId);
    this.previous = new Path(parent, "." + target.getName() + ".previous-" + runId);
  }

  public FileSystem fs() { return fs; }

  /** The folder the run writes into. */
  public Path staging() { return staging; }

  public Path target() { return target; }

  /** Creates an empty staging folder (a leftover one of the same run id is removed first). */
  public void begin() throws IOException {
    if (fs.exists(staging)) {
      fs.delete(staging, true);
    }
    if (!fs.mkdirs(staging)) {
      throw new IOException("cannot create staging folder " + staging);
    }
  }

  /** Swaps the staging folder into place; the previous output is removed only after the swap succeeded. */
  public void commit() throws IOException {
    boolean hadTarget = fs.exists(target);
    if (hadTarget && !fs.rename(target, previous)) {
      throw new IOException("cannot move the existing output " + target + " aside");
    }
    if (!fs.rename(staging, target)) {
      if (hadTarget) {
        fs.rename(previous, target);
      }
      throw new IOException("cannot move " + staging + " to " + target);
    }
    if (hadTarget) {
      fs.delete(previous, true);
    }
  }

  /** Removes the staging folder of a failed run; the published output is not touched. */
  public void abort() {
    try {
      if (fs.exists(staging)) {
        fs.delete(staging, true);
      }
    } catch (IOException e) {
      System.err.println("warning: could not remove staging folder " + staging + ": " + e.getMessage());
    }
  }
}
