package uk.shine.socialmedia.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Walkthrough;

/**
 * HR follows a staff case in Cockpit, in a real browser ({@code tools/hr-cockpit-walkthrough.mjs}): the
 * dashboard counts the open task of the case (not 0), and the User Tasks tab of the case's disciplinary
 * path lists it, with nothing offered to claim or assign it. Screenshots in
 * {@code target/browser-screenshots} (41- and 42-).
 */
@CaseEngineTest
class HrCockpitInBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

  @LocalServerPort int port;
  @Value("${socialmedia.demo-users.password}") String password;
  @Autowired Cases cases;
  @Autowired RuntimeService runtime;

  @Test
  void hr_sees_the_open_task_of_a_staff_case_in_cockpit() throws Exception {
    String staffCase = cases.reportAndRoute(Cases.report("perpetratorType", "STAFF", "subjectUserId", "teacher2")).getId();
    cases.triage(staffCase);
    String staffPath = cases.path(staffCase, "staff-disciplinary");
    assertThat(cases.candidateGroups(cases.task(staffPath, "screen-harm-threshold").getId())).doesNotContain("hr");

    String output = Walkthrough.passing(cases, "hr-cockpit-walkthrough.mjs", "http://localhost:" + port,
        SCREENSHOTS.toString(), password, staffPath);

    assertThat(line(output, "open human tasks: ")).isNotEqualTo("0").isNotEqualTo("not shown");
    assertThat(line(output, "user tasks: ")).contains("Screen the allegation against the harm threshold");
    assertThat(line(output, "claim or assign offered: ")).isEqualTo("0");
    assertThat(SCREENSHOTS.resolve("42-cockpit-staff-case-user-tasks.png")).exists();
  }

  static String line(String output, String start) {
    int at = output.indexOf(start);
    assertThat(at).as("the walkthrough printed %s%n%s", start, output).isNotNegative();
    int end = output.indexOf('\n', at);
    return output.substring(at + start.length(), end < 0 ? output.length() : end).trim();
  }
}
