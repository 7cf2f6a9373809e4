package uk.shine.socialmedia.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.staff.StaffCaseVariables.SUSPENDED;
import static uk.shine.socialmedia.staff.StaffCaseVariables.SUSPENSION_DECISION;
import static uk.shine.socialmedia.staff.StaffCases.STAFF;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.PathWork;

/** The suspension reviews part: every two weeks beside the rest of the case, until lifted or the case closes. */
@CaseEngineTest
class StaffSuspensionTest extends StaffPartTest {

  @Test
  void a_suspension_is_reviewed_every_two_weeks_until_it_is_lifted() {
    String staff = staffCases.staffCase(STAFF);
    staffCases.breach(staff);
    suspend(staff);

    EngineClock.forward(Duration.ofDays(13));
    cases.runJobs();
    assertThat(cases.hasTask(staff, "review-suspension")).isFalse();
    EngineClock.forward(Duration.ofDays(2));
    cases.runJobs();
    cases.complete(staff, "review-suspension", SUSPENSION_DECISION, StaffCaseSteps.SUSPEND,
        "suspensionReviewNotes", "Still needed");

    EngineClock.forward(Duration.ofDays(15));
    cases.runJobs();
    cases.complete(staff, "review-suspension", SUSPENSION_DECISION, "LIFT", "suspensionReviewNotes", "Interviews done");

    EngineClock.forward(Duration.ofDays(30));
    cases.runJobs();
    assertThat(cases.hasTask(staff, "review-suspension")).isFalse();
    assertThat(runtime.getVariable(staff, SUSPENDED)).isEqualTo(false);
    assertThat(cases.hasTask(staff, "appoint-investigating-officer")).as("the case goes on beside the reviews").isTrue();
  }

  @Test
  void without_a_suspension_there_is_nothing_to_review() {
    String staff = staffCases.staffCase(STAFF);
    staffCases.breach(staff);

    staffCases.complete(staff, "consider-suspension");

    assertThat(runtime.getVariable(staff, SUSPENDED)).isEqualTo(false);
    assertThat(staffCases.passed(staff, "no-suspension")).isTrue();
    assertThat(management.createJobQuery().processInstanceId(staff).timers().count()).isZero();
    assertThat(cases.hasTask(staff, "appoint-investigating-officer")).isTrue();
  }

  @Test
  void a_case_that_closes_while_the_member_of_staff_is_suspended_ends_the_reviews_too() {
    String staff = staffCases.staffCase(STAFF);
    staffCases.breach(staff);
    suspend(staff);

    staffCases.throughInvestigation(staff, "INFORMAL_ACTION");
    cases.complete(staff, "record-informal-action", "informalAction", "Reminder of the code of conduct",
        "informalActionOn", PathWork.today());

    assertThat(cases.ended(staff)).isTrue();
    assertThat(management.createJobQuery().processInstanceId(staff).timers().count()).as("no review left waiting")
        .isZero();
    assertThat(staffCases.passed(staff, "review-suspension")).isFalse();
  }

  private void suspend(String staff) {
    cases.complete(staff, "consider-suspension", "suspensionAlternatives", "Another site considered: not workable",
        SUSPENSION_DECISION, StaffCaseSteps.SUSPEND, "suspendedFrom", PathWork.today(),
        "suspensionReasons", "Witnesses at school");
  }
}
