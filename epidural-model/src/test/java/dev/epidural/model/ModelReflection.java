package dev.epidural.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the public types of the model package by reading the compiled main classes, and builds
 * records through their canonical constructors, so that tests cover every type without listing
 * them by hand: a type added later is picked up, and a test fails until it is covered.
 */
final class ModelReflection {

  static final String PACKAGE = Id.class.getPackageName();

  private static final List<Class<?>> PUBLIC_TYPES = scanPublicTypes();

  private ModelReflection() {}

  /** Every public top-level type of the model package, sorted by simple name. */
  static List<Class<?>> publicTypes() {
    return PUBLIC_TYPES;
  }

  /** Every public record of the model package. */
  static List<Class<? extends Record>> records() {
    return PUBLIC_TYPES.stream()
        .filter(Class::isRecord)
        .<Class<? extends Record>>map(type -> type.asSubclass(Record.class))
        .toList();
  }

  /** Every public enum of the model package. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static List<Class<? extends Enum<?>>> enums() {
    return PUBLIC_TYPES.stream()
        .filter(Class::isEnum)
        .<Class<? extends Enum<?>>>map(type -> (Class) type)
        .toList();
  }

  /** Every constant of every public enum of the model package. */
  static List<Coded> allConstants() {
    return enums().stream()
        .flatMap(type -> Arrays.stream(type.getEnumConstants()))
        .map(Coded.class::cast)
        .toList();
  }

  /** The canonical constructor of a record: the one whose parameters are its components. */
  static <R extends Record> Constructor<R> canonicalConstructor(Class<R> type) {
    Class<?>[] types = Arrays.stream(type.getRecordComponents())
        .map(RecordComponent::getType)
        .toArray(Class<?>[]::new);
    try {
      return type.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(type + " has no canonical constructor", e);
    }
  }

  /**
   * Calls the canonical constructor, rethrowing whatever the constructor itself threw (so tests
   * can assert on it) rather than the reflective wrapper.
   */
  static <R extends Record> R construct(Class<R> type, List<?> arguments) {
    try {
      return canonicalConstructor(type).newInstance(arguments.toArray());
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new AssertionError(cause);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot call the canonical constructor of " + type, e);
    }
  }

  /** The values of a record's components, in declaration order (nulls are kept). */
  static List<Object> componentValues(Record record) {
    List<Object> values = new ArrayList<>();
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      values.add(value(record, component));
    }
    return values;
  }

  /** The value of one component, read through its accessor. */
  static Object value(Record record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot read " + component, e);
    }
  }

  /** The component of {@code type} with this name. */
  static RecordComponent component(Class<? extends Record> type, String name) {
    return Arrays.stream(type.getRecordComponents())
        .filter(component -> component.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + " has no component " + name));
  }

  /** The position of the component with this name among the record's components. */
  static int indexOf(Class<? extends Record> type, String name) {
    RecordComponent[] components = type.getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      if (components[i].getName().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(type.getSimpleName() + " has no component " + name);
  }

  /** A copy of {@code record} with one component replaced, built through the canonical constructor. */
  @SuppressWarnings("unchecked")
  static <R extends Record> R with(R record, String name, Object value) {
    Class<R> type = (Class<R>) record.getClass();
    int index = indexOf(type, name);
    List<Object> values = componentValues(record);
    values.set(index, value);
    return construct(type, values);
  }

  private static List<Class<?>> scanPublicTypes() {
    Path location;
    try {
      location = Path.of(Id.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    String folder = PACKAGE.replace('.', '/') + '/';
    List<String> classFiles;
    try {
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.list(location.resolve(folder))) {
          classFiles = files.map(file -> folder + file.getFileName()).toList();
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          classFiles = jar.stream().map(entry -> entry.getName()).toList();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return classFiles.stream()
        .filter(name -> name.startsWith(folder) && name.endsWith(".class"))
        .map(name -> name.substring(folder.length(), name.length() - ".class".length()))
        .filter(simpleName -> simpleName.indexOf('/') < 0 && simpleName.indexOf('$') < 0)
        .filter(simpleName -> !simpleName.equals("package-info"))
        .map(ModelReflection::load)
        .filter(type -> Modifier.isPublic(type.getModifiers()))
        .sorted(Comparator.comparing(Class::getSimpleName))
        .toList();
  }

  private static Class<?> load(String simpleName) {
    try {
      return Class.forName(PACKAGE + '.' + simpleName, false, Id.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
