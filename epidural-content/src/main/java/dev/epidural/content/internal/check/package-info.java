/**
 * Stage 3, checks on bound records, one class per stage, run in this order on the immutable
 * {@code BoundBundle} that reading and binding every layer gave ({@code LayerRead} for each layer):
 * {@code IntegrityStage} (duplicate ids and sources, references that resolve to the right kind, with
 * {@code ReferenceWalk}), {@code ClinicalStage} (sources, codings, approaches and regions, the
 * blood-patch rule), {@code TextSafetyStage} (text rules, mixed scripts, readability with
 * {@code ReadabilityRule}), the translations ({@code TranslationReader}) and {@code ReviewStage}
 * (review dates, sign-offs, effective reviews). Items that could not be bound are checked where
 * they can be ({@code UnboundItem}, {@code UnboundChecks}). Each stage reports into
 * {@code Problems} or returns an immutable outcome, and hands nothing back.
 *
 * <p>A stage skips, item by item, only what the binder already checked, as the entry's
 * {@code Entry.Noted} says: {@code IntegrityStage} resolves the noted references instead of walking
 * the record, and {@code TextSafetyStage} walks no item whose texts were found clean. (Bean
 * Validation, before these stages, skips an item whose shape already passed.) {@code ReviewStage}
 * reads only whether an item states its own review, which every path knows.
 *
 * <p>May depend on {@code bind} and the packages below it; never on a later stage. {@code ArchitectureTest} holds every import to this.
 * Internal: not exported to library users.
 */
package dev.epidural.content.internal.check;
