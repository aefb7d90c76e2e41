package dev.epidural.content.internal.bind;

import dev.epidural.content.internal.meta.Component;
import dev.epidural.content.internal.meta.RecordType;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.tree.Node;
import dev.epidural.content.internal.tree.Pointers;
import dev.epidural.model.Id;
import dev.epidural.model.Review;
import dev.epidural.model.ReviewStatus;
import jakarta.validation.ConstraintViolation;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What can still be read of a manifest that has a problem, so that one mistake in {@code bundle.json}
 * (a broken date, a mistyped property, a title too long) does not hide the problems of the content
 * files it lists.
 *
 * <p>When the manifest does not bind as a whole, each of its properties is bound on its own,
 * without reporting (the binder reported already). A property that does not bind is replaced by a
 * stand-in that no later check can take for content: the lists by nothing (so a file list that
 * does not bind is not read), the default review by a draft review (so that items without their
 * own review are not all reported as missing one), the texts by a placeholder. A salvaged manifest
 * never gives the bundle's description ({@link dev.epidural.content.BundleInfo}), so the stages that
 * need it (translations, readability, sign-offs) do not run and no catalogue is built. Its schema
 * version must bind and be supported: files of another format version are not read at all.
 */
public final class ManifestSalvage {

  /** The stand-in of a text property that did not bind: a well-formed locale, and not blank. */
  private static final String STAND_IN = "und";

  /** The lists of paths whose files are read. */
  private static final Set<String> FILE_LISTS = Set.of("files", "translations", "reviews");

  private ManifestSalvage() {}

  /**
   * A manifest as salvaged.
   *
   * @param manifest the manifest, with stand-ins for what did not bind
   * @param bound the names of the properties that bound (or were absent and optional)
   */
  public record Salvaged(Manifest manifest, Set<String> bound) {
    /** Whether every property bound: the manifest is the one written. */
    public boolean whole() {
      return bound.size() == RecordType.of(Manifest.class).size();
    }

    /** Whether the sources bound, so that citations can be judged. */
    boolean sourcesKnown() {
      return bound.contains("sources");
    }
  }

  /** A manifest that bound whole. */
  public static Salvaged whole(Manifest m) {
    Set<String> all = new HashSet<>();
    for (Component rc : RecordType.of(Manifest.class).components()) {
      all.add(rc.name());
    }
    return new Salvaged(m, Set.copyOf(all));
  }

  /** The manifest of {@code root} with stand-ins; empty when its schema version does not bind. */
  public static Optional<Salvaged> salvage(Node root, String file) {
    if (!(root instanceof Node.Obj obj)) {
      return Optional.empty();
    }
    RecordType shape = RecordType.of(Manifest.class);
    Binder silent = new Binder(new Problems(), file, Map.of());
    List<Component> components = shape.components();
    Object[] args = new Object[components.size()];
    Set<String> bound = new HashSet<>();
    for (int i = 0; i < components.size(); i++) {
      String name = components.get(i).name();
      Class<?> type = components.get(i).javaClass();
      Node.Member m = obj.get(name);
      Optional<Object> value = m == null || m.value() instanceof Node.Null ? Optional.empty()
          : silent.bindValue(m.value(), shape.component(i).type().javaType(), Pointers.child("", name));
      if (value.isPresent()) {
        args[i] = value.get();
        bound.add(name);
      } else if (type == int.class) {
        return Optional.empty();
      } else {
        if (m == null && (type == Optional.class || type == List.class)) {
          bound.add(name);
        }
        args[i] = standIn(name, type);
      }
    }
    try {
      return Optional.of(new Salvaged((Manifest) shape.construct(args), Set.copyOf(bound)));
    } catch (ReflectiveOperationException e) {
      return Optional.empty();
    }
  }

  private static Object standIn(String name, Class<?> type) {
    if (type == Optional.class) {
      return name.equals("defaultReview") ? Optional.of(Review.of(ReviewStatus.DRAFT)) : Optional.empty();
    }
    if (type == List.class) {
      return List.of();
    }
    if (type == Id.class) {
      return Id.of("unreadable");
    }
    return STAND_IN;
  }

  /** The name of the manifest property a violation is in. */
  public static String property(ConstraintViolation<?> v) {
    Iterator<jakarta.validation.Path.Node> nodes = v.getPropertyPath().iterator();
    return nodes.hasNext() ? String.valueOf(nodes.next().getName()) : "";
  }

  /**
   * The manifest without the file lists that break a rule of the model (too many paths, a blank
   * one): those files are not read, and the violation says why.
   */
  public static Manifest withoutBrokenLists(Manifest m, Set<String> broken) {
    if (broken.stream().noneMatch(FILE_LISTS::contains)) {
      return m;
    }
    return new Manifest(m.schemaVersion(), m.id(), m.version(), m.title(), m.locale(), m.publisher(), m.license(),
        m.defaultReview(), m.sources(), broken.contains("files") ? List.of() : m.files(),
        broken.contains("translations") ? List.of() : m.translations(), m.replace(), m.withdraw(),
        broken.contains("reviews") ? List.of() : m.reviews());
  }
}
