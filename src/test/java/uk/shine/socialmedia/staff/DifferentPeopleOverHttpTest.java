package uk.shine.socialmedia.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_HELD_BY;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_RESULT;
import static uk.shine.socialmedia.staff.StaffCaseVariables.INVESTIGATED_BY;
import static uk.shine.socialmedia.staff.StaffCases.STAFF;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.PathWork;
import uk.shine.socialmedia.support.Rest;

/**
 * ACAS Code paras 6 and 27, as Tasklist users meet them: the person who completed the investigation cannot
 * complete the hearing, and nobody who investigated or heard the case can record its appeal, whatever names
 * the forms carry. Over HTTP as the demo users: a plain 400 with the reason, and nothing changed.
 */
@CaseEngineTest
class DifferentPeopleOverHttpTest extends StaffPartTest {

  @Autowired Rest rest;

  @Test
  void the_investigating_officer_cannot_complete_the_hearing_task_nor_the_hearing_manager_the_appeal() {
    String staff = staffCases.staffCase(STAFF);
    staffCases.breach(staff);
    staffCases.complete(staff, "consider-suspension");
    staffCases.complete(staff, "appoint-investigating-officer");
    assertThat(complete("slt", staff, "investigate-allegation", Map.of("investigationFindings", "Posted about colleagues",
        "investigationRecommendation", "FORMAL_HEARING")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtime.getVariable(staff, INVESTIGATED_BY)).as("the engine's record, not a typed name").isEqualTo("slt");
    cases.complete(staff, "decide-on-case", StaffCaseVariables.CASE_DECISION, "FORMAL_HEARING", "decisionReasons",
        "On the report", "principleB", true, "sectionPersonalUse", true);
    staffCases.arrangeHearing(staff, workingDays.plus(workingDays.today(), 5).toString());
    cases.complete(staff, "send-hearing-invitation", "invitationSentOn", PathWork.today());
    Map<String, Object> held = Map.of(HEARING_RESULT, "HELD", "hearingOutcome", "FIRST_WRITTEN_WARNING",
        "outcomeReasons", "Found on the evidence");

    ResponseEntity<String> refused = complete("slt", staff, "hold-hearing", held);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("You completed the investigation of this case, so you cannot hold its "
        + "hearing: a different person hears it.");
    assertThat(cases.hasTask(staff, "hold-hearing")).as("nothing changed").isTrue();
    assertThat(runtime.getVariable(staff, HEARING_RESULT)).isNull();
    assertThat(runtime.getVariable(staff, HEARING_HELD_BY)).isNull();

    assertThat(complete("head", staff, "hold-hearing", held).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtime.getVariable(staff, HEARING_HELD_BY)).isEqualTo("head");
    cases.complete(staff, "send-outcome-letter", "outcomeSentOn", PathWork.today());
    staffCases.appeal(staff, PathWork.today());

    ResponseEntity<String> appeal = complete("head", staff, "hear-appeal", Map.of("appealManager", "Gill Governor",
        "appealOutcome", "UPHELD", "appealReasons", "The decision was fair"));

    assertThat(appeal.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(appeal.getBody()).contains("You held the hearing of this case, so you cannot record its appeal");
    assertThat(cases.hasTask(staff, "hear-appeal")).isTrue();
  }

  private ResponseEntity<String> complete(String user, String staff, String taskKey, Map<String, Object> answers) {
    String taskId = cases.task(staff, taskKey).getId();
    ResponseEntity<String> answer = rest.post(user, "/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", Rest.typed(answers)));
    cases.runJobs();
    return answer;
  }

}
