package uk.shine.socialmedia.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.TestMailServer;
import uk.shine.socialmedia.support.Walkthrough;

/**
 * Signing in with the school's own account in a real browser (Debian's headless Chromium, driven by
 * {@code tools/sign-in-walkthrough.mjs}) against a real OpenID Connect provider with a login form, started
 * before the application: Tasklist sends a newcomer to the sign-in page, the provider's login page, Tasklist
 * with the person's name, the demo mailbox without a second sign-in, and signing out. Screenshots of each
 * step are kept in {@code target/browser-screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({Cases.class, TestMailServer.class})
@Tag("own-jvm") // its own engine, with the provider configured
class SignInInBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
  // a login form at the provider, as a school's Microsoft or Google sign-in page would be
  private static final MockOAuth2Server PROVIDER = new MockOAuth2Server(
      new OAuth2Config(true));

  static {
    PROVIDER.start();
  }

  @DynamicPropertySource
  static void provider(DynamicPropertyRegistry properties) {
    properties.add("socialmedia.sign-in.issuer-uri", () -> PROVIDER.issuerUrl("trust").toString());
    properties.add("socialmedia.sign-in.client-id", () -> "social-media-cases");
    properties.add("socialmedia.sign-in.client-secret", () -> "not-a-real-secret");
  }

  @AfterAll
  static void stopProvider() {
    PROVIDER.shutdown();
  }

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired IdentityService identity;

  @Test
  void a_member_of_staff_signs_in_with_the_school_account_lands_in_tasklist_and_signs_out() throws Exception {
    assertThat(new File(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
        .as("Debian's chromium (.ci/run installs it)").exists();
    String claims = "{\"preferred_username\": \"jbloggs\", \"email\": \"jbloggs@villiers.example\", "
        + "\"given_name\": \"Jo\", \"family_name\": \"Bloggs\", \"groups\": [\"dsl\", \"staff\"]}";

    Walkthrough.Result walk = Walkthrough.run(cases, Duration.ofMinutes(3), "sign-in-walkthrough.mjs",
        "http://localhost:" + port, SCREENSHOTS.toString(), "jo.bloggs", claims);
    String output = walk.output();

    assertThat(walk.finished()).as("the walkthrough ended in time:%n%s", output).isTrue();
    assertThat(walk.exitValue()).as("the walkthrough:%n%s", output).isZero();
    assertThat(output).contains("tasklist sent a newcomer to: /sign-in", "the provider's login page: true",
        "landed in tasklist as: Jo Bloggs", "mailbox without a second sign-in: 200 /mailbox",
        "after signing out tasklist sends to: /sign-in");
    assertThat(identity.createUserQuery().userId("jbloggs").singleResult().getEmail()).isEqualTo("jbloggs@villiers.example");
    assertThat(identity.createGroupQuery().groupMember("jbloggs").list()).extracting(Group::getId)
        .containsExactlyInAnyOrder("dsl", "staff");
    for (String shot : new String[] {"41-sign-in-with-school-account", "42-identity-provider-login",
        "43-tasklist-after-school-sign-in", "44-signed-out"}) {
      assertThat(SCREENSHOTS.resolve(shot + ".png")).exists();
    }
  }
}
