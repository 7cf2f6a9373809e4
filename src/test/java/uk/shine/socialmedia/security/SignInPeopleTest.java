package uk.shine.socialmedia.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;

/**
 * The mapping's edges that need no provider: a provider that sends no groups (Google Workspace) leaves the
 * memberships to the administrator, and claims that cannot name a person here sign nobody in.
 */
class SignInPeopleTest {

  private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);

  @Test
  void without_a_groups_or_schools_claim_the_memberships_kept_in_admin_stay_as_they_are() {
    User user = mock(User.class);
    when(identity.createUserQuery().userId("jbloggs").singleResult()).thenReturn(null);
    when(identity.newUser("jbloggs")).thenReturn(user);
    SignInPeople people = people(new SignInProperties.Claims("preferred_username", "email", "given_name", "family_name",
        "", ""));

    SignInPeople.Person person = people.signedIn(Map.of("preferred_username", "jbloggs", "email", "jbloggs@villiers.example",
        "groups", List.of("dsl")));

    assertThat(person.groupIds()).isNull();
    assertThat(person.tenantIds()).isNull();
    verify(user).setEmail("jbloggs@villiers.example");
    verify(identity).saveUser(user);
    verify(identity, never()).createMembership(anyString(), anyString());
    verify(identity, never()).deleteMembership(anyString(), anyString());
    verify(identity, never()).createTenantUserMembership(anyString(), anyString());
    verify(identity, never()).deleteTenantUserMembership(anyString(), anyString());
  }

  @Test
  void a_missing_or_unusable_user_name_and_the_break_glass_administrator_are_refused_in_plain_words() {
    SignInPeople people = people(new SignInProperties.Claims("preferred_username", "email", "given_name", "family_name",
        "groups", "schools"));

    assertThatThrownBy(() -> people.signedIn(Map.of("email", "jo@villiers.example")))
        .hasMessage(SignInPeople.NO_USER_ID);
    assertThatThrownBy(() -> people.signedIn(Map.of("preferred_username", "jo.bloggs@villiers.example")))
        .hasMessage(SignInPeople.BAD_USER_ID);
    assertThatThrownBy(() -> people.signedIn(Map.of("preferred_username", "admin", "groups", List.of("camunda-admin"))))
        .hasMessage(SignInPeople.BREAK_GLASS);
    verify(identity, never()).saveUser(any());
    verify(identity, never()).createMembership(anyString(), anyString());
  }

  private SignInPeople people(SignInProperties.Claims claims) {
    return new SignInPeople(identity, new SignInProperties("http://provider.example/trust", "cases", "secret", "school",
        List.of("openid"), null, claims, Map.of(), Map.of()), new AdminIdentity("admin"));
  }
}
