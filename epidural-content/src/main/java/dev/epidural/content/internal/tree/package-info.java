/**
 * The located JSON tree (Node) that the reporting path reads a file into, and JSON pointers
 * into it.
 *
 * <p>May depend on nothing else of the SDK (the JDK only); never on a later stage. {@code ArchitectureTest} holds every import to this.
 * Internal: not exported to library users.
 */
package dev.epidural.content.internal.tree;
