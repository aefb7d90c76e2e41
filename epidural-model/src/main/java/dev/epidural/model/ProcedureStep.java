package dev.epidural.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;

/**
 * One step of a procedure's workflow. Immutable and thread-safe.
 *
 * @param id the item's identifier, unique in its bundle
 * @param phase the phase the step belongs to
 * @param name a short name
 * @param description what happens
 * @param sources the sources the item's statements come from
 * @param review how far the item has been checked
 */
public record ProcedureStep(
    Id<ProcedureStep> id,
    WorkflowPhase phase,
    @Valid Text name,
    @Valid Text description,
    List<@Valid Citation> sources,
    @Valid Review review) implements Item {

  /**
   * Checks that no component is null and copies the collections.
   *
   * @throws NullPointerException if a component or a collection element is null
   */
  public ProcedureStep {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    Objects.requireNonNull(review, "review");
  }
}
