/**
 * Rules on single values that any stage may apply: text safety (TextRules, MixedScript),
 * readability, the fast constraint pre-check (ShapeCheck), terminology code formats, text
 * folding for search and translation fingerprints. No state, no I/O.
 *
 * <p>May depend on {@code problem}, {@code tree}, {@code meta}; never on a later stage. {@code ArchitectureTest} holds every import to this.
 * Internal: not exported to library users.
 */
package dev.epidural.content.internal.rules;
