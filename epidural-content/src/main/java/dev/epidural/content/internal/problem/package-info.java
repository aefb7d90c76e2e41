/**
 * Problems as they are found: the collecting, capped, thread-safe Problems (of the codes of the
 * public ProblemCode table), placing a problem at a pointer or a conflict at two places (Located)
 * and keeping what a message shows of bundle text printable (Messages).
 *
 * <p>May depend on {@code tree} and on the API's value types ({@code Problem}, {@code ProblemCode});
 * never on a later stage. {@code ArchitectureTest} holds every import to this.
 * Internal: not exported to library users.
 */
package dev.epidural.content.internal.problem;
