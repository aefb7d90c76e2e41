package dev.epidural.content.internal.read;

import dev.epidural.content.ReadLimits;
import dev.epidural.content.internal.problem.Messages;
import dev.epidural.content.ProblemCode;
import dev.epidural.content.internal.problem.Problems;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads a zip held in memory the way the zip specification (APPNOTE) and {@code unzip} read it: the
 * entry list comes from the end-of-central-directory record and the central directory, as
 * {@link java.util.zip.ZipFile} reads it, never from a walk over local headers. Stricter than
 * either, so that no two readers can see different files in one zip:
 *
 * <ul>
 *   <li>the end-of-central-directory record must end the file exactly (its comment reaching the
 *       last byte), and the central directory must end where that record starts;
 *   <li>each local header must agree with its central entry on name, flags, method, CRC-32 and
 *       sizes (those of a trailing data descriptor when flag bit 3 is set);
 *   <li>the entries' local headers, data and descriptors must tile the bytes before the central
 *       directory exactly: no data before the first, between two, or overlapping;
 *   <li>each entry must inflate to exactly its stated size and CRC-32.
 * </ul>
 *
 * Encryption, ZIP64 and multi-disk archives are refused; only stored and deflated entries are
 * read. Every limit of the {@link ReadLimits} it is given applies, with sizes counted as actually
 * inflated.
 */
final class ZipArchive {

  private static final int EOCD_SIG = 0x06054b50;
  private static final int CEN_SIG = 0x02014b50;
  private static final int LOC_SIG = 0x04034b50;
  private static final int EXT_SIG = 0x08074b50;
  private static final int ZIP64_LOCATOR_SIG = 0x07064b50;
  private static final int EOCD_LEN = 22;
  private static final int CEN_LEN = 46;
  private static final int LOC_LEN = 30;
  /** Deflate's largest expansion: 258 bytes from each 2 bits, at most 1032 to 1. */
  private static final long MAX_DEFLATE_RATIO = 1032;
  private static final int STORED = 0;
  private static final int DEFLATED = 8;
  private static final int FLAG_ENCRYPTED = 1;
  private static final int FLAG_DESCRIPTOR = 1 << 3;
  private static final int FLAG_STRONG_ENCRYPTION = 1 << 6;
  private static final int FLAG_UTF8 = 1 << 11;
  private static final int FLAG_MASKED_HEADERS = 1 << 13;

  private final byte[] zip;
  private final String shown;
  private final ReadLimits limits;
  private final Problems problems;

  /** One central directory entry, with the span its local header, data and descriptor take. */
  private record Entry(String name, int flags, int method, long crc, long compressedSize, long size,
                       long localOffset, long dataStart, long end) {}

  /** Refuses the zip: the problem is already added. */
  private static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused() {
      super(null, null, false, false);
    }
  }

  private ZipArchive(byte[] zip, String shown, ReadLimits limits, Problems problems) {
    this.zip = zip;
    this.shown = shown;
    this.limits = limits;
    this.problems = problems;
  }

  /** As {@link #read(byte[], String, ReadLimits, Problems)}, under the default limits. */
  static Optional<Map<String, byte[]>> read(byte[] zip, String shown, Problems problems) {
    return read(zip, shown, ReadLimits.defaults(), problems);
  }

  /**
   * The files of a zip by entry name (directories left out), or empty with problems when the zip
   * is refused.
   */
  static Optional<Map<String, byte[]>> read(byte[] zip, String shown, ReadLimits limits, Problems problems) {
    ZipArchive archive = new ZipArchive(zip, shown, limits, problems);
    try {
      return archive.read();
    } catch (Refused e) {
      return Optional.empty();
    }
  }

  private Optional<Map<String, byte[]>> read() throws Refused {
    int eocd = findEndRecord();
    if (u16(eocd + 4) != 0 || u16(eocd + 6) != 0 || u16(eocd + 8) != u16(eocd + 10)) {
      throw refuse(ProblemCode.IO_ZIP_UNSUPPORTED, "zip spans several disks; only single-file zips are read");
    }
    int count = u16(eocd + 10);
    long cdSize = u32(eocd + 12);
    long cdOffset = u32(eocd + 16);
    if (count == 0xFFFF || cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL
        || (eocd >= 20 && i32(eocd - 20) == ZIP64_LOCATOR_SIG)) {
      throw refuse(ProblemCode.IO_ZIP_UNSUPPORTED, "zip is a ZIP64 archive; bundles are far below its sizes");
    }
    if (count > limits.maxZipEntries()) {
      throw refuse(ProblemCode.IO_ZIP_TOO_MANY_ENTRIES, "zip has more than " + limits.maxZipEntries() + " entries");
    }
    if (cdOffset + cdSize > eocd) {
      throw refuse(ProblemCode.IO_ZIP_CENTRAL_DIRECTORY, "zip's central directory (" + cdSize + " bytes at offset "
          + cdOffset + ") runs past the end-of-central-directory record at offset " + eocd
          + "; the zip is damaged or cut short");
    }
    if (cdOffset + cdSize < eocd) {
      throw refuse(ProblemCode.IO_ZIP_STRAY_DATA, "zip has " + (eocd - cdOffset - cdSize)
          + " bytes between its central directory and its end-of-central-directory record");
    }
    List<Entry> entries = centralDirectory((int) cdOffset, (int) cdSize, count);
    checkTiling(entries, cdOffset);
    return contents(entries);
  }

  /**
   * The offset of the end-of-central-directory record: the last one whose comment ends the file
   * exactly, as {@code unzip} looks for it.
   */
  private int findEndRecord() throws Refused {
    int last = zip.length - EOCD_LEN;
    for (int at = last; at >= 0 && at >= last - 0xFFFF; at--) {
      if (i32(at) == EOCD_SIG && u16(at + 20) == zip.length - at - EOCD_LEN) {
        return at;
      }
    }
    throw refuse(ProblemCode.IO_ZIP_CENTRAL_DIRECTORY, zip.length < 4 || i32(0) != LOC_SIG
        ? "not a zip: end-of-central-directory signature not found"
        : "zip has no end-of-central-directory record (signature not found): it is cut short or has no central "
            + "directory, and unzip refuses it too");
  }

  private List<Entry> centralDirectory(int offset, int size, int count) throws Refused {
    List<Entry> entries = new ArrayList<>(count);
    int at = offset;
    int end = offset + size;
    for (int i = 0; i < count; i++) {
      if (at + CEN_LEN > end || i32(at) != CEN_SIG) {
        throw refuse(ProblemCode.IO_ZIP_CENTRAL_DIRECTORY, "zip's central directory is damaged: entry " + (i + 1)
            + " of " + count + " at offset " + at + " is not a central directory header");
      }
      // The central header is the local header's fields behind a "version made by" field.
      Fields f = fields(at + 8);
      int flags = f.flags();
      int method = f.method();
      int nameLen = f.nameLen();
      int commentLen = u16(at + 32);
      int disk = u16(at + 34);
      long local = u32(at + 42);
      int next = at + CEN_LEN + nameLen + f.extraLen() + commentLen;
      if (next > end) {
        throw refuse(ProblemCode.IO_ZIP_CENTRAL_DIRECTORY, "zip's central directory is damaged: entry " + (i + 1)
            + " runs past its end");
      }
      String name = name(at + CEN_LEN, nameLen, flags);
      if ((flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION | FLAG_MASKED_HEADERS)) != 0) {
        throw refuse(ProblemCode.IO_ZIP_UNSUPPORTED, "zip entry '" + Messages.clip(name) + "' is encrypted");
      }
      if (method != STORED && method != DEFLATED) {
        throw refuse(ProblemCode.IO_ZIP_UNSUPPORTED, "zip entry '" + Messages.clip(name) + "' uses compression method "
            + method + "; only stored (0) and deflated (8) are read");
      }
      if (disk != 0 || f.csize() == 0xFFFFFFFFL || f.usize() == 0xFFFFFFFFL || local == 0xFFFFFFFFL) {
        throw refuse(ProblemCode.IO_ZIP_UNSUPPORTED, "zip entry '" + Messages.clip(name)
            + "' needs ZIP64 or another disk");
      }
      entries.add(local(name, Arrays.copyOfRange(zip, at + CEN_LEN, at + CEN_LEN + nameLen), f, local));
      at = next;
    }
    if (at != end) {
      throw refuse(ProblemCode.IO_ZIP_CENTRAL_DIRECTORY, "zip's central directory is damaged: it lists " + count
          + " entries in " + (at - offset) + " bytes but says it is " + size + " bytes long");
    }
    return entries;
  }

  /** Checks the local header of a central entry against it, and finds where the entry ends. */
  private Entry local(String name, byte[] nameBytes, Fields central, long offset) throws Refused {
    int flags = central.flags();
    int method = central.method();
    long crc = central.crc();
    long csize = central.csize();
    long usize = central.usize();
    String quoted = "zip entry '" + Messages.clip(name) + "'";
    if (offset + LOC_LEN > zip.length || i32((int) offset) != LOC_SIG) {
      throw refuse(ProblemCode.IO_ZIP_HEADER_MISMATCH, quoted + ": no local header at offset " + offset
          + " where the central directory puts it");
    }
    int at = (int) offset;
    Fields here = fields(at + 6);
    int nameLen = here.nameLen();
    long dataStart = offset + LOC_LEN + nameLen + here.extraLen();
    if (dataStart + csize > zip.length) {
      throw refuse(ProblemCode.IO_ZIP_CENTRAL_DIRECTORY, quoted + " runs past the end of the zip");
    }
    if (!Arrays.equals(zip, at + LOC_LEN, at + LOC_LEN + nameLen, nameBytes, 0, nameBytes.length)) {
      throw mismatch(quoted, offset, "name '" + Messages.clip(new String(zip, at + LOC_LEN, nameLen,
          StandardCharsets.UTF_8)) + "'");
    }
    if (here.flags() != flags) {
      throw mismatch(quoted, offset, "flags " + here.flags() + " (central directory: " + flags + ")");
    }
    if (here.method() != method) {
      throw mismatch(quoted, offset, "compression method " + here.method() + " (central directory: " + method + ")");
    }
    long end = dataStart + csize;
    if ((flags & FLAG_DESCRIPTOR) != 0) {
      // Sizes and CRC-32 follow the data; the local header may give them as zero or in full.
      if (!(here.crc() == 0 && here.csize() == 0 && here.usize() == 0)) {
        checkSame(quoted, offset, here, central);
      }
      int d = (int) end;
      boolean signed = d + 16 <= zip.length && i32(d) == EXT_SIG;
      int fields = signed ? d + 4 : d;
      if (fields + 12 > zip.length) {
        throw refuse(ProblemCode.IO_ZIP_CENTRAL_DIRECTORY, quoted + ": its data descriptor runs past the end of the zip");
      }
      long dCrc = u32(fields);
      long dCsize = u32(fields + 4);
      long dUsize = u32(fields + 8);
      if (dCrc != crc || dCsize != csize || dUsize != usize) {
        throw mismatch(quoted, end, "data descriptor CRC-32 " + Long.toHexString(dCrc) + ", sizes " + dCsize + "/"
            + dUsize + " (central directory: " + Long.toHexString(crc) + ", " + csize + "/" + usize + ")");
      }
      end = fields + 12L;
    } else {
      checkSame(quoted, offset, here, central);
    }
    return new Entry(name, flags, method, crc, csize, usize, offset, dataStart, end);
  }

  private void checkSame(String quoted, long offset, Fields here, Fields central) throws Refused {
    if (here.crc() != central.crc() || here.csize() != central.csize() || here.usize() != central.usize()) {
      throw mismatch(quoted, offset, "CRC-32 " + Long.toHexString(here.crc()) + ", sizes " + here.csize() + "/"
          + here.usize() + " (central directory: " + Long.toHexString(central.crc()) + ", " + central.csize() + "/"
          + central.usize() + ")");
    }
  }

  /** The entries must cover every byte before the central directory, once. */
  private void checkTiling(List<Entry> entries, long cdOffset) throws Refused {
    List<Entry> byOffset = new ArrayList<>(entries);
    byOffset.sort(Comparator.comparingLong(Entry::localOffset));
    long expected = 0;
    for (Entry e : byOffset) {
      if (e.localOffset() < expected) {
        throw refuse(ProblemCode.IO_ZIP_STRAY_DATA, "zip entry '" + Messages.clip(e.name()) + "' at offset "
            + e.localOffset() + " overlaps the entry before it, which ends at offset " + expected);
      }
      if (e.localOffset() > expected) {
        throw refuse(ProblemCode.IO_ZIP_STRAY_DATA, "zip has " + (e.localOffset() - expected) + " bytes at offset "
            + expected + " that belong to no listed entry");
      }
      expected = e.end();
    }
    if (expected > cdOffset) {
      throw refuse(ProblemCode.IO_ZIP_STRAY_DATA, "zip's last entry overlaps its central directory at offset "
          + cdOffset);
    }
    if (expected < cdOffset) {
      throw refuse(ProblemCode.IO_ZIP_STRAY_DATA, "zip has " + (cdOffset - expected) + " bytes at offset " + expected
          + " that belong to no listed entry");
    }
  }

  /** Inflates and checks every entry, in central directory order, with the checks on names and archives. */
  private Optional<Map<String, byte[]>> contents(List<Entry> entries) throws Refused {
    Map<String, byte[]> files = new HashMap<>();
    long total = 0;
    boolean refused = false;
    for (Entry e : entries) {
      String name = e.name();
      String bad = name.indexOf('\\') >= 0 ? "contains a backslash"
          : name.startsWith("/") || name.matches("^[A-Za-z]:.*") ? "is absolute"
          : Arrays.asList(name.split("/")).contains("..") ? "contains '..'"
          : name.chars().anyMatch(c -> c < 0x20) ? "contains a control character" : null;
      if (bad != null) {
        problems.addFile(ProblemCode.IO_ZIP_ENTRY_NAME, "zip entry '" + Messages.clip(name) + "' " + bad, shown);
        refused = true;
        continue;
      }
      if (name.endsWith("/")) {
        if (e.size() != 0) {
          throw refuse(ProblemCode.IO_ZIP_ENTRY_DATA, "zip entry '" + Messages.clip(name) + "' is a folder with data");
        }
        continue;
      }
      if (isArchiveName(name)) {
        problems.addFile(ProblemCode.IO_NESTED_ARCHIVE, "zip entry '" + Messages.clip(name)
            + "' is an archive; nested archives are not read", shown);
        refused = true;
        continue;
      }
      if (e.method() == DEFLATED && e.size() > e.compressedSize() * MAX_DEFLATE_RATIO + 1024) {
        // Refused before anything is allocated for it: no deflate stream inflates that far.
        throw refuse(ProblemCode.IO_ZIP_ENTRY_DATA, "zip entry '" + Messages.clip(name) + "' claims " + e.size()
            + " bytes from " + e.compressedSize() + " deflated bytes, more than deflate can give");
      }
      if (e.size() > limits.maxFileBytes()) {
        throw refuse(ProblemCode.IO_TOO_LARGE, "zip entry '" + Messages.clip(name) + "' inflates to more than "
            + limits.maxFileBytes() + " bytes");
      }
      if (total + e.size() > limits.maxBundleBytes()) {
        throw refuse(ProblemCode.IO_TOO_LARGE, "zip inflates to more than " + limits.maxBundleBytes()
            + " bytes in total");
      }
      byte[] bytes = inflate(e);
      total += bytes.length;
      if (isArchiveContent(bytes)) {
        problems.addFile(ProblemCode.IO_NESTED_ARCHIVE, "zip entry '" + Messages.clip(name)
            + "' holds an archive; nested archives are not read", shown);
        refused = true;
        continue;
      }
      if (files.put(name, bytes) != null) {
        problems.addFile(ProblemCode.IO_ZIP_ENTRY_NAME, "zip has two entries named '" + Messages.clip(name) + "'", shown);
        refused = true;
      }
    }
    if (refused) {
      return Optional.empty();
    }
    if (entries.isEmpty()) {
      throw refuse(ProblemCode.IO_UNREADABLE, "zip is empty");
    }
    return Optional.of(files);
  }

  /**
   * The entry's bytes: exactly its stated size (checked against the stated size before any byte is
   * kept, so no more than that is ever allocated), with its stated CRC-32.
   */
  private byte[] inflate(Entry e) throws Refused {
    String quoted = "zip entry '" + Messages.clip(e.name()) + "'";
    int start = (int) e.dataStart();
    int csize = (int) e.compressedSize();
    byte[] out = new byte[(int) e.size()];
    if (e.method() == STORED) {
      if (csize != out.length) {
        throw refuse(ProblemCode.IO_ZIP_ENTRY_DATA, quoted + " is stored with " + csize + " bytes but says it holds "
            + out.length);
      }
      System.arraycopy(zip, start, out, 0, csize);
    } else {
      Inflater inflater = new Inflater(true);
      try {
        inflater.setInput(zip, start, csize);
        int n = 0;
        while (n < out.length && !inflater.finished()) {
          int got = inflater.inflate(out, n, out.length - n);
          if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
            break;
          }
          n += got;
        }
        // One more call on a full buffer tells whether the stream holds more than it says.
        byte[] probe = new byte[1];
        boolean more = !inflater.finished() && inflater.inflate(probe) > 0;
        if (n != out.length || more || !inflater.finished() || inflater.getRemaining() != 0) {
          throw refuse(ProblemCode.IO_ZIP_ENTRY_DATA, quoted + " does not inflate to the " + out.length
              + " bytes its headers give" + (more ? " (it holds more)" : ""));
        }
      } catch (DataFormatException ex) {
        throw refuse(ProblemCode.IO_ZIP_ENTRY_DATA, quoted + " is not valid deflate data: "
            + Messages.clip(String.valueOf(ex.getMessage())));
      } finally {
        inflater.end();
      }
    }
    CRC32 crc = new CRC32();
    crc.update(out);
    if (crc.getValue() != e.crc()) {
      throw refuse(ProblemCode.IO_ZIP_ENTRY_DATA, quoted + " has CRC-32 " + Long.toHexString(crc.getValue())
          + " but its headers give " + Long.toHexString(e.crc()));
    }
    return out;
  }

  private String name(int at, int len, int flags) throws Refused {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(zip, at, len)).toString();
    } catch (CharacterCodingException e) {
      throw refuse(ProblemCode.IO_ZIP_ENTRY_NAME, "zip entry name at offset " + at + " is not UTF-8"
          + ((flags & FLAG_UTF8) != 0 ? " although flagged so" : ""));
    }
  }

  static boolean isArchiveName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".zip") || n.endsWith(".jar") || n.endsWith(".gz") || n.endsWith(".tgz")
        || n.endsWith(".tar") || n.endsWith(".7z") || n.endsWith(".rar") || n.endsWith(".war");
  }

  static boolean isArchiveContent(byte[] b) {
    return (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5 || b[2] == 7))
        || (b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B);
  }

  private Refused mismatch(String quoted, long offset, String what) {
    return refuse(ProblemCode.IO_ZIP_HEADER_MISMATCH, quoted + ": the local header at offset " + offset + " gives "
        + what + "; the two must agree");
  }

  private Refused refuse(ProblemCode code, String message) {
    problems.addFile(code, message, shown);
    return new Refused();
  }

  /**
   * The fields a local header and a central directory header share, in the same order in both
   * (APPNOTE 4.3.7 and 4.3.12): general purpose flags, compression method, time, date, CRC-32,
   * compressed size, size, name length and extra field length.
   */
  private record Fields(int flags, int method, long crc, long csize, long usize, int nameLen, int extraLen) {}

  /** The shared fields of a header whose general purpose flags are at {@code at}. */
  private Fields fields(int at) {
    return new Fields(u16(at), u16(at + 2), u32(at + 8), u32(at + 12), u32(at + 16), u16(at + 20), u16(at + 22));
  }

  private int u16(int at) {
    return (zip[at] & 0xFF) | (zip[at + 1] & 0xFF) << 8;
  }

  private long u32(int at) {
    return i32(at) & 0xFFFFFFFFL;
  }

  private int i32(int at) {
    return (zip[at] & 0xFF) | (zip[at + 1] & 0xFF) << 8 | (zip[at + 2] & 0xFF) << 16 | (zip[at + 3] & 0xFF) << 24;
  }
}
