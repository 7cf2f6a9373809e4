package uk.shine.socialmedia.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.staff.StaffCaseVariables.ALLEGATION_OUTCOME;
import static uk.shine.socialmedia.staff.StaffCaseVariables.IS_TEACHER;
import static uk.shine.socialmedia.staff.StaffCaseVariables.LADO_CONSULTED_AT;
import static uk.shine.socialmedia.staff.StaffCaseVariables.MAY_HAVE_HARMED_CHILD;
import static uk.shine.socialmedia.staff.StaffCaseVariables.REMOVED_FROM_REGULATED_ACTIVITY;
import static uk.shine.socialmedia.staff.StaffCaseVariables.STAFF_MEMBER_NAME;
import static uk.shine.socialmedia.staff.StaffCases.STAFF;

import org.junit.jupiter.api.Test;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.PathWork;

/** The allegation outcome and referrals part: the KCSIE outcome, the DBS and the Teaching Regulation Agency. */
@CaseEngineTest
class AllegationOutcomeTest extends StaffPartTest {

  @Test
  void a_malicious_allegation_needs_no_dbs_or_tra_referral() {
    String staff = allegationMeetingTheThreshold();
    staffCases.throughInvestigation(staff, "NO_CASE_TO_ANSWER");
    cases.complete(staff, "send-no-further-action-letter", "letterSentOn", PathWork.today());

    cases.complete(staff, "record-allegation-outcome", ALLEGATION_OUTCOME, "MALICIOUS",
        REMOVED_FROM_REGULATED_ACTIVITY, false, IS_TEACHER, false, "removedFromPersonnelRecord", true);

    assertThat(cases.ended(staff)).isTrue();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(staff).activityId("refer-to-dbs").count())
        .isZero();
  }

  @Test
  void someone_removed_from_regulated_activity_who_is_not_a_teacher_is_referred_to_the_dbs_only() {
    String staff = allegationMeetingTheThreshold();
    staffCases.throughInvestigation(staff, "INFORMAL_ACTION");
    cases.complete(staff, "record-informal-action", "informalAction", "Left the school; no further work with pupils",
        "informalActionOn", PathWork.today());

    cases.complete(staff, "record-allegation-outcome", ALLEGATION_OUTCOME, "SUBSTANTIATED",
        REMOVED_FROM_REGULATED_ACTIVITY, true, IS_TEACHER, false);
    cases.complete(staff, "refer-to-dbs", "dbsReferredOn", PathWork.today(), "dbsReference", "awaited");
    staffCases.learningReview(staff);

    assertThat(cases.ended(staff)).isTrue();
    assertThat(staffCases.passed(staff, "consider-tra-referral")).isFalse();
  }

  /** An allegation that met the harm threshold, past the LADO: the investigation is next. */
  private String allegationMeetingTheThreshold() {
    String staff = staffCases.staffCase(STAFF);
    cases.complete(staff, "screen-harm-threshold", STAFF_MEMBER_NAME, "Sam Staff", MAY_HAVE_HARMED_CHILD, true,
        "screeningNotes", "Alleged by an anonymous account");
    cases.complete(staff, "consult-lado", LADO_CONSULTED_AT, PathWork.minutesAgo(5), "ladoName", "A. Officer",
        "ladoAdvice", "School to investigate", "ladoView", "INVESTIGATE", "tellAccused", "TELL");
    return staff;
  }
}
