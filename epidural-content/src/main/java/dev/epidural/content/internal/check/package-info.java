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
 * <p>May depend on {@code bind} and the packages below it; never on a later stage. {@code ArchitectureTest} holds every import to this.
 * Internal: not exported to library users.
 */
package dev.epidural.content.internal.check;
