package uk.shine.socialmedia.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.staff.StaffCaseVariables.CAPABILITY_REVIEW;
import static uk.shine.socialmedia.staff.StaffCaseVariables.CAPABILITY_REVIEW_ON;
import static uk.shine.socialmedia.staff.StaffCases.STAFF;

import org.junit.jupiter.api.Test;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.PathWork;

/** The capability procedure part: support and reviews, never a sanction; unmet targets lead to a hearing. */
@CaseEngineTest
class CapabilityTest extends StaffPartTest {

  @Test
  void capability_is_support_and_reviews_and_only_unmet_targets_lead_to_a_hearing() {
    String staff = staffCases.toDecision(staffCases.staffCase(STAFF), "CAPABILITY");
    cases.complete(staff, "agree-capability-plan", "capabilityTargets", "Professional use of social media",
        "capabilitySupport", "Training and a mentor", CAPABILITY_REVIEW_ON, workingDays.plus(workingDays.today(), 20).toString());
    assertThat(cases.task(staff, "hold-capability-review").getDueDate())
        .isEqualTo(workingDays.endOf(workingDays.plus(workingDays.today(), 20)));

    cases.complete(staff, "hold-capability-review", "capabilityProgress", "Some progress",
        CAPABILITY_REVIEW, "CONTINUE_SUPPORT", CAPABILITY_REVIEW_ON, workingDays.plus(workingDays.today(), 30).toString());
    cases.complete(staff, "hold-capability-review", "capabilityProgress", "Targets not met",
        CAPABILITY_REVIEW, "REFER_TO_HEARING");
    assertThat(cases.hasTask(staff, "invite-to-hearing")).isTrue();
  }

  @Test
  void capability_targets_met_close_the_case_without_a_sanction() {
    String staff = staffCases.toDecision(staffCases.staffCase(STAFF), "CAPABILITY");
    cases.complete(staff, "agree-capability-plan", "capabilityTargets", "Targets", "capabilitySupport", "Support",
        CAPABILITY_REVIEW_ON, PathWork.today());

    cases.complete(staff, "hold-capability-review", "capabilityProgress", "All met", CAPABILITY_REVIEW, "TARGETS_MET");

    assertThat(cases.ended(staff)).isTrue();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(staff).count()).isZero();
  }
}
