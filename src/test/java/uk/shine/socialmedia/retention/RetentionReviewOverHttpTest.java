package uk.shine.socialmedia.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.intake.ConcernVariables.NO_FURTHER_ACTION;
import static uk.shine.socialmedia.intake.ConcernVariables.NO_FURTHER_ACTION_REASON;
import static uk.shine.socialmedia.intake.ConcernVariables.OCCURRED_ON;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.Rest;

/**
 * The data protection lead's review of a closed case's records, as the guide describes it, over HTTP as
 * Tasklist sends it: the records-retention instance holds no grant of its own, and the review task's
 * grants are all the lead needs to find it, read its form and decide.
 */
@CaseEngineTest
class RetentionReviewOverHttpTest {

  @Autowired Cases cases;
  @Autowired Rest rest;
  @Autowired HistoryService history;
  @Autowired AuthorizationService authorizations;
  @Autowired RetentionRegister register;

  @Test
  void the_data_protection_lead_finds_reads_and_decides_the_review_with_no_grant_on_the_retention_instance() {
    EngineClock.setTo("2026-03-02T10:00");
    ProcessInstance concern = cases.reportAndRoute(Cases.report(OCCURRED_ON, "2026-03-01"));
    cases.triage(concern.getId(), NO_FURTHER_ACTION, true, NO_FURTHER_ACTION_REASON, "Post removed the same day");
    cases.runJobs();
    String reference = history.createHistoricProcessInstanceQuery().processInstanceId(concern.getId()).singleResult()
        .getBusinessKey();
    String retention = history.createHistoricProcessInstanceQuery().processDefinitionKey("records-retention")
        .processInstanceBusinessKey(reference).unfinished().singleResult().getId();

    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE).resourceId(retention)
        .count() + authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_PROCESS_INSTANCE)
        .resourceId(retention).count()).as("while it waits years for its date, nobody holds a grant on it").isZero();
    assertThat(rest.get("dpo", "/retention/api/cases").getBody()).as("the register shows the closed case")
        .contains(reference);

    EngineClock.setTo("2027-01-31T08:00");
    cases.runJobs();
    List<Map<String, Object>> found = rest.list("dpo", "/engine-rest/task?processInstanceId=" + retention).getBody();
    assertThat(found).as("the review in the lead's task list").hasSize(1);
    String review = (String) found.get(0).get("id");
    assertThat(rest.list("head", "/engine-rest/task?processInstanceId=" + retention).getBody()).as("nobody else's").isEmpty();

    assertThat(rest.get("dpo", "/engine-rest/task/" + review + "/form-variables").getBody())
        .as("the form shows the reference and the removal date").contains(reference).contains("2 March 2027");
    assertThat(rest.get("dpo", "/engine-rest/task/" + review + "/deployed-form").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.get("dpo", "/engine-rest/process-definition/" + found.get(0).get("processDefinitionId"))
        .getStatusCode()).as("Tasklist names the model").isEqualTo(HttpStatus.OK);

    assertThat(rest.post("dpo", "/engine-rest/task/" + review + "/submit-form", Map.of("variables", Rest.typed(Map.of(
        "retentionDecision", "KEEP", "keepUntil", "2028-06-30", "retentionReason", "Complaint to the Ombudsman pending"))))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    cases.runJobs();
    RetentionRegister.Entry entry = register.find(reference).orElseThrow();
    assertThat(entry.removalDue()).hasToString("2028-06-30");
    assertThat(entry.reviewDue()).hasToString("2028-05-31");
    assertThat(rest.get("dpo", "/engine-rest/history/task?processInstanceId=" + retention).getBody())
        .as("the lead's done review stays in their history of it").contains(review);
  }
}
