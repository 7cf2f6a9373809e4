package uk.shine.socialmedia.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Mailboxes;
import uk.shine.socialmedia.support.Rest;
import uk.shine.socialmedia.support.TrustSchools;

/**
 * The reporter's receipt: the reference and what happens next by e-mail at once, and their own reports
 * at /my-reports (reference, school, day, open or closed), in every school of theirs, never the content, who works it, or a case about them.
 */
@CaseEngineTest
class ReceiptTest {

  private static final String SECRET = "RECEIPT-SECRET-SUMMARY about a named pupil";

  @Autowired Cases cases;
  @Autowired Rest rest;
  @Autowired Mailboxes mailboxes;
  @Autowired IdentityService identity;
  @Value("${socialmedia.demo-users.password}") String password;

  @Test
  void the_reporter_gets_the_reference_and_what_happens_next_at_once_and_nothing_of_the_report() {
    ProcessInstance concern = cases.reportAs("teacher", Cases.report("summary", SECRET, "platform", "SecretPlatform"));
    String ref = concern.getBusinessKey();

    assertThat(mailboxes.subjects("teacher", ref)).containsExactly("Your report " + ref + " has been received");
    String receipt = mailboxes.messages("teacher").stream().filter(message -> message.contains(ref)).findFirst()
        .orElseThrow();
    assertThat(receipt).contains("Reference: " + ref, "What happens next", "by the end of the next working day",
        "/my-reports")
        .doesNotContain(SECRET, "SecretPlatform", "Terry Teacher", "Facebook", "tasklist");
    // the case's own people are not sent the reporter's receipt
    assertThat(mailboxes.subjects("head", ref)).noneMatch(subject -> subject.contains("received"));
  }

  @Test
  void my_reports_lists_only_my_own_with_reference_day_and_status_and_never_the_content_or_who_works_it() {
    ProcessInstance open = cases.reportAs("teacher", Cases.report("summary", SECRET));
    ProcessInstance closed = cases.reportAs("teacher", Cases.report());
    cases.triage(closed.getId(), "noFurtherAction", true, "noFurtherActionReason", "Resolved by a phone call");
    ProcessInstance someoneElses = cases.reportAs("teacher2", Cases.report());

    ResponseEntity<String> json = rest.get("teacher", "/my-reports.json");
    assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
    String today = LocalDate.now(ZoneId.of("Europe/London")).format(DateTimeFormatter.ofPattern("d MMMM yyyy",
        Locale.UK));
    assertThat(json.getBody()).contains("{\"caseReference\":\"" + open.getBusinessKey() + "\",\"reportedOn\":\"" + today
        + "\",\"status\":\"Open\",\"school\":\"Villiers Primary School\"}", "{\"caseReference\":\""
        + closed.getBusinessKey() + "\",\"reportedOn\":\"" + today
        + "\",\"status\":\"Closed\",\"school\":\"Villiers Primary School\"}")
        .doesNotContain(someoneElses.getBusinessKey(), SECRET, "Terry Teacher", "head", "headteacher", "Resolved");

    ResponseEntity<String> page = rest.get("teacher", "/my-reports");
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("<h1>Your reports</h1>", open.getBusinessKey(), "Open", "Closed")
        .doesNotContain(SECRET, someoneElses.getBusinessKey());
  }

  @Test
  void a_case_about_the_reporter_is_never_listed_to_them_even_one_they_reported() {
    ProcessInstance aboutThemselves = cases.reportAs("teacher2", Cases.report("perpetratorType", "STAFF",
        "subjectUserId", "teacher2"));
    ProcessInstance theirs = cases.reportAs("teacher2", Cases.report());

    List<Object> listed = references("teacher2");
    assertThat(listed).contains(theirs.getBusinessKey()).doesNotContain(aboutThemselves.getBusinessKey());
    assertThat(mailboxes.subjects("teacher2", aboutThemselves.getBusinessKey())).isEmpty();
  }

  @Test
  void my_reports_lists_a_reporter_in_two_schools_every_report_of_theirs_with_its_school_and_nobody_elses() {
    TrustSchools.person(identity, password, "elmteacher", "staff");
    if (identity.createUserQuery().userId("twoschools").count() == 0) {
      User user = identity.newUser("twoschools");
      user.setFirstName("Sam");
      user.setLastName("Supply");
      user.setEmail("twoschools@villiers-primary.example");
      user.setPassword(password);
      identity.saveUser(user);
      identity.createMembership("twoschools", "staff");
      identity.createTenantUserMembership("villiers", "twoschools");
      identity.createTenantUserMembership("elmfield", "twoschools");
    }
    ProcessInstance atVilliers = cases.reportAs("twoschools", Cases.report("school", "villiers"));
    ProcessInstance atElmfield = cases.reportAs("twoschools", Cases.report("school", "elmfield"));
    ProcessInstance colleagues = cases.reportAs("elmteacher", Cases.report());
    ProcessInstance anotherReporters = cases.reportAs("teacher", Cases.report());

    Map<Object, Object> schoolOf = reports("twoschools").stream()
        .collect(java.util.stream.Collectors.toMap(report -> report.get("caseReference"), report -> report.get("school")));
    assertThat(schoolOf).containsEntry(atVilliers.getBusinessKey(), "Villiers Primary School")
        .containsEntry(atElmfield.getBusinessKey(), "Elmfield Primary School")
        .doesNotContainKeys(colleagues.getBusinessKey(), anotherReporters.getBusinessKey());
    assertThat(references("elmteacher")).contains(colleagues.getBusinessKey())
        .doesNotContain(atElmfield.getBusinessKey(), atVilliers.getBusinessKey());
    for (String asking : List.of("/my-reports.json?userId=teacher", "/my-reports.json?startedBy=teacher",
        "/my-reports/?user=teacher")) {
      assertThat(rest.get("twoschools", asking).getBody()).as("nobody lists another reporter's: " + asking)
          .doesNotContain(anotherReporters.getBusinessKey());
    }
    assertThat(rest.get("twoschools", "/my-reports").getBody()).contains("<th>School</th>", "Elmfield Primary School",
        atElmfield.getBusinessKey());
  }

  @Test
  void nobody_signed_in_is_asked_to_sign_in() {
    assertThat(rest.get(null, "/my-reports").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.get(null, "/my-reports.json").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private List<Object> references(String user) {
    return reports(user).stream().map(report -> report.get("caseReference")).toList();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> reports(String user) {
    return (List<Map<String, Object>>) parse(rest.get(user, "/my-reports.json").getBody()).get("reports");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String json) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Map.class);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
