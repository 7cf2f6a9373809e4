package uk.shine.socialmedia.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Walkthrough;

/**
 * A teacher on a phone, 390 pixels wide, in a real browser ({@code tools/phone-walkthrough.mjs}):
 * "Report a concern" on Tasklist's landing page opens the report form in one tap, its safeguarding
 * tick boxes read in full, and Escape after typing asks before anything is put away ("Keep writing"
 * keeps the text), and the reporter's own list fits the screen with each reference on one line.
 * Screenshots in {@code target/browser-screenshots} (41- to 43-, 46-).
 */
@CaseEngineTest
class PhoneInBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

  @LocalServerPort int port;
  @Value("${socialmedia.demo-users.password}") String password;
  @Autowired Cases cases;

  @Test
  void a_teacher_on_a_phone_reports_in_one_tap_reads_every_tick_box_and_loses_nothing_by_a_slip() throws Exception {
    cases.reportAs("teacher", Cases.report()); // something in the teacher's own list
    String output = Walkthrough.passing(cases, "phone-walkthrough.mjs", "http://localhost:" + port,
        SCREENSHOTS.toString(), password);

    assertThat(output).contains("report link on screen: true", "report link on top: true", "report form opened in one tap",
        "label indecentImagery readable: true \"The content includes indecent images of children\"",
        "label threatOfHarm readable: true \"The content contains threats of a physical or sexual nature\"",
        "label safeguardingConcern readable: true \"I am worried about a child's safety or welfare\"",
        "asked: You have not sent this form yet. What would you like to do with what you have written?",
        "dialog still open: true", "kept after keep writing: PHONE-WALK: a post naming a pupil",
        "my reports fit the screen: true", "reference on one line: true");
    assertThat(output).containsPattern("reference on one line: true SMC-[A-Z]{3}-\\d{6}-\\w{5}");
    assertThat(SCREENSHOTS.resolve("42-phone-report-tick-boxes.png")).exists();
    assertThat(SCREENSHOTS.resolve("46-phone-my-reports.png")).exists();
  }
}
