package uk.shine.socialmedia.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.Cases.report;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.Rest;

/** HR's list of open staff cases at a glance, over real HTTP as each demo user. */
@CaseEngineTest
class StaffCasesOverHttpTest {

  @Autowired Rest rest;
  @Autowired Cases cases;
  @Autowired TestRestTemplate http;
  @Value("${socialmedia.demo-users.password}") String password;

  @Test
  void hr_sees_each_open_staff_case_where_it_stands_who_holds_its_tasks_and_when_they_are_due() {
    String caseId = cases.reportAndRoute(report("perpetratorType", "STAFF", "subjectUserId", "teacher2")).getId();
    cases.triage(caseId);
    String reference = (String) cases.historicVariable(caseId, "caseReference");
    String staffCase = cases.path(caseId, "staff-disciplinary");

    ResponseEntity<String> page = asBrowser("hr", "/cases/staff");

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
    assertThat(page.getBody()).contains("<h1>Open staff cases</h1>", "<strong>" + reference + "</strong>",
        "href=\"/cases/" + reference + "/chronology\"",
        "href=\"/camunda/app/cockpit/default/#/process-instance/" + staffCase + "/runtime\"", "not yet taken: Head teacher")
        // due times in words, in the school's zone with the zone named
        .containsPattern("due \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2} (GMT|BST)")
        // no process key, no user id, nothing overdue yet
        .doesNotContain("staff-disciplinary", "teacher2", "overdue</span>", "<script");
    String row = page.getBody().substring(page.getBody().indexOf("<strong>" + reference));
    String stage = row.substring(row.indexOf("</td><td>") + 9, row.indexOf("</td>", row.indexOf("</td><td>") + 9));
    assertThat(stage).as("the stage is named by the steps' names").isNotBlank().doesNotContain("-", "between steps");
    assertThat(rest.get("hr", "/cases/staff.json").getBody()).contains("\"caseReference\":\"" + reference + "\"",
        "\"heldBy\":\"not yet taken: Head teacher\"");

    EngineClock.forward(Duration.ofDays(60));
    assertThat(asBrowser("hr", "/cases/staff").getBody()).contains("overdue</span>");
  }

  @Test
  void everyone_but_hr_is_refused_with_a_page_in_words_and_strangers_must_sign_in() {
    String caseId = cases.reportAndRoute(report("perpetratorType", "STAFF", "subjectUserId", "teacher2")).getId();
    cases.triage(caseId);
    String reference = (String) cases.historicVariable(caseId, "caseReference");

    for (String refused : List.of("teacher2", "head", "slt", "dsl", "governor", "teacher", "admin")) {
      ResponseEntity<String> page = asBrowser(refused, "/cases/staff");
      assertThat(page.getStatusCode()).as(refused).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(page.getBody()).as(refused).contains("This page is not open to you", "The list of staff cases is for HR.")
          .doesNotContain(reference, "{\"message\"");
      assertThat(rest.get(refused, "/cases/staff.json").getStatusCode()).as(refused).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(rest.get(null, "/cases/staff.json").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /** A browser opening a page, signed in with HTTP Basic. */
  private ResponseEntity<String> asBrowser(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.TEXT_HTML));
    return http.withBasicAuth(user, password).exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
