package uk.shine.socialmedia.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;

@CaseEngineTest
class ImagePublicationProcessTest {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired Cases cases;

  private static Map<String, Object> request() {
    Map<String, Object> request = new HashMap<>();
    request.put("imageDescription", "Year 2 sports day, children racing");
    request.put("channelWebsite", true);
    request.put("publicationDate", LocalDate.now().plusDays(3).toString());
    return request;
  }

  @Test
  void a_senior_leader_checks_consent_before_anything_is_published() {
    ProcessInstance request = runtime.startProcessInstanceByKey("image-publication", request());
    cases.runJobs();
    String taskId = cases.task(request.getId(), "check-consent").getId();
    assertThat(tasks.getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId)).containsExactly("slt");

    cases.complete(request.getId(), "check-consent", "consentDecision", "APPROVED");

    assertThat(cases.ended(request.getId())).isTrue();
  }

  @Test
  void a_request_without_a_description_is_refused() {
    Map<String, Object> request = request();
    request.remove("imageDescription");

    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("image-publication", request))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("imageDescription");
  }
}
