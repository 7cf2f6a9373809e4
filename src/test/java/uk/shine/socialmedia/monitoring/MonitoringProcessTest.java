package uk.shine.socialmedia.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.deadlines.WorkingDays;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.intake.ConcernVariables;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.Mailboxes;
import uk.shine.socialmedia.support.PathWork;
import uk.shine.socialmedia.support.Rest;

/**
 * Monitoring of school systems during a staff investigation: who may ask, the case manager's
 * authorisation or refusal, the data protection lead told, the end on its date, renewal, and the
 * register that keeps every decision with the case.
 */
@CaseEngineTest
class MonitoringProcessTest {

  static final String ACCOUNT = "j.brown@villiers-primary.example";
  static final String CONCERN = "Messages to a Year 6 pupil's parent from the school account";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired Cases cases;
  @Autowired Rest rest;
  @Autowired Mailboxes mailboxes;
  @Autowired WorkingDays workingDays;

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  /** A staff case about teacher2 whose investigation the senior leader {@code slt} has taken: its reference. */
  String caseUnderInvestigation(Object... report) {
    Map<String, Object> values = Cases.report(ConcernVariables.PERPETRATOR_TYPE, "STAFF",
        ConcernVariables.SUBJECT_USER_ID, "teacher2");
    for (int i = 0; i < report.length; i += 2) {
      values.put((String) report[i], report[i + 1]);
    }
    ProcessInstance concern = cases.reportAndRoute(values);
    cases.triage(concern.getId());
    String staff = cases.path(concern.getId(), "staff-disciplinary");
    for (String step : List.of("screen-harm-threshold", "consider-suspension", "appoint-investigating-officer")) {
      cases.complete(staff, step, PathWork.step("staff-disciplinary", step).answers());
    }
    tasks.setAssignee(cases.task(staff, "investigate-allegation").getId(), "slt");
    return concern.getBusinessKey();
  }

  static Map<String, Object> request(String reference, LocalDate endDate) {
    Map<String, Object> request = new HashMap<>();
    request.put("caseReference", reference);
    request.put("monitoredAccount", ACCOUNT);
    request.put("monitoringConcern", CONCERN);
    request.put("monitoringScope", "E-mails sent to parents' addresses since 1 March");
    request.put("monitoringEndDate", endDate.toString());
    return request;
  }

  LocalDate inDays(int days) {
    return workingDays.today().plusDays(days);
  }

  String askAs(String user, Map<String, Object> request) {
    return cases.startAs(user, "systems-monitoring", request);
  }

  void completeAs(String user, String instanceId, String taskKey, Object... answers) {
    cases.completeAs(user, instanceId, taskKey, answers);
  }

  void authorise(String instanceId) {
    completeAs("head", instanceId, "authorise-monitoring", "monitoringDecision", "AUTHORISED",
        "monitoringDecisionReasons", "Justified by the concern; limited to parents' addresses for ten days");
  }

  @Test
  void an_authorisation_ends_on_its_end_date_and_stays_on_the_case() {
    String reference = caseUnderInvestigation();
    String monitoring = askAs("slt", request(reference, inDays(10)));

    Task decision = cases.task(monitoring, "authorise-monitoring");
    assertThat(cases.candidateGroups(decision.getId())).containsExactly("headteacher");
    assertThat(decision.getDueDate()).isEqualTo(workingDays.fromNow(2));
    authorise(monitoring);

    Task review = cases.task(monitoring, "review-monitoring");
    assertThat(review.getAssignee()).isEqualTo("slt");
    assertThat(review.getDueDate()).isEqualTo(workingDays.endOf(workingDays.minus(inDays(10), 2)));
    assertThat(runtime.getVariable(monitoring, "monitoringInForce")).isEqualTo(true);

    LocalDate lastDay = inDays(10);
    EngineClock.setTo(lastDay + "T23:30");
    cases.runJobs();
    assertThat(cases.ended(monitoring)).as("still authorised late on its last day").isFalse();

    EngineClock.setTo(lastDay.plusDays(1) + "T00:30");
    cases.runJobs();
    assertThat(cases.ended(monitoring)).isTrue();
    assertThat(cases.historicVariable(monitoring, "monitoringEnded")).isEqualTo("ON_END_DATE");
    assertThat(cases.historicVariable(monitoring, "monitoringInForce")).isEqualTo(false);

    String chronology = rest.get("head", "/cases/" + reference + "/chronology.json").getBody();
    assertThat(chronology).contains("Monitoring of school systems: AUTHORISED", "Monitoring ended: ON_END_DATE");
  }

  @Test
  void the_data_protection_lead_is_told_of_an_authorisation_without_any_detail() {
    String reference = caseUnderInvestigation();
    String monitoring = askAs("slt", request(reference, inDays(10)));
    assertThat(mailboxes.subjects("dpo", reference)).as("nothing before the decision").isEmpty();

    authorise(monitoring);

    assertThat(mailboxes.subjects("dpo", reference)).containsExactly("Monitoring authorised: " + reference);
    String message = mailboxes.messages("dpo").stream().filter(text -> text.contains(reference)).findFirst().orElseThrow();
    assertThat(message).contains("/monitoring").doesNotContain(ACCOUNT, CONCERN, "j.brown", "teacher2", "parents");
    assertThat(mailboxes.subjects("teacher2", reference)).as("never the subject").isEmpty();
  }

  @Test
  void a_refusal_keeps_its_reasons_and_ends_the_request() {
    String reference = caseUnderInvestigation();
    String monitoring = askAs("slt", request(reference, inDays(10)));

    completeAs("head", monitoring, "authorise-monitoring", "monitoringDecision", "REFUSED",
        "monitoringDecisionReasons", "The post is public: read it there, no need to monitor");

    assertThat(cases.ended(monitoring)).isTrue();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(monitoring).activityId("monitoring-refused")
        .count()).isEqualTo(1);
    assertThat(mailboxes.subjects("dpo", reference)).isEmpty();
    assertThat(rest.get("dpo", "/monitoring/api/authorisations").getBody())
        .contains(reference, "REFUSED", "The post is public: read it there, no need to monitor", "\"decidedBy\":\"head\"");
  }

  @Test
  void a_renewal_is_a_new_authorisation_with_a_new_end_date_and_the_officer_may_stop_it_early() {
    String reference = caseUnderInvestigation();
    LocalDate first = inDays(10);
    LocalDate renewed = inDays(30);
    String monitoring = askAs("slt", request(reference, first));
    authorise(monitoring);

    assertThatThrownBy(() -> completeAs("slt", monitoring, "review-monitoring", "monitoringNext", "RENEW",
        "monitoringEndDate", inDays(5).toString(), "renewalReasons", "More messages found"))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("after the current one");
    completeAs("slt", monitoring, "review-monitoring", "monitoringNext", "RENEW",
        "monitoringEndDate", renewed.toString(), "renewalReasons", "More messages found on the last day");
    authorise(monitoring);
    assertThat(runtime.getVariable(monitoring, "monitoringAuthorisedUntil")).isEqualTo(renewed.toString());
    assertThat(mailboxes.subjects("dpo", reference)).hasSize(2);

    EngineClock.forward(Duration.ofDays(12));
    cases.runJobs();
    assertThat(cases.ended(monitoring)).as("renewed past its first end date").isFalse();

    completeAs("slt", monitoring, "review-monitoring", "monitoringNext", "STOP");
    assertThat(cases.historicVariable(monitoring, "monitoringEnded")).isEqualTo("STOPPED_EARLY");
    String register = rest.get("head", "/monitoring/api/authorisations").getBody();
    assertThat(register).contains("\"authorisedUntil\":\"" + first + "\"", "\"authorisedUntil\":\"" + renewed + "\"");
  }

  @Test
  void a_refused_renewal_leaves_the_earlier_authorisation_to_end_on_its_date() {
    String reference = caseUnderInvestigation();
    String monitoring = askAs("slt", request(reference, inDays(10)));
    authorise(monitoring);
    completeAs("slt", monitoring, "review-monitoring", "monitoringNext", "RENEW",
        "monitoringEndDate", inDays(20).toString(), "renewalReasons", "Still looking");
    completeAs("head", monitoring, "authorise-monitoring", "monitoringDecision", "REFUSED",
        "monitoringDecisionReasons", "Ten days were enough");

    assertThat(cases.ended(monitoring)).isFalse();
    EngineClock.forward(Duration.ofDays(11).plusHours(1));
    cases.runJobs();
    assertThat(cases.ended(monitoring)).isTrue();
    assertThat(cases.historicVariable(monitoring, "monitoringEnded")).isEqualTo("ON_END_DATE");
    assertThat(rest.get("dpo", "/monitoring/api/authorisations").getBody()).contains(reference);
  }

  @Test
  void letting_it_end_waits_for_the_end_date() {
    String monitoring = askAs("slt", request(caseUnderInvestigation(), inDays(10)));
    authorise(monitoring);
    completeAs("slt", monitoring, "review-monitoring", "monitoringNext", "LET_END");
    assertThat(cases.ended(monitoring)).isFalse();

    EngineClock.forward(Duration.ofDays(11).plusHours(1));
    cases.runJobs();
    assertThat(cases.historicVariable(monitoring, "monitoringEnded")).isEqualTo("ON_END_DATE");
  }

  @Test
  void only_the_investigating_officer_or_a_case_manager_may_ask_and_never_for_long() {
    String reference = caseUnderInvestigation();
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey("systems-monitoring").count();

    assertThatThrownBy(() -> askAs("teacher2", request(reference, inDays(10)))).as("the subject")
        .isInstanceOf(RefusedInput.class).hasMessageContaining("not an open staff case that you investigate or manage");
    assertThatThrownBy(() -> askAs("slt", request("SMC-20200101-9999", inDays(10)))).as("no such case")
        .isInstanceOf(RefusedInput.class).hasMessageContaining("not an open staff case that you investigate or manage");
    tasks.setAssignee(tasks.createTaskQuery().taskDefinitionKey("investigate-allegation")
        .processInstanceBusinessKey(reference).singleResult().getId(), "head");
    assertThatThrownBy(() -> askAs("slt", request(reference, inDays(10)))).as("a senior leader not investigating it")
        .isInstanceOf(RefusedInput.class).hasMessageContaining("caseReference");
    assertThatThrownBy(() -> askAs("head", request(reference, inDays(120)))).as("too long")
        .isInstanceOf(RefusedInput.class).hasMessageContaining("at most 3 months");
    assertThatThrownBy(() -> askAs("head", request(reference, workingDays.today()))).as("ends today")
        .isInstanceOf(RefusedInput.class).hasMessageContaining("after today");
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("systems-monitoring").count())
        .as("a refused request leaves nothing").isEqualTo(before);

    String monitoring = askAs("head", request(reference, inDays(10)));
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(monitoring).singleResult().getBusinessKey())
        .isEqualTo(reference);
    assertThatThrownBy(() -> authorise(monitoring)).as("the head teacher asked, so cannot authorise")
        .isInstanceOf(RefusedInput.class).hasMessageContaining("someone else");
    assertThat(cases.hasTask(monitoring, "authorise-monitoring")).isTrue();
  }

  @Test
  void hr_authorises_for_centrally_employed_staff() {
    String reference = caseUnderInvestigation(ConcernVariables.EMPLOYED_CENTRALLY, true);
    String monitoring = askAs("slt", request(reference, inDays(10)));
    assertThat(cases.candidateGroups(cases.task(monitoring, "authorise-monitoring").getId())).containsExactly("hr");
  }

  @Test
  void only_the_cases_managers_and_the_data_protection_lead_read_monitoring_authorisations() {
    String reference = caseUnderInvestigation();
    String monitoring = askAs("slt", request(reference, inDays(10)));
    authorise(monitoring);

    for (String reader : List.of("head", "dpo")) {
      assertThat(rest.get(reader, "/monitoring/api/authorisations").getBody()).as(reader).contains(reference, ACCOUNT);
      assertThat(rest.get(reader, "/monitoring").getBody()).as(reader).contains(reference, "Monitoring register");
    }
    assertThat(rest.get("hr", "/monitoring/api/authorisations").getBody()).as("HR: not this case's manager")
        .doesNotContain(reference);
    for (String outsider : List.of("slt", "governor", "teacher2", "teacher", "dsl")) {
      var answer = rest.get(outsider, "/monitoring/api/authorisations");
      assertThat(answer.getStatusCode().value()).as(outsider).isEqualTo(403);
      assertThat(answer.getBody()).as(outsider).contains("managers of staff cases").doesNotContain(reference);
      assertThat(rest.get(outsider, "/monitoring").getStatusCode().value()).as(outsider).isEqualTo(403);
    }
    String engineQuery = "/engine-rest/history/process-instance?processDefinitionKey=systems-monitoring";
    assertThat(rest.get("slt", engineQuery).getBody()).as("the senior leader who asked reads no register through the engine")
        .doesNotContain(monitoring);
    assertThat(rest.get("teacher2", engineQuery).getBody()).doesNotContain(monitoring);
    assertThat(rest.get("dpo", engineQuery).getBody()).contains(monitoring);
    assertThat(rest.get("teacher2", "/cases/" + reference + "/chronology.json").getStatusCode().value())
        .isIn(403, 404);
  }
}
