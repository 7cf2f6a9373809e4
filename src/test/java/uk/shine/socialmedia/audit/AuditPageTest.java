package uk.shine.socialmedia.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the page and the CSV make of hostile values: escaped, never run. */
class AuditPageTest {

  private static final AuditedCase HOSTILE = new AuditedCase("<script>alert(1)</script>", List.of("<img src=x onerror=alert(1)>"),
      "2026-11-02T10:00:00Z", "2026-11-20T10:00:00Z", 18, "=HYPERLINK(\"http://evil\")", Deadline.MISSED, Deadline.MISSED,
      Deadline.NOT_APPLICABLE, Map.of("<u>rule</u>", 2), List.of(), List.of());

  @Test
  void every_value_on_the_page_is_escaped() {
    String page = AuditPage.render(List.of(HOSTILE), AuditPeriod.parse(null, null), ZoneId.of("Europe/London"));

    assertThat(page).doesNotContain("<script>alert", "<img src=x", "<u>").contains("&lt;script&gt;", "&lt;img src=x",
        "&lt;u&gt;rule&lt;/u&gt;");
    assertThat(AuditPage.chart("<b>title</b>", Map.of("<i>label</i>", 2L), "#000")).doesNotContain("<b>", "<i>");
  }

  @Test
  void a_csv_cell_is_never_a_formula() {
    String csv = AuditCsv.write(List.of(HOSTILE));

    assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"").doesNotContain(",=HYPERLINK");
  }

  @Test
  void one_missed_deadline_makes_the_case_missed() {
    assertThat(Deadline.overall(List.of(Deadline.MET, Deadline.MISSED))).isEqualTo(Deadline.MISSED);
    assertThat(Deadline.overall(List.of(Deadline.MET, Deadline.NOT_APPLICABLE))).isEqualTo(Deadline.MET);
    assertThat(Deadline.overall(List.of(Deadline.NOT_APPLICABLE))).isEqualTo(Deadline.NOT_APPLICABLE);
  }
}
