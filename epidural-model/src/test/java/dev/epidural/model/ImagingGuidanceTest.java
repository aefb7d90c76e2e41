package dev.epidural.model;

class ImagingGuidanceTest extends CodedEnumContract<ImagingGuidance> {

  ImagingGuidanceTest() {
    super(ImagingGuidance.class, ImagingGuidance::of, "imaging guidance",
        "fluoroscopy",
        "ct",
        "ct-fluoroscopy",
        "ultrasound",
        "landmark");
  }
}
