package uk.shine.socialmedia.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.Test;

/**
 * A school's own service standards against processes/task-deadlines.dmn as it is: a statutory deadline, a name
 * the table does not have, a due the model sets or a due nobody can count stops the start, naming the rule.
 */
class DeadlineOverridesTest {

  private static final List<TaskDeadlineTable.Row> ROWS = rows();

  @Test
  void a_school_overrides_a_service_standard_by_task_id_or_by_rule_name() {
    SchoolSettings settings = settings(Map.of("triage", "2 working days",
        "Casegclosedwithin5workingdaysofitslastpath", "P3D"));
    assertThatThrownBy(() -> DeadlineOverrides.check(settings, ROWS)).as("a misspelt name")
        .hasMessageContaining("\"Casegclosedwithin5workingdaysofitslastpath\", which is no rule name or task id");

    SchoolSettings good = settings(Map.of("triage", "2 working days",
        "Case closed within 5 working days of its last path", "P3D"));
    assertThatCode(() -> DeadlineOverrides.check(good, ROWS)).doesNotThrowAnyException();
    DeadlineOverrides overrides = new DeadlineOverrides(good, null);
    assertThat(overrides.of("elmfield", "triage", rule("social-media-concern", "triage"))).contains("2 working days");
    assertThat(overrides.of("elmfield", "close-case", rule("social-media-concern", "close-case"))).contains("P3D");
    assertThat(overrides.of("villiers", "triage", rule("social-media-concern", "triage"))).as("another school").isEmpty();
  }

  @Test
  void a_statutory_deadline_overridden_stops_the_start_naming_the_rule() {
    assertThatThrownBy(() -> DeadlineOverrides.check(settings(Map.of("secure-evidence", "1 working day")), ROWS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Refusing to start: School elmfield overrides \"secure-evidence\": the deadline"
            + " \"Imagery evidence secured within the hour\" (indecent-imagery/secure-evidence) is statutory, the same"
            + " for every school; a school may override only a service standard");
    // as configuration hands over a name written without [brackets]: no spaces
    assertThatThrownBy(() -> DeadlineOverrides.check(settings(Map.of("Imageryevidencesecuredwithinthehour", "PT2H")),
        ROWS)).hasMessageContaining("\"Imagery evidence secured within the hour\" (indecent-imagery/secure-evidence) is"
            + " statutory");
    DeadlineOverrides overrides = new DeadlineOverrides(settings(Map.of("secure-evidence", "1 working day")), null);
    assertThat(overrides.of("elmfield", "secure-evidence", rule("indecent-imagery", "secure-evidence")))
        .as("never applied, even if the table changed since the start").isEmpty();
  }

  @Test
  void a_due_the_model_sets_or_one_nobody_can_count_stops_the_start() {
    TaskDeadlineTable.Row byTheModel = ROWS.stream()
        .filter(row -> !row.rule().statutory() && DueDates.setByTheModel(row.rule().due())).findFirst().orElseThrow();
    assertThatThrownBy(() -> DeadlineOverrides.check(settings(Map.of(byTheModel.taskKey(), "P3D")), ROWS))
        .hasMessageContaining("the due date of \"" + byTheModel.rule().name() + "\" is set by the model");
    assertThatThrownBy(() -> DeadlineOverrides.check(settings(Map.of("triage", "soon")), ROWS))
        .hasMessageContaining("overrides \"triage\" with \"soon\", which is not a due the application can count");
  }

  private static DeadlineRule rule(String processKey, String taskKey) {
    return ROWS.stream().filter(row -> row.processKey().equals(processKey) && row.taskKey().equals(taskKey))
        .findFirst().orElseThrow().rule();
  }

  private static SchoolSettings settings(Map<String, String> overrides) {
    return new SchoolSettings(List.of(new SchoolSettings.School("villiers", null, null),
        new SchoolSettings.School("elmfield", null, overrides)));
  }

  private static List<TaskDeadlineTable.Row> rows() {
    try (InputStream table = Files.newInputStream(Path.of("processes", "task-deadlines.dmn"))) {
      return TaskDeadlineTable.rows(Dmn.readModelFromStream(table));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
