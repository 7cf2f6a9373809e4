package uk.shine.socialmedia.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Rest;

/** A case to answer says which of the Social Media Policy's principles and sections were broken; the letter says it too. */
@CaseEngineTest
class PolicyBreachTest extends StaffPartTest {

  @Autowired TaskService tasks;
  @Autowired Rest rest;

  @Test
  void a_case_to_answer_names_the_principles_and_sections_broken_and_the_outcome_letter_quotes_them() {
    String staff = staffCases.staffCase(StaffCases.STAFF);
    staffCases.breach(staff);
    staffCases.complete(staff, "consider-suspension");
    staffCases.complete(staff, "appoint-investigating-officer");
    staffCases.complete(staff, "investigate-allegation");
    String decide = cases.task(staff, "decide-on-case").getId();

    Map<String, Object> decision = new HashMap<>(Map.of("caseDecision", "FORMAL_HEARING", "decisionReasons", "On the report"));
    assertThatThrownBy(() -> tasks.complete(decide, decision)).isInstanceOf(RefusedInput.class)
        .hasMessageContaining("Tick at least one of the policy's principles, (a) to (j)");
    decision.put("principleD", true);
    assertThatThrownBy(() -> tasks.complete(decide, decision)).isInstanceOf(RefusedInput.class)
        .hasMessageContaining("Tick at least one section of the policy");
    assertThat(runtime.getVariable(staff, "caseDecision")).as("nothing kept from a refusal").isNull();

    decision.put("principleB", true);
    decision.put("sectionPupilCommunication", true);
    tasks.complete(decide, decision);
    cases.runJobs();
    staffCases.throughHearing(staff, "FIRST_WRITTEN_WARNING");

    String letter = rest.get("head", "/letters/" + staff + "/hearing-outcome").getBody();
    assertThat(letter).contains("The Social Media Policy",
        "(b) not engage in activities involving social media which may bring the school or trust into disrepute",
        "(d) not discuss personal information about pupils, staff and other professionals they work with on social media",
        "External communication with pupils/students")
        .doesNotContain("(a) keep personal", "Use of Images");
  }

  @Test
  void no_case_to_answer_needs_no_principle() {
    String staff = staffCases.toDecision(staffCases.staffCase(StaffCases.STAFF), "NO_CASE_TO_ANSWER");

    assertThat(cases.hasTask(staff, "send-no-further-action-letter")).isTrue();
    assertThat(runtime.getVariable(staff, "principleA")).isNull();
  }
}
