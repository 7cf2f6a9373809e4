package uk.shine.socialmedia.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.Cases.report;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.PathWork;
import uk.shine.socialmedia.support.Rest;

/**
 * HR follows a staff case in Cockpit: it reads the open tasks of the case's instances that it reads,
 * READ only (it cannot claim, complete or assign them), never on a pupil's case, never as the case's
 * subject; its Tasklist filters still list only the work it does; the engine removes the grant with the task.
 */
@CaseEngineTest
class HrFollowsStaffCaseTasksOverHttpTest {

  @Autowired Rest rest;
  @Autowired Cases cases;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;

  @AfterEach
  void groupsAsBefore() {
    identity.deleteMembership("teacher2", "hr");
  }

  @Test
  void hr_reads_the_open_task_of_a_staff_path_but_cannot_claim_complete_or_assign_it() {
    String pathId = staffPath();
    String screening = cases.task(pathId, "screen-harm-threshold").getId();
    assertThat(cases.candidateGroups(screening)).as("the head teacher works it, not HR").doesNotContain("hr");

    assertThat(taskIds("hr", pathId)).containsExactly(screening);
    assertThat(rest.get("hr", "/engine-rest/task/" + screening).getStatusCode()).isEqualTo(HttpStatus.OK);

    assertRefused(rest.post("hr", "/engine-rest/task/" + screening + "/claim", Map.of("userId", "hr")).getStatusCode());
    assertRefused(rest.post("hr", "/engine-rest/task/" + screening + "/complete", Map.of()).getStatusCode());
    assertRefused(rest.post("hr", "/engine-rest/task/" + screening + "/assignee", Map.of("userId", "hr"))
        .getStatusCode());
    assertRefused(rest.post("hr", "/engine-rest/task/" + screening + "/identity-links",
        Map.of("groupId", "hr", "type", "candidate")).getStatusCode());
    var task = tasks.createTaskQuery().taskId(screening).singleResult();
    assertThat(task).as("still open").isNotNull();
    assertThat(task.getAssignee()).isNull();
    assertThat(cases.candidateGroups(screening)).doesNotContain("hr");
    Authorization grant = authorizations.createAuthorizationQuery().groupIdIn("hr").resourceType(Resources.TASK)
        .resourceId(screening).singleResult();
    assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue();
    assertThat(grant.isPermissionGranted(TaskPermissions.TASK_WORK)).isFalse();
    assertThat(grant.isPermissionGranted(Permissions.UPDATE)).isFalse();
    assertThat(authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).count())
        .isZero();
  }

  @Test
  void the_subject_never_reads_the_task_even_as_a_member_of_hr_and_the_rest_of_hr_still_does() {
    String pathId = staffPath();
    String screening = cases.task(pathId, "screen-harm-threshold").getId();
    assertThat(taskIds("teacher2", pathId)).isEmpty();

    assertThat(rest.put("admin", "/engine-rest/group/hr/members/teacher2", null).getStatusCode().is2xxSuccessful())
        .isTrue();

    assertThat(taskIds("teacher2", pathId)).isEmpty();
    assertThat(rest.get("teacher2", "/engine-rest/task/" + screening).getStatusCode()).isIn(HttpStatus.FORBIDDEN,
        HttpStatus.NOT_FOUND);
    assertThat(taskIds("hr", pathId)).containsExactly(screening);
    assertThat(authorizations.createAuthorizationQuery().groupIdIn("hr").resourceId(screening).count())
        .as("no grant to the group the subject is in").isZero();

    // a task created while the subject is in hr is read by HR's other members by name
    cases.complete(pathId, "screen-harm-threshold", PathWork.step("staff-disciplinary", "screen-harm-threshold").answers());
    String suspension = cases.task(pathId, "consider-suspension").getId();
    assertThat(taskIds("hr", pathId)).containsExactly(suspension);
    assertThat(taskIds("teacher2", pathId)).isEmpty();
    assertThat(authorizations.createAuthorizationQuery().userIdIn("teacher2").resourceId(suspension).count()).isZero();
  }

  @Test
  void hr_reads_no_task_of_a_pupil_case() {
    String caseId = cases.reportAndRoute(report("perpetratorType", "PUPIL")).getId();
    cases.triage(caseId);
    String pathId = cases.path(caseId, "pupil-behaviour");
    assertThat(tasks.createTaskQuery().processInstanceId(pathId).count()).as("an open task to hide").isPositive();

    assertThat(taskIds("hr", pathId)).isEmpty();
    assertThat(rest.list("hr", "/engine-rest/task?processInstanceIdIn=" + caseId + "," + pathId).getBody()).isEmpty();
    String open = tasks.createTaskQuery().processInstanceId(pathId).list().get(0).getId();
    assertThat(authorizations.createAuthorizationQuery().groupIdIn("hr").resourceId(open).count()).isZero();
  }

  @Test
  void hrs_tasklist_filters_list_only_the_work_offered_to_hr() {
    String pathId = staffPath();
    String screening = cases.task(pathId, "screen-harm-threshold").getId();
    assertThat(taskIds("hr", pathId)).contains(screening);

    List<Map<String, Object>> filters = rest.list("hr", "/engine-rest/filter?resourceType=Task").getBody();
    assertThat(filters).extracting(filter -> filter.get("name")).contains("HR tasks", "Staff cases", "My group's tasks");
    for (Map<String, Object> filter : filters) {
      List<Map<String, Object>> listed = rest.list("hr", "/engine-rest/filter/" + filter.get("id") + "/list?maxResults=500")
          .getBody();
      assertThat(listed).as("filter %s", filter.get("name")).extracting(task -> task.get("id")).doesNotContain(screening);
      for (Map<String, Object> task : listed) {
        assertThat("hr".equals(task.get("assignee")) || cases.candidateGroups((String) task.get("id")).contains("hr"))
            .as("filter %s lists %s, which is not HR's work", filter.get("name"), task.get("name")).isTrue();
      }
    }
  }

  @Test
  void the_engine_removes_hrs_grant_with_the_task() {
    String pathId = staffPath();
    String screening = cases.task(pathId, "screen-harm-threshold").getId();
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(screening).count())
        .isPositive();

    cases.complete(pathId, "screen-harm-threshold", PathWork.step("staff-disciplinary", "screen-harm-threshold").answers());

    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(screening).count())
        .isZero();
    assertThat(taskIds("hr", pathId)).doesNotContain(screening).isNotEmpty();
  }

  @Test
  void hr_still_works_a_staff_case_task_offered_to_it_and_whoever_joins_hr_works_it_too() {
    String caseId = cases.reportAndRoute(report("perpetratorType", "STAFF", "employedCentrally", true)).getId();
    String triage = cases.task(caseId, "triage").getId();
    assertThat(cases.candidateGroups(triage)).contains("hr");
    Authorization grant = authorizations.createAuthorizationQuery().groupIdIn("hr").resourceType(Resources.TASK)
        .resourceId(triage).singleResult();
    assertThat(grant.isPermissionGranted(TaskPermissions.TASK_WORK)).as("one grant, a candidate's").isTrue();
    assertThat(rest.post("hr", "/engine-rest/task/" + triage + "/claim", Map.of("userId", "hr")).getStatusCode()
        .is2xxSuccessful()).isTrue();

    // the subject joins hr while HR manages their case: each new task is followed and worked by HR's other
    // members by name, and whoever joins hr then may work it too
    String aboutTeacher2 = cases.reportAndRoute(report("perpetratorType", "STAFF", "employedCentrally", true,
        "subjectUserId", "teacher2")).getId();
    cases.triage(aboutTeacher2);
    String pathId = cases.path(aboutTeacher2, "staff-disciplinary");
    assertThat(cases.candidateGroups(cases.task(pathId, "screen-harm-threshold").getId())).contains("hr");
    identity.createMembership("teacher2", "hr");
    cases.complete(pathId, "screen-harm-threshold", PathWork.step("staff-disciplinary", "screen-harm-threshold").answers());
    String suspension = cases.task(pathId, "consider-suspension").getId();
    assertThat(cases.candidateGroups(suspension)).contains("hr");
    assertThat(authorizations.createAuthorizationQuery().userIdIn("teacher2").resourceId(suspension).count()).isZero();
    assertThat(authorizations.createAuthorizationQuery().groupIdIn("hr").resourceId(suspension).count()).isZero();
    identity.createMembership("elmslt", "hr");
    try {
      Authorization joiner = authorizations.createAuthorizationQuery().userIdIn("elmslt").resourceType(Resources.TASK)
          .resourceId(suspension).singleResult();
      assertThat(joiner.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
    } finally {
      identity.deleteMembership("elmslt", "hr");
    }
  }

  /** A staff case about teacher2 (in slt), triaged: its disciplinary path, whose first task the head teacher works. */
  private String staffPath() {
    String caseId = cases.reportAndRoute(report("perpetratorType", "STAFF", "subjectUserId", "teacher2")).getId();
    cases.triage(caseId);
    return cases.path(caseId, "staff-disciplinary");
  }

  private List<Object> taskIds(String user, String processInstanceId) {
    return rest.list(user, "/engine-rest/task?processInstanceId=" + processInstanceId).getBody().stream()
        .map(task -> task.get("id")).toList();
  }

  private static void assertRefused(org.springframework.http.HttpStatusCode status) {
    assertThat(status.value()).isIn(403, 404);
  }
}
