package uk.shine.socialmedia.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.intake.ConcernVariables.CASE_REFERENCE;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Rest;

/** The data protection lead places and lifts legal holds from Tasklist's start form (the REST calls it makes). */
@CaseEngineTest
class LegalHoldProcessTest {

  private static final String START = "/engine-rest/process-definition/key/legal-hold/submit-form";

  @Autowired Cases cases;
  @Autowired Rest rest;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired RetentionRegister register;

  @Test
  void the_data_protection_lead_places_a_hold_on_an_open_case_and_lifts_it() {
    String reference = openCase();

    assertThat(hold("dpo", reference, "PLACE", "Tribunal claim").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(register.isHeld(reference)).isTrue();
    assertThat(rest.get("dpo", "/retention/api/cases").getBody()).as("the register shows it")
        .contains("\"caseReference\":\"" + reference + "\"", "\"legalHold\":true", "Tribunal claim");
    assertThat(rest.get("head", "/retention").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(hold("dpo", reference, "LIFT", "Claim withdrawn").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(register.isHeld(reference)).isFalse();
  }

  @Test
  void an_unknown_case_reference_is_refused_and_no_request_is_left_behind() {
    long before = legalHoldInstances();

    ResponseEntity<String> refused = hold("dpo", "SMC-260101-ZZZZZ", "PLACE", "Claim");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("No case has this reference");
    assertThat(legalHoldInstances()).isEqualTo(before);
  }

  @Test
  void lifting_a_hold_that_was_never_placed_is_refused() {
    ResponseEntity<String> refused = hold("dpo", openCase(), "LIFT", "Nothing");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("no legal hold to lift");
  }

  @Test
  void a_form_without_a_reason_is_refused_with_the_field_named() {
    ResponseEntity<String> refused = rest.post("dpo", START, Map.of("variables", Rest.typed(Map.of(
        CASE_REFERENCE, openCase(), "legalHoldAction", "PLACE"))));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("retentionReason");
  }

  @Test
  void nobody_else_can_place_a_hold() {
    String reference = openCase();
    for (String user : List.of("teacher", "head", "hr", "governor")) {
      assertThat(hold(user, reference, "PLACE", "Claim").getStatusCode().is4xxClientError()).as(user).isTrue();
    }
    assertThat(register.isHeld(reference)).isFalse();
  }

  private String openCase() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report());
    return runtime.createProcessInstanceQuery().processInstanceId(concern.getId()).singleResult().getBusinessKey();
  }

  private ResponseEntity<String> hold(String user, String reference, String action, String reason) {
    return rest.post(user, START, Map.of("variables", Rest.typed(Map.of(CASE_REFERENCE, reference,
        "legalHoldAction", action, "retentionReason", reason))));
  }

  private long legalHoldInstances() {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey("legal-hold").count();
  }
}
