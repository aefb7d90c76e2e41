/**
 * Content bundles for the Epidural SDK: the bundle format, hardened loading, validation with
 * located problems, the built-in bundle and the query API. Entry point:
 * {@link dev.epidural.content.EpiduralContent}.
 */
module dev.epidural.content {
  requires transitive dev.epidural.model;
  requires tools.jackson.core;
  requires org.hibernate.validator;
  requires org.slf4j;
  requires java.logging;
  requires static org.jspecify;

  exports dev.epidural.content;
  exports dev.epidural.content.export;
  // What the command-line validator needs beyond the API (reading, parsing and writing bundle files,
  // the record descriptions for its schema and JSON), for the SDK's own module only: these
  // packages are not API and change without notice.
  exports dev.epidural.content.internal.meta to dev.epidural.cli;
  exports dev.epidural.content.internal.tree to dev.epidural.cli;
  exports dev.epidural.content.internal.problem to dev.epidural.cli;
  exports dev.epidural.content.internal.read to dev.epidural.cli;
  exports dev.epidural.content.internal.bind to dev.epidural.cli;
  // Bean Validation reads the fields of the manifest and translation records reflectively.
  opens dev.epidural.content.internal.bind to org.hibernate.validator;
  // Hibernate Validator makes the code-point length check (CodePointSize) reflectively.
  opens dev.epidural.content.internal.rules to org.hibernate.validator;
}
