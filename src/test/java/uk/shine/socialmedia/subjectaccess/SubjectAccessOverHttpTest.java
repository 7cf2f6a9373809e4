package uk.shine.socialmedia.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.client.TestRestTemplate;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Rest;

/** The data protection lead's subject access export: everything about one person, other people's names taken out. */
@CaseEngineTest
class SubjectAccessOverHttpTest {

  private static final String EXPORT = "/subject-access/export?userId=";

  @Autowired Cases cases;
  @Autowired Rest rest;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.camunda.bpm.engine.TaskService taskService;
  @Autowired TestRestTemplate anonymous;

  @Test
  void the_subject_of_a_case_gets_it_with_the_reporter_and_other_staff_named_nowhere() {
    String reference = caseAboutTeacher2();

    ResponseEntity<String> export = rest.get("dpo", EXPORT + "teacher2");

    assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(export.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"subject-access-teacher2.html\"");
    assertThat(export.getBody()).contains(reference, "The case is about you", "Toni Teacher", "[name removed]",
        "Staff disciplinary or capability");
    assertThat(export.getBody()).as("the reporter, the head teacher and Sam are third parties")
        .doesNotContain("Terry Teacher", "Helen Head", "Sam", "Mrs Senior");
    assertThat(jdbc.queryForObject("select count(*) from smc_case_read_log where case_reference = ? and user_id = 'dpo' "
        + "and what_was_read = 'SUBJECT_ACCESS_EXPORT'", Integer.class, reference)).as("the export is recorded").isOne();
  }

  @Test
  void comments_and_the_steps_of_the_case_are_in_it_with_names_taken_out() {
    String reference = caseAboutTeacher2();
    String caseId = runtime.createProcessInstanceQuery().processDefinitionKey("social-media-concern")
        .processInstanceBusinessKey(reference).singleResult()
        .getProcessInstanceId();
    String staffPath = cases.path(caseId, "staff-disciplinary");
    String screen = cases.task(staffPath, "screen-harm-threshold").getId();
    taskService.createComment(screen, staffPath, "Spoke to Harper Resources about Toni Teacher's timetable.");

    String export = rest.get("dpo", EXPORT + "teacher2").getBody();

    assertThat(export).contains("What happened in case " + reference, "Triage the report",
        "Spoke to [name removed] about Toni Teacher");
    assertThat(export).doesNotContain("Harper");
  }

  @Test
  void the_reporter_gets_the_cases_they_reported_without_the_subjects_user_id() {
    String reference = caseAboutTeacher2();

    String export = rest.get("dpo", EXPORT + "teacher").getBody();

    assertThat(export).contains(reference, "You reported it", "Terry Teacher", "[user id of another person removed]");
    assertThat(export).doesNotContain("Toni Teacher", ">teacher2<");
  }

  @Test
  void a_report_that_named_no_one_as_subject_is_in_the_reporters_export() {
    // Tasklist sends the hidden subject field as empty when the report is not about a member of staff
    Map<String, Object> report = Cases.report("perpetratorType", "PARENT");
    report.put("subjectUserId", null);
    String reference = cases.reportAs("teacher", report).getBusinessKey();

    ResponseEntity<String> export = rest.get("dpo", EXPORT + "teacher");

    assertThat(export.getStatusCode().value()).isEqualTo(200);
    assertThat(export.getBody()).contains(reference, "You reported it");
  }

  @Test
  void a_parent_with_no_user_id_is_found_by_the_name_the_cases_record() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report("reporterRole", "PARENT", "reporterName", "Pat Parkes",
        "summary", "Pat Parkes says Terry Teacher shared a photo of the class trip."));
    String reference = runtime.createProcessInstanceQuery().processInstanceId(concern.getId()).singleResult()
        .getBusinessKey();

    ResponseEntity<String> export = rest.get("dpo", "/subject-access/export?name=Pat Parkes");

    assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(export.getBody()).contains(reference, "Pat Parkes says [name removed] shared");
    assertThat(rest.get("dpo", "/subject-access/export").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void names_held_in_any_case_and_colleagues_user_ids_leave_the_free_text_of_a_draft_for_review() {
    // another case, not about Toni, holds a pupil's name in a name field
    cases.reportAndRoute(Cases.report("reporterRole", "PUPIL", "reporterName", "Jamie Pike", "perpetratorType", "PUPIL"));
    ProcessInstance concern = cases.reportAs("teacher", Cases.report("perpetratorType", "STAFF", "subjectUserId",
        "teacher2", "reporterRole", "PUPIL", "reporterName", "Robin Oakes", "summary",
        "Robin Oakes says Toni Teacher posted about Jamie Pike; Jamie told slt and dsl, and teacher2 saw it."));
    cases.triage(concern.getId());

    ResponseEntity<String> export = rest.get("dpo", EXPORT + "teacher2");

    assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(export.getBody()).contains("[name removed] says Toni Teacher posted about [name removed]; [name removed] "
        + "told [user id removed] and [user id removed], and teacher2 saw it.");
    assertThat(export.getBody()).doesNotContain("Robin", "Oakes", "Jamie", "Pike", "told slt", "and dsl");
    assertThat(export.getBody()).contains("<title>DRAFT subject access export: teacher2</title>");
    String banner = "DRAFT for the data protection lead's review before release.";
    assertThat(export.getBody()).contains(banner);
    assertThat(export.getBody().indexOf(banner)).as("at the top").isLessThan(export.getBody().indexOf("<h1>"));
  }

  @Test
  void only_the_data_protection_lead_may_make_an_export() {
    caseAboutTeacher2();
    for (String user : new String[] {"head", "dsl", "hr", "governor", "admin", "teacher2"}) {
      assertThat(rest.get(user, EXPORT + "teacher2").getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(anonymous.getForEntity(EXPORT + "teacher2", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void an_unknown_or_malformed_user_id_gets_a_clear_answer() {
    assertThat(rest.get("dpo", EXPORT + "nobody42").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> malformed = rest.get("dpo", EXPORT + "a%27b");
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(malformed.getBody()).contains("userId");
  }

  @Test
  void the_page_asks_whose_export_to_make() {
    ResponseEntity<String> page = rest.get("dpo", "/subject-access");
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("<form method=\"get\" action=\"/subject-access/export\"");
  }

  private String caseAboutTeacher2() {
    ProcessInstance concern = cases.reportAs("teacher", Cases.report("perpetratorType", "STAFF", "subjectUserId",
        "teacher2", "summary", "Toni Teacher posted about a pupil. Helen Head and Sam saw it; Mrs Senior was told."));
    cases.triage(concern.getId());
    return runtime.createProcessInstanceQuery().processInstanceId(concern.getId()).singleResult().getBusinessKey();
  }
}
