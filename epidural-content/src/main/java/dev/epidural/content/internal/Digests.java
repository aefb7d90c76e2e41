package dev.epidural.content.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SHA-256 digests of a bundle's files, in {@code sha256sum} format ({@code <hex>  <file>} per line).
 * The built-in bundle ships the digests its build-time validation saw; at run time, files that
 * match them are read without re-running the validation stages, and files that do not are
 * validated in full and refused.
 */
public final class Digests {

  private Digests() {}

  /** The SHA-256 of {@code bytes}, lowercase hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256.
      throw new IllegalStateException(e);
    }
  }

  /** Parses {@code sha256sum} output into file → digest, in order. */
  public static Map<String, String> parse(byte[] text) {
    Map<String, String> digests = new LinkedHashMap<>();
    for (String line : new String(text, StandardCharsets.UTF_8).split("\n")) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        int sp = l.indexOf("  ");
        if (sp == 64) {
          digests.put(l.substring(sp + 2), l.substring(0, sp));
        }
      }
    }
    return digests;
  }

  /**
   * Whether every file named in {@code recorded} has its recorded digest. The manifest is among
   * them, so a manifest that lists another file no longer matches; no parsing is needed to check.
   */
  public static boolean matches(BundleFiles files, Map<String, String> recorded) {
    if (recorded.isEmpty() || !recorded.containsKey(BundleFiles.MANIFEST)) {
      return false;
    }
    Problems problems = new Problems();
    for (Map.Entry<String, String> e : recorded.entrySet()) {
      Optional<byte[]> bytes = files.read(e.getKey(), problems);
      if (bytes.isEmpty() || !sha256(bytes.get()).equals(e.getValue())) {
        return false;
      }
    }
    return true;
  }

  /** The digest lines of the manifest and every file it lists, or empty if the manifest is unreadable. */
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
      for (String key : List.of("files", "translations")) {
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
      sb.append(sha256(bytes.get())).append("  ").append(name).append('\n');
    }
    return Optional.of(sb.toString());
  }
}
