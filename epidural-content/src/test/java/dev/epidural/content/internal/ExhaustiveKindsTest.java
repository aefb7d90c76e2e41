package dev.epidural.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.EpiduralContent;
import dev.epidural.content.internal.meta.ItemVisitor;
import dev.epidural.content.internal.meta.Kind;
import dev.epidural.model.Item;
import java.io.File;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * What is done per item kind cannot silently miss one: {@link Kind#accept} is an exhaustive switch
 * (a new constant fails the build there), and an {@link ItemVisitor} that lacks a kind's method does
 * not compile, with the compiler naming the method.
 */
class ExhaustiveKindsTest {

  @Test
  void everyKindReachesItsOwnVisitorMethod() {
    List<Item> items = EpiduralContent.builtIn().items();
    Set<Kind> seen = EnumSet.noneOf(Kind.class);
    ItemVisitor<?> visitor = (ItemVisitor<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {ItemVisitor.class}, (proxy, method, args) -> method.getParameterTypes()[0]);
    for (Item item : items) {
      Kind kind = Kind.of(item);
      seen.add(kind);
      assertThat(kind.accept(item, visitor)).isEqualTo(kind.type());
    }
    assertThat(seen).containsExactlyInAnyOrder(Kind.values());
    assertThat(Arrays.stream(ItemVisitor.class.getMethods()).map(m -> m.getParameterTypes()[0]))
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(Kind.values()).map(Kind::type).toList());
  }

  @Test
  void aVisitorThatMissesAKindDoesNotCompileAndTheCompilerNamesTheMethod() {
    StringBuilder source = new StringBuilder("class Partial implements ")
        .append(ItemVisitor.class.getName()).append("<String> {\n");
    for (Method m : ItemVisitor.class.getMethods()) {
      if (!m.getName().equals("faq")) {
        source.append("  public String ").append(m.getName()).append('(')
            .append(m.getParameterTypes()[0].getName()).append(" item) { return \"\"; }\n");
      }
    }
    source.append("}\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Partial.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    String classPath = String.join(File.pathSeparator, location(ItemVisitor.class), location(Item.class));
    StringWriter out = new StringWriter();
    Path classes = Path.of(System.getProperty("java.io.tmpdir"));
    boolean compiled = javac.getTask(out, null, null,
        List.of("-proc:none", "-classpath", classPath, "-d", classes.toString()), null, List.of(file)).call();

    assertThat(compiled).isFalse();
    assertThat(out.toString()).contains("does not override abstract method faq(dev.epidural.model.FaqEntry)");
  }

  private static String location(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
