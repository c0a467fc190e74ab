package org.telecomgrowth.extract.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a zipped document (XLSX, DOCX) before any library opens it, by unpacking it once into nothing: every part
 * together must unpack to at most {@link FormatLimits#maxDecompressedBytes()}, no part may be compressed more than
 * {@link FormatLimits#MAX_INFLATE_RATIO} times (zip bombs are compressed thousands of times), and the parts are
 * at most {@link #MAX_ENTRIES}. The sizes the zip declares are not trusted: the bytes are counted as they unpack.
 */
final class ZipGuard {
  private ZipGuard() {}

  static final int MAX_ENTRIES = 10_000;
  /** Parts smaller than this may have any ratio (a short XML part of repeated tags compresses well). */
  private static final long SMALL_PART = 1 << 20;

  static void check(byte[] bytes, FormatLimits limits) throws Rejected {
    long total = 0;
    int entries = 0;
    byte[] buf = new byte[64 << 10];
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new Rejected(RejectReasons.DECOMPRESSED_TOO_LARGE, "more than " + MAX_ENTRIES + " zip entries");
        }
        long size = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
          size += n;
          total += n;
          if (total > limits.maxDecompressedBytes()) {
            throw new Rejected(RejectReasons.DECOMPRESSED_TOO_LARGE, "unpacks to more than "
                + limits.maxDecompressedBytes() + " bytes (--max-document-mb)");
          }
        }
        long packed = e.getCompressedSize();
        if (size > SMALL_PART && packed > 0 && size / packed > FormatLimits.MAX_INFLATE_RATIO) {
          throw new Rejected(RejectReasons.DECOMPRESSED_TOO_LARGE, "part " + e.getName() + " is compressed "
              + (size / packed) + " times (a zip bomb)");
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new Rejected(RejectReasons.CORRUPT, "not a readable zip (" + e.getMessage() + ")");
    }
    if (entries == 0) {
      throw new Rejected(RejectReasons.CORRUPT, "not a zip file");
    }
  }
}
