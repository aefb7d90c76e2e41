package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public surface is only what module-info exports, and no exported signature mentions a type
 * from a package that is not exported: users can never be handed an internal type.
 */
class ApiSurfaceTest {

  private static final Path CLASSES = classesDir();
  private static final ThreadLocal<java.util.Set<TypeVariable<?>>> VISITED =
      ThreadLocal.withInitial(java.util.HashSet::new);

  private static Path classesDir() {
    try {
      return Path.of(EpiduralContent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> exportedPackages() throws IOException {
    try (var in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
      // The API is what every module may read; the qualified exports to the SDK's own CLI are not.
      return ModuleDescriptor.read(in).exports().stream().filter(e -> !e.isQualified())
          .map(ModuleDescriptor.Exports::source)
          .collect(java.util.stream.Collectors.toSet());
    }
  }

  private static List<Class<?>> publicTypesOf(Set<String> packages) throws IOException, ClassNotFoundException {
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
        String name = CLASSES.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.equals("module-info") || name.endsWith("package-info")) {
          continue;
        }
        String pkg = name.substring(0, name.lastIndexOf('.'));
        if (packages.contains(pkg)) {
          Class<?> c = Class.forName(name, false, ApiSurfaceTest.class.getClassLoader());
          if (Modifier.isPublic(c.getModifiers()) && (c.getEnclosingClass() == null
              || Modifier.isPublic(c.getEnclosingClass().getModifiers()))) {
            types.add(c);
          }
        }
      }
    }
    return types;
  }

  @Test
  void onlyTheApiPackageIsExported() throws IOException {
    assertThat(exportedPackages()).contains("dev.epidural.content")
        .allMatch(p -> !p.contains("internal"));
  }

  @Test
  void noExportedSignatureMentionsANonExportedType() throws Exception {
    Set<String> exported = exportedPackages();
    List<String> leaks = new ArrayList<>();
    List<Class<?>> types = publicTypesOf(exported);
    assertThat(types).contains(EpiduralContent.class, Loader.class, Problem.class, ValidationReport.class);
    for (Class<?> type : types) {
      check(type.getGenericSuperclass(), type.getName() + " extends", exported, leaks);
      for (Type i : type.getGenericInterfaces()) {
        check(i, type.getName() + " implements", exported, leaks);
      }
      for (Method m : type.getDeclaredMethods()) {
        if (isVisible(m.getModifiers(), type)) {
          checkExecutable(m, type.getName() + "." + m.getName(), exported, leaks);
          check(m.getGenericReturnType(), type.getName() + "." + m.getName() + " returns", exported, leaks);
        }
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (isVisible(c.getModifiers(), type)) {
          checkExecutable(c, type.getName() + ".<init>", exported, leaks);
        }
      }
      for (Field f : type.getDeclaredFields()) {
        if (isVisible(f.getModifiers(), type)) {
          check(f.getGenericType(), type.getName() + "." + f.getName(), exported, leaks);
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static boolean isVisible(int modifiers, Class<?> owner) {
    return Modifier.isPublic(modifiers)
        || (Modifier.isProtected(modifiers) && !Modifier.isFinal(owner.getModifiers()));
  }

  private static void checkExecutable(Executable e, String where, Set<String> exported, List<String> leaks) {
    for (Type p : e.getGenericParameterTypes()) {
      check(p, where + " takes", exported, leaks);
    }
    for (Type x : e.getGenericExceptionTypes()) {
      check(x, where + " throws", exported, leaks);
    }
  }

  private static void check(Type t, String where, Set<String> exported, List<String> leaks) {
    if (t == null) {
      return;
    }
    if (t instanceof Class<?> c) {
      while (c.isArray()) {
        c = c.getComponentType();
      }
      if (c.isPrimitive() || c.getPackageName().startsWith("java.")) {
        return;
      }
      String pkg = c.getPackageName();
      boolean fromModel = pkg.equals("dev.epidural.model");
      if (!exported.contains(pkg) && !fromModel) {
        leaks.add(where + " " + c.getName());
      }
    } else if (t instanceof ParameterizedType p) {
      check(p.getRawType(), where, exported, leaks);
      for (Type a : p.getActualTypeArguments()) {
        check(a, where, exported, leaks);
      }
    } else if (t instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        check(b, where, exported, leaks);
      }
      for (Type b : w.getLowerBounds()) {
        check(b, where, exported, leaks);
      }
    } else if (t instanceof GenericArrayType g) {
      check(g.getGenericComponentType(), where, exported, leaks);
    } else if (t instanceof TypeVariable<?> v) {
      // A bound may mention the variable itself (Q extends ItemQuery<T, Q>): visit each variable once.
      if (!VISITED.get().add(v)) {
        return;
      }
      for (Type b : v.getBounds()) {
        if (b != Object.class) {
          check(b, where, exported, leaks);
        }
      }
    }
  }
}
