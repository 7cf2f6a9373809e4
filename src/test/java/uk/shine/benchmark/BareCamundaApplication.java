package uk.shine.benchmark;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The baseline application: the same Camunda starters (engine, REST, webapps) with nothing of the
 * project, no authentication filter, no plugins, authorizations off, serving the bare models. It
 * lives outside uk.shine.socialmedia so that the application's component scan never finds it, and
 * it scans nothing itself.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BareCamundaApplication {

  @Bean
  public BareChoosePaths choosePaths() {
    return new BareChoosePaths();
  }
}
