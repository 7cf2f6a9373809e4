package uk.shine.socialmedia.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.staff.StaffCaseVariables.ALLEGATION_OUTCOME;
import static uk.shine.socialmedia.staff.StaffCaseVariables.IS_TEACHER;
import static uk.shine.socialmedia.staff.StaffCaseVariables.REMOVED_FROM_REGULATED_ACTIVITY;
import static uk.shine.socialmedia.staff.StaffCases.STAFF;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.PathWork;
import uk.shine.socialmedia.support.Rest;

/**
 * A resignation at any step of the procedure: the case manager records it on its page, the procedure stops,
 * the case closes properly, and the allegation outcome with the DBS and TRA referral questions still happen.
 */
@CaseEngineTest
class StaffResignationTest extends StaffPartTest {

  @Autowired Rest rest;

  @Test
  void a_resignation_before_the_hearing_stops_it_but_the_outcome_and_the_referrals_still_happen() {
    String staff = staffCases.allegationOverTheThreshold(STAFF);
    staffCases.throughInvestigation(staff, "FORMAL_HEARING");
    staffCases.arrangeHearing(staff, workingDays.plus(workingDays.today(), 5).toString());
    String page = "/cases/staff/" + staff + "/resignation";

    assertThat(rest.get("teacher2", page).getStatusCode()).as("never the subject").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.post("slt", page, null).getStatusCode()).as("the case manager's step").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(cases.hasTask(staff, "send-hearing-invitation")).as("nothing changed").isTrue();
    assertThat(rest.get("head", page).getBody()).contains("Record the resignation", "DBS");
    ResponseEntity<String> recorded = rest.post("head", page, null);
    cases.runJobs();

    assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(cases.hasTask(staff, "send-hearing-invitation")).as("the procedure stopped").isFalse();
    cases.complete(staff, "record-resignation", "resignedOn", PathWork.today(), "resignationNotes", "Last day Friday");
    assertThat(cases.hasTask(staff, "record-allegation-outcome")).as("the outcome and the referral questions").isTrue();
    staffCases.substantiatedAndReferred(staff);

    assertThat(cases.ended(staff)).isTrue();
    assertThat(cases.historicVariable(staff, StaffCaseVariables.STAFF_RESIGNED)).isEqualTo(true);
    assertThat(staffCases.passed(staff, "hold-hearing")).isFalse();
  }

  @Test
  void a_resignation_in_a_conduct_case_still_asks_the_referral_questions_and_ends_the_suspension_reviews() {
    String staff = staffCases.staffCase(STAFF);
    staffCases.breach(staff);
    cases.complete(staff, "consider-suspension", "suspensionAlternatives", "Considered working from home",
        "suspensionDecision", StaffCaseSteps.SUSPEND, "suspendedFrom", PathWork.today(), "suspensionReasons",
        "Risk to the evidence");
    assertThat(cases.hasTask(staff, "appoint-investigating-officer")).isTrue();

    assertThat(rest.post("head", "/cases/staff/" + staff + "/resignation", null).getStatusCode()).isEqualTo(HttpStatus.OK);
    cases.runJobs();
    cases.complete(staff, "record-resignation", "resignedOn", PathWork.today());

    assertThat(runtime.getVariable(staff, StaffCaseVariables.SUSPENDED)).as("no more reviews").isEqualTo(false);
    cases.complete(staff, "record-allegation-outcome", ALLEGATION_OUTCOME, "UNSUBSTANTIATED",
        REMOVED_FROM_REGULATED_ACTIVITY, false, IS_TEACHER, false);
    assertThat(cases.ended(staff)).isTrue();
    assertThat(cases.historicVariable(staff, StaffCaseVariables.IN_REFERENCES)).isEqualTo(false);
  }

  @Test
  void a_resignation_while_an_appeal_is_awaited_or_during_capability_stops_them_too() {
    String appealing = staffCases.toDecision(staffCases.staffCase(STAFF), "FORMAL_HEARING");
    staffCases.throughHearing(appealing, "DISMISSAL");
    String capability = staffCases.toDecision(staffCases.staffCase(STAFF), "CAPABILITY");

    for (String staff : new String[] {appealing, capability}) {
      assertThat(rest.post("head", "/cases/staff/" + staff + "/resignation", null).getStatusCode()).isEqualTo(HttpStatus.OK);
      cases.runJobs();
      cases.complete(staff, "record-resignation", "resignedOn", PathWork.today());
      assertThat(cases.hasTask(staff, "record-allegation-outcome")).as("the referral questions still come").isTrue();
    }
    assertThat(cases.hasTask(appealing, "record-appeal")).isFalse();
    assertThat(cases.hasTask(capability, "agree-capability-plan")).isFalse();
  }

  @Test
  void a_resignation_outside_the_procedure_is_refused_with_the_reason() {
    String staff = staffCases.staffCase(STAFF);

    ResponseEntity<String> refused = rest.post("head", "/cases/staff/" + staff + "/resignation", null);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody()).contains("from the investigation until the appeal is decided");
    assertThat(cases.hasTask(staff, "screen-harm-threshold")).isTrue();
  }
}
