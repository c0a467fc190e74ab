package org.telecomgrowth.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * HotSpot leaves a method of more than 8,000 bytes of bytecode to the interpreter (DontCompileHugeMethods): the
 * extractor's per-sentence loop grown past it ran 18% slower on the Factbook corpus. This reads the compiled class
 * and keeps that loop under the limit, with room to spare; new steps go into methods of their own.
 */
class MethodSizeTest {
  private static final int JIT_LIMIT = 8000;
  private static final int HEADROOM = 300;

  @Test
  void theExtractorsLoopStaysSmallEnoughToBeCompiled() throws IOException {
    Map<String, Integer> sizes = codeSizes(FactExtractor.class);
    int extract = sizes.getOrDefault("extract", -1);
    assertTrue(extract > 0, "FactExtractor.extract not found in " + sizes.keySet());
    assertTrue(extract <= JIT_LIMIT - HEADROOM,
        "FactExtractor.extract has " + extract + " bytes of bytecode; HotSpot does not compile methods over "
            + JIT_LIMIT + ": move a step into a method of its own");
    for (Map.Entry<String, Integer> e : sizes.entrySet()) {
      assertTrue(e.getValue() <= JIT_LIMIT, "FactExtractor." + e.getKey() + " has " + e.getValue() + " bytes");
    }
  }

  /** The largest code length of each method name of a class, read from its class file. */
  private static Map<String, Integer> codeSizes(Class<?> type) throws IOException {
    String resource = "/" + type.getName().replace('.', '/') + ".class";
    try (InputStream raw = type.getResourceAsStream(resource)) {
      DataInputStream in = new DataInputStream(raw);
      in.readInt(); // magic
      in.readUnsignedShort();
      in.readUnsignedShort();
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[i] = in.readUTF();
          case 3, 4 -> in.readInt();
          case 5, 6 -> {
            in.readLong();
            i++; // eight-byte constants take two entries
          }
          case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
          case 9, 10, 11, 12, 17, 18 -> in.readInt();
          case 15 -> {
            in.readUnsignedByte();
            in.readUnsignedShort();
          }
          default -> throw new IOException("unknown constant pool tag " + tag);
        }
      }
      in.readUnsignedShort(); // access
      in.readUnsignedShort(); // this
      in.readUnsignedShort(); // super
      in.skipBytes(2 * in.readUnsignedShort()); // interfaces
      int fields = in.readUnsignedShort();
      for (int f = 0; f < fields; f++) {
        in.skipBytes(6);
        skipAttributes(in);
      }
      Map<String, Integer> sizes = new HashMap<>();
      int methods = in.readUnsignedShort();
      for (int m = 0; m < methods; m++) {
        in.readUnsignedShort();
        String name = utf8[in.readUnsignedShort()];
        in.readUnsignedShort();
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
          String attribute = utf8[in.readUnsignedShort()];
          int length = in.readInt();
          if ("Code".equals(attribute)) {
            in.readUnsignedShort(); // max stack
            in.readUnsignedShort(); // max locals
            int code = in.readInt();
            sizes.merge(name, code, Math::max);
            in.skipBytes(length - 8);
          } else {
            in.skipBytes(length);
          }
        }
      }
      return sizes;
    }
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int attributes = in.readUnsignedShort();
    for (int a = 0; a < attributes; a++) {
      in.readUnsignedShort();
      in.skipBytes(in.readInt());
    }
  }
}
