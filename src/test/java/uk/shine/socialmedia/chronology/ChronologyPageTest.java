package uk.shine.socialmedia.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chronology and read-log pages escape what they show. */
class ChronologyPageTest {

  @Test
  void events_and_log_entries_are_escaped() {
    CaseChronology.Chronology chronology = new CaseChronology.Chronology("SMC-<b>", List.of(
        new ChronologyEvent("2026-11-02T10:00:00Z", "<i>path", "decision", "Sanction: <script>alert(1)</script>", "<u>me")));

    String page = ChronologyPage.chronology(chronology, ZoneId.of("Europe/London"));
    String log = ChronologyPage.readLog("SMC-<b>", List.of(new CaseReadLog.Entry("SMC-<b>", "<img src=x>",
        Instant.parse("2026-11-02T10:00:00Z"), "chronology", false)), ZoneId.of("Europe/London"));

    assertThat(page).doesNotContain("<script>", "<b>", "<i>", "<u>").contains("&lt;script&gt;", "Monday 2 November 2026", "10:00 GMT");
    assertThat(log).doesNotContain("<img", "<b>").contains("&lt;img src=x&gt;", "refused");
  }

  @Test
  void open_tasks_come_first_with_their_due_time_in_the_schools_zone_and_decisions_stand_under_their_task() {
    CaseChronology.Chronology chronology = new CaseChronology.Chronology("SMC-261102-ABCDE", List.of(
        new ChronologyEvent("2026-07-02T09:00:00Z", "social-media-concern", "task-completed", "Task completed: Triage",
            "head", "Social media concern", "Helen Head", "Done: Triage", List.of("Who posted it: A pupil"), false,
            "/letters/42/hearing-outcome"),
        new ChronologyEvent("2026-07-02T09:00:00Z", "social-media-concern", "decision", "Who posted it: PUPIL",
            "head", "Social media concern", "Helen Head", "Who posted it: A pupil", List.of(), true, null)),
        List.of(new CaseChronology.OpenTask("Investigate", "pupil-behaviour", "Pupil behaviour",
            "not yet taken: Senior leadership team", "2026-11-05T14:00:00Z", "5 November 2026, 14:00 GMT", true)));

    String page = ChronologyPage.chronology(chronology, ZoneId.of("Europe/London"));

    assertThat(page.indexOf("Still to do")).isLessThan(page.indexOf("What has happened"));
    assertThat(page).contains("<td>Investigate</td><td>Pupil behaviour</td><td>not yet taken: Senior leadership team</td>"
        + "<td>5 November 2026, 14:00 GMT <span class=\"overdue\">overdue</span>", "Thursday 2 July 2026",
        "10:00 BST</span><strong>Done: Triage</strong> by Helen Head", "<li>Who posted it: A pupil</li>",
        "href=\"/letters/42/hearing-outcome\"").doesNotContain("PUPIL", ">head<");
    // the decision is shown once, under the task that recorded it
    assertThat(page.split("Who posted it", -1)).hasSize(2);
  }

  @Test
  void a_meetings_notes_stand_under_it_escaped_with_their_line_breaks() {
    CaseChronology.Chronology chronology = new CaseChronology.Chronology("SMC-261102-ABCDE", List.of(
        new ChronologyEvent("2026-07-02T09:00:00Z", "parent-conduct", "task-completed", "Task completed: Meet the parent",
            "head", "Parent conduct", "Helen Head", "Done: Meet the parent", List.of(), false, null,
            new ChronologyEvent.Meeting("1 July 2026", "<b>Both</b> came\r\nAgreed to remove it"))));

    String page = ChronologyPage.chronology(chronology, ZoneId.of("Europe/London"));

    assertThat(page).contains("<strong>Done: Meet the parent</strong> by Helen Head", "Meeting held on 1 July 2026",
        "<blockquote>&lt;b&gt;Both&lt;/b&gt; came<br>Agreed to remove it</blockquote>").doesNotContain("<b>Both");
    assertThat(page.indexOf("Agreed to remove it")).isGreaterThan(page.indexOf("Done: Meet the parent"));
  }
}
