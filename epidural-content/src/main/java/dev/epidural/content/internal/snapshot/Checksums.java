package dev.epidural.content.internal.snapshot;

import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.read.BundleFiles;
import dev.epidural.content.internal.read.JsonReader;
import dev.epidural.content.internal.tree.Node;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checksums of a bundle's files, one {@code <checksum>  <file>} per line, where the checksum is the
 * CRC-32 in hex, a dash and the length in bytes. Checksums, not digests: nothing here is a
 * cryptographic hash. The build writes the built-in bundle's checksums ({@code BuiltInArtifacts},
 * after validating it strictly); at run time, files that match them are read without re-running the
 * validation stages, and files that do not are validated in full and refused.
 *
 * <p>The check is there to catch files that were altered or corrupted after the build, not to
 * resist an attacker: whoever can rewrite the files inside the jar can rewrite the recorded
 * checksums too, so a cryptographic hash would add no protection, only start-up time (SHA-256
 * runs interpreted in a cold JVM; CRC-32 is native).
 */
public final class Checksums {

  private Checksums() {}

  /** The checksum of {@code bytes}: CRC-32 in lowercase hex, a dash, the length in bytes. */
  public static String checksum(byte[] bytes) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(bytes, 0, bytes.length);
    // Concatenation, not String.format: the formatter's first use is slow in a cold JVM.
    String hex = Long.toHexString(crc.getValue());
    return "0".repeat(8 - hex.length()) + hex + "-" + bytes.length;
  }

  /** Parses checksum lines into file → checksum, in order. */
  public static Map<String, String> parse(byte[] text) {
    Map<String, String> checksums = new LinkedHashMap<>();
    for (String line : new String(text, StandardCharsets.UTF_8).split("\n", -1)) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        int sp = l.indexOf("  ");
        if (sp > 0) {
          checksums.put(l.substring(sp + 2), l.substring(0, sp));
        }
      }
    }
    return checksums;
  }

  /**
   * Whether every file named in {@code recorded} has its recorded checksum. The manifest is among
   * them, so a manifest that lists another file no longer matches; no parsing is needed to check.
   */
  public static boolean matches(BundleFiles files, Map<String, String> recorded) {
    if (recorded.isEmpty() || !recorded.containsKey(BundleFiles.MANIFEST)) {
      return false;
    }
    Problems problems = new Problems();
    for (Map.Entry<String, String> e : recorded.entrySet()) {
      Optional<byte[]> bytes = files.read(e.getKey(), problems);
      if (bytes.isEmpty() || !checksum(bytes.get()).equals(e.getValue())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The checksum lines of the manifest and every file it lists (content, translation and sign-off
   * files), or empty if the manifest or a listed file is unreadable.
   */
  public static Optional<String> of(BundleFiles files) {
    Problems problems = new Problems();
    Optional<byte[]> manifest = files.read(BundleFiles.MANIFEST, problems);
    if (manifest.isEmpty()) {
      return Optional.empty();
    }
    Optional<Node> root = JsonReader.read(BundleFiles.MANIFEST, manifest.get(), problems);
    List<String> names = new ArrayList<>();
    names.add(BundleFiles.MANIFEST);
    if (root.isPresent() && root.get() instanceof Node.Obj obj) {
      for (String key : List.of("files", "translations", "reviews")) {
        Node.Member m = obj.get(key);
        if (m != null && m.value() instanceof Node.Arr arr) {
          arr.elements().forEach(n -> {
            if (n instanceof Node.Str s) {
              names.add(s.value());
            }
          });
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String name : names) {
      Optional<byte[]> bytes = files.read(name, problems);
      if (bytes.isEmpty()) {
        return Optional.empty();
      }
      sb.append(checksum(bytes.get())).append("  ").append(name).append('\n');
    }
    return Optional.of(sb.toString());
  }
}
