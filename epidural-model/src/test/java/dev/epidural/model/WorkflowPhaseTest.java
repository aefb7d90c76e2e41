package dev.epidural.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkflowPhaseTest extends CodedEnumContract<WorkflowPhase> {

  WorkflowPhaseTest() {
    super(WorkflowPhase.class, WorkflowPhase::of, "workflow phase",
        "evaluation",
        "imaging",
        "preparation",
        "intervention",
        "monitoring",
        "follow-up");
  }

  @Test
  void phasesCompareInTheOrderTheyHappen() {
    assertThat(WorkflowPhase.EVALUATION).isLessThan(WorkflowPhase.PREPARATION);
    assertThat(WorkflowPhase.PREPARATION).isLessThan(WorkflowPhase.INTERVENTION);
    assertThat(WorkflowPhase.INTERVENTION).isLessThan(WorkflowPhase.MONITORING);
    assertThat(WorkflowPhase.MONITORING).isLessThan(WorkflowPhase.FOLLOW_UP);
  }
}
