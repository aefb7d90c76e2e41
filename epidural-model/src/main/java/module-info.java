/**
 * The Epidural SDK vocabulary: enums with stable codes and immutable records for everything the
 * content describes. Depends only on Jakarta Validation (annotations) and JSpecify.
 */
module dev.epidural.model {
  requires transitive jakarta.validation;
  requires static org.jspecify;

  exports dev.epidural.model;
  // Bean Validation, and the content module's fast constraint check, read record fields reflectively.
  opens dev.epidural.model to org.hibernate.validator, dev.epidural.content;
}
