package uk.shine.socialmedia.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import uk.shine.socialmedia.chronology.CaseReads.Kind;
import uk.shine.socialmedia.chronology.CaseReads.Read;

/** Which requests read a case, and which (lists, counts, changes) do not. */
class CaseReadsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void reads_by_id_in_the_rest_api_the_webapps_and_cockpit() {
    assertThat(CaseReads.of("GET", "/engine-rest/task/t1/form-variables", null, () -> null))
        .containsExactly(new Read(Kind.TASK, "t1", "task form variables"));
    assertThat(CaseReads.of("GET", "/camunda/api/engine/engine/default/process-instance/p1/variables", "deserializeValues=false",
        () -> null)).containsExactly(new Read(Kind.INSTANCE, "p1", "variables"));
    assertThat(CaseReads.of("GET", "/engine-rest/history/variable-instance/v1", null, () -> null))
        .containsExactly(new Read(Kind.VARIABLE, "v1", "history"));
    assertThat(CaseReads.of("POST", "/camunda/api/cockpit/plugin/base/default/process-instance/p1/called-process-instances",
        null, () -> null)).containsExactly(new Read(Kind.INSTANCE, "p1", "cockpit"));
  }

  @Test
  void lists_narrowed_to_a_case_by_query_or_body() {
    assertThat(CaseReads.of("GET", "/engine-rest/history/detail", "processInstanceId=p1&maxResults=2000", () -> null))
        .containsExactly(new Read(Kind.INSTANCE, "p1", "history"));
    assertThat(CaseReads.of("GET", "/engine-rest/task", "processInstanceBusinessKey=SMC-261130-XW6TS", () -> null))
        .containsExactly(new Read(Kind.REFERENCE, "SMC-261130-XW6TS", "tasks"));
    assertThat(CaseReads.of("POST", "/camunda/api/engine/engine/default/variable-instance", "firstResult=0",
        () -> json("{\"processInstanceIdIn\": [\"p1\", \"p2\"]}")))
        .containsExactly(new Read(Kind.INSTANCE, "p1", "variables"), new Read(Kind.INSTANCE, "p2", "variables"));
  }

  @Test
  void the_task_list_counts_changes_and_other_apis_read_no_case() {
    assertThat(CaseReads.of("POST", "/engine-rest/task", null, () -> json("{\"candidateGroup\": \"dsl\"}"))).isEmpty();
    assertThat(CaseReads.of("POST", "/engine-rest/filter/f1/list", null, () -> json("{}"))).isEmpty();
    assertThat(CaseReads.of("GET", "/engine-rest/history/variable-instance/count", "processInstanceId=p1", () -> null)).isEmpty();
    assertThat(CaseReads.of("POST", "/engine-rest/task/t1/complete", null, () -> json("{}"))).isEmpty();
    assertThat(CaseReads.of("POST", "/engine-rest/message", null, () -> json("{\"processInstanceId\": \"p1\"}"))).isEmpty();
    assertThat(CaseReads.of("GET", "/cases/SMC-1/chronology", null, () -> null)).isEmpty();
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
