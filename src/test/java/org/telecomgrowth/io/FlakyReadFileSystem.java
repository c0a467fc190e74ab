package org.telecomgrowth.io;

import java.io.IOException;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * A local file system under the scheme {@code flakyfs:} on which files change while a run reads them, as on a
 * shared disk where a scheduled run's input is being edited: a file named in {@link #vanishAfterListing} is
 * deleted from the disk right after a folder listing returned it (removed between listing and reading); a file
 * named in {@link #denyRead} lists and stats normally but every {@code open} throws "Permission denied" (its
 * permissions changed after listing, which a test running as root cannot get from {@code chmod}). Register with
 * {@code fs.flakyfs.impl}.
 */
public class FlakyReadFileSystem extends RawLocalFileSystem {
  public static final Set<String> vanishAfterListing = ConcurrentHashMap.newKeySet();
  public static final Set<String> denyRead = ConcurrentHashMap.newKeySet();

  @Override
  public URI getUri() {
    return URI.create("flakyfs:///");
  }

  @Override
  public String getScheme() {
    return "flakyfs";
  }

  @Override
  public FileStatus[] listStatus(Path f) throws IOException {
    FileStatus[] listed = super.listStatus(f);
    for (int i = 0; i < listed.length; i++) {
      listed[i] = plain(listed[i]);
    }
    List<Path> gone = new ArrayList<>();
    for (FileStatus s : listed) {
      if (s.isFile() && vanishAfterListing.contains(s.getPath().getName())) {
        gone.add(s.getPath());
      }
    }
    for (Path p : gone) {
      java.nio.file.Files.delete(pathToFile(p).toPath());
    }
    return listed;
  }

  @Override
  public FileStatus getFileStatus(Path f) throws IOException {
    return plain(super.getFileStatus(f));
  }

  /** The local status without its lazily loaded permissions, which only a {@code file:} path can load. */
  private static FileStatus plain(FileStatus s) {
    return new FileStatus(s.getLen(), s.isDirectory(), 1, s.getBlockSize(), s.getModificationTime(), s.getPath());
  }

  @Override
  public FSDataInputStream open(Path f, int bufferSize) throws IOException {
    if (denyRead.contains(f.getName())) {
      throw new AccessDeniedException(f.toString(), null, "Permission denied");
    }
    return super.open(f, bufferSize);
  }

  @Override
  public FSDataInputStream open(Path f) throws IOException {
    return open(f, getConf().getInt("io.file.buffer.size", 4096));
  }
}
