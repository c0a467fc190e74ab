package org.telecomgrowth.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Creates the run's output files and folders. On a local disk ({@code file:}) through java.nio: Hadoop's local file
 * system sets the permission of every file and folder it creates by starting a {@code chmod} process when Hadoop's
 * native library is absent (about 3,600 processes for the Factbook report). There each file is written under a
 * temporary name beside it and renamed into place when complete, so a reader (or a retried task) never sees half a
 * file. Any other scheme (HDFS, s3a) goes through the Hadoop file system, as before.
 */
public final class OutputFiles {
  private OutputFiles() {}

  private static final AtomicLong SEQUENCE = new AtomicLong();

  /** True when {@code fs} is the local file system, written through java.nio. */
  public static boolean isLocal(FileSystem fs) {
    return "file".equals(fs.getUri().getScheme());
  }

  /** Creates {@code dir} and its missing parents. */
  public static void mkdirs(FileSystem fs, Path dir) throws IOException {
    if (isLocal(fs)) {
      Files.createDirectories(local(fs, dir));
    } else if (!fs.mkdirs(dir)) {
      throw new IOException("cannot create the folder " + dir);
    }
  }

  /** Writes {@code bytes} as {@code file}, replacing it; creates the missing parent folders. */
  public static void write(FileSystem fs, Path file, byte[] bytes) throws IOException {
    try (OutputStream out = create(fs, file)) {
      out.write(bytes);
    }
  }

  /**
   * A stream that writes {@code file}, replacing it, and creates the missing parent folders. On a local disk the
   * bytes go to a temporary file that {@code close()} renames to {@code file}.
   */
  public static OutputStream create(FileSystem fs, Path file) throws IOException {
    if (!isLocal(fs)) {
      return fs.create(file, true);
    }
    java.nio.file.Path target = local(fs, file);
    java.nio.file.Path dir = target.getParent();
    Files.createDirectories(dir);
    java.nio.file.Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
        + SEQUENCE.incrementAndGet() + ".tmp");
    OutputStream raw = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    return new FilterOutputStream(raw) {
      private boolean closed;
      private boolean failed;

      @Override
      public void write(int b) throws IOException {
        try {
          out.write(b);
        } catch (IOException | RuntimeException e) {
          failed = true;
          throw e;
        }
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        try {
          out.write(b, off, len);
        } catch (IOException | RuntimeException e) {
          failed = true;
          throw e;
        }
      }

      @Override
      public void close() throws IOException {
        if (closed) {
          return;
        }
        closed = true;
        try {
          out.close();
          if (failed) {
            return; // a failed write never replaces the file
          }
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(tmp);
        }
      }
    };
  }

  private static java.nio.file.Path local(FileSystem fs, Path p) {
    return java.nio.file.Paths.get(fs.makeQualified(p).toUri());
  }
}
