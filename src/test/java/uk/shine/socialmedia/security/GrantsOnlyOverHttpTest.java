package uk.shine.socialmedia.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.Cases.report;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.PathWork;
import uk.shine.socialmedia.support.Rest;

/**
 * The subject of a case is kept out by grants alone, over real HTTP: a group with the subject in it reads
 * the case and works its tasks through its other members, by name; whoever joins such a group reads it at
 * once and loses it on leaving; nobody can save a refusal.
 */
@CaseEngineTest
class GrantsOnlyOverHttpTest {

  @Autowired Rest rest;
  @Autowired Cases cases;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired SignInPeople signIn;

  @AfterEach
  void groupsAsBefore() {
    identity.deleteMembership("teacher", "headteacher");
    identity.deleteMembership("chair", "headteacher");
  }

  @Test
  void a_refusal_saved_over_rest_is_refused_in_plain_words_and_nothing_is_saved() {
    var answer = rest.post("admin", "/engine-rest/authorization/create", Map.of("type", 2, "permissions", List.of("ALL"),
        "userId", "teacher", "resourceType", Resources.PROCESS_INSTANCE.resourceType(), "resourceId", "*"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("a refusal (REVOKE) cannot be saved", "take them out of the group");
    assertThat(authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).count())
        .isZero();
  }

  @Test
  void the_subject_who_joins_the_candidate_group_sees_nothing_and_the_others_in_it_work_its_tasks() {
    String pathId = staffCaseOfTeacher();
    String screening = cases.task(pathId, "screen-harm-threshold").getId();

    joinOverRest("teacher");

    assertSeenByTheHeadTeacherOnly(pathId, screening);
    // the next task is offered to the group again: granted to its other members by name
    cases.complete(pathId, "screen-harm-threshold", PathWork.step("staff-disciplinary", "screen-harm-threshold").answers());
    String suspension = cases.task(pathId, "consider-suspension").getId();
    assertThat(cases.candidateGroups(suspension)).contains("headteacher");
    assertSeenByTheHeadTeacherOnly(pathId, suspension);
    assertThat(rest.post("head", "/engine-rest/task/" + suspension + "/claim", Map.of("userId", "head")).getStatusCode()
        .is2xxSuccessful()).as("the head teacher may work it").isTrue();
    assertThat(authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).count())
        .isZero();
  }

  @Test
  void the_subject_whose_sign_in_puts_them_in_a_group_of_their_case_still_sees_nothing() {
    String pathId = staffCaseOfTeacher();
    String screening = cases.task(pathId, "screen-harm-threshold").getId();

    // the identity provider now says teacher is a head teacher too: set at their next sign-in
    var user = identity.createUserQuery().userId("teacher").singleResult();
    List<String> schools = identity.createTenantQuery().userMember("teacher").list().stream().map(Tenant::getId).toList();
    signIn.signedIn(Map.of("preferred_username", "teacher", "email", user.getEmail(), "given_name", user.getFirstName(),
        "family_name", user.getLastName(), "groups", List.of("staff", "headteacher"), "schools", schools));

    assertThat(identity.createTenantQuery().userMember("teacher").list()).as("their schools as before").hasSize(
        schools.size());

    assertThat(identity.createUserQuery().userId("teacher").memberOfGroup("headteacher").count()).isOne();
    assertSeenByTheHeadTeacherOnly(pathId, screening);
  }

  @Test
  void someone_who_joins_a_group_that_reads_a_case_by_name_reads_it_at_once_and_loses_it_on_leaving() {
    String pathId = staffCaseOfTeacher();
    joinOverRest("teacher");
    assertThat(reads("chair", pathId)).as("before joining").isFalse();

    joinOverRest("chair");

    assertThat(reads("chair", pathId)).as("the next request after joining").isTrue();
    assertThat(rest.list("chair", "/engine-rest/task?processInstanceId=" + pathId).getBody()).isNotEmpty();
    assertThat(reads("teacher", pathId)).as("the subject, still in the group").isFalse();

    assertThat(rest.delete("admin", "/engine-rest/group/headteacher/members/chair").getStatusCode().is2xxSuccessful())
        .isTrue();

    assertThat(reads("chair", pathId)).as("the next request after leaving").isFalse();
    assertThat(rest.list("chair", "/engine-rest/task?processInstanceId=" + pathId).getBody()).isEmpty();
    assertThat(rest.list("chair", "/engine-rest/history/process-instance?processInstanceId=" + pathId).getBody())
        .isEmpty();
    assertThat(reads("head", pathId)).as("the head teacher still reads it").isTrue();
  }

  @Test
  void the_subject_who_leaves_and_rejoins_a_group_of_their_case_still_sees_nothing() {
    String pathId = staffCaseOfTeacher();
    joinOverRest("teacher");
    assertThat(rest.delete("admin", "/engine-rest/group/headteacher/members/teacher").getStatusCode().is2xxSuccessful())
        .isTrue();

    joinOverRest("teacher");

    assertThat(reads("teacher", pathId)).isFalse();
    assertThat(rest.list("teacher", "/engine-rest/task?processInstanceId=" + pathId).getBody()).isEmpty();
    assertThat(reads("head", pathId)).isTrue();
  }

  @Test
  void a_person_removed_keeps_no_grant_that_stood_for_their_group() {
    String pathId = staffCaseOfTeacher();
    joinOverRest("teacher");
    var deputy = identity.newUser("deputyhead");
    deputy.setPassword("Deputy-Head-2026!");
    identity.saveUser(deputy);
    identity.createMembership("deputyhead", "headteacher");
    assertThat(authorizations.createAuthorizationQuery().userIdIn("deputyhead").resourceId(pathId).count())
        .as("a grant by name for the head teachers' group").isPositive();

    identity.deleteUser("deputyhead");

    assertThat(authorizations.createAuthorizationQuery().userIdIn("deputyhead").count()).isZero();
  }

  /** A staff case about teacher, managed by the head teachers: its disciplinary path. */
  private String staffCaseOfTeacher() {
    String caseId = cases.reportAndRoute(report("perpetratorType", "STAFF", "subjectUserId", "teacher")).getId();
    cases.triage(caseId);
    return cases.path(caseId, "staff-disciplinary");
  }

  private void assertSeenByTheHeadTeacherOnly(String pathId, String taskId) {
    assertThat(rest.list("teacher", "/engine-rest/task?candidateGroup=headteacher").getBody())
        .noneMatch(open -> pathId.equals(open.get("processInstanceId")));
    assertThat(rest.get("teacher", "/engine-rest/task/" + taskId).getStatusCode()).isIn(HttpStatus.FORBIDDEN,
        HttpStatus.NOT_FOUND);
    assertThat(rest.list("teacher", "/engine-rest/history/task?taskId=" + taskId).getBody()).isEmpty();
    assertThat(reads("teacher", pathId)).isFalse();
    assertThat(rest.list("head", "/engine-rest/task?candidateGroup=headteacher&processInstanceId=" + pathId).getBody())
        .extracting(task -> task.get("id")).contains(taskId);
    assertThat(reads("head", pathId)).isTrue();
    assertThat(authorizations.createAuthorizationQuery().groupIdIn("headteacher").resourceId(taskId).count())
        .as("no grant to the group the subject is in").isZero();
    assertThat(authorizations.createAuthorizationQuery().groupIdIn("headteacher").resourceId(pathId).count()).isZero();
  }

  private void joinOverRest(String user) {
    assertThat(rest.put("admin", "/engine-rest/group/headteacher/members/" + user, null).getStatusCode()
        .is2xxSuccessful()).isTrue();
  }

  /** Whether the person reads the instance's variables (refused with 403, or 404 as if it did not exist). */
  private boolean reads(String user, String instanceId) {
    var answer = rest.get(user, "/engine-rest/process-instance/" + instanceId + "/variables");
    assertThat(answer.getStatusCode()).as(answer.toString()).isIn(HttpStatus.OK, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    return answer.getStatusCode() == HttpStatus.OK;
  }
}
