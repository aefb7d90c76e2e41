/**
 * The public API of {@code epidural-content}: {@link dev.epidural.content.EpiduralContent} is the
 * one way in. Everything in {@code dev.epidural.content.internal} is implementation and may change
 * in any release.
 */
@NullMarked
package dev.epidural.content;

import org.jspecify.annotations.NullMarked;
