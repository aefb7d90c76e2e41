/**
 * Structures that grow with a bundle, kept in pages of 4,096 references so that no array a load
 * allocates is humongous on a G1 heap: an immutable list and an id table.
 *
 * <p>May depend on nothing else of the SDK (the JDK only); never on a later stage. {@code ArchitectureTest} holds every import to this.
 * Internal: not exported to library users.
 */
package dev.epidural.content.internal.paged;
