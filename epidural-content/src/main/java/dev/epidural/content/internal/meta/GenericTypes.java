package dev.epidural.content.internal.meta;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A record component's generic type, as {@link RecordComponent#getGenericType()} gives it, read from
 * its signature here for the forms the model uses: classes, and top-level classes with class type
 * arguments, such as {@code List<Citation>} or {@code Optional<Id<Source>>}. The JDK's own reading
 * loads and runs a generic-signature parser and a factory of type objects, a cost in every cold
 * start. Any other form (a wildcard, a type variable, an array, a nested generic class) is left to
 * the JDK.
 */
final class GenericTypes {

  private GenericTypes() {}

  /** The generic type of {@code component}: equal to {@code component.getGenericType()}. */
  static Type of(RecordComponent component) {
    String signature = component.getGenericSignature();
    if (signature == null) {
      return component.getType();
    }
    try {
      Reader reader = new Reader(signature, component.getDeclaringRecord().getClassLoader());
      Type type = reader.classType();
      if (type != null && reader.at == signature.length() && raw(type) == component.getType()) {
        return type;
      }
    } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
      // The JDK says what it makes of it.
    }
    return component.getGenericType();
  }

  private static Class<?> raw(Type type) {
    return type instanceof Parameterized p ? p.raw : (Class<?>) type;
  }

  /** Reads {@code L}<i>name</i>{@code ;} and {@code L}<i>name</i>{@code <}<i>arguments</i>{@code >;}; null for anything else. */
  private static final class Reader {
    private final String signature;
    private final ClassLoader loader;
    int at;

    Reader(String signature, ClassLoader loader) {
      this.signature = signature;
      this.loader = loader;
    }

    Type classType() throws ClassNotFoundException {
      if (at >= signature.length() || signature.charAt(at) != 'L') {
        return null;
      }
      int start = ++at;
      while (at < signature.length() && "<;.".indexOf(signature.charAt(at)) < 0) {
        at++;
      }
      if (at >= signature.length() || signature.charAt(at) == '.') {
        return null;
      }
      Class<?> raw = Class.forName(signature.substring(start, at).replace('/', '.'), false, loader);
      if (signature.charAt(at) == ';') {
        at++;
        return raw;
      }
      if (raw.getDeclaringClass() != null || signature.charAt(at + 1) == '>') {
        return null;
      }
      at++; // '<'
      List<Type> arguments = new ArrayList<>();
      while (at < signature.length() && signature.charAt(at) != '>') {
        Type argument = classType();
        if (argument == null) {
          return null;
        }
        arguments.add(argument);
      }
      if (at + 1 >= signature.length() || signature.charAt(at + 1) != ';') {
        return null;
      }
      at += 2;
      return new Parameterized(raw, arguments.toArray(new Type[0]));
    }
  }

  /** A top-level generic class with type arguments: equal to, and hashing as, the JDK's own. */
  private static final class Parameterized implements ParameterizedType {
    private final Class<?> raw;
    private final Type[] arguments;

    Parameterized(Class<?> raw, Type[] arguments) {
      this.raw = raw;
      this.arguments = arguments;
    }

    @Override
    public Type[] getActualTypeArguments() {
      return arguments.clone();
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public Type getOwnerType() {
      return null;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ParameterizedType that && that.getOwnerType() == null && raw.equals(that.getRawType())
          && Arrays.equals(arguments, that.getActualTypeArguments());
    }

    @Override
    public int hashCode() {
      // As the JDK's: the arguments' hash, the owner's (none: 0) and the raw type's.
      return Arrays.hashCode(arguments) ^ raw.hashCode();
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(raw.getName()).append('<');
      for (int i = 0; i < arguments.length; i++) {
        sb.append(i == 0 ? "" : ", ").append(arguments[i].getTypeName());
      }
      return sb.append('>').toString();
    }
  }
}
