/**
 * The compiled description of the model: one RecordType per record (property names, value
 * types, constraints, references, the heading), the per-kind table Kind with its exhaustive
 * ItemVisitor dispatch, and TextFields. Every walker over the model is driven from here.
 *
 * <p>May depend on the model only; never on a later stage. {@code ArchitectureTest} holds every import to this.
 * Internal: not exported to library users.
 */
package dev.epidural.content.internal.meta;
