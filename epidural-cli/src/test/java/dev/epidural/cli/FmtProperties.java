package dev.epidural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.EpiduralContent;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.read.JsonReader;
import dev.epidural.content.internal.tree.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * {@code fmt} on the same content written in many layouts (shuffled keys, any whitespace, CRLF,
 * escaped characters): the output is one canonical text, formatting it again changes nothing, and
 * the bundle reads to the same items before and after.
 */
class FmtProperties {

  private Path base;

  @BeforeProperty
  void setUp() throws IOException {
    base = Files.createTempDirectory("fmt-props");
  }

  @AfterProperty
  void tearDown() throws IOException {
    try (var walk = Files.walk(base)) {
      for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Property(tries = 20)
  void fmtIsCanonicalIdempotentAndKeepsTheMeaning(@ForAll long seed) throws IOException {
    Random random = new Random(seed);
    Path canonical = FmtCommandTest.copy("unformatted", Files.createTempDirectory(base, "canonical"));
    assertThat(Cli.run("fmt", canonical.toString()).exitCode()).isZero();
    Map<String, byte[]> expected = FmtCommandTest.snapshot(canonical);

    Path dir = FmtCommandTest.copy("unformatted", Files.createTempDirectory(base, "shuffled"));
    for (String file : List.of("bundle.json", "procedures.json")) {
      Problems problems = new Problems();
      Node tree = JsonReader.read(file, Files.readAllBytes(dir.resolve(file)), problems).orElseThrow();
      StringBuilder out = new StringBuilder();
      write(tree, random, out);
      Files.writeString(dir.resolve(file), out, StandardCharsets.UTF_8);
    }
    EpiduralContent before = EpiduralContent.loader().from(dir).clock(Cli.CLOCK).load();

    assertThat(Cli.run("fmt", dir.toString()).exitCode()).isZero();

    assertThat(FmtCommandTest.snapshot(dir)).containsExactlyInAnyOrderEntriesOf(expected);
    EpiduralContent after = EpiduralContent.loader().from(dir).clock(Cli.CLOCK).load();
    assertThat(after.items()).containsExactlyElementsOf(before.items());
    assertThat(after.bundle()).isEqualTo(before.bundle());
    Cli.Result again = Cli.run("fmt", "--check", dir.toString());
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).isEmpty();
  }

  /** The tree in a random layout; kinds keep their order (it is the items' order), all other keys are shuffled. */
  private static void write(Node node, Random random, StringBuilder out) {
    if (node instanceof Node.Obj obj) {
      List<Node.Member> members = new ArrayList<>(obj.members());
      boolean contentFile = members.stream().anyMatch(m -> m.name().equals("procedures"));
      if (!contentFile) {
        Collections.shuffle(members, random);
      }
      out.append('{');
      for (int i = 0; i < members.size(); i++) {
        space(random, out);
        if (i > 0) {
          out.append(',');
          space(random, out);
        }
        string(members.get(i).name(), random, out);
        space(random, out);
        out.append(':');
        space(random, out);
        write(members.get(i).value(), random, out);
      }
      space(random, out);
      out.append('}');
    } else if (node instanceof Node.Arr arr) {
      out.append('[');
      for (int i = 0; i < arr.elements().size(); i++) {
        space(random, out);
        if (i > 0) {
          out.append(',');
          space(random, out);
        }
        write(arr.elements().get(i), random, out);
      }
      space(random, out);
      out.append(']');
    } else if (node instanceof Node.Str s) {
      string(s.value(), random, out);
    } else if (node instanceof Node.Num n) {
      out.append(n.text());
    } else if (node instanceof Node.Bool b) {
      out.append(b.value());
    } else {
      out.append("null");
    }
  }

  private static void string(String s, Random random, StringBuilder out) {
    out.append('"');
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || random.nextInt(8) == 0) {
        out.append(String.format(Locale.ROOT, random.nextBoolean() ? "\\u%04x" : "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  private static void space(Random random, StringBuilder out) {
    String[] spaces = {"", "", " ", "\n", "\r\n", "\t", "  \n    "};
    out.append(spaces[random.nextInt(spaces.length)]);
  }
}
