package dev.epidural.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One bundle file's bytes, for showing the source line a problem points at. The bytes are bundle
 * content, so nothing is trusted: they are decoded leniently (a malformed UTF-8 byte is U+FFFD),
 * every character that could steer a terminal is escaped ({@link Safe#isUnsafe}), tabs become
 * spaces, and a long line is cut to a window around the column. Lines end at LF, CRLF or a lone CR,
 * and columns count UTF-16 code units, as the loader counts them.
 *
 * <p>Problems come sorted by line and column, so lines and columns are found by walking forward
 * from the last one: a whole report costs one pass over the file, however long its lines are.
 */
final class SourceLines {

  /** Display columns a tab takes. */
  static final int TAB = 4;
  /** At most this many display columns of a line are shown. */
  static final int MAX_WIDTH = 100;
  /** When a line is cut, at most this many display columns are shown before the caret. */
  static final int MAX_BEFORE = 40;
  /** What stands for the cut part of a line. */
  static final String ELLIPSIS = "...";

  /**
   * One source line as shown.
   *
   * @param text the line, printable, at most about {@link #MAX_WIDTH} display columns
   * @param caret display columns before the caret, or empty when no column is known
   */
  record Frame(String text, OptionalInt caret) {}

  private final byte[] bytes;
  // The last line found: its number and where it starts.
  private int line = 1;
  private int lineStart;
  // The last column found on that line: its UTF-16 index and byte offset.
  private int units;
  private int offset;

  SourceLines(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * The frame of a line and column.
   *
   * @param lineNumber 1-based line
   * @param column 1-based column in UTF-16 code units, when known
   * @return the frame, or empty when the file has no such line
   */
  Optional<Frame> frame(int lineNumber, OptionalInt column) {
    if (lineNumber < 1 || !seekLine(lineNumber)) {
      return Optional.empty();
    }
    int end = lineEnd(lineStart);
    int caretByte = column.isPresent() ? seekColumn(column.getAsInt() - 1, end) : lineStart;
    return Optional.of(render(caretByte, end, column.isPresent()));
  }

  private boolean seekLine(int target) {
    if (target < line) {
      line = 1;
      lineStart = 0;
    }
    while (line < target) {
      int i = lineEnd(lineStart);
      if (i >= bytes.length) {
        return false;
      }
      i += bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n' ? 2 : 1;
      line++;
      lineStart = i;
      units = 0;
      offset = i;
    }
    if (offset < lineStart) {
      units = 0;
      offset = lineStart;
    }
    return true;
  }

  private int lineEnd(int from) {
    int i = from;
    while (i < bytes.length && bytes[i] != '\n' && bytes[i] != '\r') {
      i++;
    }
    return i;
  }

  /** The byte offset of UTF-16 index {@code target} on the current line, or the line's end. */
  private int seekColumn(int target, int end) {
    if (target < units) {
      units = 0;
      offset = lineStart;
    }
    while (units < target && offset < end) {
      int len = length(offset, end);
      units += len == 4 ? 2 : 1;
      offset += len;
    }
    return offset;
  }

  /** The length of the UTF-8 sequence at {@code i}: 1 for a byte that starts none. */
  private int length(int i, int end) {
    int b = bytes[i] & 0xFF;
    int len = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 1;
    if (i + len > end) {
      return 1;
    }
    for (int k = 1; k < len; k++) {
      if ((bytes[i + k] & 0xC0) != 0x80) {
        return 1;
      }
    }
    return len;
  }

  /** The code point of the sequence at {@code i} of length {@code len}; U+FFFD for a stray byte. */
  private int codePoint(int i, int len) {
    int b = bytes[i] & 0xFF;
    if (len == 1) {
      return b < 0x80 ? b : 0xFFFD;
    }
    int cp = b & (0xFF >> (len + 1));
    for (int k = 1; k < len; k++) {
      cp = (cp << 6) | (bytes[i + k] & 0x3F);
    }
    // Overlong and surrogate encodings are malformed UTF-8.
    boolean bad = (len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))
        || (cp >= 0xD800 && cp <= 0xDFFF);
    return bad ? 0xFFFD : cp;
  }

  private Frame render(int caretByte, int end, boolean hasCaret) {
    // The code points around the caret: a bounded number each side, so a 64 MiB line costs no more.
    List<String> shown = new ArrayList<>();
    List<Integer> widths = new ArrayList<>();
    int start = caretByte;
    for (int n = 0; n < MAX_WIDTH && start > lineStart; n++) {
      start--;
      for (int k = 0; k < 3 && start > lineStart && (bytes[start] & 0xC0) == 0x80; k++) {
        start--;
      }
    }
    // Re-walk forward from start so sequences are read whole.
    int caretIndex = -1;
    int i = start;
    int after = 0;
    while (i < end && after <= MAX_WIDTH) {
      if (i >= caretByte && caretIndex < 0) {
        caretIndex = shown.size();
      }
      int len = length(i, end);
      add(codePoint(i, len), shown, widths);
      if (caretIndex >= 0) {
        after++;
      }
      i += len;
    }
    if (caretIndex < 0) {
      caretIndex = shown.size();
    }
    boolean cutRight = i < end;
    boolean cutLeft = start > lineStart;
    // Trim to display columns: at most MAX_BEFORE before the caret when the line is cut, and
    // MAX_WIDTH in all.
    int[] upTo = new int[widths.size() + 1];
    for (int k = 0; k < widths.size(); k++) {
      upTo[k + 1] = upTo[k] + widths.get(k);
    }
    int from = 0;
    if (upTo[widths.size()] > MAX_WIDTH || cutLeft || cutRight) {
      while (from < caretIndex && upTo[caretIndex] - upTo[from] > MAX_BEFORE) {
        from++;
      }
    }
    cutLeft |= from > 0;
    int to = widths.size();
    while (to > caretIndex && upTo[to] - upTo[from] > MAX_WIDTH) {
      to--;
    }
    cutRight |= to < widths.size();
    StringBuilder text = new StringBuilder();
    int caret = 0;
    if (cutLeft) {
      text.append(ELLIPSIS);
      caret += ELLIPSIS.length();
    }
    for (int k = from; k < to; k++) {
      text.append(shown.get(k));
      if (k < caretIndex) {
        caret += widths.get(k);
      }
    }
    if (cutRight) {
      text.append(ELLIPSIS);
    }
    return new Frame(text.toString(), hasCaret ? OptionalInt.of(caret) : OptionalInt.empty());
  }

  private static void add(int cp, List<String> shown, List<Integer> widths) {
    String s;
    if (cp == '\t') {
      s = " ".repeat(TAB);
    } else if (Safe.isUnsafe(cp)) {
      StringBuilder sb = new StringBuilder();
      Safe.escape(sb, cp);
      s = sb.toString();
    } else {
      s = new String(Character.toChars(cp));
    }
    shown.add(s);
    widths.add(cp == '\t' || Safe.isUnsafe(cp) ? s.length() : width(cp));
  }

  /** Display columns of a printable code point: 0 for combining marks, 2 for East Asian wide. */
  static int width(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
      return 0;
    }
    boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xA000 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F900 && cp <= 0x1F9FF)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
    return wide ? 2 : 1;
  }
}
