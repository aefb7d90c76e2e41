package dev.epidural.model;

class ApproachTest extends CodedEnumContract<Approach> {

  ApproachTest() {
    super(Approach.class, Approach::of, "approach",
        "interlaminar",
        "transforaminal",
        "caudal");
  }
}
