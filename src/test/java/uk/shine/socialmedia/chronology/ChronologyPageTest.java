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

    assertThat(page).doesNotContain("<script>", "<b>", "<i>", "<u>").contains("&lt;script&gt;", "Mon 2 Nov 2026, 10:00");
    assertThat(log).doesNotContain("<img", "<b>").contains("&lt;img src=x&gt;", "refused");
  }
}
