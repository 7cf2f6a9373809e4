package uk.shine.socialmedia.schools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.shine.socialmedia.support.Cases.report;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.intake.CaseReferences;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Rest;

/** A case reference says which school of the trust the case belongs to, and one given before schools had codes still works. */
@CaseEngineTest
class CaseReferencesBySchoolTest {

  @Autowired Rest rest;
  @Autowired Cases cases;
  @Autowired RuntimeService runtime;
  @Autowired ProcessEngine engine;
  @Autowired HistoryService history;

  @Test
  void a_case_reference_carries_its_schools_code() {
    assertThat(referenceOf(reported("teacher", Map.of()))).matches("SMC-VIL-\\d{6}-[0-9A-Z]{5}");
    assertThat(referenceOf(reported("elmteacher", Map.of()))).matches("SMC-ELM-\\d{6}-[0-9A-Z]{5}");
    assertThat(referenceOf(reported("teacher", Map.of("perpetratorType", "STAFF", "employedCentrally", true))))
        .as("a case about centrally employed staff belongs to the central office, configured as TRU")
        .matches("SMC-TRU-\\d{6}-[0-9A-Z]{5}");
  }

  @Test
  void a_reference_given_before_schools_had_codes_still_opens_its_case() {
    String pi = reported("teacher", Map.of());
    // as the case had been given its reference before schools had codes
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(command -> {
          command.getExecutionManager().findExecutionById(pi).setProcessBusinessKey("SMC-251103-7KQ2M");
          return null;
        });
    runtime.setVariable(pi, "caseReference", "SMC-251103-7KQ2M");

    ResponseEntity<String> page = rest.get("head", "/cases/SMC-251103-7KQ2M/chronology");
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("SMC-251103-7KQ2M");
    assertThat("SMC-251103-7KQ2M").matches(CaseReferences.PATTERN);
    assertThat("SMC-VIL-251103-7KQ2M").matches(CaseReferences.PATTERN);
    assertThat("SMC-VI-251103-7KQ2M").doesNotMatch(CaseReferences.PATTERN);
  }

  @Test
  void two_schools_with_the_same_code_or_a_code_that_is_not_three_letters_are_refused_at_start() {
    assertThatThrownBy(() -> new Trust("T", "central", List.of(new Trust.School("villiers", "V", null),
        new Trust.School("village", "W", null))))
        .hasMessageContaining("villiers and village have the same reference code VIL");
    assertThatThrownBy(() -> new Trust.School("elmfield", "E", "E1"))
        .hasMessageContaining("reference-code of school elmfield must be three letters");
  }

  @Test
  void a_school_added_in_the_admin_app_gets_a_code_no_configured_school_has() {
    Trust trust = new Trust("T", "central", List.of(new Trust.School("villiers", "V", null),
        new Trust.School("central", "C", "TRU")));

    assertThat(trust.referenceCodeOf("villiers")).isEqualTo("VIL");
    assertThat(trust.referenceCodeOf("villa")).as("VIL is taken").isEqualTo("VIA");
    assertThat(trust.referenceCodeOf("oak")).isEqualTo("OAK");
    assertThat(trust.referenceCodeOf(null)).as("a record of no school: the central office's").isEqualTo("TRU");
  }

  private String reported(String reporter, Map<String, Object> overrides) {
    Map<String, Object> report = report();
    report.putAll(overrides);
    String id = rest.reportedCase(reporter, report);
    cases.runJobs();
    return id;
  }

  private String referenceOf(String caseId) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(caseId).singleResult().getBusinessKey();
  }
}
