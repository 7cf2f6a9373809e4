package uk.shine.socialmedia.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;

/**
 * The head teacher's first case in a real browser (Debian's headless Chromium, driven by
 * {@code tools/tasklist-walkthrough.mjs}): log into Tasklist, report a concern through the start form,
 * triage it through its form, open the case's chronology; then the governors' audit page with its
 * charts. Screenshots of each step are kept in {@code target/browser-screenshots}.
 */
@CaseEngineTest
class TasklistInBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

  @LocalServerPort int port;
  @Value("${socialmedia.demo-users.password}") String password;
  @Autowired Cases cases;
  @Autowired HistoryService history;
  @Autowired RuntimeService runtime;

  @Test
  void the_head_teacher_reports_and_triages_a_case_through_the_forms_in_tasklist() throws Exception {
    assertThat(new File(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
        .as("Debian's chromium (.ci/run installs it)").exists();
    // a completed case, so the governors' charts have something to draw
    String closed = cases.reportAndRoute(Cases.report("reporterName", "Closed Before")).getId();
    cases.triage(closed, "noFurtherAction", true, "noFurtherActionReason", "Resolved by a phone call");
    Path log = Files.createTempFile("walkthrough", ".log");
    String reporter = "Hattie Head " + System.nanoTime();
    Process browser = new ProcessBuilder("node", "tools/tasklist-walkthrough.mjs", "http://localhost:" + port,
        SCREENSHOTS.toString(), password, reporter).redirectErrorStream(true).redirectOutput(log.toFile()).start();

    // the suite runs without a job executor: route what the browser reports, as the executor would
    AtomicBoolean running = new AtomicBoolean(true);
    Thread engine = new Thread(() -> {
      while (running.get()) {
        try {
          cases.runJobs();
          Thread.sleep(300);
        } catch (InterruptedException stop) {
          return;
        } catch (RuntimeException retryNextRound) {
          // a job racing the browser's own request: the next round picks it up
        }
      }
    });
    engine.start();
    boolean finished = browser.waitFor(3, TimeUnit.MINUTES);
    running.set(false);
    engine.join();
    String output = Files.readString(log, StandardCharsets.UTF_8);

    assertThat(finished).as("the walkthrough ended in time:%n%s", output).isTrue();
    assertThat(browser.exitValue()).as("the walkthrough:%n%s", output).isZero();
    assertThat(output).contains("triage completed", "chronology of SMC-", "audit drawn with");
    List<HistoricProcessInstance> reported = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey("social-media-concern").variableValueEquals("reporterName", reporter).list();
    assertThat(reported).hasSize(1);
    String caseId = reported.get(0).getId();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(caseId).taskDefinitionKey("triage")
        .finished().taskAssignee("head").count()).isEqualTo(1);
    assertThat(runtime.getVariable(caseId, "summary"))
        .isEqualTo("A parent posted <b>insults</b> about a class in the village group");
    assertThat(cases.pathsOf(caseId)).contains("parent-conduct", "police-liaison");
    assertThat(SCREENSHOTS.resolve("05-triage-completed.png")).exists();
    assertThat(SCREENSHOTS.resolve("07-governors-audit.png")).exists();
  }
}
