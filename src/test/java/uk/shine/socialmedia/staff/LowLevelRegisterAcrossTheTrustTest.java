package uk.shine.socialmedia.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.PREVIOUS_LOW_LEVEL_CONCERNS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Rest;

/**
 * The low-level concerns register is the trust's, as the employer's: one register for every school, so a
 * pattern spanning two schools is found. Over real HTTP, the trust's HR reads the staff cases of both schools,
 * the case manager of the second school reviews the pattern, and the other school's people see none of it.
 */
@CaseEngineTest
class LowLevelRegisterAcrossTheTrustTest extends StaffPartTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired Rest rest;

  @Test
  void a_pattern_spanning_two_schools_is_found_and_hr_sees_both_schools_staff_cases() throws Exception {
    // someone without an account in either school (a visiting coach, say): known by name only
    String name = "Sam Pattern " + Long.toString(System.nanoTime(), 36);
    String villiers = staffCaseReportedBy("teacher");
    staffCases.lowLevelConcern(villiers, name);
    String elmfield = staffCaseReportedBy("elmteacher");
    staffCases.lowLevelConcern(elmfield, name.toUpperCase());

    assertThat(runtime.getVariable(villiers, PREVIOUS_LOW_LEVEL_CONCERNS)).isEqualTo(0);
    assertThat(runtime.getVariable(elmfield, PREVIOUS_LOW_LEVEL_CONCERNS)).as("Villiers' concern counts at Elmfield")
        .isEqualTo(1);

    assertThat(concernsBefore("hr", villiers)).as("the trust's HR reads Villiers' staff case").isEqualTo("0");
    assertThat(concernsBefore("hr", elmfield)).as("and Elmfield's").isEqualTo("1");
    assertThat(concernsBefore("elmhead", villiers)).as("Elmfield's head reads nothing of Villiers'").isEmpty();
    assertThat(review("head", elmfield)).as("Villiers' head sees nothing of Elmfield's").isEmpty();
    String elmfieldReview = review("elmhead", elmfield);
    assertThat(JSON.readTree(rest.get("elmhead", "/engine-rest/task/" + elmfieldReview + "/variables/"
        + PREVIOUS_LOW_LEVEL_CONCERNS).getBody()).path("value").asInt()).as("the case manager's review").isEqualTo(1);

    ResponseEntity<String> decided = rest.post("elmhead", "/engine-rest/task/" + elmfieldReview + "/complete",
        Map.of("variables", Rest.typed(Map.of(StaffCaseVariables.PATTERN_DECISION, "PATTERN",
            "patternNotes", "A second low-level concern within the year, at another school of the trust"))));
    assertThat(decided.getStatusCode()).as(decided.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(cases.historicVariable(elmfield, "harmThreshold")).as("the pattern takes it over the threshold")
        .isEqualTo("MET");
  }

  private String staffCaseReportedBy(String reporter) {
    String concern = rest.reportedCase(reporter, Cases.report(PERPETRATOR_TYPE, "STAFF"));
    cases.runJobs();
    cases.triage(concern);
    return cases.path(concern, StaffCaseVariables.PROCESS_KEY);
  }

  /** How many earlier concerns the register held when this path recorded its own, as this person reads it; empty when unseen. */
  private String concernsBefore(String user, String staffPath) throws Exception {
    JsonNode found = JSON.readTree(rest.get(user, "/engine-rest/history/variable-instance?processInstanceId=" + staffPath
        + "&variableName=" + PREVIOUS_LOW_LEVEL_CONCERNS).getBody());
    return found.size() == 0 ? "" : found.get(0).path("value").asText();
  }

  /** The id of the path's open pattern review as this person sees it over REST; empty when they see none. */
  private String review(String user, String staffPath) throws Exception {
    JsonNode tasks = JSON.readTree(rest.get(user, "/engine-rest/task?processInstanceId=" + staffPath
        + "&taskDefinitionKey=review-low-level-pattern").getBody());
    return tasks.size() == 0 ? "" : tasks.get(0).path("id").asText();
  }
}
