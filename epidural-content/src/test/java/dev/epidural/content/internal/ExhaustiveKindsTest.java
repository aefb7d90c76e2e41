package dev.epidural.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.EpiduralContent;
import dev.epidural.content.internal.meta.ItemVisitor;
import dev.epidural.content.internal.meta.Kind;
import dev.epidural.model.Item;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What is done per item kind cannot silently miss one: {@link Kind#accept} is an exhaustive switch
 * (a new constant fails the build there), and an {@link ItemVisitor} that lacks a kind's method does
 * not compile, with the compiler naming the method. This holds the table and the visitor to each
 * other: one method a kind, and each kind reaching its own.
 */
class ExhaustiveKindsTest {

  @Test
  void everyKindReachesItsOwnVisitorMethod() {
    java.util.List<Item> items = EpiduralContent.builtIn().items();
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
}
