package uk.shine.socialmedia.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import uk.shine.socialmedia.support.Rest;
import uk.shine.socialmedia.support.TestMailServer;

/**
 * Production's web settings (profile secure-web, which production includes) on H2: cookies,
 * headers, the CSRF origin check and the password policy, as a browser and an integrator meet them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "PUBLIC_URL=" + SecureWebProfileOverHttpTest.ORIGIN,
    // the password policy applies to the demo users too
    "socialmedia.demo-users.password=Villiers-2026!x"})
@ActiveProfiles({"test", "secure-web"})
@Import({Rest.class, TestMailServer.class}) // its own SMTP port: another build on the machine may hold the default
@Tag("own-jvm") // its own engine: see the surefire configuration in pom.xml
class SecureWebProfileOverHttpTest {

  static final String ORIGIN = "https://cases.villiers.example";

  @Autowired Rest rest;

  @Test
  void session_and_csrf_cookies_are_secure_http_only_and_same_site_strict_set_once() {
    Rest.Browser tasklist = rest.tasklist("head", ORIGIN);

    assertThat(tasklist.setCookies()).filteredOn(cookie -> cookie.startsWith("JSESSIONID=")).isNotEmpty()
        .allSatisfy(cookie -> assertThat(cookie).contains("; Secure").contains("; HttpOnly")
            .containsOnlyOnce("SameSite").contains("SameSite=Strict"));
    assertThat(tasklist.setCookies()).filteredOn(cookie -> cookie.startsWith("XSRF-TOKEN=")).isNotEmpty()
        .allSatisfy(cookie -> assertThat(cookie).contains("Secure").containsOnlyOnce("SameSite").contains("SameSite=Strict"));
  }

  @Test
  void the_webapps_send_hsts_and_their_security_headers() {
    ResponseEntity<String> page = rest.get(null, "/camunda/app/tasklist/default/");

    assertThat(page.getHeaders().getFirst("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
  }

  @Test
  void a_login_from_another_origin_is_refused() {
    assertThatThrownBy(() -> rest.tasklist("head", "https://evil.example"))
        .hasMessageContaining("login failed").hasMessageContaining("403");
  }

  @Test
  void a_weak_password_is_refused_by_the_password_policy() {
    ResponseEntity<String> refused = rest.post("admin", "/engine-rest/user/create", Map.of(
        "profile", Map.of("id", "newteacher", "firstName", "New", "lastName", "Teacher"),
        "credentials", Map.of("password", "teacher123")));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("does not meet the password policy");
  }
}
