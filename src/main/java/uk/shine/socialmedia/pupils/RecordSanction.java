package uk.shine.socialmedia.pupils;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.SchoolDays;
import uk.shine.socialmedia.intake.ConcernVariables;

/**
 * Adds a suspension to the pupil's total for the term, and decides whether the governors must
 * consider reinstatement: always for a permanent exclusion, and when suspensions take the pupil over
 * 15 school days in the term; they meet within 15 school days.
 */
@Component("recordSanction")
class RecordSanction implements TaskListener {

  private final SuspensionRegister register;
  private final SchoolDays schoolDays;

  RecordSanction(SuspensionRegister register, SchoolDays schoolDays) {
    this.register = register;
    this.schoolDays = schoolDays;
  }

  @Override
  public void notify(DelegateTask task) {
    PupilVariables pupil = PupilVariables.of(task.getExecution());
    Sanction sanction = pupil.sanction();
    boolean governors = sanction == Sanction.PERMANENT_EXCLUSION;
    if (sanction == Sanction.SUSPENSION) {
      var term = schoolDays.termOf(pupil.suspensionStarts()).orElseThrow();
      int total = register.record(ConcernVariables.of(task.getExecution()).caseReference(), pupil.pupilReference(),
          term, pupil.suspensionStarts(), pupil.suspensionDays());
      pupil.suspendedDaysThisTerm(total);
      governors = total > PupilVariables.GOVERNORS_THRESHOLD_DAYS;
    }
    pupil.governorsMustConsider(governors, governors ? schoolDays.fromNow(PupilVariables.GOVERNORS_WITHIN_DAYS) : null);
  }
}
