package uk.shine.socialmedia.intake;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.shine.socialmedia.forms.Refusals.assertRefused;
import static uk.shine.socialmedia.intake.ConcernVariables.CASE_MANAGER_GROUP;
import static uk.shine.socialmedia.intake.ConcernVariables.INDECENT_IMAGERY;
import static uk.shine.socialmedia.intake.ConcernVariables.OCCURRED_ON;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.POST_URL;
import static uk.shine.socialmedia.intake.ConcernVariables.REPORTER_NAME;
import static uk.shine.socialmedia.intake.ConcernVariables.REPORTER_ROLE;
import static uk.shine.socialmedia.intake.ConcernVariables.SUBJECT_USER_ID;
import static uk.shine.socialmedia.intake.ConcernVariables.SUMMARY;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.shine.socialmedia.deadlines.TestCalendar;
import uk.shine.socialmedia.support.EngineClock;

/** The contract's rules for a report, on their own: what is refused, and the message that names what to correct. */
@ExtendWith(EngineClock.class)
class ReportRulesTest {

  private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
  private final ReportRules rules = new ReportRules(identity, TestCalendar.workingDays());
  private final Map<String, Object> report = new HashMap<>(Map.of(REPORTER_NAME, "Terry Teacher",
      REPORTER_ROLE, "STAFF", OCCURRED_ON, "2026-03-02", SUMMARY, "Abusive comments about a class",
      PERPETRATOR_TYPE, "PARENT", ConcernVariables.VICTIM_TYPE, "NONE", POST_URL, "https://facebook.example/post/1"));

  @BeforeEach
  void today_is_a_tuesday_in_march() {
    EngineClock.setTo("2026-03-03T09:00");
    when(identity.createUserQuery().userId("teacher2").count()).thenReturn(1L);
  }

  @Test
  void a_complete_report_is_accepted() {
    report.put(SUBJECT_USER_ID, "teacher2");
    report.put(INDECENT_IMAGERY, false);

    assertThatCode(() -> rules.check(report)).doesNotThrowAnyException();
  }

  @Test
  void a_report_of_something_that_happened_today_is_accepted_and_tomorrow_is_refused() {
    report.put(OCCURRED_ON, "2026-03-03");
    assertThatCode(() -> rules.check(report)).doesNotThrowAnyException();

    report.put(OCCURRED_ON, "2026-03-04");
    refused(OCCURRED_ON, "occurredOn cannot be in the future");
  }

  @Test
  void a_date_that_does_not_exist_is_refused() {
    report.put(OCCURRED_ON, "2026-02-30");

    refused(OCCURRED_ON, "occurredOn must be a real date written yyyy-MM-dd");
  }

  @Test
  void a_report_without_who_reported_it_is_refused() {
    report.put(REPORTER_NAME, "  ");

    refused(REPORTER_NAME, "reporterName is required");
  }

  @Test
  void a_value_outside_the_contracts_list_is_refused_with_the_list() {
    report.put(REPORTER_ROLE, "GOVERNOR");

    refused(REPORTER_ROLE, "reporterRole must be one of STAFF, PUPIL, PARENT, PUBLIC, ANONYMOUS");
  }

  @Test
  void a_missing_classification_is_refused_with_the_list() {
    report.remove(PERPETRATOR_TYPE);

    refused(PERPETRATOR_TYPE, "perpetratorType is required (one of STAFF, PUPIL, PARENT, PUBLIC, UNKNOWN)");
  }

  @Test
  void a_summary_longer_than_a_variable_can_hold_is_refused() {
    report.put(SUMMARY, "x".repeat(4001));

    refused(SUMMARY, "summary must be at most 4000 characters");
  }

  @Test
  void a_post_address_that_is_not_a_web_address_is_refused() {
    report.put(POST_URL, "javascript:alert(1)");

    refused(POST_URL, "postUrl must be a web address starting with http:// or https://");
  }

  @Test
  void a_flag_that_is_not_true_or_false_is_refused() {
    report.put(INDECENT_IMAGERY, "yes");

    refused(INDECENT_IMAGERY, "indecentImagery must be true or false");
  }

  @Test
  void a_variable_that_is_not_part_of_a_report_is_refused() {
    report.put(CASE_MANAGER_GROUP, "governors");

    refused(CASE_MANAGER_GROUP, "'caseManagerGroup' is not part of a report");
  }

  @Test
  void the_subject_must_be_a_known_login_name() {
    report.put(SUBJECT_USER_ID, "teacher2'; drop");
    refused(SUBJECT_USER_ID, "subjectUserId must be a login name (letters and digits)");

    report.put(SUBJECT_USER_ID, "nobody");
    refused(SUBJECT_USER_ID, "subjectUserId does not name a known user");
  }

  private void refused(String variable, String message) {
    assertRefused(() -> rules.check(report), variable, message);
  }
}
