package uk.shine.socialmedia.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.shine.socialmedia.intake.ConcernVariables.OCCURRED_ON;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.SUBJECT_USER_ID;
import static uk.shine.socialmedia.staff.StaffCaseVariables.ALLEGATION_OUTCOME;
import static uk.shine.socialmedia.staff.StaffCaseVariables.IN_REFERENCES;
import static uk.shine.socialmedia.staff.StaffCaseVariables.LADO_CONSULTED_AT;
import static uk.shine.socialmedia.staff.StaffCaseVariables.LADO_VIEW;
import static uk.shine.socialmedia.staff.StaffCaseVariables.MAY_HAVE_HARMED_CHILD;
import static uk.shine.socialmedia.staff.StaffCaseVariables.REMOVED_FROM_PERSONNEL_RECORD;
import static uk.shine.socialmedia.staff.StaffCaseVariables.STAFF_MEMBER_NAME;
import static uk.shine.socialmedia.staff.StaffCaseVariables.TELL_ACCUSED;
import static uk.shine.socialmedia.staff.StaffCases.STAFF;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.deadlines.DeadlineMisses;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.PathWork;

/**
 * KCSIE Part 4 after the LADO has been consulted: the child's parents are told, then the member of staff
 * unless the LADO or the police say not yet; a clearly unfounded or malicious allegation is closed within a
 * week (escalated when it is not), a malicious one off the personnel record and out of references.
 */
@CaseEngineTest
class AfterTheLadoTest extends StaffPartTest {

  private static final String UNFOUNDED_RULE = "Clearly unfounded or malicious allegation closed within one week";

  @Autowired DeadlineMisses misses;

  @Test
  void the_parents_are_told_and_then_the_member_of_staff_beside_the_rest_of_the_case() {
    String staff = staffCases.allegationOverTheThreshold(STAFF);

    assertThat(cases.hasTask(staff, "consider-suspension")).as("the case goes on meanwhile").isTrue();
    assertThat(cases.hasTask(staff, "inform-accused")).as("parents first").isFalse();
    Task parents = cases.task(staff, "inform-parents-of-allegation");
    assertThat(parents.getDueDate()).isEqualTo(workingDays.fromNow(1));
    cases.complete(staff, "inform-parents-of-allegation", "parentsTold", "TOLD", "parentsToldOn", PathWork.today());

    cases.complete(staff, "inform-accused", "accusedToldOn", PathWork.today(), "accusedSupportOffered", true);
    assertThat(staffCases.passed(staff, "accused-told")).isTrue();
  }

  @Test
  void the_member_of_staff_is_not_told_yet_when_the_lado_or_the_police_say_so() {
    String staff = staffCases.staffCase(STAFF);
    cases.complete(staff, "screen-harm-threshold", STAFF_MEMBER_NAME, "Sam Staff", MAY_HAVE_HARMED_CHILD, true,
        "screeningNotes", "Physical harm alleged");
    assertThatThrownBy(() -> consultLado(staff, "INVESTIGATE", "NOT_YET")).isInstanceOf(RefusedInput.class)
        .hasMessageContaining("notTellingReason");
    consultLado(staff, "INVESTIGATE", "NOT_YET", "notTellingReason", "The police, until they have interviewed him");

    cases.complete(staff, "inform-parents-of-allegation", "parentsTold", "NOT_TOLD_ON_ADVICE",
        "parentsNotToldReason", "The police asked the school to wait");

    assertThat(staffCases.passed(staff, "accused-not-told")).isTrue();
    assertThat(staffCases.passed(staff, "inform-accused")).isFalse();
    assertThat(cases.hasTask(staff, "consider-suspension")).isTrue();
  }

  @Test
  void a_clearly_unfounded_allegation_is_closed_within_a_week_and_escalated_when_it_is_not() {
    // before every other test's due dates, so the deadline round sees only this case's work
    EngineClock.setTo("2025-09-01T09:00");
    String staff = staffCases.staffCase(PERPETRATOR_TYPE, "STAFF", SUBJECT_USER_ID, "teacher2", OCCURRED_ON, "2025-08-29");
    String caseId = runtime.createProcessInstanceQuery().processInstanceId(staff).singleResult().getRootProcessInstanceId();
    cases.complete(staff, "screen-harm-threshold", STAFF_MEMBER_NAME, "Sam Staff", MAY_HAVE_HARMED_CHILD, true,
        "screeningNotes", "Alleged by an account set up that morning");
    consultLado(staff, "CLEARLY_UNFOUNDED", null);

    Task close = cases.task(staff, "close-unfounded-allegation");
    assertThat(close.getDueDate()).as("a week").isEqualTo(EngineClock.london("2025-09-08T09:00"));
    assertThat(cases.hasTask(staff, "consider-suspension")).as("nothing else starts").isFalse();
    assertThat(cases.hasTask(staff, "inform-parents-of-allegation")).isFalse();

    EngineClock.setTo("2025-09-08T08:59");
    checkDeadlines();
    assertThat(misses.ofCase(caseId)).isEmpty();
    EngineClock.setTo("2025-09-08T10:00");
    checkDeadlines();
    assertThat(cases.candidateGroups(close.getId())).containsExactly("chair", "headteacher");
    List<DeadlineMisses.Miss> missed = misses.ofCase(caseId);
    assertThat(missed).extracting(DeadlineMisses.Miss::rule).containsExactly(UNFOUNDED_RULE);
    assertThat(missed.get(0).statutory()).isTrue();

    assertThatThrownBy(() -> cases.complete(staff, "close-unfounded-allegation", ALLEGATION_OUTCOME, "MALICIOUS",
        "accusedToldOn", PathWork.today(), "closureReasons", "The account admitted inventing it"))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("removed from the member of staff's personnel record");
    assertThat(cases.hasTask(staff, "close-unfounded-allegation")).as("nothing changed").isTrue();
    cases.complete(staff, "close-unfounded-allegation", ALLEGATION_OUTCOME, "MALICIOUS", REMOVED_FROM_PERSONNEL_RECORD,
        true, "accusedToldOn", PathWork.today(), "closureReasons", "The account admitted inventing it");

    assertThat(cases.ended(staff)).isTrue();
    assertThat(cases.historicVariable(staff, IN_REFERENCES)).as("never in a reference").isEqualTo(false);
    assertThat(cases.historicVariable(staff, REMOVED_FROM_PERSONNEL_RECORD)).isEqualTo(true);
  }

  @Test
  void the_parents_and_the_suspension_decision_both_late_bring_the_chair_in_once_in_one_round() {
    EngineClock.setTo("2025-08-04T09:00");
    String staff = staffCases.allegationOverTheThreshold(PERPETRATOR_TYPE, "STAFF", SUBJECT_USER_ID, "teacher2",
        OCCURRED_ON, "2025-08-01");
    String caseId = runtime.createProcessInstanceQuery().processInstanceId(staff).singleResult().getRootProcessInstanceId();
    Task parents = cases.task(staff, "inform-parents-of-allegation");
    Task suspension = cases.task(staff, "consider-suspension");

    EngineClock.setTo("2025-08-06T09:00");
    checkDeadlines();

    assertThat(cases.candidateGroups(parents.getId())).containsExactly("chair", "headteacher");
    assertThat(cases.candidateGroups(suspension.getId())).containsExactly("chair", "headteacher");
    assertThat(misses.ofCase(caseId)).extracting(DeadlineMisses.Miss::taskKey)
        .contains("inform-parents-of-allegation", "consider-suspension");
  }

  @Test
  void a_substantiated_allegation_ends_with_a_learning_review_and_may_be_in_references() {
    String staff = staffCases.allegationOverTheThreshold(STAFF);
    staffCases.throughInvestigation(staff, "INFORMAL_ACTION");
    cases.complete(staff, "record-informal-action", "informalAction", "Retraining on online conduct",
        "informalActionOn", PathWork.today());
    cases.complete(staff, "record-allegation-outcome", ALLEGATION_OUTCOME, "SUBSTANTIATED",
        StaffCaseVariables.REMOVED_FROM_REGULATED_ACTIVITY, false, StaffCaseVariables.IS_TEACHER, false);

    assertThat(cases.historicVariable(staff, IN_REFERENCES)).isEqualTo(true);
    assertThat(cases.task(staff, "hold-learning-review").getDueDate()).isEqualTo(workingDays.fromNow(20));
    staffCases.learningReview(staff);
    assertThat(cases.ended(staff)).isTrue();
  }

  private void consultLado(String staff, String view, String tell, Object... more) {
    Object[] answers = {LADO_CONSULTED_AT, PathWork.minutesAgo(5), "ladoName", "A. Officer", "ladoAdvice",
        "Agreed on the phone", LADO_VIEW, view};
    List<Object> all = new ArrayList<>(List.of(answers));
    if (tell != null) {
      all.addAll(List.of(TELL_ACCUSED, tell));
    }
    all.addAll(List.of(more));
    cases.complete(staff, "consult-lado", all.toArray());
  }

  /** The engine's deadline round, as its timer would start it. */
  private void checkDeadlines() {
    Job round = management.createJobQuery().processDefinitionKey("deadline-check").activityId("deadline-check-due")
        .singleResult();
    management.executeJob(round.getId());
    cases.runJobs();
  }
}
