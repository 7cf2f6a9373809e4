package uk.shine.socialmedia.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Walkthrough;

/**
 * The head teacher's first case in a real browser (Debian's headless Chromium, driven by
 * {@code tools/tasklist-walkthrough.mjs}): log into the school's Tasklist, report a concern through the
 * start form on an American-English browser (an impossible date refused, 05/11/2026 read as 5 November),
 * triage it through its form (a refusal first, whose message goes once the task completes), open the
 * case's chronology and a refusal page; a teacher reports on a
 * British browser; HR reads a staff case in Cockpit; a governor signs in on the sign-in page and reads
 * the audit. Screenshots of each step are kept in {@code target/browser-screenshots}.
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
    // a staff case for HR to read in Cockpit
    String staffCase = cases.reportAndRoute(Cases.report("perpetratorType", "STAFF", "subjectUserId", "teacher2")).getId();
    cases.triage(staffCase);
    String staffPath = runtime.createProcessInstanceQuery().superProcessInstanceId(staffCase)
        .processDefinitionKey("staff-disciplinary").singleResult().getId();
    String reporter = "Hattie Head " + System.nanoTime();
    Walkthrough.Result walk = Walkthrough.run(cases, Duration.ofMinutes(5), "tasklist-walkthrough.mjs",
        "http://localhost:" + port, SCREENSHOTS.toString(), password, reporter, staffPath);
    String output = walk.output();

    assertThat(walk.finished()).as("the walkthrough ended in time:%n%s", output).isTrue();
    assertThat(walk.exitValue()).as("the walkthrough:%n%s", output).isZero();
    assertThat(output).contains("reported on an American-English browser", "triage completed", "chronology of SMC-",
        "reported on a British-English browser", "cockpit diagram at scale", "audit drawn with", "welcome page branded");
    List<HistoricProcessInstance> reported = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey("social-media-concern").variableValueEquals("reporterName", reporter).list();
    assertThat(reported).hasSize(1);
    String caseId = reported.get(0).getId();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(caseId).taskDefinitionKey("triage")
        .finished().taskAssignee("head").count()).isEqualTo(1);
    assertThat(runtime.getVariable(caseId, "summary"))
        .isEqualTo("A parent posted <b>insults</b> about a class in the village group");
    assertThat(cases.pathsOf(caseId)).contains("parent-conduct", "police-liaison");
    // 05/11/2026 is the 5th of November whatever the browser's language and time zone
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(caseId).variableName("occurredOn")
        .singleResult().getValue()).isEqualTo("2026-11-05");
    List<HistoricProcessInstance> british = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey("social-media-concern").variableValueEquals("reporterName", reporter + " (British browser)")
        .list();
    assertThat(british).hasSize(1);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(british.get(0).getId())
        .variableName("occurredOn").singleResult().getValue()).isEqualTo("2026-11-05");
    assertThat(SCREENSHOTS.resolve("05-triage-completed.png")).exists();
    assertThat(SCREENSHOTS.resolve("07-governors-audit.png")).exists();
    assertThat(SCREENSHOTS.resolve("02a-impossible-date-refused.png")).exists();
    assertThat(SCREENSHOTS.resolve("06b-governor-sign-in.png")).exists();
    assertThat(SCREENSHOTS.resolve("09-cockpit-staff-case.png")).exists();
    assertThat(SCREENSHOTS.resolve("04a-triage-refused.png")).exists();
  }
}
