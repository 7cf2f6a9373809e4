package uk.shine.socialmedia.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.shine.socialmedia.support.DecisionTable;
import uk.shine.socialmedia.support.EngineClock;

/**
 * processes/task-deadlines.dmn on a DMN engine alone: every user task of every model has a named rule
 * of its own, with its source; every due the table gives is one the deadline check can work out; a
 * missed deadline goes to the next group up from the task's owner.
 */
@ExtendWith(EngineClock.class)
class TaskDeadlineTableTest {

  private static final String ASKS_THE_TABLE = "${taskDeadlines.due(execution)}";

  private final DecisionTable deadlines = new DecisionTable("task-deadlines.dmn", TaskDeadlineTable.DEADLINES);
  private final DecisionTable escalation = new DecisionTable("task-deadlines.dmn", TaskDeadlineTable.ESCALATION);
  private final DueDates dueDates = new DueDates(TestCalendar.workingDays(), TestCalendar.schoolDays(),
      new Deadlines(TestCalendar.calendar(), TestCalendar.workingDays()), TestCalendar.calendar(),
      new TaskDeadlineProperties(LocalTime.of(8, 0), "", ""));

  @Test
  void every_user_task_of_every_model_has_a_named_rule_of_its_own_and_a_due_date() throws IOException {
    List<String> checked = new ArrayList<>();
    for (UserTask task : userTasks()) {
      String processKey = MissedDeadlines.processKey(task);
      DmnDecisionResultEntries row = rule(processKey, task.getId());
      String where = processKey + "/" + task.getId();

      assertThat(deadlines.matchedRules()).as(where).doesNotContain("rule-any-other-task");
      assertThat((String) row.getEntry("rule")).as(where).isNotBlank();
      assertThat((String) row.getEntry("source")).as(where).isNotBlank();
      assertThat((String) row.getEntry("kind")).as(where).isIn("statutory", "school");
      assertThat(task.getCamundaDueDate()).as("the model shows a due date: " + where).isNotBlank();
      boolean setByTheModel = DueDates.setByTheModel(row.getEntry("due"));
      assertThat(setByTheModel).as("the table and the model agree who sets " + where)
          .isEqualTo(!ASKS_THE_TABLE.equals(task.getCamundaDueDate()));
      if (setByTheModel) {
        assertThat((String) row.getEntry("due")).as(where).contains(dueExpressionName(task.getCamundaDueDate()));
      }
      checked.add(where);
    }
    assertThat(checked).hasSizeGreaterThanOrEqualTo(68);
  }

  @Test
  void every_due_the_table_gives_is_one_the_deadline_check_can_work_out() throws IOException {
    EngineClock.setTo("2026-03-03T09:00");
    for (Rule row : Dmn.readModelFromStream(table()).getModelElementsByType(Rule.class)) {
      if (!row.getParentElement().getAttributeValue("id").equals("task-deadline-table")) {
        continue;
      }
      String due = row.getOutputEntries().stream().toList().get(2).getText().getTextContent().replace("\"", "");
      if (!DueDates.setByTheModel(due)) {
        assertThat(dueDates.due(due, Map.of("hearingLatestDate", "2026-03-24", "hearingDate", "2026-03-20")::get))
            .as(row.getId()).isAfter(EngineClock.now());
      }
    }
  }

  @Test
  void docs_deadlines_md_lists_every_rule_of_the_table() throws IOException {
    String doc = Files.readString(Path.of("docs/deadlines.md"));
    for (Rule row : Dmn.readModelFromStream(table()).getModelElementsByType(Rule.class)) {
      if (row.getParentElement().getAttributeValue("id").equals("task-deadline-table")) {
        String name = row.getOutputEntries().iterator().next().getText().getTextContent().replace("\"", "");
        assertThat(doc).as(row.getId()).contains(name);
      }
    }
  }

  @Test
  void statutory_rules_name_their_source() {
    assertThat(rule("safeguarding-referral", "consult-lado")).containsEntry("kind", "statutory")
        .containsEntry("rule", "LADO consulted within 1 working day of the report").containsEntry("bringIn", "model");
    assertThat((String) rule("staff-disciplinary", "consult-lado").getEntry("source"))
        .contains("KCSIE 2025, Part 4", "Working Together to Safeguard Children 2023", "within one working day");
    assertThat((String) rule("pupil-behaviour", "record-governors-decision").getEntry("source"))
        .contains("Suspension and permanent exclusion", "consider reinstatement");
    assertThat((String) rule("staff-disciplinary", "send-hearing-invitation").getEntry("source")).contains("ACAS Code");
    assertThat(rule("social-media-concern", "triage")).containsEntry("kind", "school").containsEntry("due", "1 working day");
    assertThat(rule("indecent-imagery", "refer-to-social-care")).containsEntry("due", "1 hour in working hours");
    assertThat(rule("parent-conduct", "a-task-added-later")).containsEntry("rule",
        "Any other task: by the end of the next working day");
  }

  @Test
  void a_missed_deadline_goes_to_the_next_group_up_from_the_tasks_owner() {
    assertThat(escalate("slt", "headteacher")).containsEntry("owner", "slt").containsEntry("bringIn", "headteacher");
    assertThat(escalate("dsl")).containsEntry("owner", "dsl").containsEntry("bringIn", "headteacher");
    assertThat(escalate("headteacher", "dsl")).as("police liaison: the DSL's work").containsEntry("owner", "dsl");
    assertThat(escalate("hr")).containsEntry("bringIn", "headteacher");
    assertThat(escalate("dpo")).containsEntry("bringIn", "headteacher");
    assertThat(escalate("headteacher")).containsEntry("owner", "headteacher").containsEntry("bringIn", "chair");
    assertThat(escalate("chair")).as("no vice-chair group").containsEntry("bringIn", "camunda-admin");
    assertThat(escalate("ceo")).containsEntry("bringIn", "camunda-admin");
    assertThat(escalate()).containsEntry("owner", "other").containsEntry("bringIn", "camunda-admin");
  }

  @Test
  void the_working_hours_start_the_hour_of_an_urgent_task_and_a_date_counts_back_in_working_days() {
    EngineClock.setTo("2026-04-02T19:30");
    assertThat(dueDates.due("1 hour in working hours", name -> null)).as("Thursday evening before Easter")
        .isEqualTo(EngineClock.london("2026-04-07T09:00"));
    EngineClock.setTo("2026-04-07T10:15");
    assertThat(dueDates.due("1 hour in working hours", name -> null)).isEqualTo(EngineClock.london("2026-04-07T11:15"));
    assertThat(dueDates.due("1 hour", name -> null)).isEqualTo(EngineClock.london("2026-04-07T11:15"));
    assertThat(dueDates.due("1 working day", name -> null)).isEqualTo(EngineClock.london("2026-04-08T18:00"));
    assertThat(dueDates.due("5 working days before hearingDate", Map.of("hearingDate", "2026-04-20")::get))
        .isEqualTo(EngineClock.london("2026-04-13T18:00"));
    assertThat(dueDates.due("5 working days before hearingDate", Map.of("hearingDate", "2026-04-09")::get))
        .as("a date too close: due today").isEqualTo(EngineClock.london("2026-04-07T18:00"));
    assertThatThrownBy(() -> dueDates.due("soon", name -> null)).hasMessageContaining("'soon'");
  }

  private DmnDecisionResultEntries rule(String processKey, String taskKey) {
    return deadlines.evaluate(Map.of("processKey", processKey, "taskKey", taskKey)).getFirstResult();
  }

  private DmnDecisionResultEntries escalate(String... groups) {
    return escalation.evaluate(Map.of("candidateGroups", List.of(groups))).getFirstResult();
  }

  private static InputStream table() {
    return TaskDeadlineTableTest.class.getResourceAsStream("/processes/task-deadlines.dmn");
  }

  /** ladoDue from ${ladoDue}, deadlines.endOf(hearingDate) from ${deadlines.endOf(hearingDate)}. */
  private static String dueExpressionName(String expression) {
    return expression.replace("${", "").replace("}", "");
  }

  private static List<UserTask> userTasks() throws IOException {
    List<UserTask> tasks = new ArrayList<>();
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList()) {
        tasks.addAll(Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(UserTask.class));
      }
    }
    return tasks;
  }
}
