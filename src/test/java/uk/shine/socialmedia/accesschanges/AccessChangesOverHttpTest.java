package uk.shine.socialmedia.accesschanges;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Mailboxes;
import uk.shine.socialmedia.support.Rest;

/**
 * The administrator may still give itself access to cases (Camunda's design), but never unseen: over
 * real HTTP as {@code admin}, each change is logged and the DSL and the data protection lead are told.
 */
@CaseEngineTest
class AccessChangesOverHttpTest {

  private static final String SUMMARY = Cases.report().get("summary").toString();

  @Autowired Rest rest;
  @Autowired Cases cases;
  @Autowired Mailboxes mailboxes;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired TestRestTemplate anonymous;
  @Value("${socialmedia.demo-users.password}") String password;

  @AfterEach
  void undoTheAdministratorsAccess() {
    identity.deleteMembership("admin", "dsl");
    authorizations.createAuthorizationQuery().userIdIn("admin").list()
        .forEach(authorization -> authorizations.deleteAuthorization(authorization.getId()));
  }

  @Test
  void the_administrator_joining_the_dsl_group_is_logged_and_the_dsl_and_dpo_are_told() {
    Map<String, Integer> before = mailCounts();

    ResponseEntity<String> joined = rest.put("admin", "/engine-rest/group/dsl/members/admin", null);
    cases.runJobs();

    assertThat(joined.getStatusCode().is2xxSuccessful()).as(joined.toString()).isTrue();
    assertThat(identity.createUserQuery().memberOfGroup("dsl").userId("admin").count()).as("still possible").isOne();
    for (String told : List.of("dsl", "dpo")) {
      List<String> alerts = newMessages(told, before);
      assertThat(alerts).as(told).singleElement().asString()
          .startsWith("Access alert: admin joined the case group dsl").contains("Who:       admin", "/access-changes");
    }
    assertThat(newMessages("admin", before)).as("the administrator knows what they did").isEmpty();
    assertThat(newMessages("head", before)).isEmpty();
    ResponseEntity<String> log = rest.get("dpo", "/access-changes");
    assertThat(log.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(log.getBody()).contains("<td>admin</td><td>joined the case group dsl</td>");
  }

  @Test
  void the_administrator_granting_itself_a_case_is_logged_and_the_dsl_and_dpo_are_told_without_its_content() {
    var concern = cases.reportAndRoute(Cases.report("perpetratorType", "PARENT"));
    assertThat(rest.get("admin", "/engine-rest/process-instance/" + concern.getId() + "/variables").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    Map<String, Integer> before = mailCounts();

    Map<String, Object> grant = new HashMap<>();
    grant.put("type", 1);
    grant.put("permissions", List.of("READ"));
    grant.put("userId", "admin");
    grant.put("groupId", null);
    grant.put("resourceType", 8);
    grant.put("resourceId", concern.getId());
    ResponseEntity<String> granted = rest.post("admin", "/engine-rest/authorization/create", grant);
    cases.runJobs();

    assertThat(granted.getStatusCode()).as(granted.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(rest.get("admin", "/engine-rest/process-instance/" + concern.getId() + "/variables").getStatusCode())
        .as("still possible").isEqualTo(HttpStatus.OK);
    for (String told : List.of("dsl", "dpo")) {
      assertThat(newMessages(told, before)).as(told).singleElement().asString()
          .startsWith("Access alert: admin gave user admin READ on one process instance")
          .contains("Case:      " + concern.getBusinessKey())
          .doesNotContain(SUMMARY, "Terry Teacher", "Facebook", "facebook.example", "PARENT");
    }
    assertThat(rest.get("dsl", "/access-changes").getBody())
        .contains("gave user admin READ on one process instance", concern.getBusinessKey());
  }

  @Test
  void changing_or_removing_a_grant_on_a_case_is_logged_and_told_too() throws Exception {
    var concern = cases.reportAndRoute(Cases.report("perpetratorType", "PARENT"));
    String triage = cases.task(concern.getId(), "triage").getId();
    String grantId = new ObjectMapper().readTree(rest.post("admin", "/engine-rest/authorization/create", Map.of("type", 1,
        "permissions", List.of("READ"), "userId", "admin", "resourceType", 7, "resourceId", triage)).getBody())
        .get("id").asText();
    cases.runJobs();
    Map<String, Integer> before = mailCounts();

    ResponseEntity<String> changed = rest.put("admin", "/engine-rest/authorization/" + grantId, Map.of("permissions",
        List.of("READ", "TASK_WORK"), "userId", "admin", "resourceType", 7, "resourceId", triage));
    ResponseEntity<String> removed = rest.delete("admin", "/engine-rest/authorization/" + grantId);
    cases.runJobs();

    assertThat(changed.getStatusCode()).as(changed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(removed.getStatusCode()).as(removed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(newMessages("dsl", before)).hasSize(2).allSatisfy(alert -> assertThat(alert)
        .contains("Case:      " + concern.getBusinessKey()).doesNotContain(SUMMARY));
    assertThat(newMessages("dpo", before)).extracting(alert -> alert.lines().findFirst().orElseThrow()).containsExactly(
        "Access alert: admin changed the access of user admin on one task to: given READ, TASK_WORK",
        "Access alert: admin removed the grant of READ, TASK_WORK on one task for user admin");
  }

  @Test
  void the_administrator_setting_a_new_password_for_the_dsl_is_logged_and_told() {
    Map<String, Integer> before = mailCounts();
    try {
      ResponseEntity<String> reset = rest.put("admin", "/engine-rest/user/dsl/credentials",
          Map.of("password", "Another-Pass-123", "authenticatedUserPassword", password));
      cases.runJobs();

      assertThat(reset.getStatusCode()).as(reset.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(identity.checkPassword("dsl", "Another-Pass-123")).as("still possible").isTrue();
      assertThat(newMessages("dpo", before)).singleElement().asString()
          .startsWith("Access alert: admin set a new password for dsl, a member of the case group dsl");
      assertThat(newMessages("dsl", before)).hasSize(1);
    } finally {
      User dsl = identity.createUserQuery().userId("dsl").singleResult();
      dsl.setPassword(password);
      identity.saveUser(dsl);
    }
  }

  @Test
  void the_applications_own_grants_other_groups_and_refused_attempts_are_not_access_changes() {
    int entries = entries();
    Map<String, Integer> before = mailCounts();

    cases.reportAndRoute(Cases.report("perpetratorType", "STAFF", "subjectUserId", "teacher2"));
    ResponseEntity<String> staff = rest.put("admin", "/engine-rest/group/staff/members/admin", null);
    ResponseEntity<String> refused = rest.put("teacher", "/engine-rest/group/dsl/members/teacher", null);
    // access is given by grants only: the administrator's refusal is not saved, so it changes nothing
    ResponseEntity<String> revoke = rest.post("admin", "/engine-rest/authorization/create", Map.of("type", 2,
        "permissions", List.of("ALL"), "userId", "teacher2", "resourceType", 8, "resourceId", "*"));
    cases.runJobs();
    identity.deleteMembership("admin", "staff");

    assertThat(staff.getStatusCode().is2xxSuccessful()).isTrue();
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(revoke.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(identity.createUserQuery().memberOfGroup("dsl").userId("teacher").count()).isZero();
    assertThat(entries()).isEqualTo(entries);
    assertThat(newMessages("dpo", before)).isEmpty();
  }

  @Test
  void only_the_dsl_and_the_data_protection_lead_read_the_log() {
    for (String refused : List.of("admin", "head", "teacher", "hr", "governor")) {
      assertThat(rest.get(refused, "/access-changes").getStatusCode()).as(refused).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(anonymous.getForEntity("/access-changes", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.get("dsl", "/access-changes").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private int entries() {
    return jdbc.queryForObject("select count(*) from smc_access_change", Integer.class);
  }

  private Map<String, Integer> mailCounts() {
    Map<String, Integer> counts = new HashMap<>();
    for (String user : List.of("dsl", "dpo", "admin", "head")) {
      counts.put(user, mailboxes.messages(user).size());
    }
    return counts;
  }

  private List<String> newMessages(String user, Map<String, Integer> before) {
    List<String> all = mailboxes.messages(user);
    return all.subList(before.get(user), all.size()).stream().filter(message -> message.startsWith("Access alert")).toList();
  }
}
