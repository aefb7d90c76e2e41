package dev.epidural.model;

class DeliveryModeTest extends CodedEnumContract<DeliveryMode> {

  DeliveryModeTest() {
    super(DeliveryMode.class, DeliveryMode::of, "delivery mode",
        "single-injection",
        "catheter");
  }
}
