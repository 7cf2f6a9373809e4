package uk.shine.socialmedia.schools;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.Cases.report;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Rest;

/**
 * The application's own pages and JSON between the two demo schools: each reads its school's rows only,
 * as the engine's tenant check does for its own API; the trust's chief executive manages a case about HR.
 */
@CaseEngineTest
class SchoolPagesOverHttpTest {

  @Autowired Rest rest;
  @Autowired Cases cases;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;

  @Test
  void a_case_chronology_opens_for_its_own_school_only() {
    String villiers = reference(cases.reportAs("teacher", report("perpetratorType", "PARENT")).getId());
    String elmfield = reference(cases.reportAs("elmteacher", report("perpetratorType", "PARENT")).getId());

    for (String page : new String[] {"/chronology", "/chronology.json"}) {
      assertThat(rest.get("head", "/cases/" + villiers + page).getStatusCode()).as(page).isEqualTo(HttpStatus.OK);
      assertThat(rest.get("elmhead", "/cases/" + elmfield + page).getStatusCode()).as(page).isEqualTo(HttpStatus.OK);
      assertThat(rest.get("elmhead", "/cases/" + villiers + page).getStatusCode()).as(page).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(rest.get("elmdsl", "/cases/" + villiers + page).getStatusCode()).as(page).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(rest.get("head", "/cases/" + elmfield + page).getStatusCode()).as(page).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(rest.get("head", "/cases/" + elmfield + page).getBody()).as(page).doesNotContain("Elmfield");
    }
  }

  @Test
  void the_breach_and_retention_registers_and_subject_access_keep_to_the_readers_schools() {
    String villiersBreach = cases.reportAs("teacher", report("perpetratorType", "PARENT", "personalDataDisclosed", true))
        .getId();
    String elmfieldBreach = cases.reportAs("elmteacher", report("perpetratorType", "PARENT", "personalDataDisclosed",
        true)).getId();
    String villiers = closedAtTriage("teacher");
    String elmfield = closedAtTriage("elmteacher");

    String breaches = rest.get("dpo", "/data-breaches/api/breaches").getBody();
    assertThat(breaches).contains(reference(villiersBreach)).doesNotContain(reference(elmfieldBreach))
        .doesNotContain("elmfield");
    assertThat(rest.get("dpo", "/data-breaches").getBody()).doesNotContain(reference(elmfieldBreach));
    String retention = rest.get("dpo", "/retention/api/cases").getBody();
    assertThat(retention).contains(reference(villiers)).doesNotContain(reference(elmfield));
    assertThat(rest.get("dpo", "/retention").getBody()).doesNotContain(reference(elmfield));

    String export = rest.get("dpo", "/subject-access/export?userId=elmteacher").getBody();
    assertThat(export).doesNotContain(reference(elmfield)).doesNotContain(reference(elmfieldBreach));
    assertThat(rest.get("dpo", "/subject-access/export?userId=teacher").getBody()).contains(reference(villiers));
  }

  private String closedAtTriage(String reporter) {
    String caseId = cases.reportAs(reporter, report("perpetratorType", "PARENT")).getId();
    cases.triage(caseId, "noFurtherAction", true, "noFurtherActionReason", "The post was taken down at once");
    return caseId;
  }

  @Test
  void the_prior_approvals_register_keeps_to_the_readers_school() {
    for (String[] asker : new String[][] {{"teacher", "Villiers-tablet"}, {"elmteacher", "Elmfield-tablet"}}) {
      cases.startAs(asker[0], "prior-approval", Map.of("approvalKind", "SCHOOL_EMAIL_FOR_SOCIAL_MEDIA",
          "approvalDetails", asker[1], "approvalReasons", "Reminders for the school trip must reach my phone"));
    }

    assertThat(rest.get("head", "/approvals/api/register").getBody()).contains("Villiers-tablet")
        .doesNotContain("Elmfield-tablet");
    assertThat(rest.get("elmhead", "/approvals/api/register").getBody()).contains("Elmfield-tablet")
        .doesNotContain("Villiers-tablet");
    assertThat(rest.get("elmhead", "/approvals").getBody()).doesNotContain("Villiers-tablet");
  }

  @Test
  void the_chief_executive_manages_a_case_about_the_head_of_hr_which_hr_never_sees() throws Exception {
    String caseId = cases.reportAs("teacher", report("perpetratorType", "STAFF", "employedCentrally", true,
        "subjectUserId", "hr")).getId();

    assertThat(runtime.getVariable(caseId, "caseManagerGroup")).isEqualTo("ceo");
    assertThat(cases.candidateGroups(cases.task(caseId, "triage").getId())).contains("ceo").doesNotContain("hr");
    assertThat(rest.get("ceo", "/engine-rest/task?processInstanceId=" + caseId).getBody()).contains("\"triage\"");
    assertThat(rest.get("hr", "/engine-rest/task?processInstanceId=" + caseId).getBody()).isEqualTo("[]");
    assertThat(rest.get("hr", "/engine-rest/process-instance/" + caseId).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
  }

  @Test
  void hr_triages_a_case_about_centrally_employed_staff_of_any_school() {
    String caseId = cases.reportAs("elmteacher", report("perpetratorType", "STAFF", "employedCentrally", true)).getId();

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(caseId).singleResult().getTenantId())
        .isEqualTo("central");
    assertThat(cases.candidateGroups(cases.task(caseId, "triage").getId())).containsExactly("hr");
    assertThat(rest.get("hr", "/engine-rest/task?processInstanceId=" + caseId).getBody()).contains("\"triage\"");
    assertThat(rest.get("elmhead", "/engine-rest/task?processInstanceId=" + caseId).getBody()).isEqualTo("[]");
  }

  private String reference(String caseId) {
    return (String) cases.historicVariable(caseId, "caseReference");
  }
}
