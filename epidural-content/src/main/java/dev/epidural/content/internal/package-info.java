/**
 * The loader's orchestration: {@code BundleReader} runs the stages in order (read, bind, check,
 * catalogue) over every layer of a bundle and hands each stage's immutable result to the next (the
 * check stages get one {@code BoundBundle}); {@code OverlayMerge} lays an overlay over its base.
 *
 * <p>May depend on every internal package. The API packages ({@code dev.epidural.content} and its
 * {@code export}) may depend on this one and its sub-packages; no internal package depends on them
 * except for the public value types they return ({@code Problem}, {@code BundleInfo}, ...).
 * Internal: not exported to library users.
 */
package dev.epidural.content.internal;
