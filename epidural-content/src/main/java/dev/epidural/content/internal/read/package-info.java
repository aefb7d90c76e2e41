/**
 * Stage 1, bytes: the bundle's files from a folder, a zip or the class path, within the read
 * limits; strict UTF-8; Jackson's parser into a located tree.
 *
 * <p>May depend on {@code rules}, {@code problem}, {@code tree}, {@code meta}, {@code paged}; never on a later stage. {@code ArchitectureTest} holds every import to this.
 * Internal: not exported to library users.
 */
package dev.epidural.content.internal.read;
