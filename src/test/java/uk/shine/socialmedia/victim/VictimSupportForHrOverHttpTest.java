package uk.shine.socialmedia.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.Cases.report;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Rest;

/**
 * HR reads a staff victim's support, a staff matter, over real HTTP: the path carries what supporting
 * them needs and nothing of the report's account of what a pupil did.
 */
@CaseEngineTest
class VictimSupportForHrOverHttpTest {

  private static final String PUPILS_CONDUCT = "Jamie Pike in Year 9 posted a mocking video of a teacher.";

  @Autowired Cases cases;
  @Autowired Rest rest;

  @Test
  void hr_reads_the_support_of_a_staff_victim_of_a_pupil_without_the_pupils_conduct() {
    var concern = cases.reportAndRoute(report("perpetratorType", "PUPIL", "victimType", "STAFF", "summary", PUPILS_CONDUCT));
    cases.triage(concern.getId());
    String support = cases.path(concern.getId(), "victim-support");

    for (String read : new String[] {"/engine-rest/process-instance/" + support + "/variables",
        "/engine-rest/history/variable-instance?processInstanceId=" + support,
        "/engine-rest/history/detail?processInstanceId=" + support}) {
      ResponseEntity<String> answer = rest.get("hr", read);
      assertThat(answer.getStatusCode()).as(read).isEqualTo(HttpStatus.OK);
      assertThat(answer.getBody()).as(read).contains("caseReference", concern.getBusinessKey())
          .doesNotContain("summary", "perpetratorType", "Jamie", "PUPIL", "postUrl", "facebook.example", "reporterRole");
    }
    // the case itself, a pupil's conduct, stays closed to HR
    assertThat(rest.get("hr", "/engine-rest/process-instance/" + concern.getId() + "/variables").getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(rest.get("hr", "/engine-rest/history/variable-instance?processInstanceId=" + concern.getId()).getBody())
        .isEqualTo("[]");
    // whoever supports them still has what the work needs
    String meeting = cases.task(support, "meet-staff-victim").getId();
    assertThat(rest.get("slt", "/engine-rest/task/" + meeting + "/form-variables").getBody())
        .contains(concern.getBusinessKey());
    assertThat(rest.get("slt", "/engine-rest/process-instance/" + support + "/variables").getBody())
        .contains("threatOfHarm", "platform", "occurredOn").doesNotContain("summary");
  }

  @Test
  void on_a_case_about_a_member_of_staff_hr_reads_the_case_as_the_contract_allows() {
    var concern = cases.reportAndRoute(report("perpetratorType", "STAFF", "subjectUserId", "teacher2",
        "victimType", "STAFF", "summary", "A teacher mocked a colleague online."));
    cases.triage(concern.getId());

    ResponseEntity<String> theCase = rest.get("hr", "/engine-rest/process-instance/" + concern.getId() + "/variables");
    assertThat(theCase.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(theCase.getBody()).contains("A teacher mocked a colleague online.", "\"STAFF\"");
    String disciplinary = cases.path(concern.getId(), "staff-disciplinary");
    assertThat(rest.get("hr", "/engine-rest/process-instance/" + disciplinary + "/variables").getBody())
        .contains("A teacher mocked a colleague online.");
    // the support path holds the same little whoever the perpetrator is
    String support = cases.path(concern.getId(), "victim-support");
    assertThat(rest.get("hr", "/engine-rest/process-instance/" + support + "/variables").getBody())
        .contains("caseReference").doesNotContain("summary", "perpetratorType");
  }
}
