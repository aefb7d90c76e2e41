package dev.epidural.cli;

import dev.epidural.cli.diff.DiffFormat;
import dev.epidural.cli.report.Format;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** Converts option values to enums by their lowercase names, and says which names exist. */
final class LowercaseEnums {

  private LowercaseEnums() {}

  static <E extends Enum<E>> E convert(Class<E> type, String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    throw new CommandLine.TypeConversionException("expected one of " + names(type) + " but was '" + value + "'");
  }

  static <E extends Enum<E>> String names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }

  /** {@code validate --format}. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return LowercaseEnums.convert(Format.class, value);
    }
  }

  /** {@code diff --format}. */
  static final class DiffFormatConverter implements CommandLine.ITypeConverter<DiffFormat> {
    @Override
    public DiffFormat convert(String value) {
      return LowercaseEnums.convert(DiffFormat.class, value);
    }
  }

  /** Completion candidates of {@code validate --format}. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Format.values()).map(Format::toString).iterator();
    }
  }

  /** Completion candidates of {@code diff --format}. */
  static final class DiffFormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(DiffFormat.values()).map(DiffFormat::toString).iterator();
    }
  }
}
