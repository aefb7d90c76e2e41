package dev.epidural.content.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epidural.content.Problem;
import dev.epidural.content.internal.bind.Binder;
import dev.epidural.content.internal.bind.BundleWriter;
import dev.epidural.content.internal.check.ReferenceWalk;
import dev.epidural.content.internal.meta.Component;
import dev.epidural.content.internal.meta.JsonSchema;
import dev.epidural.content.internal.meta.RecordType;
import dev.epidural.content.internal.meta.TextFields;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.read.JsonReader;
import dev.epidural.content.internal.rules.ShapeCheck;
import dev.epidural.content.internal.tree.Node;
import dev.epidural.model.Citation;
import dev.epidural.model.Id;
import dev.epidural.model.Procedure;
import dev.epidural.model.Source;
import dev.epidural.model.SpinalRegion;
import dev.epidural.model.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A kind of record the model does not have, declared only here, goes through every walker that is
 * driven by the record descriptions with no other change: it is bound (with every problem located),
 * written back to equal bytes, its texts and references are found, its constraints are checked, and
 * its JSON Schema is generated.
 * What is done per item kind (the exporters) goes through {@code Kind.accept}, which the build holds
 * exhaustive: see {@code ExhaustiveKindsTest}.
 */
class MadeUpKindTest {

  /** A made-up record with one component of every form the bundle format has. */
  record Gadget(
      Id<Gadget> id,
      @Valid Text name,
      Optional<@Valid Text> note,
      @Size(max = 2) Set<SpinalRegion> regions,
      List<Id<Procedure>> procedures,
      List<Part> parts,
      LocalDate since,
      int count,
      double weight,
      boolean spare,
      String url,
      List<@Valid Citation> sources) {}

  /** A nested record with a reference and a text. */
  record Part(Id<Source> source, Text label) {}

  /** A made-up record with a constraint that the loader checks and a JSON Schema cannot say as such. */
  record Contact(@Email String email) {}

  private static final String JSON = """
      {
        "id": "gadget-one",
        "name": {"text": "A gadget", "patient": "A small tool"},
        "note": "Made up for a test.",
        "regions": ["lumbar", "cervical"],
        "procedures": ["lumbar-interlaminar-esi"],
        "parts": [{"source": "src-a", "label": "The first part"}],
        "since": "2026-01-31",
        "count": 3,
        "weight": 1.5,
        "spare": true,
        "url": "https://example.org/gadget",
        "sources": [{"source": "src-a", "locator": "p. 1"}]
      }
      """;

  private static Gadget bind(String json, Problems problems) {
    Node node = JsonReader.read("gadgets.json", json.getBytes(StandardCharsets.UTF_8), problems).orElseThrow();
    return new Binder(problems, "gadgets.json", Map.of()).bind(node, Gadget.class, "").orElse(null);
  }

  @Test
  void itIsDescribedWithTheFormOfEachComponent() {
    RecordType type = RecordType.of(Gadget.class);

    assertThat(type.components()).extracting(c -> c.name() + ":" + c.type().describe()).containsExactly(
        "id:ID<Gadget>", "name:TEXT", "note:OPTIONAL<TEXT>",
        "regions:SET<CODE<SpinalRegion:cervical|thoracic|lumbar|sacral>>",
        "procedures:LIST<ID<Procedure>>", "parts:LIST<RECORD<Part>>", "since:DATE", "count:INTEGER",
        "weight:NUMBER", "spare:BOOLEAN", "url:STRING", "sources:LIST<RECORD<Citation>>");
    assertThat(type.components()).extracting(c -> c.name() + ":" + c.constraints()).containsExactly(
        "id:", "name:@Valid", "note:<@Valid>", "regions:@Size(0..2)", "procedures:", "parts:", "since:", "count:",
        "weight:", "spare:", "url:", "sources:<@Valid>");
    assertThat(type.heading()).map(c -> c.name()).contains("name");
    assertThat(type.component(0).isOwnId()).isTrue();
    assertThat(RecordType.of(Part.class).component(0).isOwnId()).isFalse();
  }

  @Test
  void itIsBoundAndWrittenBackToTheSameRecord() {
    Problems problems = new Problems();
    Gadget g = bind(JSON, problems);

    assertThat(problems.toList()).isEmpty();
    assertThat(g.name()).isEqualTo(Text.of("A gadget").withPatient("A small tool"));
    assertThat(g.regions()).containsExactlyInAnyOrder(SpinalRegion.LUMBAR, SpinalRegion.CERVICAL);
    assertThat(g.parts()).containsExactly(new Part(Id.of("src-a"), Text.of("The first part")));
    assertThat(g.since()).isEqualTo(LocalDate.of(2026, 1, 31));

    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (tools.jackson.core.JsonGenerator gen = JsonReader.FACTORY.createGenerator(
        tools.jackson.core.ObjectWriteContext.empty(), out)) {
      BundleWriter.record(gen, g);
    }
    Problems again = new Problems();
    assertThat(bind(out.toString(StandardCharsets.UTF_8), again)).isEqualTo(g);
    assertThat(again.toList()).isEmpty();
  }

  @Test
  void everyMistakeInItIsLocated() {
    String broken = JSON.replace("\"lumbar\"", "\"lumbr\"").replace("\"count\": 3", "\"count\": 3.5")
        .replace("\"spare\": true", "\"spare\": true, \"colour\": \"red\"").replace("\"since\": \"2026-01-31\",", "");
    Problems problems = new Problems();

    assertThat(bind(broken, problems)).isNull();
    assertThat(problems.toList()).extracting(Problem::pointer).containsExactlyInAnyOrder(
        "/regions/0", "/count", "/colour", "");
    assertThat(problems.toList()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("'since'"));
  }

  @Test
  void itsTextsAndReferencesAreFoundAndItsConstraintsChecked() {
    Gadget g = bind(JSON, new Problems());

    assertThat(TextFields.ofRecord(g).keySet()).containsExactly("name", "note", "parts/0/label");
    List<String> refs = new ArrayList<>();
    ReferenceWalk.referencesOf(g, "/gadgets/0", (id, target, at) ->
        refs.add(id.value() + "->" + target.getSimpleName() + "@" + at));
    assertThat(refs).containsExactly("lumbar-interlaminar-esi->Procedure@/gadgets/0/procedures/0",
        "src-a->Source@/gadgets/0/parts/0/source", "src-a->Source@/gadgets/0/sources/0/source");

    assertThat(ShapeCheck.passes(g)).isTrue();
    Gadget blank = new Gadget(g.id(), Text.of(" "), g.note(), g.regions(), g.procedures(), g.parts(), g.since(),
        g.count(), g.weight(), g.spare(), g.url(), g.sources());
    assertThat(ShapeCheck.passes(blank)).isFalse();
    Gadget tooMany = new Gadget(g.id(), g.name(), g.note(), Set.of(SpinalRegion.values()), g.procedures(), g.parts(),
        g.since(), g.count(), g.weight(), g.spare(), g.url(), g.sources());
    assertThat(ShapeCheck.passes(tooMany)).isFalse();
  }

  @Test
  void itsJsonSchemaIsGeneratedFromItsDescription() {
    JsonSchema schema = new JsonSchema();

    assertThat(json(schema.reference(Gadget.class))).isEqualTo(q("{'$ref':'#/$defs/gadget'}"));
    Map<String, Map<String, Object>> definitions = schema.definitions();
    assertThat(definitions.keySet()).containsExactly("citation", "gadget", "id", "part", "spinalRegion", "text");
    Map<String, Object> gadget = definitions.get("gadget");
    assertThat(gadget.keySet()).containsExactly("type", "properties", "required", "additionalProperties");
    Map<String, String> properties = new LinkedHashMap<>();
    ((Map<?, ?>) gadget.get("properties")).forEach((name, value) -> properties.put((String) name, json(value)));
    assertThat(properties.keySet()).containsExactlyElementsOf(RecordType.of(Gadget.class).propertyNames());
    assertThat(properties).containsExactly(
        Map.entry("id", q("{'$ref':'#/$defs/id'}")),
        Map.entry("name", q("{'$ref':'#/$defs/text'}")),
        Map.entry("note", q("{'$ref':'#/$defs/text'}")),
        Map.entry("regions",
            q("{'maxItems':2,'uniqueItems':true,'type':'array','items':{'$ref':'#/$defs/spinalRegion'}}")),
        Map.entry("procedures", q("{'type':'array','items':{'$ref':'#/$defs/id'}}")),
        Map.entry("parts", q("{'type':'array','items':{'$ref':'#/$defs/part'}}")),
        Map.entry("since", q("{'type':'string','format':'date','pattern':'^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}")),
        Map.entry("count", q("{'type':'integer'}")),
        Map.entry("weight", q("{'type':'number'}")),
        Map.entry("spare", q("{'type':'boolean'}")),
        Map.entry("url", q("{'type':'string'}")),
        Map.entry("sources", q("{'type':'array','items':{'$ref':'#/$defs/citation'}}")));
    // Required: every component that may not be left out; an optional, a list or a set may.
    assertThat(json(gadget.get("required"))).isEqualTo(q("['id','name','since','count','weight','spare','url']"));
    assertThat(gadget.get("additionalProperties")).isEqualTo(false);
    assertThat(json(definitions.get("part"))).isEqualTo(q("{'type':'object','properties':{"
        + "'source':{'$ref':'#/$defs/id'},'label':{'$ref':'#/$defs/text'}},"
        + "'required':['source','label'],'additionalProperties':false}"));
    assertThat(json(definitions.get("spinalRegion")))
        .isEqualTo(q("{'type':'string','enum':['cervical','thoracic','lumbar','sacral']}"));
    // A text is a plain string (as its general text) or the object of audience variants.
    String general = "{'type':'string','minLength':1,'maxLength':4000,'pattern':'\\\\S'}";
    String variant = "{'type':'string','maxLength':4000,'pattern':'\\\\S'}";
    assertThat(json(definitions.get("text"))).isEqualTo(q("{'oneOf':[" + general + ",{'type':'object','properties':{"
        + "'text':" + general + ",'patient':" + variant + ",'clinician':" + variant + "},"
        + "'required':['text'],'additionalProperties':false}]}"));
  }

  @Test
  void aConstraintItsJsonSchemaCannotSayFailsTheGeneration() {
    Component email = RecordType.of(Contact.class).component(0);

    assertThat(email.constraints().others()).singleElement().isInstanceOf(Email.class);
    assertThatThrownBy(() -> new JsonSchema().reference(Contact.class)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("@Email on Contact.email");
  }

  /** A schema tree as compact JSON. */
  private static String json(Object tree) {
    StringWriter out = new StringWriter();
    try (tools.jackson.core.JsonGenerator gen = JsonReader.FACTORY.createGenerator(
        tools.jackson.core.ObjectWriteContext.empty(), out)) {
      write(gen, tree);
    }
    return out.toString();
  }

  private static void write(tools.jackson.core.JsonGenerator gen, Object tree) {
    if (tree instanceof Map<?, ?> map) {
      gen.writeStartObject();
      map.forEach((name, value) -> {
        gen.writeName((String) name);
        write(gen, value);
      });
      gen.writeEndObject();
    } else if (tree instanceof List<?> list) {
      gen.writeStartArray();
      list.forEach(value -> write(gen, value));
      gen.writeEndArray();
    } else if (tree instanceof Integer i) {
      gen.writeNumber(i);
    } else if (tree instanceof Boolean b) {
      gen.writeBoolean(b);
    } else {
      gen.writeString((String) tree);
    }
  }

  /** JSON written with single quotes, for readable expectations. */
  private static String q(String json) {
    return json.replace('\'', '"');
  }
}
