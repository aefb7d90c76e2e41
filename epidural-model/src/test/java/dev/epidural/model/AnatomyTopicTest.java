package dev.epidural.model;

class AnatomyTopicTest extends CodedEnumContract<AnatomyTopic> {

  AnatomyTopicTest() {
    super(AnatomyTopic.class, AnatomyTopic::of, "anatomy topic",
        "location",
        "layers",
        "contents",
        "significance");
  }
}
