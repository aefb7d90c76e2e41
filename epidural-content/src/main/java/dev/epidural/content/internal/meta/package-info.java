/**
 * The compiled description of the model: one RecordType per record (property names, value
 * types, constraints, references, the heading), the per-kind table Kind with its exhaustive
 * ItemVisitor dispatch, TextFields, and JsonSchema, the bundle schema's definitions. Every walker
 * over the model is driven from here.
 *
 * <p>May depend on the model only (with the Jakarta constraint annotations it is written in); never
 * on a later stage. {@code ArchitectureTest} holds every import to this.
 * Internal: not exported to library users.
 */
package dev.epidural.content.internal.meta;
