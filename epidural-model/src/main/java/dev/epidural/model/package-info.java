/**
 * The domain model of the Epidural SDK.
 *
 * <p>Enums carry a stable lowercase {@code code()} used in bundles and a static {@code of(String)}
 * that names the bad value and the allowed codes. Records are immutable and thread-safe: their
 * compact constructors reject {@code null}, copy collections and check structural invariants, while
 * the Jakarta Validation annotations on their components state the shape rules that content bundles
 * must meet (enforced by {@code epidural-content}).
 */
@NullMarked
package dev.epidural.model;

import org.jspecify.annotations.NullMarked;
