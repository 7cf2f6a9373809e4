package uk.shine.socialmedia.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.browser.HrCockpitInBrowserTest.line;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.PathWork;
import uk.shine.socialmedia.support.Rest;
import uk.shine.socialmedia.support.Walkthrough;

/**
 * A parent meeting's notes in the case chronology, as the head teacher sees them in a real browser
 * ({@code tools/meeting-notes-walkthrough.mjs}): under the meeting, with their line break, a tag in them
 * shown as text (not bold), and no other free text of the case on the page. Screenshot in
 * {@code target/browser-screenshots} (43-).
 */
@CaseEngineTest
class MeetingNotesInBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

  @LocalServerPort int port;
  @Value("${socialmedia.demo-users.password}") String password;
  @Autowired Cases cases;
  @Autowired Rest rest;

  @Test
  void the_head_teacher_reads_the_meeting_notes_as_written_under_the_meeting() throws Exception {
    String caseId = cases.reportAndRoute(Cases.report("perpetratorType", "PARENT", "reporterName", "Rowan Reporter"))
        .getId();
    cases.triage(caseId);
    String parent = cases.path(caseId, "parent-conduct");
    cases.complete(parent, "screen-staff-allegation", "staffAllegation", "NONE", "screeningNotes", "Nothing about staff here");
    String meeting = cases.task(parent, "meet-parent").getId();
    var held = rest.post("head", "/engine-rest/task/" + meeting + "/submit-form", Map.of("variables", Rest.typed(Map.of(
        "meetingDate", PathWork.today(), "meetingNotes", "Mrs <b>Parent</b> came in.\nAgreed: the post comes down today"))));
    assertThat(held.getStatusCode().value()).as(String.valueOf(held.getBody())).isEqualTo(204);
    cases.runJobs();
    String reference = (String) cases.historicVariable(caseId, "caseReference");

    String output = Walkthrough.passing(cases, "meeting-notes-walkthrough.mjs", "http://localhost:" + port,
        SCREENSHOTS.toString(), password, reference);

    assertThat(line(output, "notes: ")).isEqualTo("\"Mrs <b>Parent</b> came in.\\nAgreed: the post comes down today\"");
    assertThat(line(output, "bold inside the notes: ")).isEqualTo("\"\"");
    assertThat(line(output, "notes weight: ")).isIn("400", "normal");
    assertThat(line(output, "notes under the meeting: ")).isEqualTo("true");
    assertThat(line(output, "meeting notes shown: ")).isEqualTo("1");
    assertThat(line(output, "page: ")).contains("Done: Meet the parent or carer", reference)
        .doesNotContain("abusive comments", "Rowan Reporter", "Nothing about staff here", "facebook.example");
    assertThat(SCREENSHOTS.resolve("43-chronology-meeting-notes.png")).exists();
  }
}
