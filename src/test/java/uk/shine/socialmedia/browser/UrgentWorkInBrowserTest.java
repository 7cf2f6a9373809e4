package uk.shine.socialmedia.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.PathWork;
import uk.shine.socialmedia.support.Walkthrough;

/**
 * The DSL's urgent work in a real browser ({@code tools/urgent-work-walkthrough.mjs}): an imagery report
 * waits beside newer, ordinary safeguarding work; the DSL signs in, lands on their own filter with the
 * imagery steps first, and reads on the task where the device is. Screenshots in
 * {@code target/browser-screenshots} (21-, 22-).
 */
@CaseEngineTest
class UrgentWorkInBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
  private static final String WHERE = "the phone is locked in the Year 9 office drawer";

  @LocalServerPort int port;
  @Value("${socialmedia.demo-users.password}") String password;
  @Autowired Cases cases;

  @Test
  void the_dsl_lands_on_the_urgent_imagery_task_first_and_reads_where_the_device_is() throws Exception {
    assertThat(new File(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
        .as("Debian's chromium (.ci/run installs it)").exists();
    cases.reportAs("teacher", Cases.report("indecentImagery", true, "victimType", "PUPIL", "platform", "Snapchat",
        "reporterName", "Rowan Reporter", "summary", "A Year 9 pupil was shown an image in class; " + WHERE + "."));
    // newer and ordinary: another imagery case whose first steps are done, now a working day's decision
    String later = cases.path(cases.reportAs("teacher", Cases.report("indecentImagery", true, "victimType", "PUPIL"))
        .getId(), "indecent-imagery");
    for (String step : List.of("secure-evidence", "contact-police")) {
      cases.complete(later, step, PathWork.step("indecent-imagery", step).answers());
    }

    Walkthrough.Result walk = Walkthrough.run(cases, Duration.ofMinutes(2), "urgent-work-walkthrough.mjs",
        "http://localhost:" + port, SCREENSHOTS.toString(), password, "Rowan Reporter");
    String output = walk.output();

    assertThat(walk.finished()).as("the walkthrough ended in time:%n%s", output).isTrue();
    assertThat(walk.exitValue()).as("the walkthrough:%n%s", output).isZero();
    assertThat(output).contains("landing filter: Safeguarding tasks", "reported by: Rowan Reporter",
        "read-only: true", WHERE);
    // other tests' cases may be open in the same engine (some escalated, which sorts first): whatever else is
    // there, this case's two hour-counted imagery steps come before the other case's working-day decision
    String order = output.substring(output.indexOf("tasks in order: "));
    String beforeOrdinary = order.substring(0, order.indexOf("Decide on a referral"));
    assertThat(beforeOrdinary).contains("Secure the evidence", "Call the police now");
    assertThat(SCREENSHOTS.resolve("22-dsl-reads-what-was-reported.png")).exists();
  }
}
