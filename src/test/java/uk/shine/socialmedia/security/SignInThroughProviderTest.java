package uk.shine.socialmedia.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.shine.socialmedia.support.Rest;
import uk.shine.socialmedia.support.TestMailServer;

/**
 * Signing in through a real OpenID Connect provider, started before the application: the mapping of its
 * claims to the person's record, groups and school, a group removed at the provider, its bearer tokens on
 * /engine-rest (forged and expired ones refused), sign-out, the administrator ending a person's sessions,
 * and local passwords refused for everyone but the break-glass administrator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({Rest.class, TestMailServer.class})
@Tag("own-jvm") // its own engine, with the provider configured
class SignInThroughProviderTest {

  static final String ISSUER = "trust";
  static final String CLIENT = "social-media-cases";
  static final MockOAuth2Server PROVIDER = new MockOAuth2Server();
  // an Entra group's object id, renamed to a group here by the trust's mapping
  static final String ENTRA_SLT = "4a1c2b9e-slt";

  static {
    PROVIDER.start();
  }

  @DynamicPropertySource
  static void provider(DynamicPropertyRegistry properties) {
    properties.add("socialmedia.sign-in.issuer-uri", () -> PROVIDER.issuerUrl(ISSUER).toString());
    properties.add("socialmedia.sign-in.client-id", () -> CLIENT);
    properties.add("socialmedia.sign-in.client-secret", () -> "not-a-real-secret");
    properties.add("socialmedia.sign-in.group-names[" + ENTRA_SLT + "]", () -> "slt");
  }

  @AfterAll
  static void stopProvider() {
    PROVIDER.shutdown();
  }

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired Rest rest;
  @Value("${socialmedia.demo-users.password}") String demoPassword;

  @BeforeEach
  void schools() {
    // the trust's schools, unless the demo trust is already seeded
    for (String school : List.of("villiers", "elmfield")) {
      if (identity.createTenantQuery().tenantId(school).count() == 0) {
        identity.saveTenant(identity.newTenant(school));
      }
    }
  }

  @Test
  void a_first_sign_in_creates_the_person_with_their_email_groups_and_school_and_lands_in_tasklist() {
    SchoolAccountBrowser browser = signIn("jbloggs", List.of("dsl", "staff", ENTRA_SLT, "no-such-group"),
        List.of("villiers", "no-such-school"));

    assertThat(browser.visited()).anyMatch(address -> address.startsWith(PROVIDER.issuerUrl(ISSUER).toString()))
        .last().asString().endsWith("/camunda/app/tasklist/default/");
    User user = identity.createUserQuery().userId("jbloggs").singleResult();
    assertThat(user.getEmail()).isEqualTo("jbloggs@villiers.example");
    assertThat(user.getFirstName()).isEqualTo("Jo");
    assertThat(user.getLastName()).isEqualTo("Bloggs");
    assertThat(groupsOf("jbloggs")).containsExactlyInAnyOrder("dsl", "staff", "slt");
    assertThat(schoolsOf("jbloggs")).containsExactly("villiers");
    // one sign-in covers the webapps and the application's pages
    HttpResponse<String> tasklist = browser.open("/camunda/api/admin/auth/user/default");
    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(tasklist.body()).contains("\"userId\":\"jbloggs\"").contains("tasklist").contains("cockpit");
    assertThat(browser.open("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    assertThat(browser.open("/mailbox").statusCode()).isNotEqualTo(401);
  }

  @Test
  void a_group_or_school_removed_at_the_provider_is_gone_at_the_next_sign_in() {
    signIn("rremoved", List.of("dsl", "staff"), List.of("villiers", "elmfield"));
    assertThat(groupsOf("rremoved")).containsExactlyInAnyOrder("dsl", "staff");

    SchoolAccountBrowser again = signIn("rremoved", List.of("staff"), List.of("elmfield"));

    assertThat(groupsOf("rremoved")).containsExactly("staff");
    assertThat(schoolsOf("rremoved")).containsExactly("elmfield");
    String tasklist = again.open("/camunda/api/admin/auth/user/default").body();
    // staff alone work in Tasklist, not Cockpit
    assertThat(tasklist).contains("tasklist").doesNotContain("cockpit");
  }

  @Test
  void signing_out_ends_the_session_for_the_webapps_and_the_pages() {
    SchoolAccountBrowser browser = signIn("ssignout", List.of("dsl", "staff"), List.of());
    assertThat(browser.open("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);

    HttpResponse<String> signedOut = browser.post("/sign-out", "");

    assertThat(signedOut.statusCode()).isEqualTo(303);
    assertThat(browser.open("/camunda/api/admin/auth/user/default").statusCode()).isIn(401, 404);
    HttpResponse<String> tasklist = browser.open("/camunda/app/tasklist/default/");
    assertThat(browser.visited()).last().asString().endsWith("/sign-in");
    assertThat(tasklist.body()).contains("Sign in with your school account");
  }

  @Test
  void signing_out_of_tasklist_ends_the_whole_session() {
    SchoolAccountBrowser browser = signIn("tsignout", List.of("dsl", "staff"), List.of());
    browser.open("/camunda/api/admin/auth/user/default");

    HttpResponse<String> signedOut = browser.post("/camunda/api/admin/auth/user/default/logout", null);

    assertThat(signedOut.statusCode()).isEqualTo(200);
    assertThat(browser.open("/camunda/api/admin/auth/user/default").statusCode()).isIn(401, 404);
  }

  @Test
  void the_administrator_ends_every_session_of_a_person_at_once() {
    SchoolAccountBrowser laptop = signIn("ddismissed", List.of("staff"), List.of());
    SchoolAccountBrowser phone = signIn("ddismissed", List.of("staff"), List.of());

    HttpResponse<String> refused = laptop.post("/people/ddismissed/sign-out", null);
    assertThat(refused.statusCode()).isEqualTo(403);
    var ended = rest.post("admin", "/people/ddismissed/sign-out", null);

    assertThat(ended.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ended.getBody()).contains("\"endedSessions\":2");
    assertThat(laptop.open("/camunda/api/admin/auth/user/default").statusCode()).isIn(401, 404);
    assertThat(phone.open("/camunda/api/admin/auth/user/default").statusCode()).isIn(401, 404);
  }

  @Test
  void a_bearer_token_from_the_provider_is_accepted_on_engine_rest_in_the_persons_groups() {
    String dsl = token("bdsl", List.of("dsl", "staff"), 3600).serialize();
    String staff = token("bstaff", List.of("staff"), 3600).serialize();

    HttpResponse<String> asDsl = bearer(dsl, "/engine-rest/authorization/check?permissionName=ACCESS&resourceName=Application"
        + "&resourceType=0&resourceId=cockpit");
    HttpResponse<String> asStaff = bearer(staff, "/engine-rest/authorization/check?permissionName=ACCESS"
        + "&resourceName=Application&resourceType=0&resourceId=cockpit");

    assertThat(asDsl.statusCode()).isEqualTo(200);
    assertThat(asDsl.body()).contains("\"authorized\":true");
    assertThat(asStaff.statusCode()).isEqualTo(200);
    assertThat(asStaff.body()).contains("\"authorized\":false");
  }

  @Test
  void a_forged_or_expired_token_is_refused_on_engine_rest() {
    String[] parts = token("forger", List.of("staff"), 3600).serialize().split("\\.");
    // the same token, claiming the DSL's group, with the provider's signature of the original
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
        .replace("\"staff\"", "\"dsl\"");
    String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8))
        + "." + parts[2];
    String expired = token("late", List.of("dsl"), -3600).serialize();

    for (String refused : List.of(forged, expired, "not-a-token")) {
      HttpResponse<String> answer = bearer(refused, "/engine-rest/task/count");
      assertThat(answer.statusCode()).isEqualTo(401);
      assertThat(answer.body()).doesNotContain("\"count\"").contains("bearer token was not accepted");
    }
  }

  @Test
  void a_local_password_is_refused_for_a_demo_user_with_a_plain_reason() {
    var basic = rest.get("head", "/engine-rest/task/count");
    assertThat(basic.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(basic.getBody()).contains("signs in with its own accounts");

    SchoolAccountBrowser browser = new SchoolAccountBrowser(base());
    HttpResponse<String> page = browser.post("/sign-in", "username=head&password=" + demoPassword);
    assertThat(page.statusCode()).isEqualTo(401);
    assertThat(page.body()).contains("This school signs in with its own accounts");

    // the webapps' CSRF token, as their login page gets it
    browser.open("/camunda/api/engine/engine/");
    HttpResponse<String> webapp = browser.post("/camunda/api/admin/auth/user/default/login/tasklist",
        "username=head&password=" + demoPassword);
    assertThat(webapp.statusCode()).isEqualTo(401);
    assertThat(webapp.body()).contains("signs in with its own accounts");
  }

  @Test
  void the_break_glass_administrator_still_signs_in_with_a_password() {
    assertThat(rest.get("admin", "/engine-rest/user/count").getStatusCode()).isEqualTo(HttpStatus.OK);

    SchoolAccountBrowser browser = new SchoolAccountBrowser(base());
    HttpResponse<String> page = browser.post("/sign-in", "username=admin&password=" + demoPassword);
    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(browser.open("/camunda/api/admin/auth/user/default").body()).contains("\"userId\":\"admin\"");
  }

  @Test
  void an_account_without_a_usable_user_name_is_told_why_and_not_signed_in() {
    PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "nameless", "JWT", null,
        Map.of("preferred_username", "jo.bloggs@villiers.example", "groups", List.of("staff")), 3600));
    SchoolAccountBrowser browser = new SchoolAccountBrowser(base());

    HttpResponse<String> page = browser.open("/oauth2/authorization/school");

    assertThat(browser.visited()).last().asString().endsWith("/sign-in");
    assertThat(page.body()).contains("only letters and digits are allowed");
    assertThat(identity.createUserQuery().userId("jo.bloggs@villiers.example").count()).isZero();
    assertThat(browser.open("/camunda/api/admin/auth/user/default").statusCode()).isIn(401, 404);
  }

  private SchoolAccountBrowser signIn(String userId, List<String> groups, List<String> schools) {
    PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, userId + "-subject", "JWT", null,
        claims(userId, groups, schools), 3600));
    SchoolAccountBrowser browser = new SchoolAccountBrowser(base());
    HttpResponse<String> landed = browser.open("/sign-in");
    assertThat(landed.body()).contains("Sign in with your school account");
    browser.open("/oauth2/authorization/school");
    return browser;
  }

  private SignedJWT token(String userId, List<String> groups, long expirySeconds) {
    return PROVIDER.issueToken(ISSUER, CLIENT, new DefaultOAuth2TokenCallback(ISSUER, userId + "-subject", "JWT",
        List.of(CLIENT), claims(userId, groups, List.of()), expirySeconds));
  }

  private static Map<String, Object> claims(String userId, List<String> groups, List<String> schools) {
    return Map.of("preferred_username", userId, "email", userId + "@villiers.example", "given_name", "Jo",
        "family_name", "Bloggs", "groups", groups, "schools", schools);
  }

  private HttpResponse<String> bearer(String token, String path) {
    try {
      return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
          java.net.URI.create(base() + path)).header("Authorization", "Bearer " + token).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  private List<String> schoolsOf(String userId) {
    return identity.createTenantQuery().userMember(userId).list().stream().map(Tenant::getId).toList();
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
