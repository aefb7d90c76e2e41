package dev.epidural.model;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators for the model, derived from the records' component types so that a record added
 * later is generated without changes here. Values satisfy the constructors' invariants (valid ids,
 * ordered ranges and review dates); they do not aim to satisfy the Bean Validation annotations.
 */
final class ModelArbitraries {

  private static final int MAX_COLLECTION_SIZE = 4;

  private ModelArbitraries() {}

  /** The arguments of one record's canonical constructor. */
  record RecordData(Class<? extends Record> type, List<Object> arguments) {
    @Override
    public String toString() {
      return type.getSimpleName() + arguments;
    }
  }

  /** Constructor arguments for any record of the model. */
  static Arbitrary<RecordData> anyRecordData() {
    return Arbitraries.of(ModelReflection.records()).flatMap(ModelArbitraries::recordData);
  }

  /** Constructor arguments for {@code type}. */
  static Arbitrary<RecordData> recordData(Class<? extends Record> type) {
    if (type == Id.class || type == Review.class || type == QuantityRange.class) {
      // Their constructors check invariants that independent components would break.
      return forType(type).map(value -> new RecordData(type, ModelReflection.componentValues((Record) value)));
    }
    List<Arbitrary<Object>> components = Arrays.stream(type.getRecordComponents())
        .map(RecordComponent::getGenericType)
        .map(ModelArbitraries::forType)
        .toList();
    return Combinators.combine(components).as(values -> new RecordData(type, List.copyOf(values)));
  }

  /** Lowercase kebab-case identifiers of one to four groups. */
  static Arbitrary<String> kebab() {
    return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(6)
        .list().ofMinSize(1).ofMaxSize(4)
        .map(groups -> String.join("-", groups));
  }

  static Arbitrary<Id<Object>> ids() {
    return kebab().map(Id::of);
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 40_000).map(LocalDate::ofEpochDay);
  }

  static Arbitrary<Review> reviews() {
    Arbitrary<Optional<LocalDate>> last = dates().optional(0.7);
    Arbitrary<Integer> daysUntilNext = Arbitraries.integers().between(0, 1000);
    Arbitrary<Boolean> hasNext = Arbitraries.of(true, false);
    return Combinators.combine(Arbitraries.of(ReviewStatus.class), last, daysUntilNext, hasNext, dates())
        .as((status, lastReviewed, days, planned, unanchored) -> {
          Optional<LocalDate> next = planned
              ? Optional.of(lastReviewed.map(date -> date.plusDays(days)).orElse(unanchored))
              : Optional.empty();
          return new Review(status, lastReviewed, next);
        });
  }

  static Arbitrary<QuantityRange> quantityRanges() {
    Arbitrary<Double> bound = Arbitraries.doubles().between(0.0, 1000.0).ofScale(2);
    return Combinators.combine(bound, bound, Arbitraries.of("mL", "mg", "mg/mL", "%"))
        .as((a, b, unit) -> new QuantityRange(Math.min(a, b), Math.max(a, b), unit));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Arbitrary<Object> forType(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      Type raw = parameterized.getRawType();
      Type argument = parameterized.getActualTypeArguments()[0];
      if (raw == Id.class) {
        return widen(ids());
      }
      if (raw == Optional.class) {
        return widen(forType(argument).optional(0.7));
      }
      if (raw == List.class) {
        return widen(forType(argument).list().ofMaxSize(MAX_COLLECTION_SIZE));
      }
      if (raw == java.util.Set.class) {
        // Sets of strings hold kebab-case keywords (the only string set is Contraindication.factors).
        Arbitrary<Object> element = argument == String.class ? widen(kebab()) : forType(argument);
        return widen(element.set().ofMaxSize(MAX_COLLECTION_SIZE));
      }
      throw new IllegalArgumentException("no generator for " + type);
    }
    Class<?> raw = (Class<?>) type;
    if (raw == String.class) {
      return widen(Arbitraries.strings().alpha().numeric().withChars(' ', '-', '.').ofMinLength(1).ofMaxLength(20));
    }
    if (raw == double.class) {
      return widen(Arbitraries.doubles().between(0.0, 1000.0));
    }
    if (raw == LocalDate.class) {
      return widen(dates());
    }
    if (raw == Locale.class) {
      return widen(Arbitraries.of(Locale.ROOT, Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN,
          Locale.forLanguageTag("pt-BR")));
    }
    if (raw.isEnum()) {
      return widen(Arbitraries.of((Class) raw));
    }
    if (raw == Id.class) {
      return widen(ids());
    }
    if (raw == Review.class) {
      return widen(reviews());
    }
    if (raw == QuantityRange.class) {
      return widen(quantityRanges());
    }
    if (raw.isRecord()) {
      Class<? extends Record> recordType = raw.asSubclass(Record.class);
      return widen(recordData(recordType).map(data -> ModelReflection.construct(data.type(), data.arguments())));
    }
    throw new IllegalArgumentException("no generator for " + type);
  }

  @SuppressWarnings("unchecked")
  private static Arbitrary<Object> widen(Arbitrary<?> arbitrary) {
    return (Arbitrary<Object>) arbitrary;
  }
}
