/**
 * The built-in bundle's pre-validated form and the checksums of its files.
 *
 * <p>May depend on {@code catalogue} and the packages below it; never on a later stage. {@code ArchitectureTest} holds every import to this.
 * Internal: not exported to library users.
 */
package dev.epidural.content.internal.snapshot;
