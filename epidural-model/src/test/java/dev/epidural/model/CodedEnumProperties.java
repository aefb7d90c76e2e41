package dev.epidural.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The code contract of every enum of the model, found by scanning the package, so that an enum
 * added later is covered without being listed here.
 */
class CodedEnumProperties {

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void ofFindsEveryConstantByItsCode(@ForAll("constants") Coded constant) {
    Class<? extends Enum<?>> type = enumType(constant);

    assertThat(staticOf(type, constant.code())).isSameAs(constant);
    assertThat(codedOf(type, constant.code())).isSameAs(constant);
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void everyEnumIsCodedWithAStaticOfReturningItsOwnType(@ForAll("enumTypes") Class<? extends Enum<?>> type)
      throws NoSuchMethodException {
    Method of = type.getMethod("of", String.class);

    assertThat(Coded.class).isAssignableFrom(type);
    assertThat(Modifier.isStatic(of.getModifiers())).as("%s.of is static", type.getSimpleName()).isTrue();
    assertThat(of.getReturnType()).isEqualTo(type);
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void codesAreDistinctLowercaseKebabCase(@ForAll("enumTypes") Class<? extends Enum<?>> type) {
    List<String> codes = codes(type);

    assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.matches(Id.FORMAT), "matches " + Id.FORMAT);
  }

  @Property(tries = 1000)
  void ofRejectsAnyOtherStringNamingItAndEveryAllowedCode(
      @ForAll("enumTypes") Class<? extends Enum<?>> type, @ForAll("notQuiteCodes") String candidate) {
    List<String> codes = codes(type);
    Assume.that(!codes.contains(candidate));

    assertThatThrownBy(() -> staticOf(type, candidate))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(candidate)
        .satisfies(e -> {
          // The message names the bad value before the allowed codes; dropping that first mention
          // keeps a candidate such as "lumbar " from standing in for the code "lumbar".
          String rest = e.getMessage().replaceFirst(Pattern.quote(candidate), "");
          assertThat(rest).contains(codes);
        });
  }

  @Provide
  Arbitrary<Coded> constants() {
    return Arbitraries.of(ModelReflection.allConstants());
  }

  @Provide
  Arbitrary<Class<? extends Enum<?>>> enumTypes() {
    return Arbitraries.of(ModelReflection.enums());
  }

  /** Arbitrary text, kebab-like words, codes of other enums, and codes with small changes. */
  @Provide
  Arbitrary<String> notQuiteCodes() {
    Arbitrary<String> code = Arbitraries.of(ModelReflection.allConstants()).map(Coded::code);
    Arbitrary<String> nearMiss = code.flatMap(c -> Arbitraries.of(
        c.toUpperCase(Locale.ROOT),
        Character.toUpperCase(c.charAt(0)) + c.substring(1),
        c + " ",
        " " + c,
        c.replace('-', '_'),
        c.substring(0, c.length() - 1),
        c + "s",
        c + "-x"));
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(30),
        Arbitraries.strings().withCharRange('a', 'z').withChars('-').ofMaxLength(20),
        code,
        nearMiss);
  }

  private static Class<? extends Enum<?>> enumType(Coded constant) {
    @SuppressWarnings("unchecked")
    Class<? extends Enum<?>> type = (Class<? extends Enum<?>>) ((Enum<?>) constant).getDeclaringClass();
    return type;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<String> codes(Class<? extends Enum<?>> type) {
    return Coded.codes((Class) type);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object codedOf(Class<? extends Enum<?>> type, String code) {
    return Coded.of((Class) type, code);
  }

  /** Calls {@code type.of(code)}, rethrowing what {@code of} threw. */
  static Object staticOf(Class<?> type, String code) {
    try {
      return type.getMethod("of", String.class).invoke(null, code);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(type + " has no public static of(String)", e);
    }
  }
}
