package uk.shine.socialmedia.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Walkthrough;

/**
 * Plain words in a real browser ({@code tools/plain-words-walkthrough.mjs}): the report form's own checks
 * and the server's refusals name fields by their labels, never a pattern or a variable, a refusal stands
 * next to its field, the summary counts its characters; the DSL reads a chronology as a timeline with
 * people's names, HR the open staff cases. Screenshots in {@code target/browser-screenshots} (31- to 34-).
 */
@CaseEngineTest
class PlainWordsInBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

  @LocalServerPort int port;
  @Value("${socialmedia.demo-users.password}") String password;
  @Autowired Cases cases;

  @Test
  void messages_name_fields_in_words_and_the_chronology_and_staff_cases_read_as_pages() throws Exception {
    assertThat(new File(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
        .as("Debian's chromium (.ci/run installs it)").exists();
    String caseId = cases.reportAs("teacher", Cases.report("perpetratorType", "PUPIL", "safeguardingConcern", true))
        .getId();
    cases.completeAs("head", caseId, "triage", "perpetratorType", "PUPIL", "victimType", "NONE",
        "safeguardingConcern", true, "criminalSuspicion", false, "noFurtherAction", false);
    String reference = (String) cases.historicVariable(caseId, "caseReference");
    cases.triage(cases.reportAndRoute(Cases.report("perpetratorType", "STAFF", "subjectUserId", "teacher2")).getId());

    Walkthrough.Result walk = Walkthrough.run(cases, Duration.ofMinutes(6), "plain-words-walkthrough.mjs",
        "http://localhost:" + port, SCREENSHOTS.toString(), password, reference);
    String output = walk.output();

    assertThat(walk.finished()).as("the walkthrough ended in time:%n%s", output).isTrue();
    assertThat(walk.exitValue()).as("the walkthrough:%n%s", output).isZero();
    assertThat(line(output, "pattern message: ")).contains("This is not in the form asked for", "starts with https://")
        .doesNotContain("pattern", "^https");
    assertThat(line(output, "counter: ")).isEqualTo("37 of 4000 characters");
    assertThat(line(output, "refusal: ")).contains("cannot be in the future").doesNotContain("occurredOn");
    assertThat(line(output, "beside the field: ")).contains("cannot be in the future").doesNotContain("occurredOn");
    assertThat(line(output, "messages left after the report was sent: ")).isEqualTo("0");
    assertThat(line(output, "timeline: ")).contains("Still to do", "Concern reported by Terry Teacher",
        "Done: Triage the report by Helen Head", "Path started: Pupil behaviour")
        .doesNotContain("pupil-behaviour", ": PUPIL");
    assertThat(line(output, "staff cases: ")).contains("Open staff cases", "not yet taken: Head teacher", "due ")
        .doesNotContain("staff-disciplinary");
    assertThat(SCREENSHOTS.resolve("32-refusal-names-the-field.png")).exists();
    assertThat(SCREENSHOTS.resolve("33-chronology-timeline.png")).exists();
  }

  private static String line(String output, String start) {
    int at = output.indexOf(start);
    assertThat(at).as("the walkthrough printed %s%n%s", start, output).isNotNegative();
    int end = output.indexOf('\n', at);
    return output.substring(at + start.length(), end < 0 ? output.length() : end).trim();
  }
}
