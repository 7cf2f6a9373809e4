package uk.shine.socialmedia.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Walkthrough;

/**
 * A teacher's receipt in a real browser ({@code tools/receipt-walkthrough.mjs}): the report through
 * Tasklist's start form, the receipt e-mail at once with the reference, "Your reports" listing it as
 * open without what was written, and the staff guide. Screenshots in {@code target/browser-screenshots}
 * (31- to 34-).
 */
@CaseEngineTest
class ReceiptInBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

  @LocalServerPort int port;
  @Value("${socialmedia.demo-users.password}") String password;
  @Autowired Cases cases;
  @Autowired HistoryService history;

  @Test
  void a_teacher_reports_and_gets_the_reference_at_once_and_sees_the_report_listed_as_open() throws Exception {
    assertThat(new File(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
        .as("Debian's chromium (.ci/run installs it)").exists();
    String reporter = "Tess Teacher " + System.nanoTime();
    Walkthrough.Result walk = Walkthrough.run(cases, Duration.ofMinutes(2), "receipt-walkthrough.mjs",
        "http://localhost:" + port, SCREENSHOTS.toString(), password, reporter);
    String output = walk.output();

    assertThat(walk.finished()).as("the walkthrough ended in time:%n%s", output).isTrue();
    assertThat(walk.exitValue()).as("the walkthrough:%n%s", output).isZero();
    String reference = history.createHistoricProcessInstanceQuery().processDefinitionKey("social-media-concern")
        .variableValueEquals("reporterName", reporter).singleResult().getBusinessKey();
    // other tests' reports may have left receipts in the same mailbox: this report's is among them
    assertThat(output).containsPattern("receipts: .*" + reference);
    assertThat(output).contains("receipt says what happens next: true",
        "my reports show the summary: false", "staff guide opened");
    assertThat(output).containsPattern("my reports: Reference School Reported on Status .*" + reference
        + " Villiers Primary School \\d{1,2} \\w+ \\d{4} Open");
    assertThat(SCREENSHOTS.resolve("33-teacher-my-reports.png")).exists();
  }
}
