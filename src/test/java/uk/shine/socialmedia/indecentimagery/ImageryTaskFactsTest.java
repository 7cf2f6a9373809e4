package uk.shine.socialmedia.indecentimagery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Rest;

/**
 * The first imagery steps show the DSL what was reported (read-only): who reported it, when, where it was
 * seen and the report itself, which says where the device is. Not only the case reference.
 */
@CaseEngineTest
class ImageryTaskFactsTest {

  private static final List<String> REPORTED = List.of("summary", "reporterName", "reporterRole", "occurredOn",
      "platform", "postUrl", "perpetratorType", "victimType");

  @Autowired Cases cases;
  @Autowired Rest rest;

  @ParameterizedTest
  @ValueSource(strings = {"secure-evidence", "contact-police"})
  void the_dsl_reads_what_was_reported_on_the_task_and_cannot_change_it(String step) throws Exception {
    ProcessInstance concern = cases.reportAs("teacher", Cases.report("indecentImagery", true, "victimType", "PUPIL",
        "reporterName", "Rowan Reporter", "summary", "Year 9 pupil's phone showed an image; the phone is in the "
            + "Year 9 office drawer, locked", "platform", "Snapchat"));
    String taskId = cases.task(cases.path(concern.getId(), "indecent-imagery"), step).getId();

    List<String> shown = readOnlyKeys(step);
    assertThat(shown).containsAll(REPORTED);

    ResponseEntity<String> values = rest.get("dsl", "/engine-rest/task/" + taskId + "/form-variables?variableNames="
        + String.join(",", REPORTED));
    assertThat(values.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(values.getBody()).contains("the phone is in the Year 9 office drawer", "Rowan Reporter", "Snapchat",
        "PUPIL");

    ResponseEntity<String> changed = rest.post("dsl", "/engine-rest/task/" + taskId + "/complete",
        java.util.Map.of("variables", Rest.typed(java.util.Map.of("summary", "Something else"))));
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(changed.getBody()).contains("cannot be changed here");
  }

  /** The keys the form shows without letting anyone change them. */
  private static List<String> readOnlyKeys(String form) throws Exception {
    List<String> keys = new ArrayList<>();
    collect(new ObjectMapper().readTree(new File("forms/" + form + ".form")).path("components"), keys);
    return keys;
  }

  private static void collect(JsonNode components, List<String> keys) {
    for (JsonNode component : components) {
      collect(component.path("components"), keys);
      if (component.hasNonNull("key") && component.path("disabled").asBoolean(false)) {
        keys.add(component.get("key").asText());
      }
    }
  }
}
