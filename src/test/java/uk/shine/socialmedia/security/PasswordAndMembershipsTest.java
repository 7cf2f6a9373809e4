package uk.shine.socialmedia.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpServletRequest;
import uk.shine.socialmedia.support.CaseEngineTest;

/**
 * The REST API's password check hands Camunda's filter the person's groups and schools, read in the
 * same engine command, exactly as the engine's own queries give them and fresh on every call.
 */
@CaseEngineTest
class PasswordAndMembershipsTest {

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  @Value("${socialmedia.demo-users.password}") String password;

  private final PasswordAndMemberships provider = new PasswordAndMemberships();

  @ParameterizedTest
  @ValueSource(strings = {"head", "dsl", "slt", "hr", "teacher", "teacher2", "governor", "dpo"})
  void the_groups_and_schools_are_those_the_engine_itself_would_look_up(String user) {
    AuthenticationResult result = login(user, password);

    assertThat(result.isAuthenticated()).isTrue();
    assertThat(result.getAuthenticatedUser()).isEqualTo(user);
    assertThat(result.getGroups()).as("groups, so the filter need not look them up").isNotNull()
        .isEqualTo(identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
    // schools of the person and, for trust-wide groups, of their groups
    assertThat(result.getTenants()).as("schools").isNotNull().isNotEmpty()
        .isEqualTo(identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
            .map(Tenant::getId).toList());
  }

  @Test
  void a_wrong_password_or_no_credentials_authenticate_nobody() {
    AuthenticationResult wrong = login("chair", password + "x");
    assertThat(wrong.isAuthenticated()).isFalse();
    assertThat(wrong.getGroups()).isNull();
    assertThat(provider.extractAuthenticatedUser(new MockHttpServletRequest("GET", "/engine-rest/task"), engine)
        .isAuthenticated()).isFalse();
    // and the next call on the same thread starts afresh
    assertThat(login("chair", password).getGroups()).isNotNull();
  }

  @Test
  void a_membership_changed_between_two_calls_shows_in_the_second() {
    try {
      identity.createMembership("teacher", "headteacher");
      assertThat(login("teacher", password).getGroups()).contains("headteacher");
      identity.deleteMembership("teacher", "headteacher");
      assertThat(login("teacher", password).getGroups()).doesNotContain("headteacher");
    } finally {
      identity.deleteMembership("teacher", "headteacher");
    }
  }

  private AuthenticationResult login(String user, String secret) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
    request.addHeader("Authorization",
        "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8)));
    return provider.extractAuthenticatedUser(request, engine);
  }
}
