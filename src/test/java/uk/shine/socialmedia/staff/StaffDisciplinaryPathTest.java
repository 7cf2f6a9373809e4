package uk.shine.socialmedia.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.staff.StaffCases.STAFF;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.deadlines.WorkingDays;
import uk.shine.socialmedia.pupils.PupilVariables;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.PathScenario;
import uk.shine.socialmedia.support.Rest;

/** The staff path as a whole: its forms alone carry it to its end; who follows it, and who never sees it. */
@CaseEngineTest
class StaffDisciplinaryPathTest extends PathScenario {

  private final StaffCases staffCases;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;
  @Autowired Rest rest;

  @Autowired
  StaffDisciplinaryPathTest(Cases cases, HistoryService history, WorkingDays workingDays) {
    super(StaffCaseVariables.PROCESS_KEY, STAFF, CONFIRMED, List.of("headteacher"));
    this.staffCases = new StaffCases(cases, history, workingDays);
  }

  @Test
  void hr_follows_staff_cases_in_cockpit_and_sees_nothing_of_pupil_cases() {
    String staff = staffCases.staffCase(STAFF);
    var pupilCase = cases.reportAndRoute(Cases.report(PERPETRATOR_TYPE, "PUPIL"));
    cases.triage(pupilCase.getId());
    String pupil = cases.path(pupilCase.getId(), PupilVariables.PROCESS_KEY);

    assertThat(rest.list("hr", "/engine-rest/history/process-instance?processInstanceId=" + staff).getBody()).hasSize(1);
    assertThat(rest.get("hr", "/engine-rest/process-instance/" + staff + "/activity-instances").getBody())
        .contains("screen-harm-threshold", "Screen the allegation against the harm threshold");
    assertThat(rest.list("hr", "/engine-rest/history/process-instance?processInstanceId=" + pupil).getBody()).isEmpty();
    assertThat(rest.list("hr", "/engine-rest/history/process-instance?processInstanceId=" + pupilCase.getId()).getBody())
        .isEmpty();
  }

  private static final Object[] PERPETRATOR_TYPE_STAFF_AT_VILLIERS = {"perpetratorType", "STAFF",
      "subjectUserId", "teacher2", "school", "villiers"};

  @Test
  void the_subject_never_sees_their_case_its_tasks_or_its_letters() {
    // a case of Villiers: its letters are signed with the school's name
    String staff = staffCases.toDecision(staffCases.staffCase(PERPETRATOR_TYPE_STAFF_AT_VILLIERS), "NO_CASE_TO_ANSWER");
    String letter = "/letters/" + staff + "/no-further-action";

    ResponseEntity<String> forHead = rest.get("head", letter);
    assertThat(forHead.getStatusCode().value()).isEqualTo(200);
    assertThat(forHead.getBody()).contains("Dear Sam Staff", "no case to answer", "Villiers Primary School");
    assertThat(forHead.getHeaders().getFirst("Content-Disposition"))
        .startsWith("inline; filename=\"no-further-action-SMC-");
    assertThat(rest.get("teacher2", letter).getStatusCode().value()).isEqualTo(404);
    assertThat(rest.get("governor", letter).getStatusCode().value()).isEqualTo(404);
    assertThat(rest.get(null, letter).getStatusCode().value()).isEqualTo(401);
    assertThat(rest.get("head", "/letters/" + staff + "/hearing-outcome").getStatusCode().value()).isEqualTo(404);

    // signed in as Tasklist does, with their school
    identity.setAuthentication("teacher2", List.of("staff", "slt"), List.of("villiers"));
    try {
      assertThat(tasks.createTaskQuery().processInstanceId(staff).count()).isZero();
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(staff).count()).isZero();
    } finally {
      identity.clearAuthentication();
    }
    identity.setAuthentication("slt", List.of("slt"), List.of("villiers"));
    try {
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(staff).count()).isEqualTo(1);
    } finally {
      identity.clearAuthentication();
    }
  }
}
