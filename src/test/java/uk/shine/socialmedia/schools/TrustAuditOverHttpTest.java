package uk.shine.socialmedia.schools;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.Cases.report;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Rest;

/**
 * The governors' audit across the trust: a governor reads their own school's completed cases, the trustees
 * every school's, school by school, each row saying its school; neither reads case content in the engine.
 */
@CaseEngineTest
class TrustAuditOverHttpTest {

  @Autowired Rest rest;
  @Autowired Cases cases;

  @Test
  void a_governor_reads_their_own_schools_audit_and_a_trustee_every_schools() {
    String villiers = closedCase("teacher");
    String elmfield = closedCase("elmteacher");

    assertThat(references("governor")).contains(villiers).doesNotContain(elmfield);
    assertThat(references("elmgovernor")).contains(elmfield).doesNotContain(villiers);
    // cases of no school (started by the engine itself in other tests) are everyone's, as in the engine
    assertThat(rest.list("elmgovernor", "/audit/api/cases").getBody())
        .allSatisfy(row -> assertThat(row.get("school")).isIn("elmfield", null));
    assertThat(rest.get("elmgovernor", "/audit/api/cases.csv").getBody()).doesNotContain(villiers)
        .contains("elmfield," + elmfield + ",");
    assertThat(rest.get("elmgovernor", "/audit").getBody()).contains(elmfield).doesNotContain(villiers);

    List<Map<String, Object>> trust = rest.list("trustee", "/audit/api/cases").getBody();
    assertThat(trust).extracting(row -> row.get("caseReference")).contains(villiers, elmfield);
    assertThat(trust).filteredOn(row -> villiers.equals(row.get("caseReference")))
        .extracting(row -> row.get("school")).containsExactly("villiers");
    assertThat(trust).filteredOn(row -> elmfield.equals(row.get("caseReference")))
        .extracting(row -> row.get("school")).containsExactly("elmfield");
    List<Object> schoolBySchool = trust.stream().map(row -> row.get("school")).toList();
    assertThat(schoolBySchool.indexOf("villiers")).as("school by school").isGreaterThan(schoolBySchool.lastIndexOf("elmfield"));
    assertThat(references("admin")).contains(villiers, elmfield);
  }

  @Test
  void trustees_and_the_chief_executive_read_no_case_content_in_the_engine_and_others_no_audit() {
    String caseId = cases.reportAs("elmteacher", report("perpetratorType", "PARENT")).getId();

    for (String trustPerson : List.of("trustee", "ceo")) {
      assertThat(rest.get(trustPerson, "/engine-rest/history/process-instance?processInstanceId=" + caseId).getBody())
          .as(trustPerson).isEqualTo("[]");
      assertThat(rest.get(trustPerson, "/engine-rest/task?processInstanceId=" + caseId).getBody())
          .as(trustPerson).isEqualTo("[]");
    }
    for (String outsider : List.of("ceo", "elmhead", "elmdsl", "elmteacher")) {
      assertThat(rest.get(outsider, "/audit/api/cases").getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  /** A case reported by this person, closed at triage with no further action: its reference. */
  private String closedCase(String reporter) {
    String caseId = cases.reportAs(reporter, report("perpetratorType", "PARENT")).getId();
    cases.triage(caseId, "noFurtherAction", true, "noFurtherActionReason", "The post was taken down at once");
    return (String) cases.historicVariable(caseId, "caseReference");
  }

  private List<Object> references(String reader) {
    return rest.list(reader, "/audit/api/cases").getBody().stream().map(row -> row.get("caseReference")).toList();
  }
}
