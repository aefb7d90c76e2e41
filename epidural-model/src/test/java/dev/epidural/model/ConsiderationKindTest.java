package dev.epidural.model;

class ConsiderationKindTest extends CodedEnumContract<ConsiderationKind> {

  ConsiderationKindTest() {
    super(ConsiderationKind.class, ConsiderationKind::of, "consideration kind",
        "benefit",
        "limitation");
  }
}
