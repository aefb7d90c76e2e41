package dev.epidural.content.export.schemaorg;

import dev.epidural.content.export.JsonLdExporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vendored schema.org release files on the test class path, each checked against the SHA-256
 * digest its folder's README gives before any test reads it.
 */
public final class SchemaOrgFiles {

  /** The folder of the release the exporter claims, on the class path. */
  public static final String FOLDER = "dev/epidural/content/export/schemaorg/" + JsonLdExporter.SCHEMA_ORG_RELEASE + "/";

  /** The vocabulary: types, properties, enumeration members. */
  public static final String VOCABULARY = "schemaorg-current-https.jsonld";

  /** The JSON-LD context served at {@code https://schema.org}. */
  public static final String CONTEXT = "schemaorgcontext.jsonld";

  private SchemaOrgFiles() {}

  /**
   * The bytes of one vendored file, after checking them against the README's digest.
   *
   * @param name {@link #VOCABULARY} or {@link #CONTEXT}
   * @return the file's bytes
   * @throws IllegalStateException if the file or its README line is missing, or the digest differs
   */
  public static byte[] read(String name) {
    byte[] bytes = resource(name);
    String readme = new String(resource("README.md"), StandardCharsets.UTF_8);
    Matcher line = Pattern.compile("(?m)^([0-9a-f]{64})  " + Pattern.quote(name) + "$").matcher(readme);
    if (!line.find()) {
      throw new IllegalStateException(FOLDER + "README.md gives no SHA-256 for " + name);
    }
    String actual = sha256(bytes);
    if (!actual.equals(line.group(1))) {
      throw new IllegalStateException(FOLDER + name + " has SHA-256 " + actual + ", but its README gives "
          + line.group(1) + ": the vendored file was changed");
    }
    return bytes;
  }

  /**
   * The lowercase hex SHA-256 of {@code bytes}.
   *
   * @param bytes any bytes
   * @return 64 hex digits
   */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = SchemaOrgFiles.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("no " + FOLDER + name + " on the test class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
