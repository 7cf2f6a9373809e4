package uk.shine.socialmedia.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the page and the CSV make of hostile values (escaped, never run), and what the page shows of
 * small numbers and outcomes.
 */
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

  @Test
  void counts_from_one_to_four_read_fewer_than_five_and_their_bars_say_nothing_of_their_size() {
    String chart = AuditPage.chart("Cases per path", new java.util.LinkedHashMap<>(Map.of("staff-disciplinary", 1L)),
        "#000");
    String other = AuditPage.chart("Cases per path", new java.util.LinkedHashMap<>(Map.of("staff-disciplinary", 4L)),
        "#000");

    assertThat(chart).contains(">fewer than 5<").doesNotContain(">1<", ": 1<");
    assertThat(chart.replace("fewer than 5", "")).isEqualTo(other.replace("fewer than 5", ""));
    assertThat(AuditPage.shown(0)).isEqualTo("none");
    assertThat(AuditPage.shown(5)).isEqualTo("5");
  }

  @Test
  void the_page_says_outcomes_in_words_and_hides_small_totals() {
    List<AuditedCase> three = List.of(closed("SMC-1", "NO_FURTHER_ACTION"), closed("SMC-2", "ACTION_TAKEN"),
        closed("SMC-3", "NOT_RECORDED"));

    String page = AuditPage.render(three, AuditPeriod.parse(null, null), ZoneId.of("Europe/London"));

    assertThat(page).contains("No further action needed", "Action taken under the policy", "Outcome not recorded",
        "Fewer than 5 cases closed;", "no cases with a statutory deadline missed")
        .doesNotContain("NO_FURTHER_ACTION", "ACTION_TAKEN", "3 cases closed");
  }

  @Test
  void a_long_label_wraps_between_words_instead_of_running_into_its_bar() {
    List<String> lines = AuditPage.wrap("Secure the evidence and call the police within one hour of the report");

    assertThat(lines).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
    assertThat(String.join(" ", lines)).isEqualTo("Secure the evidence and call the police within one hour of the report");
    assertThat(AuditPage.chart("Deadlines missed, by rule", Map.of(String.join(" ", lines), 7L), "#000"))
        .contains("<tspan x=\"0\" dy=\"17\">");
  }

  private static AuditedCase closed(String reference, String outcome) {
    return new AuditedCase(reference, List.of(), "2026-11-02T10:00:00Z", "2026-11-03T10:00:00Z", 1, outcome,
        Deadline.NOT_APPLICABLE, Deadline.NOT_APPLICABLE, Deadline.NOT_APPLICABLE, Map.of(), List.of(), List.of());
  }
}
