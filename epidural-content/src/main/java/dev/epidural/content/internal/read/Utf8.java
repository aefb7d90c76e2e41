package dev.epidural.content.internal.read;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Whether bytes are well-formed UTF-8 as Unicode defines it (Table 3-7): no overlong forms, no
 * encoded surrogates, nothing above U+10FFFF, no truncated sequence. This is exactly what the
 * JDK's strict UTF-8 decoder accepts, which {@code Utf8Properties} pins; the loader's fast path
 * uses it to decide, without decoding, that a file needs no encoding problem reported.
 */
public final class Utf8 {

  /** Eight bytes at once: a file is nearly all ASCII, and a word with no high bit set is eight ASCII bytes. */
  private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private Utf8() {}

  /** True if {@code bytes} are well-formed UTF-8. */
  public static boolean isWellFormed(byte[] bytes) {
    int i = 0;
    int n = bytes.length;
    while (i < n) {
      int b = bytes[i];
      if (b >= 0) {
        i++;
        while (i + Long.BYTES <= n && ((long) WORDS.get(bytes, i) & HIGH_BITS) == 0) {
          i += Long.BYTES;
        }
        continue;
      }
      b &= 0xFF;
      if (b < 0xC2) {
        return false; // a continuation byte first, or an overlong two-byte form
      }
      if (b < 0xE0) {
        if (i + 1 >= n || !continuation(bytes[i + 1])) {
          return false;
        }
        i += 2;
      } else if (b < 0xF0) {
        if (i + 2 >= n) {
          return false;
        }
        int b1 = bytes[i + 1] & 0xFF;
        boolean second = b == 0xE0 ? b1 >= 0xA0 && b1 <= 0xBF
            : b == 0xED ? b1 >= 0x80 && b1 <= 0x9F
            : b1 >= 0x80 && b1 <= 0xBF;
        if (!second || !continuation(bytes[i + 2])) {
          return false;
        }
        i += 3;
      } else if (b < 0xF5) {
        if (i + 3 >= n) {
          return false;
        }
        int b1 = bytes[i + 1] & 0xFF;
        boolean second = b == 0xF0 ? b1 >= 0x90 && b1 <= 0xBF
            : b == 0xF4 ? b1 >= 0x80 && b1 <= 0x8F
            : b1 >= 0x80 && b1 <= 0xBF;
        if (!second || !continuation(bytes[i + 2]) || !continuation(bytes[i + 3])) {
          return false;
        }
        i += 4;
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
  }
}
