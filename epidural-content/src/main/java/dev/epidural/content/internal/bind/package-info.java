/**
 * Stage 2, records: binding located trees (Binder, reporting every problem) or token streams
 * (StreamBinder, the fast path that gives up at the first doubt) into model records and the
 * loader's Entry; writing records back in the bundle format; the manifest and translation
 * records.
 *
 * <p>An {@code Entry} is what binding hands forward for each item: the item, its kind and its place,
 * and one immutable {@code Entry.Noted} with what the fast path already checked (texts clean, shape
 * passed, the ids it refers to), which the check stages read to skip that work. The reporting path
 * notes nothing ({@code Entry.Noted.NOTHING}).
 *
 * <p>May depend on {@code read} and the packages below it; never on a later stage. {@code ArchitectureTest} holds every import to this.
 * Internal: not exported to library users.
 */
package dev.epidural.content.internal.bind;
