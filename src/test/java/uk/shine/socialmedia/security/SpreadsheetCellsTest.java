package uk.shine.socialmedia.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a spreadsheet would run as a formula is written as text; RFC 4180 quoting is kept. */
class SpreadsheetCellsTest {

  @Test
  void a_cell_starting_like_a_formula_is_defused_and_quoting_is_kept() {
    assertThat(SpreadsheetCells.cell("=1+1")).isEqualTo("'=1+1");
    assertThat(SpreadsheetCells.cell("+1")).isEqualTo("'+1");
    assertThat(SpreadsheetCells.cell("-1")).isEqualTo("'-1");
    assertThat(SpreadsheetCells.cell("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
    assertThat(SpreadsheetCells.cell("=HYPERLINK(\"http://x\",\"y\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    assertThat(SpreadsheetCells.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(SpreadsheetCells.cell("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
    assertThat(SpreadsheetCells.cell(null)).isEmpty();
  }

  @ParameterizedTest(name = "a leading character {index}")
  @ValueSource(strings = {"\t", "\r", "\n"})
  void a_tab_or_line_break_first_is_defused_whatever_follows(String first) {
    for (String rest : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "plain"}) {
      String written = SpreadsheetCells.cell(first + rest);
      String unquoted = written.startsWith("\"") ? written.substring(1, written.length() - 1) : written;
      assertThat(unquoted).isEqualTo("'" + first + rest);
    }
  }

  @ParameterizedTest(name = "[{0}] stays as it is")
  @CsvSource(delimiter = '|', textBlock = """
      ACTION_TAKEN
      2026-04-01T10:00:00Z
      pupil-behaviour;victim-support
      a-b
      """)
  void ordinary_values_are_unchanged(String value) {
    assertThat(SpreadsheetCells.cell(value)).isEqualTo(value);
  }
}
