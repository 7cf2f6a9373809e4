package uk.shine.socialmedia.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.shine.socialmedia.intake.ConcernVariables.SUBJECT_RELATIONSHIP;
import static uk.shine.socialmedia.staff.StaffCaseVariables.LADO_CONSULTED_AT;
import static uk.shine.socialmedia.staff.StaffCaseVariables.LADO_DEADLINE_MET;
import static uk.shine.socialmedia.staff.StaffCaseVariables.PROCESS_KEY;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.PathWork;
import uk.shine.socialmedia.support.Rest;

/**
 * Someone the school does not employ: triage records what they are to the school, and the staff path takes
 * them to whoever engages them instead of the Disciplinary Procedure.
 */
@CaseEngineTest
class NotEmployedTest extends StaffPartTest {

  @Autowired Rest rest;
  @Autowired TaskService tasks;

  @Test
  void agency_staff_go_to_the_agency_and_the_dsl_consults_the_lado_with_no_disciplinary_investigation() {
    EngineClock.setTo("2026-03-02T10:00");
    String concern = cases.reportAndRoute(Cases.report("perpetratorType", "STAFF", "subjectUserId", "teacher2",
        "occurredOn", "2026-03-01")).getId();
    cases.triage(concern, SUBJECT_RELATIONSHIP, "AGENCY_OR_SUPPLY");
    String staff = cases.path(concern, PROCESS_KEY);

    assertThat(cases.candidateGroups(cases.task(staff, "tell-agency").getId())).containsExactly("headteacher");
    assertThat(cases.hasTask(staff, "screen-harm-threshold")).isFalse();
    cases.complete(staff, "tell-agency", StaffCases.firstStepOutsideProcedure(true, "organisationName", "Supply Teachers Ltd",
        "organisationToldAt", PathWork.minutesAgo(5)));

    Task lado = cases.task(staff, "dsl-consults-lado");
    assertThat(cases.candidateGroups(lado.getId())).containsExactly("dsl");
    assertThat(lado.getDueDate()).as("the end of the next working day after the report")
        .isEqualTo(EngineClock.london("2026-03-03T18:00"));
    cases.complete(staff, "dsl-consults-lado", LADO_CONSULTED_AT, PathWork.minutesAgo(1), "ladoName", "A. Officer",
        "ladoAdvice", "The agency's procedure; no police");
    assertThat(runtime.getVariable(staff, LADO_DEADLINE_MET)).isEqualTo(true);

    assertThat(cases.candidateGroups(cases.task(staff, "decide-on-non-employee").getId())).containsExactly("headteacher");
    decide(staff, StaffCases.decisionOutsideProcedure("NOT_UPHELD", "YES"));

    assertThat(cases.ended(staff)).isTrue();
    assertThat(staffCases.passed(staff, "dealt-with-outside-procedure")).isTrue();
    for (String disciplinary : new String[] {"screening", "consider-suspension", "investigation", "disciplinary-hearing"}) {
      assertThat(staffCases.passed(staff, disciplinary)).as(disciplinary).isFalse();
    }
  }

  @Test
  void a_governor_goes_to_the_chair_and_an_upheld_allegation_names_the_policy_it_broke() {
    String concern = cases.reportAndRoute(Cases.report(StaffCases.STAFF)).getId();
    cases.triage(concern, SUBJECT_RELATIONSHIP, "GOVERNOR");
    String staff = cases.path(concern, PROCESS_KEY);

    assertThat(runtime.getVariable(concern, "caseManagerGroup")).isEqualTo("chair");
    assertThat(cases.candidateGroups(cases.task(staff, "consider-governor-conduct").getId())).containsExactly("chair");
    cases.complete(staff, "consider-governor-conduct", StaffCases.firstStepOutsideProcedure(false));
    assertThat(cases.hasTask(staff, "dsl-consults-lado")).as("below the harm threshold: no LADO").isFalse();

    Task decide = cases.task(staff, "decide-on-non-employee");
    assertThat(cases.candidateGroups(decide.getId())).containsExactly("chair");
    Map<String, Object> noPrinciple = StaffCases.decisionOutsideProcedure("UPHELD", "NO");
    assertThatThrownBy(() -> tasks.complete(decide.getId(), noPrinciple)).isInstanceOf(RefusedInput.class)
        .hasMessageContaining("(a) to (j)");
    assertThat(cases.hasTask(staff, "decide-on-non-employee")).isTrue();

    Map<String, Object> upheld = StaffCases.decisionOutsideProcedure("UPHELD", "NO");
    upheld.put("principleB", true);
    upheld.put("sectionCyberbullying", true);
    tasks.complete(decide.getId(), upheld);
    cases.runJobs();
    assertThat(cases.ended(staff)).isTrue();
    assertThat(cases.task(concern, "close-case").getId()).isNotNull();
    assertThat(cases.candidateGroups(cases.task(concern, "close-case").getId())).containsExactly("chair");
  }

  @Test
  void the_chair_as_the_subject_goes_to_the_trust_through_its_head_of_hr() {
    String concern = cases.reportAndRoute(Cases.report("perpetratorType", "STAFF", "subjectUserId", "chair")).getId();
    cases.triage(concern, SUBJECT_RELATIONSHIP, "GOVERNOR");
    String staff = cases.path(concern, PROCESS_KEY);

    assertThat(cases.candidateGroups(cases.task(staff, "consider-governor-conduct").getId())).containsExactly("hr");
  }

  @Test
  void a_contractor_a_trainee_and_a_volunteer_go_to_the_head_teacher_with_whoever_engages_them() {
    Map<String, String> firstTask = Map.of("CONTRACTOR", "tell-contract-manager", "TRAINEE", "tell-training-provider",
        "VOLUNTEER", "consider-volunteer-conduct");
    firstTask.forEach((relationship, taskKey) -> {
      String concern = cases.reportAndRoute(Cases.report(StaffCases.STAFF)).getId();
      cases.triage(concern, SUBJECT_RELATIONSHIP, relationship);
      String staff = cases.path(concern, PROCESS_KEY);

      assertThat(cases.candidateGroups(cases.task(staff, taskKey).getId())).as(relationship).containsExactly("headteacher");
      Object[] answers = "VOLUNTEER".equals(relationship) ? StaffCases.firstStepOutsideProcedure(false)
          : StaffCases.firstStepOutsideProcedure(false, "organisationName", "Acme", "organisationToldAt", PathWork.minutesAgo(5));
      cases.complete(staff, taskKey, answers);
      decide(staff, StaffCases.decisionOutsideProcedure("NOT_UPHELD", "YES"));
      assertThat(cases.ended(staff)).as(relationship).isTrue();
      assertThat(staffCases.passed(staff, "screening")).as(relationship).isFalse();
    });
  }

  @Test
  void an_employee_still_goes_to_the_harm_threshold_screen() {
    String staff = staffCases.staffCase(StaffCases.STAFF);

    assertThat(runtime.getVariable(staff, SUBJECT_RELATIONSHIP)).isEqualTo("EMPLOYEE");
    assertThat(cases.hasTask(staff, "screen-harm-threshold")).isTrue();
    assertThat(staffCases.passed(staff, "not-employed")).isFalse();
  }

  @Test
  void a_staff_triage_without_what_they_are_to_the_school_is_refused_and_changes_nothing() {
    String concern = cases.reportAndRoute(Cases.report(StaffCases.STAFF)).getId();
    String triage = cases.task(concern, "triage").getId();

    ResponseEntity<String> refused = rest.post("head", "/engine-rest/task/" + triage + "/complete",
        Map.of("variables", Rest.typed(Map.of("perpetratorType", "STAFF", "victimType", "NONE",
            "criminalSuspicion", false, "noFurtherAction", false))));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("What are they to the school? (subjectRelationship) is required");
    assertThat(cases.task(concern, "triage").getId()).isEqualTo(triage);
    assertThat(cases.pathsOf(concern)).isEmpty();
    assertThat(runtime.getVariable(concern, "criminalSuspicion")).isNull();
  }

  private void decide(String staff, Map<String, Object> answers) {
    tasks.complete(cases.task(staff, "decide-on-non-employee").getId(), answers);
    cases.runJobs();
  }
}
