package dev.epidural.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The CLI's version, as the build wrote it: {@code version.properties} is a Maven-filtered
 * resource; the shaded jar's manifest {@code Implementation-Version} is the fallback.
 */
public final class VersionProvider implements CommandLine.IVersionProvider {

  private static final String RESOURCE = "version.properties";

  /** The version, read once. */
  public static String version() {
    return Holder.VERSION;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"epidural " + version()};
  }

  private static final class Holder {
    static final String VERSION = read();

    private static String read() {
      try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
        if (in != null) {
          Properties p = new Properties();
          p.load(in);
          String v = p.getProperty("version", "").trim();
          if (!v.isEmpty() && !v.startsWith("${")) {
            return v;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
      String manifest = VersionProvider.class.getPackage().getImplementationVersion();
      return manifest != null ? manifest : "unknown";
    }
  }
}
