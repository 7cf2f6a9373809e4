package uk.shine.socialmedia.staff;

import static uk.shine.socialmedia.staff.StaffCaseVariables.ALLEGATION_OUTCOME;
import static uk.shine.socialmedia.staff.StaffCaseVariables.APPEAL_DEADLINE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.CASE_DECISION;
import static uk.shine.socialmedia.staff.StaffCaseVariables.APPEAL_MANAGER;
import static uk.shine.socialmedia.staff.StaffCaseVariables.APPEAL_RECEIVED_ON;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_DATE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_HELD_BY;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_LATEST;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_LATE_REASON;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_MANAGER;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_RESULT;
import static uk.shine.socialmedia.staff.StaffCaseVariables.INVESTIGATED_BY;
import static uk.shine.socialmedia.staff.StaffCaseVariables.INVESTIGATING_OFFICER;
import static uk.shine.socialmedia.staff.StaffCaseVariables.MISSED_HEARINGS;
import static uk.shine.socialmedia.staff.StaffCaseVariables.NEW_HEARING_DATE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.POSTPONED_ONCE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.REMOVED_FROM_PERSONNEL_RECORD;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.shine.socialmedia.cases.PolicyPrinciple;
import uk.shine.socialmedia.cases.PolicySection;
import uk.shine.socialmedia.deadlines.WorkingDays;
import uk.shine.socialmedia.engine.EngineUser;
import uk.shine.socialmedia.forms.FormRule;
import uk.shine.socialmedia.forms.RefusedInput;

/**
 * The fairness rules of the Disciplinary Procedure that join several answers, each checked before
 * the task completes: different people investigate, hear and hear the appeal; the hearing is within
 * 15 working days of the decision (later only with the reason why, kept as a missed deadline); one
 * postponement of at most 5 working days when the companion cannot attend; an appeal within 5 working
 * days of the outcome; reasonable written notice of every hearing date (ACAS Code of Practice on
 * disciplinary and grievance procedures 2015, paras 11-12: the school's notice period,
 * {@code socialmedia.staff.hearing-notice-working-days}); a hearing in the member of staff's absence only
 * after a second failure to attend (para 25); a malicious allegation off the personnel record (KCSIE Part 4);
 * a case to answer (or an upheld allegation against someone the school does not employ) names the
 * principles and sections of the Social Media Policy that were broken.
 */
@Configuration
class StaffCaseRules {

  static final String NO_CASE_TO_ANSWER = "NO_CASE_TO_ANSWER";

  @Bean
  FormRule investigatorIsNotTheHearingManager() {
    return rule("appoint-investigating-officer", answers -> {
      if (samePerson(answers.get(INVESTIGATING_OFFICER), answers.get(HEARING_MANAGER))) {
        throw new RefusedInput(HEARING_MANAGER, "The person who hears the case cannot be its investigating officer "
            + "(hearingManager)");
      }
    });
  }

  @Bean
  FormRule hearingWithinFifteenWorkingDays(WorkingDays workingDays) {
    return rule("invite-to-hearing", answers -> {
      LocalDate hearing = date(answers, HEARING_DATE);
      // once the latest date has passed, every date is after it: a reason then lets the case go on (kept as a miss)
      boolean lateWithReason = answers.get(HEARING_LATE_REASON) instanceof String reason && !reason.isBlank();
      if (hearing.isBefore(workingDays.today()) || hearing.isAfter(date(answers, HEARING_LATEST)) && !lateWithReason) {
        throw new RefusedInput(HEARING_DATE, "The hearing must be held between today and " + answers.get(HEARING_LATEST)
            + ", 15 working days after the decision (hearingDate); a later date needs the reason it cannot be held in "
            + "time (hearingLateReason)");
      }
    });
  }

  @Bean
  FormRule onePostponementOfFiveWorkingDays(WorkingDays workingDays) {
    return rule("hold-hearing", answers -> {
      if (!StaffCaseSteps.POSTPONED.equals(answers.get(HEARING_RESULT))) {
        return;
      }
      if (Boolean.TRUE.equals(answers.get(POSTPONED_ONCE))) {
        throw new RefusedInput(HEARING_RESULT, "The hearing has been postponed once already: it must go ahead "
            + "(hearingResult)");
      }
      LocalDate planned = date(answers, HEARING_DATE);
      LocalDate latest = workingDays.plus(planned, 5);
      LocalDate proposed = date(answers, NEW_HEARING_DATE);
      if (!proposed.isAfter(planned) || proposed.isAfter(latest)) {
        throw new RefusedInput(NEW_HEARING_DATE, "A hearing postponed for the companion must be held after " + planned
            + " and no later than " + latest + ", 5 working days on (newHearingDate)");
      }
    });
  }

  /** ACAS Code paras 11-12: the member of staff has reasonable written notice to prepare for the hearing. */
  @Bean
  FormRule reasonableNoticeOfTheHearing(WorkingDays workingDays,
      @Value("${socialmedia.staff.hearing-notice-working-days:5}") int notice) {
    return rule("invite-to-hearing", answers -> withNotice(workingDays, notice, answers, HEARING_DATE, "The hearing"));
  }

  /** ACAS Code paras 26-28: the same notice of the appeal meeting, so they can prepare and bring a companion. */
  @Bean
  FormRule reasonableNoticeOfTheAppeal(WorkingDays workingDays,
      @Value("${socialmedia.staff.hearing-notice-working-days:5}") int notice) {
    return rule("record-appeal", answers -> {
      if ("APPEALED".equals(answers.get(StaffCaseVariables.APPEAL_DECISION))) {
        withNotice(workingDays, notice, answers, StaffCaseVariables.APPEAL_MEETING_DATE, "The appeal meeting");
      }
    });
  }

  private static void withNotice(WorkingDays workingDays, int notice, Map<String, Object> answers, String field,
      String what) {
    LocalDate earliest = workingDays.plus(workingDays.today(), notice);
    if (date(answers, field).isBefore(earliest)) {
      throw new RefusedInput(field, what + " cannot be sooner than " + earliest + ": the member of staff must have "
          + notice + " working days' written notice to prepare for it (" + field + ")");
    }
  }

  /**
   * An adjourned hearing (illness, new evidence) or one the member of staff did not attend gets a new date with
   * a new notice; only after a second failure to attend may it go ahead without them (ACAS Code paras 24-25).
   */
  @Bean
  FormRule rearrangedHearingWithNewNotice(WorkingDays workingDays,
      @Value("${socialmedia.staff.hearing-notice-working-days:5}") int notice) {
    return rule("hold-hearing", answers -> {
      Object result = answers.get(HEARING_RESULT);
      if (StaffCaseSteps.REARRANGED.contains(result)) {
        withNotice(workingDays, notice, answers, NEW_HEARING_DATE, "The new hearing date");
      }
      if (StaffCaseSteps.HELD_IN_ABSENCE.equals(result)
          && !(answers.get(MISSED_HEARINGS) instanceof Number missed && missed.intValue() >= 1)) {
        throw new RefusedInput(HEARING_RESULT, "A hearing can go ahead without the member of staff only when they fail "
            + "to attend a second time: record that they did not attend, and give a new date (hearingResult)");
      }
    });
  }

  /**
   * The person who completed the investigation in Tasklist cannot hold the hearing (ACAS Code para 6: different
   * people investigate and hear, where practicable): checked on the engine's record, not on names typed in.
   */
  @Bean
  FormRule investigatorDoesNotHoldTheHearing() {
    return rule("hold-hearing", answers -> {
      if (sameUser(answers.get(INVESTIGATED_BY))) {
        throw new RefusedInput(HEARING_RESULT, "You completed the investigation of this case, so you cannot hold its "
            + "hearing: a different person hears it. Ask another senior leader or the case manager to hold it.");
      }
    });
  }

  /** ACAS Code para 27: the appeal is heard by someone not involved before, on the engine's record of who was. */
  @Bean
  FormRule appealNotHeardByAnyoneInvolved() {
    return rule("hear-appeal", answers -> {
      if (sameUser(answers.get(INVESTIGATED_BY)) || sameUser(answers.get(HEARING_HELD_BY))) {
        throw new RefusedInput(APPEAL_MANAGER, "You " + (sameUser(answers.get(HEARING_HELD_BY)) ? "held the hearing"
            : "completed the investigation") + " of this case, so you cannot record its appeal: someone not involved "
            + "before hears it. Ask another member of the case manager's team.");
      }
    });
  }

  @Bean
  FormRule maliciousAllegationOffThePersonnelRecord() {
    return maliciousOffTheRecord("record-allegation-outcome");
  }

  @Bean
  FormRule maliciousUnfoundedAllegationOffThePersonnelRecord() {
    return maliciousOffTheRecord("close-unfounded-allegation");
  }

  /** KCSIE Part 4: a malicious allegation is removed from the personnel record. */
  private static FormRule maliciousOffTheRecord(String formKey) {
    return rule(formKey, answers -> {
      if ("MALICIOUS".equals(answers.get(ALLEGATION_OUTCOME))
          && !Boolean.TRUE.equals(answers.get(REMOVED_FROM_PERSONNEL_RECORD))) {
        throw new RefusedInput(REMOVED_FROM_PERSONNEL_RECORD, "A malicious allegation must be removed from the "
            + "member of staff's personnel record: confirm it has been (removedFromPersonnelRecord)");
      }
    });
  }

  @Bean
  FormRule appealWithinFiveWorkingDays() {
    return rule("record-appeal", answers -> {
      if (answers.get(APPEAL_RECEIVED_ON) instanceof String received && !received.isBlank()
          && LocalDate.parse(received).isAfter(date(answers, APPEAL_DEADLINE))) {
        throw new RefusedInput(APPEAL_RECEIVED_ON, "An appeal received after " + answers.get(APPEAL_DEADLINE)
            + " is out of time (appealReceivedOn)");
      }
    });
  }

  @Bean
  FormRule appealHeardBySomeoneNotInvolved() {
    return rule("hear-appeal", answers -> {
      for (String earlier : List.of(INVESTIGATING_OFFICER, HEARING_MANAGER)) {
        if (samePerson(answers.get(APPEAL_MANAGER), answers.get(earlier))) {
          throw new RefusedInput(APPEAL_MANAGER, "The appeal must be heard by someone not involved before: this "
              + "person was the " + (earlier.equals(HEARING_MANAGER) ? "hearing manager" : "investigating officer")
              + " (appealManager)");
        }
      }
    });
  }

  /** A case to answer says which principles (a) to (j) and which sections of the policy the conduct broke. */
  @Bean
  FormRule policyBreachNamedWhenThereIsACaseToAnswer() {
    return rule("decide-on-case", answers -> {
      Object decision = answers.get(CASE_DECISION);
      if (decision != null && !NO_CASE_TO_ANSWER.equals(decision)) {
        policyBreachNamed(answers, "there is a case to answer");
      }
    });
  }

  @Bean
  FormRule policyBreachNamedWhenUpheld() {
    return rule("decide-on-non-employee", answers -> {
      if (StaffCaseVariables.UPHELD.equals(answers.get(StaffCaseVariables.ALLEGATION_UPHELD))) {
        policyBreachNamed(answers, "the allegation is upheld");
      }
    });
  }

  private static void policyBreachNamed(Map<String, Object> answers, String because) {
    if (PolicyPrinciple.ticked(answers).isEmpty()) {
      throw new RefusedInput(PolicyPrinciple.A.variable(), "Tick at least one of the policy's principles, (a) to (j), "
          + "that the conduct broke: " + because + " (principleA to principleJ)");
    }
    if (PolicySection.ticked(answers).isEmpty()) {
      throw new RefusedInput(PolicySection.PERSONAL_USE.variable(), "Tick at least one section of the policy whose "
          + "rules the conduct broke: " + because + " (" + String.join(", ", PolicySection.variables()) + ")");
    }
  }

  /** Whether the person completing the task (as the engine has authenticated them) is this user. */
  private static boolean sameUser(Object userId) {
    String completing = EngineUser.inCommand();
    return completing != null && completing.equals(userId);
  }

  private static boolean samePerson(Object one, Object other) {
    return one instanceof String a && other instanceof String b && Objects.equals(normal(a), normal(b));
  }

  private static String normal(String name) {
    return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static LocalDate date(Map<String, Object> answers, String name) {
    return LocalDate.parse((String) answers.get(name));
  }

  private static FormRule rule(String formKey, java.util.function.Consumer<Map<String, Object>> check) {
    return FormRule.of(formKey, check);
  }
}
