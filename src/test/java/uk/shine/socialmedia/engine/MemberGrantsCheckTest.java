package uk.shine.socialmedia.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.shine.socialmedia.support.Cases.report;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Rest;

/**
 * What was written around the application is brought back to grants only: the nightly check turns a
 * group grant on a case of one of its members into grants by name, and the start-up turns the refusals
 * an earlier version wrote for a case's subject into the same, and will not start with any other refusal.
 */
@CaseEngineTest
class MemberGrantsCheckTest {

  @Autowired MemberGrantsCheck check;
  @Autowired ProcessEngine engine;
  @Autowired AuthorizationService authorizations;
  @Autowired IdentityService identity;
  @Autowired Cases cases;
  @Autowired Rest rest;

  @AfterEach
  void teacherIsStaffAgain() {
    identity.deleteMembership("teacher", "headteacher");
    identity.deleteMembership("teacher", "dsl");
  }

  @Test
  void the_nightly_check_turns_a_planted_group_grant_on_the_subjects_case_into_grants_by_name() {
    String pathId = subjectInHeadteacherCase();
    // an administrator grants the head teachers the path in Admin, around the application
    write(null, "headteacher", Authorization.AUTH_TYPE_GRANT, Resources.PROCESS_INSTANCE, pathId, null);
    assertThat(reads("teacher", pathId)).as("the planted grant lets the subject in").isTrue();

    assertThat(check.check()).isEqualTo(1);

    assertThat(reads("teacher", pathId)).isFalse();
    assertThat(reads("head", pathId)).isTrue();
    assertThat(authorizations.createAuthorizationQuery().groupIdIn("headteacher").resourceId(pathId).count()).isZero();
    assertThat(check.check()).as("nothing left to fix").isZero();
  }

  @Test
  void the_start_up_turns_an_earlier_versions_refusals_of_the_subject_into_grants_by_name() {
    String pathId = subjectInHeadteacherCase();
    String caseId = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pathId)
        .singleResult().getRootProcessInstanceId();
    // as an earlier version left it: the group granted, the subject refused
    write(null, "headteacher", Authorization.AUTH_TYPE_GRANT, Resources.HISTORIC_PROCESS_INSTANCE, pathId, caseId);
    write("teacher", null, Authorization.AUTH_TYPE_REVOKE, Resources.HISTORIC_PROCESS_INSTANCE, pathId, caseId);

    assertThat(check.convertRefusals()).isEqualTo(1);

    assertThat(authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).count())
        .isZero();
    assertThat(authorizations.createAuthorizationQuery().groupIdIn("headteacher").resourceId(pathId).count()).isZero();
    assertThat(rest.list("teacher", "/engine-rest/history/process-instance?processInstanceId=" + pathId).getBody())
        .isEmpty();
    assertThat(rest.list("head", "/engine-rest/history/process-instance?processInstanceId=" + pathId).getBody())
        .hasSize(1);
  }

  @Test
  void the_start_up_stops_at_a_refusal_a_person_saved_and_says_what_to_do() {
    String id = write("teacher", null, Authorization.AUTH_TYPE_REVOKE, Resources.PROCESS_DEFINITION, "*", null);
    try {
      assertThatThrownBy(check::convertRefusals).hasMessageContaining("1 refusals (REVOKE authorizations)")
          .hasMessageContaining("Remove them").hasMessageContaining(id);
    } finally {
      EngineCommands.inCommand(engine, () -> {
        Context.getCommandContext().getDbEntityManager()
            .delete(Context.getCommandContext().getDbEntityManager().selectById(AuthorizationEntity.class, id));
        return null;
      });
    }
  }

  @Test
  void a_group_read_member_by_member_that_stops_reading_takes_its_members_grants_with_it() {
    // the member of staff the case is about is a DSL too: the DSLs read the case by name, the subject not
    identity.createMembership("teacher", "dsl");
    String caseId = cases.reportAndRoute(report("perpetratorType", "STAFF", "subjectUserId", "teacher")).getId();
    assertThat(perMemberGroups(caseId)).contains("dsl");
    assertThat(reads("dsl", caseId)).isTrue();
    assertThat(reads("teacher", caseId)).isFalse();

    EngineCommands.inCommand(engine, () -> {
      MemberGrants.withdraw("dsl", Resources.PROCESS_INSTANCE, caseId);
      return null;
    });

    assertThat(reads("dsl", caseId)).as("the DSL's grant stood for the group alone").isFalse();
    assertThat(reads("teacher", caseId)).isFalse();
    assertThat(perMemberGroups(caseId)).doesNotContain("dsl");
  }

  /** A staff case about a member of staff who is in the head teachers' group: the path's id. */
  private String subjectInHeadteacherCase() {
    identity.createMembership("teacher", "headteacher");
    String caseId = cases.reportAndRoute(report("perpetratorType", "STAFF", "subjectUserId", "teacher")).getId();
    cases.triage(caseId);
    return cases.path(caseId, "staff-disciplinary");
  }

  /** A row written straight into the table, past the application's rules, as old data or another tool would. */
  private String write(String user, String group, int type, Resource resource, String resourceId, String caseId) {
    return EngineCommands.inCommand(engine, () -> {
      AuthorizationEntity row = new AuthorizationEntity(type);
      row.setUserId(user);
      row.setGroupId(group);
      row.setResource(resource);
      row.setResourceId(resourceId);
      if (type == Authorization.AUTH_TYPE_GRANT) {
        row.addPermission(Permissions.READ);
      }
      row.setRootProcessInstanceId(caseId);
      Context.getCommandContext().getAuthorizationManager().insert(row);
      return row.getId();
    });
  }

  private boolean reads(String user, String instanceId) {
    var answer = rest.get(user, "/engine-rest/process-instance/" + instanceId + "/variables");
    return answer.getStatusCode() == HttpStatus.OK;
  }

  /** Which groups read the running instance member by member. */
  private java.util.List<String> perMemberGroups(String instanceId) {
    return EngineCommands.inCommand(engine,
        () -> MemberGrants.perMemberGroups(Resources.PROCESS_INSTANCE, instanceId));
  }
}
