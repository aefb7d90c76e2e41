package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar, as a library user gets it (run by failsafe after {@code package}): it holds the
 * built-in bundle's checksums and snapshot that the build wrote, and {@code builtIn()} loaded from
 * it, in a class loader of its own, takes the snapshot path.
 */
class ShippedJarIT {

  @Test
  void builtInTakesTheSnapshotPathFromTheShippedJar() throws Exception {
    Path jar = Path.of(System.getProperty("content.jar")).toAbsolutePath();
    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(file.getEntry(BuiltIn.SNAPSHOT)).as(BuiltIn.SNAPSHOT + " in " + jar).isNotNull();
      assertThat(file.getEntry(BuiltIn.CHECKSUMS)).as(BuiltIn.CHECKSUMS + " in " + jar).isNotNull();
    }
    // The jar and the library's dependencies; nothing of this module's build folder besides the jar.
    Path target = jar.getParent();
    List<URL> urls = new ArrayList<>();
    urls.add(jar.toUri().toURL());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry).toAbsolutePath();
      if (!path.startsWith(target)) {
        urls.add(path.toUri().toURL());
      }
    }
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
      Class<?> content = Class.forName(EpiduralContent.class.getName(), true, loader);
      assertThat(content).isNotSameAs(EpiduralContent.class);
      assertThat(content.getProtectionDomain().getCodeSource().getLocation()).isEqualTo(jar.toUri().toURL());

      Object builtIn = content.getMethod("builtIn").invoke(null);
      Object load = accessible(Class.forName(BuiltIn.class.getName(), true, loader).getDeclaredMethod("shipped"))
          .invoke(null);

      String reason = (String) accessible(load.getClass().getDeclaredMethod("reason")).invoke(load);
      assertThat(accessible(load.getClass().getDeclaredMethod("path")).invoke(load)).asString().as(reason)
          .isEqualTo(BuiltIn.Path.SNAPSHOT.name());
      assertThat((List<?>) content.getMethod("items").invoke(builtIn)).hasSizeGreaterThan(100);
    }
  }

  private static Method accessible(Method method) {
    method.setAccessible(true);
    return method;
  }
}
