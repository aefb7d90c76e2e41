/**
 * Stage 4, the result: the immutable, indexed Catalogue of a validated bundle, its search index
 * and query criteria. Exports and queries read only this.
 *
 * <p>May depend on {@code check} and the packages below it; never on a later stage. {@code ArchitectureTest} holds every import to this.
 * Internal: not exported to library users.
 */
package dev.epidural.content.internal.catalogue;
