package dev.epidural.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;

/** The fixture bundles of the query, localisation and overlay tests, and helpers to write bundles. */
public final class ApiFixtures {

  /** A fixed day for review dates, so no test depends on when it runs. */
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-15T10:00:00Z"), ZoneOffset.UTC);

  private ApiFixtures() {}

  /** The English clinic bundle with Spanish translations, one of them stale. */
  public static EpiduralContent clinic() {
    return Clinic.CONTENT;
  }

  private static final class Clinic {
    static final EpiduralContent CONTENT = EpiduralContent.loader().from(resource("l10n/clinic")).clock(CLOCK).load();
  }

  /** A test resource folder or file as a path. */
  public static Path resource(String name) {
    URL url = ApiFixtures.class.getResource("/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies a test resource folder into {@code target} and returns the copy. */
  public static Path copy(String name, Path target) {
    Path from = resource(name);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path to = target.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code files} (relative name to content) under {@code dir}, replacing what is there. */
  public static Path write(Path dir, Map<String, String> files) {
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, String> f : files.entrySet()) {
        Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1-based number of the first line of a file that contains {@code text}. */
  public static int lineOf(Path file, String text) {
    try {
      var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(text)) {
          return i + 1;
        }
      }
      throw new IllegalArgumentException("'" + text + "' is not in " + file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
