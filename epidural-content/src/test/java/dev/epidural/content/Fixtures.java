package dev.epidural.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;

/** Test bundles: the valid base bundle and the invalid fixtures that patch it. */
final class Fixtures {

  /** The date the review checks run on, so that fixtures do not age. */
  static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 11, 21).atStartOfDay().toInstant(ZoneOffset.UTC),
      ZoneOffset.UTC);

  private Fixtures() {}

  static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing test resource " + name, e);
    }
  }

  static Path base() {
    return resource("valid/base");
  }

  static Loader loader(Path bundle) {
    return EpiduralContent.loader().from(bundle).clock(TODAY);
  }

  /** A copy of the base bundle in {@code dir}. */
  static Path baseCopy(Path dir) {
    copyInto(base(), dir);
    return dir;
  }

  /** A copy of the base bundle in {@code dir}, with the files of {@code patch} laid over it. */
  static Path patched(Path patch, Path dir) {
    copyInto(patch, baseCopy(dir));
    return dir;
  }

  static void copyInto(Path from, Path to) {
    try (Stream<Path> files = Files.list(from)) {
      Files.createDirectories(to);
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
