package dev.epidural.model;

/** What an anatomy fact is about. */
public enum AnatomyTopic implements Coded {
  /** Where the epidural space sits. */
  LOCATION("location"),
  /** The layers around it, from outside to inside. */
  LAYERS("layers"),
  /** What the space contains. */
  CONTENTS("contents"),
  /** Why the space matters clinically. */
  SIGNIFICANCE("significance");

  private final String code;

  AnatomyTopic(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * The constant with this code.
   *
   * @param code a code such as {@code "location"}
   * @return the constant
   * @throws IllegalArgumentException naming the bad code and the allowed ones
   */
  public static AnatomyTopic of(String code) {
    return Coded.of(AnatomyTopic.class, code);
  }
}
