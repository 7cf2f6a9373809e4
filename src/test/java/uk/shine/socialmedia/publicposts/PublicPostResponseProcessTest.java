package uk.shine.socialmedia.publicposts;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.intake.ConcernVariables.CASE_REFERENCE;
import static uk.shine.socialmedia.intake.ConcernVariables.OCCURRED_ON;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.VICTIM_TYPE;
import static uk.shine.socialmedia.support.PathWork.step;
import static uk.shine.socialmedia.support.PathWork.today;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.PathScenario;
import uk.shine.socialmedia.support.PathWork;

@CaseEngineTest
class PublicPostResponseProcessTest extends PathScenario {

  @Autowired RuntimeService runtime;

  PublicPostResponseProcessTest() {
    super("public-post-response", new Object[] {"perpetratorType", "UNKNOWN", VICTIM_TYPE, "PARENT"}, CONFIRMED, List.of("headteacher"));
  }

  private ProcessInstance publicCase() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(PERPETRATOR_TYPE, "UNKNOWN", VICTIM_TYPE, "PARENT",
        OCCURRED_ON, today()));
    cases.triage(concern.getId());
    return concern;
  }

  @Test
  void when_pupils_wrote_the_post_the_case_goes_to_the_pupil_path_and_closes_only_after_it() {
    ProcessInstance concern = publicCase();
    String post = cases.path(concern.getId(), "public-post-response");

    cases.complete(post, "investigate-public-post", "investigationFindings", "Two Year 6 pupils run the account",
        "postAuthor", "PUPILS");

    String pupil = cases.path(concern.getId(), "pupil-behaviour");
    assertThat(runtime.getVariable(pupil, PERPETRATOR_TYPE)).isEqualTo("PUPIL");
    assertThat(cases.pathsOf(concern.getId())).containsExactly("public-post-response", "pupil-behaviour");
    assertThat(runtime.getVariable(pupil, CASE_REFERENCE)).isEqualTo(concern.getBusinessKey());
    assertThat(cases.candidateGroups(cases.task(pupil, "investigate-pupil-behaviour").getId())).containsExactly("slt");
    assertThat(cases.hasTask(post, "report-public-post")).isFalse();
    assertThat(cases.hasTask(concern.getId(), "close-case")).isFalse();

    PathWork.steps("pupil-behaviour").forEach(s -> cases.complete(pupil, s.taskKey(), s.answers()));

    assertThat(cases.ended(post)).isTrue();
    assertThat(cases.hasTask(concern.getId(), "close-case")).isTrue();
  }

  @Test
  void a_post_that_recurs_is_reported_and_answered_again_and_looked_at_after_eight_weeks() {
    EngineClock.setTo("2026-03-02T10:00");
    ProcessInstance concern = publicCase();
    String post = cases.path(concern.getId(), "public-post-response");
    for (String task : List.of("investigate-public-post", "report-public-post", "support-community-member", "decide-public-response")) {
      cases.complete(post, task, step("public-post-response", task).answers());
    }
    assertThat(cases.task(post, "review-recurrence").getDueDate())
        .isEqualTo(Date.from(LocalDateTime.parse("2026-04-27T10:00").atZone(ZoneId.of("Europe/London")).toInstant()));

    cases.complete(post, "review-recurrence", "recurrence", "RECURRED", "recurrenceNotes", "Same account posted again");

    assertThat(cases.hasTask(post, "report-public-post")).isTrue();
    assertThat(cases.ended(post)).isFalse();
  }
}
