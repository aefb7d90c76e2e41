package dev.epidural.model;

/** The phases of an epidural procedure's workflow, in the order they happen. */
public enum WorkflowPhase implements Coded {
  /** History and examination. */
  EVALUATION("evaluation"),
  /** Reviewing or obtaining imaging and diagnostics. */
  IMAGING("imaging"),
  /** Planning and preparing the patient. */
  PREPARATION("preparation"),
  /** Placing the needle or catheter and delivering the medication. */
  INTERVENTION("intervention"),
  /** Immediate checks and observation afterwards. */
  MONITORING("monitoring"),
  /** Reassessment and the rehabilitation plan. */
  FOLLOW_UP("follow-up");

  private final String code;

  WorkflowPhase(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * The constant with this code.
   *
   * @param code a code such as {@code "evaluation"}
   * @return the constant
   * @throws IllegalArgumentException naming the bad code and the allowed ones
   */
  public static WorkflowPhase of(String code) {
    return Coded.of(WorkflowPhase.class, code);
  }
}
