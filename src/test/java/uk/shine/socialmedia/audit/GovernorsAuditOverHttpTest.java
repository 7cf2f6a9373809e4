package uk.shine.socialmedia.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.Cases.report;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.PathWork;
import uk.shine.socialmedia.support.Rest;

/** The governors' audit over real HTTP: completed cases only, anonymised, governors only. */
@CaseEngineTest
class GovernorsAuditOverHttpTest {

  // what a report says: none of it may ever reach a governor
  private static final Object[] PERSONAL = {"reporterName", "Zebedee Quillfeather", "platform", "Wobblegram",
      "postUrl", "https://wobblegram.example/p/98765", "summary", "Unmistakable-summary-text about Class 4"};

  @Autowired Rest rest;
  @Autowired Cases cases;

  @Test
  void governors_see_completed_cases_only_with_paths_outcome_and_deadlines() {
    String closedAtTriage = reference(cases.reportAndRoute(personal("perpetratorType", "PARENT")).getId());
    String triaged = cases.reportAndRoute(personal("perpetratorType", "PARENT")).getId();
    cases.triage(triaged, "noFurtherAction", true, "noFurtherActionReason", "Zebedee's post was a joke");
    String open = reference(cases.reportAndRoute(personal("perpetratorType", "PUPIL")).getId());
    String worked = cases.reportAndRoute(personal("perpetratorType", "PARENT")).getId();
    cases.triage(worked);
    finish(worked, "ACTION_TAKEN");

    List<Map<String, Object>> audit = rest.list("governor", "/audit/api/cases").getBody();

    assertThat(audit).extracting(c -> c.get("caseReference")).contains(reference(triaged), reference(worked))
        .doesNotContain(open);
    Map<String, Object> nfa = find(audit, reference(triaged));
    assertThat(nfa.get("paths")).isEqualTo(List.of());
    assertThat(nfa.get("outcomeCategory")).isEqualTo("NO_FURTHER_ACTION");
    assertThat(nfa.get("deadlinesMet")).isEqualTo("NOT_APPLICABLE");
    Map<String, Object> done = find(audit, reference(worked));
    assertThat(done.get("paths")).isEqualTo(List.of("parent-conduct"));
    assertThat(done.get("outcomeCategory")).isEqualTo("ACTION_TAKEN");
    assertThat(done.get("opened")).isNotNull();
    assertThat(done.get("closed")).isNotNull();
    assertThat(done.keySet()).containsExactlyInAnyOrder("caseReference", "paths", "opened", "closed", "daysToClose",
        "outcomeCategory", "deadlinesMet", "ladoConsultation", "imageryUrgentSteps", "missedDeadlines",
        "principlesBroken", "policySectionsBroken", "allegationOutcomeTime", "school");
    assertThat(closedAtTriage).isNotNull();
  }

  @Test
  void the_audit_counts_cases_by_the_principle_and_section_of_the_policy_broken_without_saying_whose() {
    EngineClock.setTo("2026-02-10T10:00");
    String both = governorCaseUpheld("principleB", "principleD", "sectionCyberbullying");
    String one = governorCaseUpheld("principleD", "sectionPersonalUse");

    List<Map<String, Object>> audit = rest.list("governor", "/audit/api/cases?from=2026-02-10&to=2026-02-10").getBody();
    String page = rest.get("governor", "/audit?from=2026-02-10&to=2026-02-10").getBody();

    assertThat(find(audit, reference(both)).get("principlesBroken")).isEqualTo(List.of("b", "d"));
    assertThat(find(audit, reference(both)).get("policySectionsBroken")).isEqualTo(List.of("CYBERBULLYING"));
    assertThat(find(audit, reference(one)).get("principlesBroken")).isEqualTo(List.of("d"));
    // two cases and one: small counts read "fewer than 5" on the page, like every count there
    assertThat(page).contains("Cases by principle of the Social Media Policy broken", "(d): fewer than 5",
        "(b): fewer than 5", "(a): none", "Cases by section of the Social Media Policy broken",
        "Cyber bullying and Harassment: fewer than 5", "Personal use of Social Media: fewer than 5")
        .doesNotContain("Sam Governor", "Zebedee", "(d): 2", "(b): 1");
  }

  /** A governor's case, upheld with these parts of the policy ticked, and closed. */
  private String governorCaseUpheld(String... ticked) {
    String caseId = cases.reportAndRoute(personal("perpetratorType", "STAFF", "subjectUserId", "teacher2",
        "occurredOn", "2026-02-09")).getId();
    cases.triage(caseId, "subjectRelationship", "GOVERNOR");
    String staff = cases.path(caseId, "staff-disciplinary");
    cases.complete(staff, "consider-governor-conduct", "staffMemberName", "Sam Governor", "mayMeetHarmThreshold", false,
        "interimArrangement", "CARRIES_ON");
    List<Object> answers = new java.util.ArrayList<>(List.of("factsFound", "Zebedee's page", "allegationUpheld", "UPHELD",
        "futureWork", "WITH_SAFEGUARDS", "decisionReasons", "On the facts"));
    for (String tick : ticked) {
      answers.add(tick);
      answers.add(true);
    }
    cases.complete(staff, "decide-on-non-employee", answers.toArray());
    cases.complete(caseId, "close-case", "outcomeCategory", "ACTION_TAKEN", "outcomeNotes", "Zebedee apologised");
    return caseId;
  }

  @Test
  void a_missed_imagery_deadline_is_reported_as_missed() {
    String caseId = cases.reportAndRoute(personal("perpetratorType", "PUPIL", "indecentImagery", true)).getId();
    EngineClock.forward(Duration.ofMinutes(61));
    cases.runJobs();
    cases.triage(caseId, "criminalSuspicion", true);
    finish(caseId, "REFERRED");

    Map<String, Object> audited = find(rest.list("admin", "/audit/api/cases").getBody(), reference(caseId));

    assertThat(audited.get("paths")).asList().contains("indecent-imagery", "pupil-behaviour");
    assertThat(audited.get("imageryUrgentSteps")).isEqualTo("MISSED");
    assertThat(audited.get("deadlinesMet")).isEqualTo("MISSED");
    assertThat(audited.get("outcomeCategory")).isEqualTo("REFERRED");
  }

  @Test
  void a_lado_consultation_after_its_working_day_is_reported_as_missed() {
    EngineClock.setTo("2026-04-02T10:00");
    String caseId = cases.reportAndRoute(personal("perpetratorType", "PUPIL",
        "safeguardingConcern", true, "occurredOn", "2026-04-01")).getId();
    String safeguarding = cases.path(caseId, "safeguarding-referral");
    cases.complete(safeguarding, "acknowledge-concern", "initialAssessment", "Zebedee seen",
        "adultWorkingWithChildrenImplicated", true);
    EngineClock.setTo("2026-04-08T09:00");
    cases.runJobs();
    cases.complete(safeguarding, "consult-lado", "ladoConsultedAt", "2026-04-08T08:50", "ladoName", "A. Officer",
        "ladoAdvice", "No further LADO involvement");
    for (String task : List.of("decide-referrals", "review-safeguarding")) {
      cases.complete(safeguarding, task, PathWork.step("safeguarding-referral", task).answers());
    }
    cases.triage(caseId);
    finish(caseId, "NOT_UPHELD");

    Map<String, Object> audited = find(rest.list("governor", "/audit/api/cases?from=2026-04-01&to=2026-04-30").getBody(),
        reference(caseId));

    assertThat(audited.get("ladoConsultation")).isEqualTo("MISSED");
    assertThat(audited.get("imageryUrgentSteps")).isEqualTo("NOT_APPLICABLE");
    assertThat(audited.get("deadlinesMet")).isEqualTo("MISSED");
    assertThat(audited.get("outcomeCategory")).isEqualTo("NOT_UPHELD");
  }

  @Test
  void no_name_user_id_or_free_text_leaves_in_json_csv_or_the_page() {
    String caseId = cases.reportAs("teacher", personal("perpetratorType", "STAFF", "subjectUserId", "teacher2")).getId();
    cases.triage(caseId, "noFurtherAction", true, "noFurtherActionReason", "Zebedee-reason-free-text");

    for (String path : List.of("/audit/api/cases", "/audit/api/cases.csv", "/audit")) {
      ResponseEntity<String> answer = rest.get("governor", path);
      assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertThat(answer.getBody()).as(path).contains(reference(caseId))
          .doesNotContain("Zebedee", "Quillfeather", "Wobblegram", "wobblegram.example", "Unmistakable-summary-text",
              "Class 4", "teacher2", "\"teacher\"", "reporterName", "summary", "platform", "postUrl");
    }
  }

  @Test
  void the_csv_has_a_header_and_one_line_per_case() {
    String caseId = cases.reportAndRoute(personal()).getId();
    cases.triage(caseId, "noFurtherAction", true, "noFurtherActionReason", "duplicate");

    ResponseEntity<String> csv = rest.get("governor", "/audit/api/cases.csv");

    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getBody()).startsWith(AuditCsv.HEADER + "\r\n")
        .contains(reference(caseId) + ",,").contains(",NO_FURTHER_ACTION,NOT_APPLICABLE,NOT_APPLICABLE,NOT_APPLICABLE");
  }

  @Test
  void only_governors_and_the_administrator_may_read_it_and_strangers_must_log_in() {
    for (String path : List.of("/audit/api/cases", "/audit/api/cases.csv", "/audit")) {
      assertThat(rest.get(null, path).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(rest.get(null, path).getHeaders().getFirst("WWW-Authenticate")).as(path).startsWith("Basic");
      for (String outsider : List.of("head", "dsl", "slt", "hr", "chair", "teacher", "teacher2")) {
        assertThat(rest.get(outsider, path).getStatusCode()).as(outsider + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
      }
      assertThat(rest.get("governor", path).getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertThat(rest.get("admin", path).getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    }
    ResponseEntity<String> wrongPassword = rest.get("nobody", "/audit/api/cases");
    assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void the_period_filters_by_closing_date_and_a_bad_date_is_a_clear_400() {
    String caseId = cases.reportAndRoute(personal()).getId();
    cases.triage(caseId, "noFurtherAction", true, "noFurtherActionReason", "duplicate");
    String today = PathWork.today();
    String tomorrow = PathWork.today(Duration.ofDays(1));
    String yesterday = PathWork.today(Duration.ofDays(-1));

    assertThat(references("/audit/api/cases?from=" + today + "&to=" + today)).contains(reference(caseId));
    assertThat(references("/audit/api/cases?from=" + tomorrow)).doesNotContain(reference(caseId));
    assertThat(references("/audit/api/cases?to=" + yesterday)).doesNotContain(reference(caseId));

    ResponseEntity<String> badDate = rest.get("governor", "/audit/api/cases?from=2026-13-01");
    assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badDate.getBody()).contains("'from' must be a date written yyyy-MM-dd");
    ResponseEntity<String> backwards = rest.get("governor", "/audit/api/cases.csv?from=" + today + "&to=" + yesterday);
    assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(backwards.getBody()).contains("is after 'to'");
    assertThat(rest.get("governor", "/audit?to=31/12/2026").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void the_page_asks_for_dates_day_month_year_from_lists_and_refuses_impossible_ones_in_words() {
    EngineClock.setTo("2026-02-10T10:00");
    String caseId = cases.reportAndRoute(personal("occurredOn", "2026-02-09")).getId();
    cases.triage(caseId, "noFurtherAction", true, "noFurtherActionReason", "duplicate");
    EngineClock.setTo("2026-11-30T10:00");

    String page = rest.get("governor", "/audit").getBody();
    // one meaning in every browser's language: no date input (mm/dd/yyyy on an American browser)
    assertThat(page).contains("<select name=\"fromDay\" aria-label=\"Closed from: day\">",
        "<select name=\"fromMonth\"", "<option value=\"11\">November</option>", "<select name=\"toYear\"",
        "<option value=\"2026\">2026</option>").doesNotContain("type=\"date\"");

    String chosen = rest.get("governor", "/audit?fromDay=10&fromMonth=2&fromYear=2026&toDay=10&toMonth=2&toYear=2026")
        .getBody();
    assertThat(chosen).contains(reference(caseId), "Cases closed from 10 February 2026 to 10 February 2026",
        "<option value=\"10\" selected>10</option>", "<option value=\"2\" selected>February</option>",
        "<td>10 February 2026</td>");
    assertThat(rest.get("governor", "/audit?fromDay=11&fromMonth=2&fromYear=2026").getBody())
        .doesNotContain(reference(caseId));

    ResponseEntity<String> impossible = rest.get("governor", "/audit?fromDay=31&fromMonth=11&fromYear=2026");
    assertThat(impossible.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(impossible.getBody()).contains("Closed from: there is no 31 November 2026 (November 2026 has 30 days).",
        "<option value=\"31\" selected>31</option>").doesNotContain(reference(caseId), "{\"message\"");
    ResponseEntity<String> backwards = rest.get("governor",
        "/audit?fromDay=5&fromMonth=11&fromYear=2026&toDay=1&toMonth=11&toYear=2026");
    assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(backwards.getBody()).contains("The first date, 5 November 2026, is after the last, 1 November 2026");
    ResponseEntity<String> half = rest.get("governor", "/audit?toDay=5&toYear=2026");
    assertThat(half.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(half.getBody()).contains("Closed to: choose the day, the month and the year, or leave all three empty");
    // the lists are the page's; others are refused before any date is read
    assertThat(rest.get("teacher", "/audit?fromDay=31&fromMonth=11&fromYear=2026").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void the_page_draws_its_charts_as_inline_svg_under_a_strict_policy() {
    String caseId = cases.reportAndRoute(personal()).getId();
    cases.triage(caseId, "noFurtherAction", true, "noFurtherActionReason", "duplicate");

    ResponseEntity<String> page = rest.get("governor", "/audit");

    assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'")
        .doesNotContain("script-src");
    assertThat(page.getBody()).contains("Cases closed per month", "Cases per path", "Time to close",
        "Statutory deadlines missed", "<svg", "<rect", reference(caseId))
        .doesNotContain("<script", "http://cdn", "https://");
  }

  private Map<String, Object> personal(Object... overrides) {
    Map<String, Object> report = report(PERSONAL);
    for (int i = 0; i < overrides.length; i += 2) {
      report.put((String) overrides[i], overrides[i + 1]);
    }
    return report;
  }

  /** Every path of the case to its end through its forms, then the closure with this outcome. */
  private void finish(String caseId, String outcome) {
    for (String path : cases.pathsOf(caseId)) {
      if (!cases.ended(cases.path(caseId, path))) {
        PathWork.finish(cases, caseId, path);
      }
    }
    cases.complete(caseId, "close-case", "outcomeCategory", outcome, "outcomeNotes", "Zebedee apologised");
  }

  private String reference(String caseId) {
    return (String) cases.historicVariable(caseId, "caseReference");
  }

  private List<Object> references(String path) {
    ResponseEntity<List<Map<String, Object>>> answer = rest.list("governor", path);
    assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return answer.getBody().stream().map(c -> c.get("caseReference")).toList();
  }

  private static Map<String, Object> find(List<Map<String, Object>> audit, String reference) {
    return audit.stream().filter(c -> reference.equals(c.get("caseReference"))).findFirst()
        .orElseThrow(() -> new AssertionError(reference + " not in the audit"));
  }
}
