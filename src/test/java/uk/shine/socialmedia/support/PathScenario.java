package uk.shine.socialmedia.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The scenario every path shares while it has one task: a case reaches the path, the right group
 * gets its task, and completing it through its form's answers ends the path.
 */
public abstract class PathScenario {

  @Autowired protected Cases cases;
  @Autowired protected TaskService tasks;

  protected abstract String pathKey();

  /** Report fields that lead to this path. */
  protected abstract Object[] report();

  /** Triage answers that lead to this path, or null when the path starts with the report. */
  protected abstract Object[] triage();

  protected abstract List<String> expectedGroups();

  @Test
  void the_right_group_gets_the_work_and_the_form_carries_the_path_to_its_end() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(report()));
    if (triage() != null) {
      cases.triage(concern.getId(), triage());
    }
    String path = cases.path(concern.getId(), pathKey());
    String taskId = cases.task(path, PathWork.STEPS.get(pathKey()).taskKey()).getId();
    assertThat(tasks.getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId)
        .filter(group -> group != null)).containsExactlyInAnyOrderElementsOf(expectedGroups());
    assertThat(tasks.getVariable(taskId, "caseReference")).isEqualTo(concern.getBusinessKey());

    PathWork.finish(cases, concern.getId(), pathKey());

    assertThat(cases.ended(path)).isTrue();
  }
}
