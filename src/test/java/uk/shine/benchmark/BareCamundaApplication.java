package uk.shine.benchmark;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The baseline application: the same Camunda starters (engine, REST, webapps) with nothing of the
 * project, no authentication filter, no plugins, authorizations off, serving the bare models. It
 * lives outside uk.shine.socialmedia so that the application's component scan never finds it, and
 * it scans nothing itself.
 * <p>Spring Security is on the shared classpath (the application's sign-in through an identity
 * provider), and auto-configured it would put HTTP Basic with a generated password in front of every
 * call, so that each of the bare side's anonymous calls got 401: left out here, as the application's
 * own configuration leaves it out unless sign-in is configured.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = {SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
    UserDetailsServiceAutoConfiguration.class, OAuth2ClientAutoConfiguration.class,
    OAuth2ResourceServerAutoConfiguration.class})
public class BareCamundaApplication {

  @Bean
  public BareChoosePaths choosePaths() {
    return new BareChoosePaths();
  }
}
