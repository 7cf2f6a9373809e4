package uk.shine.socialmedia.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.Cases.report;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Rest;

/**
 * People's accounts: wrong passwords slow the caller who sends them, not the account's owner
 * (LoginThrottle, a 3-second lock in the test profile); the administrator unlocks; a person checks only
 * their own password, changes their own password but not their name or e-mail address, and cannot
 * delete their account; only someone who can work on a task comments on it, briefly. Callers at
 * different addresses are played with X-Forwarded-For.
 */
@CaseEngineTest
class PeopleAndAccountsOverHttpTest {

  private static final String TOO_MANY = "Too many wrong passwords for this account from here";

  @Autowired Rest rest;
  @Autowired Cases cases;
  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired ProcessEngine engine;
  @Value("${socialmedia.demo-users.password}") String password;

  private ResponseEntity<String> basic(String address, String user, String secret, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, secret);
    headers.set("X-Forwarded-For", address);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  /** The webapps' login form, sent as Tasklist sends it (session cookie and CSRF token from the page first). */
  private ResponseEntity<String> webappLogin(String address, String user, String secret) {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set("X-Forwarded-For", address);
    headers.set("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
    page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).forEach(cookie -> headers.add(HttpHeaders.COOKIE,
        cookie.split(";", 2)[0]));
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", secret);
    return http.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>(form, headers), String.class);
  }

  private static void assertThrottled(ResponseEntity<String> refused) {
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(Long.parseLong(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 3L);
    assertThat(refused.getBody()).contains(TOO_MANY);
  }

  @Test
  void an_attackers_wrong_passwords_slow_the_attacker_and_never_lock_the_person_out() throws InterruptedException {
    String attacker = "203.0.113.9";
    for (int attempt = 1; attempt <= 10; attempt++) {
      ResponseEntity<String> answer = basic(attacker, "dsl", "guess" + attempt, "/engine-rest/task");
      if (attempt <= 5) {
        assertThat(answer.getStatusCode()).as("attempt %d", attempt).isEqualTo(HttpStatus.UNAUTHORIZED);
      } else {
        assertThrottled(answer);
      }
    }

    assertThat(basic("198.51.100.7", "dsl", password, "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> sameAddress = basic(attacker, "dsl", password, "/engine-rest/task");
    assertThrottled(sameAddress);
    Thread.sleep(Long.parseLong(sameAddress.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)) * 1000 + 200);
    assertThat(basic(attacker, "dsl", password, "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(identity.createUserQuery().userId("dsl").count()).isOne();
  }

  @Test
  void the_webapps_login_and_the_applications_own_pages_are_throttled_alike() {
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(webappLogin("203.0.113.10", "head", "guess").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(basic("203.0.113.11", "governor", "guess", "/audit/api/cases").getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    assertThrottled(webappLogin("203.0.113.10", "head", password));
    assertThrottled(basic("203.0.113.11", "governor", password, "/audit/api/cases"));

    assertThat(webappLogin("198.51.100.8", "head", password).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(basic("198.51.100.8", "governor", password, "/audit/api/cases").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void the_administrator_unlocks_a_locked_account() {
    // a lock the engine set before its lock-out was switched off, and the application's own throttle
    lockInTheEngine("teacher");
    for (int attempt = 1; attempt <= 5; attempt++) {
      basic("203.0.113.12", "teacher", "guess", "/engine-rest/task");
    }
    assertThat(basic("198.51.100.9", "teacher", password, "/engine-rest/task").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThrottled(basic("203.0.113.12", "teacher", password, "/engine-rest/task"));

    ResponseEntity<String> notAdmin = rest.post("head", "/engine-rest/user/teacher/unlock", Map.of());
    assertThat(notAdmin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(notAdmin.getBody()).contains("Accounts are unlocked by the administrator");
    assertThat(basic("198.51.100.9", "teacher", password, "/engine-rest/task").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    assertThat(rest.post("admin", "/engine-rest/user/teacher/unlock", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(basic("198.51.100.9", "teacher", password, "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(basic("203.0.113.12", "teacher", password, "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void verify_checks_only_the_callers_own_password() {
    ResponseEntity<String> someoneElse = rest.post("teacher", "/engine-rest/identity/verify",
        Map.of("username", "dsl", "password", password));
    ResponseEntity<String> own = rest.post("teacher", "/engine-rest/identity/verify",
        Map.of("username", "teacher", "password", password));

    assertThat(someoneElse.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(someoneElse.getBody()).contains("You can check only your own password").doesNotContain("authenticated");
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(own.getBody()).contains("\"authenticated\":true");
  }

  @Test
  void people_cannot_delete_their_own_account_or_change_their_name_or_email() {
    ResponseEntity<String> delete = http.exchange("/engine-rest/user/teacher", HttpMethod.DELETE,
        new HttpEntity<>(headers("teacher")), String.class);
    ResponseEntity<String> email = rest.put("teacher", "/engine-rest/user/teacher/profile",
        profile("teacher", "Terry", "Teacher", "terry@elsewhere.example"));
    ResponseEntity<String> name = rest.put("teacher", "/engine-rest/user/teacher/profile",
        profile("teacher", "Head", "Teacher", "teacher@villiers-primary.example"));
    ResponseEntity<String> id = rest.put("teacher", "/engine-rest/user/teacher/profile",
        profile("teacher3", "Terry", "Teacher", "teacher@villiers-primary.example"));

    assertThat(delete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(delete.getBody()).contains("Accounts are removed by the administrator");
    for (ResponseEntity<String> refused : List.of(email, name, id)) {
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody()).contains("Names and e-mail addresses are changed by the administrator");
    }
    User teacher = identity.createUserQuery().userId("teacher").singleResult();
    assertThat(teacher.getEmail()).isEqualTo("teacher@villiers-primary.example");
    assertThat(teacher.getFirstName()).isEqualTo("Terry");
    assertThat(identity.createUserQuery().userId("teacher3").count()).isZero();
  }

  @Test
  void people_change_their_own_password_and_the_administrator_changes_anything() {
    try {
      assertThat(rest.put("teacher", "/engine-rest/user/teacher/credentials",
          Map.of("password", "Changed-by-Terry-2026!", "authenticatedUserPassword", password)).getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(basic("198.51.100.10", "teacher", "Changed-by-Terry-2026!", "/engine-rest/task").getStatusCode())
          .isEqualTo(HttpStatus.OK);

      assertThat(rest.put("admin", "/engine-rest/user/teacher/profile",
          profile("teacher", "Terry", "Teacher", "terry.teacher@villiers-primary.example")).getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(rest.put("admin", "/engine-rest/user/teacher/credentials",
          Map.of("password", "Reset-by-Alex-2026!", "authenticatedUserPassword", password)).getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(identity.createUserQuery().userId("teacher").singleResult().getEmail())
          .isEqualTo("terry.teacher@villiers-primary.example");
      assertThat(identity.checkPassword("teacher", "Reset-by-Alex-2026!")).isTrue();
    } finally {
      User teacher = identity.createUserQuery().userId("teacher").singleResult();
      teacher.setEmail("teacher@villiers-primary.example");
      teacher.setPassword(password);
      identity.saveUser(teacher);
    }
  }

  @Test
  void only_someone_who_can_work_on_a_task_comments_on_it_and_briefly() {
    String caseId = cases.reportAndRoute(report("perpetratorType", "STAFF")).getId();
    cases.triage(caseId);
    String staffPath = cases.path(caseId, "staff-disciplinary");
    String task = cases.task(staffPath, "screen-harm-threshold").getId();
    String comments = "/engine-rest/task/" + task + "/comment/create";
    assertThat(rest.get("dsl", "/engine-rest/process-instance/" + staffPath).getStatusCode())
        .as("the DSL reads the staff path").isEqualTo(HttpStatus.OK);

    ResponseEntity<String> reader = rest.post("dsl", comments, Map.of("message", "Reading along"));
    ResponseEntity<String> otherCase = rest.post("head", comments, Map.of("message", "Elsewhere", "processInstanceId", caseId));
    ResponseEntity<String> tooLong = rest.post("head", comments, Map.of("message", "x".repeat(2001)));
    ResponseEntity<String> worker = rest.post("head", comments, Map.of("message", "Spoke to the member of staff"));

    assertThat(reader.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(reader.getBody()).contains("Only the people who can work on this task can comment on it");
    assertThat(otherCase.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooLong.getBody()).contains("A comment can be at most 2000 characters");
    assertThat(worker.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasks.getTaskComments(task)).extracting(comment -> comment.getFullMessage())
        .containsExactly("Spoke to the member of staff");
    assertThat(tasks.getProcessInstanceComments(caseId)).isEmpty();
  }

  private HttpHeaders headers(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, password);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return headers;
  }

  private static Map<String, Object> profile(String id, String firstName, String lastName, String email) {
    return Map.of("id", id, "firstName", firstName, "lastName", lastName, "email", email);
  }

  private void lockInTheEngine(String userId) {
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired().execute(context -> {
      UserEntity user = context.getDbEntityManager().selectById(UserEntity.class, userId);
      context.getIdentityInfoManager().updateUserLock(user, 10, new Date(System.currentTimeMillis() + 3_600_000));
      return null;
    });
  }
}
