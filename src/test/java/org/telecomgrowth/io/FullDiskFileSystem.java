package org.telecomgrowth.io;

import java.io.IOException;
import java.net.URI;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/**
 * A local file system under the scheme {@code fullfs:} that can be told to fail like a full or read-only disk:
 * creating a file named {@link #failOnName} throws "No space left on device", and with {@link #readOnly} every
 * mkdirs and create throws "Read-only file system". Register with {@code fs.fullfs.impl}.
 */
public class FullDiskFileSystem extends RawLocalFileSystem {
  public static volatile String failOnName;
  public static volatile boolean readOnly;

  @Override
  public URI getUri() {
    return URI.create("fullfs:///");
  }

  @Override
  public String getScheme() {
    return "fullfs";
  }

  @Override
  public boolean mkdirs(Path f) throws IOException {
    if (readOnly) {
      throw new IOException("Read-only file system: " + f);
    }
    return super.mkdirs(f);
  }

  @Override
  public FSDataOutputStream create(Path f, boolean overwrite, int bufferSize, short replication, long blockSize,
      Progressable progress) throws IOException {
    check(f);
    return super.create(f, overwrite, bufferSize, replication, blockSize, progress);
  }

  @Override
  public FSDataOutputStream create(Path f, FsPermission permission, boolean overwrite, int bufferSize,
      short replication, long blockSize, Progressable progress) throws IOException {
    check(f);
    return super.create(f, permission, overwrite, bufferSize, replication, blockSize, progress);
  }

  private static void check(Path f) throws IOException {
    if (readOnly) {
      throw new IOException("Read-only file system: " + f);
    }
    if (failOnName != null && f.getName().equals(failOnName)) {
      throw new IOException("No space left on device: " + f);
    }
  }
}
