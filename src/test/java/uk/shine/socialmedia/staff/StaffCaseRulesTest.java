package uk.shine.socialmedia.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static uk.shine.socialmedia.forms.Refusals.assertRefused;
import static uk.shine.socialmedia.staff.StaffCaseVariables.APPEAL_DEADLINE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.APPEAL_MANAGER;
import static uk.shine.socialmedia.staff.StaffCaseVariables.APPEAL_RECEIVED_ON;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_DATE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_LATEST;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_LATE_REASON;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_MANAGER;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_RESULT;
import static uk.shine.socialmedia.staff.StaffCaseVariables.INVESTIGATING_OFFICER;
import static uk.shine.socialmedia.staff.StaffCaseVariables.NEW_HEARING_DATE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.POSTPONED_ONCE;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.shine.socialmedia.deadlines.TestCalendar;
import uk.shine.socialmedia.deadlines.WorkingDays;
import uk.shine.socialmedia.forms.FormRule;
import uk.shine.socialmedia.support.EngineClock;

/** The fairness rules of the Disciplinary Procedure, on their own; today is Tuesday 3 March 2026. */
@ExtendWith(EngineClock.class)
class StaffCaseRulesTest {

  private final StaffCaseRules rules = new StaffCaseRules();
  private final WorkingDays workingDays = TestCalendar.workingDays();
  private final Map<String, Object> answers = new HashMap<>();

  @BeforeEach
  void today() {
    EngineClock.setTo("2026-03-03T09:00");
  }

  @Test
  void the_investigating_officer_is_never_the_person_who_hears_the_case() {
    FormRule rule = rules.investigatorIsNotTheHearingManager();
    assertThat(rule.formKey()).isEqualTo("appoint-investigating-officer");
    answers.putAll(Map.of(INVESTIGATING_OFFICER, "Helen Hearing", HEARING_MANAGER, " helen  hearing "));
    assertRefused(() -> rule.check(answers), HEARING_MANAGER,
        "The person who hears the case cannot be its investigating officer");

    answers.put(HEARING_MANAGER, "Ian Vestigator");
    assertThatCode(() -> rule.check(answers)).doesNotThrowAnyException();
  }

  @Test
  void the_hearing_is_held_between_today_and_fifteen_working_days_after_the_decision() {
    FormRule rule = rules.hearingWithinFifteenWorkingDays(workingDays);
    assertThat(rule.formKey()).isEqualTo("invite-to-hearing");
    answers.put(HEARING_LATEST, "2026-03-24");

    answers.put(HEARING_DATE, "2026-03-25");
    assertRefused(() -> rule.check(answers), HEARING_DATE,
        "The hearing must be held between today and 2026-03-24, 15 working days after the decision");
    answers.put(HEARING_DATE, "2026-03-02");
    assertRefused(() -> rule.check(answers), HEARING_DATE, "between today and 2026-03-24");

    answers.put(HEARING_DATE, "2026-03-24");
    assertThatCode(() -> rule.check(answers)).doesNotThrowAnyException();
  }

  @Test
  void once_the_latest_date_has_passed_a_later_hearing_is_accepted_with_the_reason_it_could_not_be_held_in_time() {
    FormRule rule = rules.hearingWithinFifteenWorkingDays(workingDays);
    answers.putAll(Map.of(HEARING_LATEST, "2026-02-27", HEARING_DATE, "2026-03-10"));
    assertRefused(() -> rule.check(answers), HEARING_DATE,
        "a later date needs the reason it cannot be held in time (hearingLateReason)");
    answers.put(HEARING_LATE_REASON, "  ");
    assertRefused(() -> rule.check(answers), HEARING_DATE, "(hearingLateReason)");

    answers.put(HEARING_LATE_REASON, "The investigating officer was off sick for three weeks");
    assertThatCode(() -> rule.check(answers)).doesNotThrowAnyException();
    answers.put(HEARING_DATE, "2026-03-02");
    assertRefused(() -> rule.check(answers), HEARING_DATE, "between today and 2026-02-27");
  }

  @Test
  void a_hearing_postponed_for_the_companion_moves_at_most_five_working_days_and_only_once() {
    FormRule rule = rules.onePostponementOfFiveWorkingDays(workingDays);
    assertThat(rule.formKey()).isEqualTo("hold-hearing");
    answers.putAll(Map.of(HEARING_RESULT, StaffCaseSteps.POSTPONED, HEARING_DATE, "2026-03-10"));

    answers.put(NEW_HEARING_DATE, "2026-03-18");
    assertRefused(() -> rule.check(answers), NEW_HEARING_DATE,
        "must be held after 2026-03-10 and no later than 2026-03-17, 5 working days on");
    answers.put(NEW_HEARING_DATE, "2026-03-10");
    assertRefused(() -> rule.check(answers), NEW_HEARING_DATE, "must be held after 2026-03-10");
    answers.put(NEW_HEARING_DATE, "2026-03-17");
    assertThatCode(() -> rule.check(answers)).doesNotThrowAnyException();

    answers.put(POSTPONED_ONCE, true);
    assertRefused(() -> rule.check(answers), HEARING_RESULT, "The hearing has been postponed once already");
  }

  @Test
  void five_working_days_of_postponement_skip_the_easter_bank_holidays() {
    FormRule rule = rules.onePostponementOfFiveWorkingDays(workingDays);
    answers.putAll(Map.of(HEARING_RESULT, StaffCaseSteps.POSTPONED, HEARING_DATE, "2026-04-01",
        NEW_HEARING_DATE, "2026-04-10"));
    assertThatCode(() -> rule.check(answers)).doesNotThrowAnyException();

    answers.put(NEW_HEARING_DATE, "2026-04-13");
    assertRefused(() -> rule.check(answers), NEW_HEARING_DATE, "no later than 2026-04-10");
  }

  @Test
  void a_hearing_that_took_place_is_not_checked_as_a_postponement() {
    answers.putAll(Map.of(HEARING_RESULT, "HELD", POSTPONED_ONCE, true));

    assertThatCode(() -> rules.onePostponementOfFiveWorkingDays(workingDays).check(answers)).doesNotThrowAnyException();
  }

  @Test
  void an_appeal_after_five_working_days_is_out_of_time() {
    FormRule rule = rules.appealWithinFiveWorkingDays();
    assertThat(rule.formKey()).isEqualTo("record-appeal");
    answers.put(APPEAL_DEADLINE, "2026-03-10");

    answers.put(APPEAL_RECEIVED_ON, "2026-03-11");
    assertRefused(() -> rule.check(answers), APPEAL_RECEIVED_ON, "An appeal received after 2026-03-10 is out of time");

    answers.put(APPEAL_RECEIVED_ON, "2026-03-10");
    assertThatCode(() -> rule.check(answers)).doesNotThrowAnyException();
    answers.remove(APPEAL_RECEIVED_ON);
    assertThatCode(() -> rule.check(answers)).as("no appeal made").doesNotThrowAnyException();
  }

  @Test
  void the_appeal_is_heard_by_someone_not_involved_before() {
    FormRule rule = rules.appealHeardBySomeoneNotInvolved();
    assertThat(rule.formKey()).isEqualTo("hear-appeal");
    answers.putAll(Map.of(INVESTIGATING_OFFICER, "Ian Vestigator", HEARING_MANAGER, "Helen Hearing"));

    answers.put(APPEAL_MANAGER, "HELEN HEARING");
    assertRefused(() -> rule.check(answers), APPEAL_MANAGER, "this person was the hearing manager");
    answers.put(APPEAL_MANAGER, "Ian  Vestigator");
    assertRefused(() -> rule.check(answers), APPEAL_MANAGER, "this person was the investigating officer");

    answers.put(APPEAL_MANAGER, "Gill Governor");
    assertThatCode(() -> rule.check(answers)).doesNotThrowAnyException();
  }

  @Test
  void notice_of_five_working_days_skips_the_weekend_and_an_adjourned_hearing_needs_it_again() {
    FormRule notice = rules.reasonableNoticeOfTheHearing(workingDays, 5);
    answers.put(HEARING_DATE, "2026-03-09");
    assertRefused(() -> notice.check(answers), HEARING_DATE,
        "The hearing cannot be sooner than 2026-03-10: the member of staff must have 5 working days' written notice");
    answers.put(HEARING_DATE, "2026-03-10");
    assertThatCode(() -> notice.check(answers)).doesNotThrowAnyException();

    FormRule rearranged = rules.rearrangedHearingWithNewNotice(workingDays, 5);
    answers.putAll(Map.of(HEARING_RESULT, StaffCaseSteps.NOT_ATTENDED, NEW_HEARING_DATE, "2026-03-06"));
    assertRefused(() -> rearranged.check(answers), NEW_HEARING_DATE, "The new hearing date cannot be sooner than 2026-03-10");
    answers.put(NEW_HEARING_DATE, "2026-03-10");
    assertThatCode(() -> rearranged.check(answers)).doesNotThrowAnyException();
  }

  @Test
  void a_hearing_goes_ahead_without_them_only_after_they_missed_one_already() {
    FormRule rule = rules.rearrangedHearingWithNewNotice(workingDays, 5);
    answers.put(HEARING_RESULT, StaffCaseSteps.HELD_IN_ABSENCE);
    assertRefused(() -> rule.check(answers), HEARING_RESULT, "only when they fail to attend a second time");

    answers.put(StaffCaseVariables.MISSED_HEARINGS, 1);
    assertThatCode(() -> rule.check(answers)).doesNotThrowAnyException();
  }
}
