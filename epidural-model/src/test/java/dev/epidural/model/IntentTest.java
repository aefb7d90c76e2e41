package dev.epidural.model;

class IntentTest extends CodedEnumContract<Intent> {

  IntentTest() {
    super(Intent.class, Intent::of, "intent",
        "diagnostic",
        "therapeutic",
        "anesthetic-analgesic",
        "blood-patch");
  }
}
