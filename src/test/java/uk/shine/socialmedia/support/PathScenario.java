package uk.shine.socialmedia.support;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.intake.ConcernVariables.CASE_REFERENCE;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The scenario every path shares: a case reaches the path, the right group gets its first task, and
 * completing each task through its form's answers alone carries the path to its end.
 */
public abstract class PathScenario {

  /** Triage confirming the report as it stands. */
  protected static final Object[] CONFIRMED = {};
  /** The path starts with the report, before triage. */
  protected static final Object[] BEFORE_TRIAGE = null;

  @Autowired protected Cases cases;
  @Autowired protected TaskService tasks;
  @Autowired AuthorizationService authorizations;

  private final String pathKey;
  private final Object[] report;
  private final Object[] triage;
  private final List<String> expectedGroups;

  /**
   * @param report report fields that lead to this path
   * @param triage triage answers that lead to it, or {@link #BEFORE_TRIAGE}
   */
  protected PathScenario(String pathKey, Object[] report, Object[] triage, List<String> expectedGroups) {
    this.pathKey = pathKey;
    this.report = report;
    this.triage = triage;
    this.expectedGroups = expectedGroups;
  }

  @Test
  void the_right_group_gets_the_work_and_the_forms_alone_carry_the_path_to_its_end() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(report));
    if (triage != BEFORE_TRIAGE) {
      cases.triage(concern.getId(), triage);
    }
    String path = cases.path(concern.getId(), pathKey);
    String taskId = cases.task(path, PathWork.steps(pathKey).get(0).taskKey()).getId();
    assertThat(tasks.getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId)
        .filter(group -> group != null)).containsExactlyInAnyOrderElementsOf(expectedGroups);
    assertThat(tasks.getVariable(taskId, CASE_REFERENCE)).isEqualTo(concern.getBusinessKey());

    PathWork.finish(cases, concern.getId(), pathKey);

    assertThat(cases.ended(path)).isTrue();
    assertThat(authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).count())
        .as("access is given by grants only, whoever the case is about").isZero();
  }
}
