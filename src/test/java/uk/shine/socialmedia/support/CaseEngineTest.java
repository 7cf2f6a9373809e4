package uk.shine.socialmedia.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, one in-memory database and one SMTP server shared by the
 * suite, process coverage on, and the engine clock back to real time after each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(EngineClock.class)
@Import({ProcessEngineCoverageConfiguration.class, Cases.class, Rest.class, Mailboxes.class, TestMailServer.class, FailAfterSending.class})
public @interface CaseEngineTest {
}
