package dev.epidural.content.internal.read;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes zips byte by byte, stored entries only, so that tests can make the ones no zip library
 * would: local headers that disagree with the central directory, entries it does not list, gaps,
 * overlaps, or no central directory at all. Follows APPNOTE 4.3.7 (local header), 4.3.12 (central
 * header) and 4.3.16 (end-of-central-directory record).
 */
final class ZipBytes {

  /** One entry as written: what the local header says, and whether and how the central directory lists it. */
  static final class Entry {
    final String name;
    final byte[] data;
    String localName;
    long localCrc = -1;
    int localFlags = -1;
    int flags;
    boolean listed = true;
    byte[] before = new byte[0];
    /** When not negative, the size both headers claim, instead of the data's. */
    long claimedSize = -1;
    /** Whether the data is deflated (method 8) rather than stored. */
    boolean deflated;
    /** When not negative, the central directory points here instead of at the entry's own header. */
    int offsetOf = -1;

    Entry(String name, String text) {
      this.name = name;
      this.data = text.getBytes(StandardCharsets.UTF_8);
      this.localName = name;
    }
  }

  private final List<Entry> entries = new ArrayList<>();
  private boolean central = true;
  private int countDelta;

  Entry add(String name, String text) {
    Entry e = new Entry(name, text);
    entries.add(e);
    return e;
  }

  /** The entries added so far, in order. */
  List<Entry> entries() {
    return entries;
  }

  ZipBytes withoutCentralDirectory() {
    central = false;
    return this;
  }

  /** The end record claims this many entries more than the central directory holds. */
  ZipBytes miscount(int delta) {
    countDelta = delta;
    return this;
  }

  private static byte[] stored(Entry e) {
    if (!e.deflated) {
      return e.data;
    }
    java.util.zip.Deflater deflater = new java.util.zip.Deflater(9, true);
    deflater.setInput(e.data);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    while (!deflater.finished()) {
      out.write(buf, 0, deflater.deflate(buf));
    }
    deflater.end();
    return out.toByteArray();
  }

  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int[] offsets = new int[entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      out.writeBytes(e.before);
      offsets[i] = out.size();
      byte[] name = e.localName.getBytes(StandardCharsets.UTF_8);
      le32(out, 0x04034b50);
      le16(out, 20);
      byte[] body = stored(e);
      le16(out, e.localFlags >= 0 ? e.localFlags : e.flags);
      le16(out, e.deflated ? 8 : 0);
      le16(out, 0);
      le16(out, 0x21);
      le32(out, e.localCrc >= 0 ? e.localCrc : crc(e.data));
      le32(out, body.length);
      le32(out, e.claimedSize >= 0 ? e.claimedSize : e.data.length);
      le16(out, name.length);
      le16(out, 0);
      out.writeBytes(name);
      out.writeBytes(body);
    }
    if (!central) {
      return out.toByteArray();
    }
    int cdStart = out.size();
    int listed = 0;
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (!e.listed) {
        continue;
      }
      listed++;
      byte[] name = e.name.getBytes(StandardCharsets.UTF_8);
      le32(out, 0x02014b50);
      le16(out, 20);
      le16(out, 20);
      byte[] body = stored(e);
      le16(out, e.flags);
      le16(out, e.deflated ? 8 : 0);
      le16(out, 0);
      le16(out, 0x21);
      le32(out, crc(e.data));
      le32(out, body.length);
      le32(out, e.claimedSize >= 0 ? e.claimedSize : e.data.length);
      le16(out, name.length);
      le16(out, 0);
      le16(out, 0);
      le16(out, 0);
      le16(out, 0);
      le32(out, 0);
      le32(out, e.offsetOf >= 0 ? offsets[e.offsetOf] : offsets[i]);
      out.writeBytes(name);
    }
    int cdSize = out.size() - cdStart;
    le32(out, 0x06054b50);
    le16(out, 0);
    le16(out, 0);
    le16(out, listed + countDelta);
    le16(out, listed + countDelta);
    le32(out, cdSize);
    le32(out, cdStart);
    le16(out, 0);
    return out.toByteArray();
  }

  static long crc(byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data);
    return crc.getValue();
  }

  private static void le16(ByteArrayOutputStream out, int v) {
    out.write(v & 0xFF);
    out.write((v >>> 8) & 0xFF);
  }

  private static void le32(ByteArrayOutputStream out, long v) {
    le16(out, (int) (v & 0xFFFF));
    le16(out, (int) ((v >>> 16) & 0xFFFF));
  }
}
