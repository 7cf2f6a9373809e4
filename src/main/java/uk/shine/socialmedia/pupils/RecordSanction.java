package uk.shine.socialmedia.pupils;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.SchoolDays;
import uk.shine.socialmedia.deadlines.WorkingDays;
import uk.shine.socialmedia.intake.ConcernVariables;

/**
 * Adds a suspension to the pupil's total for the term and works out what the DfE guidance asks next
 * (Suspension and permanent exclusion, 2024): whether the governing board must consider reinstatement
 * within 15 school days (a permanent exclusion, over 15 school days in the term, a public examination
 * or national test missed), or considers the parents' representations only if they make them (within 50
 * school days for 6 to 15 days, able to reinstate; for 5 or fewer, unable to); whether the board is
 * told without delay (an exclusion, over 5 days in the term, an exam missed) or in the termly report;
 * and, for a suspension of more than 5 school days, the sixth school day from which the pupil gets
 * suitable full-time education.
 */
@Component("recordSanction")
class RecordSanction implements TaskListener {

  private final SuspensionRegister register;
  private final SchoolDays schoolDays;
  private final WorkingDays workingDays;
  private final int representationsSchoolDays;

  RecordSanction(SuspensionRegister register, SchoolDays schoolDays, WorkingDays workingDays,
      @Value("${socialmedia.pupils.representations-school-days:15}") int representationsSchoolDays) {
    this.register = register;
    this.schoolDays = schoolDays;
    this.workingDays = workingDays;
    this.representationsSchoolDays = representationsSchoolDays;
  }

  @Override
  public void notify(DelegateTask task) {
    PupilVariables pupil = PupilVariables.of(task.getExecution());
    // the school days of the case's school (its term dates and INSET days)
    SchoolDays schoolDays = this.schoolDays.of(task.getTenantId());
    pupil.defaultFlag(PupilVariables.MISSES_PUBLIC_EXAM);
    Sanction sanction = pupil.sanction();
    int daysThisTerm = 0;
    if (sanction == Sanction.SUSPENSION) {
      var term = schoolDays.termOf(pupil.suspensionStarts()).orElseThrow();
      daysThisTerm = register.record(task.getTenantId(), ConcernVariables.of(task.getExecution()).caseReference(),
          pupil.pupilReference(), term, pupil.suspensionStarts(), pupil.suspensionDays());
      pupil.suspendedDaysThisTerm(daysThisTerm);
    }
    boolean exam = sanction.removesFromSchool() && pupil.missesPublicExam();
    BoardReview review = BoardReview.of(sanction, daysThisTerm, exam);
    boolean overFiveDays = daysThisTerm > PupilVariables.BOARD_TOLD_OVER_DAYS;
    pupil.set(PupilVariables.PUPIL_PATH_ID, task.getProcessInstanceId());
    pupil.set(PupilVariables.BOARD_REVIEW, review.name());
    pupil.set(PupilVariables.BOARD_MAY_REINSTATE, review == BoardReview.REINSTATEMENT || overFiveDays);
    pupil.set(PupilVariables.BOARD_TOLD_WITHOUT_DELAY, review == BoardReview.REINSTATEMENT || overFiveDays);
    pupil.set(PupilVariables.NOTICE_LATEST, workingDays.plus(workingDays.today(), 1).toString());
    Date governorsDue = switch (review) {
      case REINSTATEMENT -> schoolDays.fromNow(PupilVariables.GOVERNORS_WITHIN_DAYS);
      case ON_REPRESENTATIONS -> schoolDays.fromNow(PupilVariables.REPRESENTATIONS_REVIEW_WITHIN_DAYS);
      case NONE -> null;
    };
    pupil.governorsMustConsider(review == BoardReview.REINSTATEMENT, governorsDue);
    if (review == BoardReview.ON_REPRESENTATIONS) {
      Date until = schoolDays.fromNow(representationsSchoolDays);
      pupil.set(PupilVariables.REPRESENTATIONS_UNTIL, until);
      pupil.set(PupilVariables.REPRESENTATIONS_TASK_DUE, Date.from(until.toInstant().plus(Duration.ofHours(1))));
    }
    boolean education = sanction == Sanction.SUSPENSION && pupil.suspensionDays() > PupilVariables.EDUCATION_AFTER_DAYS;
    pupil.set(PupilVariables.EDUCATION_FROM_SIXTH_DAY, education);
    if (education) {
      // the first day is day one: education is in place by the end of the fifth, for the sixth
      LocalDate sixth = schoolDays.plus(pupil.suspensionStarts(), PupilVariables.EDUCATION_AFTER_DAYS);
      pupil.set(PupilVariables.SIXTH_SCHOOL_DAY, sixth.toString());
      pupil.set(PupilVariables.EDUCATION_DUE,
          workingDays.endOf(schoolDays.plus(pupil.suspensionStarts(), PupilVariables.EDUCATION_AFTER_DAYS - 1)));
    }
  }
}
