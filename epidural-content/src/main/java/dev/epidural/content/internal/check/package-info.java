/**
 * Stage 3, checks on bound records: references, translations, readability, reviews and sign-
 * offs.
 *
 * <p>May depend on {@code bind} and the packages below it; never on a later stage. {@code ArchitectureTest} holds every import to this.
 * Internal: not exported to library users.
 */
package dev.epidural.content.internal.check;
