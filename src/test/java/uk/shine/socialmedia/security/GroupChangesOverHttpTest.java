package uk.shine.socialmedia.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.Cases.report;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Rest;

/**
 * People join and leave groups while cases run: what they may read follows at once, over real HTTP,
 * and the subject of a case never reads it, whichever group they join in the middle of it.
 */
@CaseEngineTest
class GroupChangesOverHttpTest {

  @Autowired Rest rest;
  @Autowired Cases cases;
  @Autowired IdentityService identity;

  @AfterEach
  void teacherIsStaffAgain() {
    for (String group : List.of("hr", "slt", "headteacher")) {
      identity.deleteMembership("teacher", group);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"hr", "slt"})
  void the_subject_who_joins_a_group_that_works_their_case_still_sees_nothing_of_it(String group) {
    String caseId = cases.reportAndRoute(report("perpetratorType", "STAFF", "subjectUserId", "teacher")).getId();
    cases.triage(caseId);
    String pathId = cases.path(caseId, "staff-disciplinary");
    // what joining the group would give anyone else: the disciplinary path, and for HR the staff case too
    String user = group;
    assertThat(reads(user, pathId)).as("%s reads the disciplinary path", user).isTrue();
    assertThat(reads("hr", caseId)).as("hr reads the staff case").isTrue();
    assertThat(rest.list("head", "/engine-rest/task?processInstanceId=" + pathId).getBody()).as("an open task").isNotEmpty();

    assertThat(rest.put("admin", "/engine-rest/group/" + group + "/members/teacher", null).getStatusCode().is2xxSuccessful())
        .isTrue();

    for (String instance : List.of(caseId, pathId)) {
      assertThat(reads("teacher", instance)).as("the subject, now in %s, reads %s", group, instance).isFalse();
      assertThat(rest.list("teacher", "/engine-rest/task?processInstanceId=" + instance).getBody()).isEmpty();
      assertThat(rest.list("teacher", "/engine-rest/history/task?processInstanceId=" + instance).getBody()).isEmpty();
      assertThat(rest.list("teacher", "/engine-rest/history/process-instance?processInstanceId=" + instance).getBody())
          .isEmpty();
      assertThat(rest.list("teacher", "/engine-rest/history/variable-instance?processInstanceId=" + instance).getBody())
          .isEmpty();
    }
    assertThat(rest.list("teacher", "/engine-rest/task?candidateGroup=" + group).getBody()).as("their new group's list")
        .noneMatch(task -> List.of(caseId, pathId).contains(task.get("processInstanceId")));
    assertThat(reads(user, pathId)).as("the others in %s still read it", group).isTrue();
  }

  @Test
  void a_member_who_leaves_a_group_loses_its_cases_at_once() {
    String caseId = cases.reportAndRoute(report("perpetratorType", "PARENT")).getId();
    assertThat(rest.put("admin", "/engine-rest/group/headteacher/members/teacher", null).getStatusCode().is2xxSuccessful())
        .isTrue();
    assertThat(reads("teacher", caseId)).as("while in headteacher").isTrue();
    assertThat(rest.list("teacher", "/engine-rest/task?processInstanceId=" + caseId).getBody()).isNotEmpty();

    assertThat(rest.delete("admin", "/engine-rest/group/headteacher/members/teacher").getStatusCode().is2xxSuccessful())
        .isTrue();

    assertThat(reads("teacher", caseId)).as("the next request after leaving").isFalse();
    assertThat(rest.list("teacher", "/engine-rest/task?processInstanceId=" + caseId).getBody()).isEmpty();
    assertThat(rest.list("teacher", "/engine-rest/history/process-instance?processInstanceId=" + caseId).getBody()).isEmpty();
    assertThat(rest.list("teacher", "/engine-rest/history/task?processInstanceId=" + caseId).getBody()).isEmpty();
    assertThat(reads("head", caseId)).as("the head teacher still reads it").isTrue();
  }

  /** Whether the person reads the instance's variables (refused with 403, or 404 as if it did not exist). */
  private boolean reads(String user, String instanceId) {
    var answer = rest.get(user, "/engine-rest/process-instance/" + instanceId + "/variables");
    assertThat(answer.getStatusCode()).as(answer.toString()).isIn(HttpStatus.OK, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    return answer.getStatusCode() == HttpStatus.OK;
  }
}
