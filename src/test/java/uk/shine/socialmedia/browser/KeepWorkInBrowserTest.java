package uk.shine.socialmedia.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Walkthrough;

/**
 * Nothing typed is lost by a slip, and the member of staff a report is about is chosen by name, in a
 * real browser ({@code tools/keep-work-walkthrough.mjs}): closing a form with unsent work asks first,
 * a draft is kept in the browser tab only (never localStorage, never the server) and offered back when
 * the form opens again, and goes once the form is sent or the person signs out. Screenshots in
 * {@code target/browser-screenshots} (51- to 55-).
 */
@CaseEngineTest
class KeepWorkInBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
  private static final String NO_DRAFT = "{\"session\":[],\"local\":[]}";
  private static final String REPORT_DRAFT = "{\"session\":[\"shine-draft:teacher:start:social-media-concern\"],\"local\":[]}";

  @LocalServerPort int port;
  @Value("${socialmedia.demo-users.password}") String password;
  @Autowired Cases cases;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;

  @Test
  void a_teacher_keeps_a_draft_by_a_slip_gets_it_back_names_a_colleague_by_name_and_leaves_nothing_behind()
      throws Exception {
    String reporter = "Kim Keeper " + System.nanoTime();
    String output = walk("report", reporter);

    assertThat(output).contains(
        "asked on escape: You have not sent this form yet. What would you like to do with what you have written?",
        "kept after keep writing: KEEP-WORK: a member of staff posted about a pupil",
        "closed with a draft: " + REPORT_DRAFT,
        "draft back: " + reporter + " | KEEP-WORK: a member of staff posted about a pupil",
        // the staff are offered only once the report is about a member of staff
        "subject field before staff is chosen: 0",
        "offered staff: Toni Teacher", "subject chosen: teacher2 Chosen: Toni Teacher",
        "after sending: " + NO_DRAFT,
        "before signing out: " + REPORT_DRAFT,
        "after signing out: " + NO_DRAFT,
        "report link for the data protection lead: 0");
    assertThat(output).containsPattern("offered: You started this form earlier \\(at \\d\\d:\\d\\d\\) and did not send it\\."
        + " Your draft is kept on this computer until you sign out\\. Use my draft Start again");
    // the member of staff chosen by name is stored by login name, as the contract says
    HistoricProcessInstance report = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey("social-media-concern").variableValueEquals("reporterName", reporter).singleResult();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(report.getId())
        .variableName("subjectUserId").singleResult().getValue()).isEqualTo("teacher2");
    // only the report that was sent reached the server: the draft left behind at sign-out did not
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("social-media-concern")
        .variableValueLike("summary", "KEEP-WORK: not sent%").count()).isZero();
    assertThat(SCREENSHOTS.resolve("52-draft-offered.png")).exists();
    assertThat(SCREENSHOTS.resolve("53-staff-offered-by-name.png")).exists();

    Task triage = tasks.createTaskQuery().processInstanceId(report.getId()).taskDefinitionKey("triage").singleResult();
    String task = walk("task", triage.getId());
    assertThat(task).contains(
        "asked on leaving the task: You have not sent this form yet. What would you like to do with what you have written?",
        "task kept: teacher true", "left the task: true", "task draft back: teacher");
    // leaving the task sent nothing: the name typed is still only a draft
    assertThat(tasks.getVariable(triage.getId(), "subjectNamedAtTriage")).isNull();
  }

  private String walk(String part, String detail) throws Exception {
    return Walkthrough.passing(cases, "keep-work-walkthrough.mjs", "http://localhost:" + port, SCREENSHOTS.toString(),
        password, part, detail);
  }
}
