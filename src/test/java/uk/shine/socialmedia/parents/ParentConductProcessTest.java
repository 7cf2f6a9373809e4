package uk.shine.socialmedia.parents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.shine.socialmedia.intake.ConcernVariables.OCCURRED_ON;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.SUBJECT_USER_ID;
import static uk.shine.socialmedia.support.PathWork.step;
import static uk.shine.socialmedia.support.PathWork.today;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.PathScenario;

@CaseEngineTest
class ParentConductProcessTest extends PathScenario {

  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;

  ParentConductProcessTest() {
    super("parent-conduct", new Object[] {"perpetratorType", "PARENT"}, CONFIRMED, List.of("headteacher"));
  }

  private ProcessInstance parentCase() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(PERPETRATOR_TYPE, "PARENT", OCCURRED_ON, today()));
    cases.triage(concern.getId());
    return concern;
  }

  /** Screened with no allegation against staff, met, written to, reported: up to the review of conduct. */
  private String upToReview(ProcessInstance concern) {
    String parent = cases.path(concern.getId(), "parent-conduct");
    for (String task : List.of("screen-staff-allegation", "meet-parent", "ask-parent-to-remove", "report-parent-post")) {
      cases.complete(parent, task, step("parent-conduct", task).answers());
    }
    return parent;
  }

  private static Date endOfWorkingDay(String day) {
    return Date.from(LocalDateTime.parse(day + "T18:00").atZone(ZoneId.of("Europe/London")).toInstant());
  }

  @Test
  void an_allegation_at_the_harm_threshold_goes_to_the_staff_path_while_the_code_of_conduct_goes_on() {
    ProcessInstance concern = parentCase();
    String parent = cases.path(concern.getId(), "parent-conduct");

    cases.complete(parent, "screen-staff-allegation", "staffAllegation", "HARM_THRESHOLD", SUBJECT_USER_ID, "teacher2",
        "screeningNotes", "Says a teacher hit a child");

    String staff = cases.path(concern.getId(), "staff-disciplinary");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(staff).singleResult().getBusinessKey())
        .isEqualTo(concern.getBusinessKey());
    assertThat(runtime.getVariable(staff, SUBJECT_USER_ID)).isEqualTo("teacher2");
    assertThat(runtime.getVariable(staff, PERPETRATOR_TYPE)).as("the staff path is about staff").isEqualTo("STAFF");
    assertThat(cases.pathsOf(concern.getId())).as("a child of the case, like every path").contains("staff-disciplinary");
    assertThat(cases.hasTask(parent, "meet-parent")).isTrue();
  }

  @Test
  void an_allegation_about_the_head_teacher_is_handed_to_the_chair() {
    ProcessInstance concern = parentCase();
    String parent = cases.path(concern.getId(), "parent-conduct");

    cases.complete(parent, "screen-staff-allegation", "staffAllegation", "HARM_THRESHOLD", SUBJECT_USER_ID, "head",
        "screeningNotes", "Says the head teacher hit a child");

    String staff = cases.path(concern.getId(), "staff-disciplinary");
    assertThat(cases.candidateGroups(cases.task(staff, "screen-harm-threshold").getId())).containsExactly("chair");
  }

  @Test
  void the_screening_needs_a_reason_and_below_the_threshold_nothing_is_handed_over() {
    ProcessInstance concern = parentCase();
    String parent = cases.path(concern.getId(), "parent-conduct");
    assertThatThrownBy(() -> cases.complete(parent, "screen-staff-allegation", "staffAllegation", "BELOW_THRESHOLD"))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("screeningNotes");

    cases.complete(parent, "screen-staff-allegation", "staffAllegation", "BELOW_THRESHOLD", "screeningNotes", "Rude, no more");

    assertThat(history.createHistoricProcessInstanceQuery().rootProcessInstanceId(concern.getId())
        .processDefinitionKey("staff-disciplinary").count()).isZero();
  }

  @Test
  void threats_go_to_the_police_then_a_provisional_ban_confirmed_after_representations_and_reviewed_every_six_months() {
    EngineClock.setTo("2026-03-02T10:00");
    ProcessInstance concern = parentCase();
    String parent = upToReview(concern);

    cases.complete(parent, "review-parent-conduct", "conductAfterLetter", "THREATS", "conductNotes", "Threatened the class teacher");
    assertThat(cases.candidateGroups(cases.task(parent, "report-parent-to-police").getId())).containsExactly("headteacher");
    cases.complete(parent, "report-parent-to-police", "policeReportedOn", today(), "crimeReference", "CR/1/26");
    cases.complete(parent, "impose-provisional-ban", "banLetterSentOn", today(), "banReasons", "Threats to staff",
        "representationsInvited", true);

    // ten working days to make representations
    assertThat(cases.task(parent, "consider-representations").getDueDate()).isEqualTo(endOfWorkingDay("2026-03-16"));
    cases.complete(parent, "consider-representations", "representationsReceived", "RECEIVED",
        "representationsSummary", "Apologised but will not stay away", "banDecision", "CONFIRMED", "banDecisionSentOn", today());

    var review = cases.task(parent, "review-premises-ban");
    assertThat(review.getDueDate()).isEqualTo(Date.from(LocalDateTime.parse("2026-09-02T10:00")
        .atZone(ZoneId.of("Europe/London")).toInstant()));
    cases.complete(parent, "review-premises-ban", "banReviewDecision", "CONTINUE", "banReviewNotes", "Further messages");
    assertThat(cases.hasTask(parent, "review-premises-ban")).as("reviewed again in six months").isTrue();
    cases.complete(parent, "review-premises-ban", "banReviewDecision", "LIFT", "banReviewNotes", "No contact since");

    assertThat(cases.ended(parent)).isTrue();
  }

  @Test
  void when_it_continues_a_provisional_ban_can_be_lifted_after_representations() {
    ProcessInstance concern = parentCase();
    String parent = upToReview(concern);

    cases.complete(parent, "review-parent-conduct", "conductAfterLetter", "CONTINUES", "conductNotes", "New posts");
    assertThat(cases.hasTask(parent, "report-parent-to-police")).isFalse();
    cases.complete(parent, "impose-provisional-ban", "banLetterSentOn", today(), "banReasons", "Repeated abuse",
        "representationsInvited", true);
    cases.complete(parent, "consider-representations", "representationsReceived", "NONE", "banDecision", "LIFTED",
        "banDecisionSentOn", today());

    assertThat(cases.ended(parent)).isTrue();
  }
}
