package dev.epidural.model;

class SeverityTest extends CodedEnumContract<Severity> {

  SeverityTest() {
    super(Severity.class, Severity::of, "severity",
        "error",
        "warning",
        "info");
  }
}
