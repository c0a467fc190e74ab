package org.telecomgrowth.extract;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.telecomgrowth.model.Reject;

/**
 * The input files of a run, listed on the driver (paths only, never content) before Spark reads them.
 *
 * <p>On a local disk the folder is walked without following symbolic links: a link under the input folder is
 * never read, and becomes a reject whose reason says what it points to (nothing, itself, a folder, a file outside
 * the input, or a file inside it that is read under its own name). Files that cannot be opened, and things that
 * are not regular files (pipes, sockets, devices), are rejects too; so are empty files, which Spark's file sources
 * would skip silently. Hidden files and folders ({@code .x}, {@code _x}) are skipped, as Spark skips them. On other
 * file systems (hdfs, s3a) the folder is listed with Hadoop, which has no links to follow.
 *
 * <p>{@link #read} turns the listing into a Spark table of paths and lengths: Spark does not list or stat the files
 * again, so a file removed or locked after listing (a scheduled run while the input is edited) cannot fail a
 * Spark task; only the extraction task opens it, and there an unreadable file is a reject ("unreadable: ...").
 */
public final class InputFiles {
  /** Files to read and rejects found by listing. */
  public record Listing(List<ListedFile> files, List<Reject> rejects) {}

  /** A file to read: its Hadoop path string ({@code file:/a/b c:d.txt}) and its length when listed. */
  public record ListedFile(String path, long length) implements Comparable<ListedFile> {
    @Override
    public int compareTo(ListedFile o) {
      return path.compareTo(o.path);
    }
  }

  private InputFiles() {}

  public static Listing list(String input, Configuration conf) throws IOException {
    Path root = new Path(input);
    FileSystem fs = root.getFileSystem(conf);
    Path qualified = fs.makeQualified(root);
    if ("file".equals(qualified.toUri().getScheme())) {
      return listLocal(java.nio.file.Path.of(qualified.toUri()));
    }
    List<ListedFile> files = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(qualified, true);
    while (it.hasNext()) {
      LocatedFileStatus f = it.next();
      if (hidden(f.getPath().getName())) {
        continue;
      }
      if (f.getLen() == 0) {
        rejects.add(new Reject(f.getPath().toString(), "empty file"));
      } else {
        files.add(new ListedFile(f.getPath().toString(), f.getLen()));
      }
    }
    return new Listing(files, rejects);
  }

  static Listing listLocal(java.nio.file.Path given) throws IOException {
    // The folder the user named is followed even if it is itself a link; links below it are not.
    java.nio.file.Path root = given.toRealPath();
    List<ListedFile> files = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(java.nio.file.Path dir, BasicFileAttributes attrs) {
        return !dir.equals(root) && hidden(dir.getFileName().toString())
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(java.nio.file.Path file, BasicFileAttributes attrs) {
        if (!file.equals(root) && hidden(file.getFileName().toString())) {
          return FileVisitResult.CONTINUE;
        }
        String path = hadoopPath(file);
        String reason = attrs.isSymbolicLink() ? linkReason(file, root)
            : !attrs.isRegularFile() ? "not a regular file (a pipe, socket or device)"
            : attrs.size() == 0 ? "empty file"
            : unreadable(file);
        if (reason != null) {
          rejects.add(new Reject(path, reason));
        } else {
          files.add(new ListedFile(path, attrs.size()));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(java.nio.file.Path file, IOException e) {
        rejects.add(new Reject(hadoopPath(file), unreadableReason(e)));
        return FileVisitResult.CONTINUE;
      }
    });
    files.sort(null);
    return new Listing(files, rejects);
  }

  /** Why a symbolic link is not read. */
  static String linkReason(java.nio.file.Path link, java.nio.file.Path root) {
    java.nio.file.Path target;
    try {
      target = link.toRealPath();
    } catch (NoSuchFileException e) {
      return "symbolic link not followed: its target does not exist (dangling link)";
    } catch (FileSystemException e) {
      String m = String.valueOf(e.getReason());
      return m.toLowerCase(java.util.Locale.ROOT).contains("levels of symbolic links")
          ? "symbolic link not followed: link loop" : "symbolic link not followed: " + oneLine(e);
    } catch (IOException e) {
      return "symbolic link not followed: " + oneLine(e);
    }
    if (Files.isDirectory(target)) {
      return "symbolic link not followed: it points to a folder";
    }
    if (!target.startsWith(root)) {
      return "symbolic link not followed: it points outside the input folder";
    }
    return "symbolic link not followed: it points to " + root.relativize(target) + " in the input folder,"
        + " which is read under its own name";
  }

  /** Null when the file can be opened for reading, else the reason. */
  static String unreadable(java.nio.file.Path file) {
    try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    } catch (IOException | SecurityException e) {
      return unreadableReason(e);
    }
  }

  private static String oneLine(Exception e) {
    String m = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : " (" + m.replaceAll("\\s+", " ").strip() + ")");
  }

  static boolean hidden(String name) {
    return name.startsWith(".") || name.startsWith("_");
  }

  /** The path as Hadoop spells it (as the catalog looks it up): {@code file:/a/b c:d.txt}. */
  static String hadoopPath(java.nio.file.Path p) {
    String s = new Path(p.toAbsolutePath().toUri()).toString();
    return s.endsWith("/") && s.length() > 1 ? s.substring(0, s.length() - 1) : s;
  }

  private static final StructType LISTED = new StructType()
      .add("path", DataTypes.StringType, false)
      .add("length", DataTypes.LongType, false);

  /**
   * The listed files as a table (columns {@code path, length}), built from the listing: no file is listed, stat'ed
   * or opened by Spark here (Spark's file sources would stat each file again in a task and fail the job on one that
   * vanished since).
   */
  public static Dataset<Row> read(SparkSession spark, Listing listing) {
    List<Row> rows = new ArrayList<>(listing.files().size());
    for (ListedFile f : listing.files()) {
      rows.add(RowFactory.create(f.path(), f.length()));
    }
    return spark.createDataFrame(rows, LISTED);
  }

  /** The one-line reason of a file that could not be read: {@code unreadable: Class (message)}. */
  public static String unreadableReason(Exception e) {
    return "unreadable: " + oneLine(e);
  }

  /** For tests: the listing of a local folder. */
  static Listing listLocal(String folder) throws IOException {
    return listLocal(Paths.get(folder));
  }
}
