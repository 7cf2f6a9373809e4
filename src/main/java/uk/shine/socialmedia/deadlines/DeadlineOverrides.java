package uk.shine.socialmedia.deadlines;

import jakarta.annotation.PostConstruct;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A school's own service standards in place of the deadline table's (socialmedia.trust.schools[].deadline-overrides):
 * keyed by a rule's name or a task's id, the school's due in place of the rule's. A statutory deadline is the same in
 * every school, so the application refuses to start while a school overrides one, naming the rule; it also refuses an
 * override that names no rule, one of a due the model sets itself, or a due it cannot count.
 */
@Component
class DeadlineOverrides {

  private final SchoolSettings settings;
  private final TaskDeadlineTable table;

  DeadlineOverrides(SchoolSettings settings, TaskDeadlineTable table) {
    this.settings = settings;
    this.table = table;
  }

  @PostConstruct
  void checkAtStart() {
    check(settings, table.rows());
  }

  /** @throws IllegalStateException naming every override a school may not make, and why */
  static void check(SchoolSettings settings, List<TaskDeadlineTable.Row> rows) {
    List<String> refused = new ArrayList<>();
    for (SchoolSettings.School school : settings.schools()) {
      school.deadlineOverrides().forEach((key, due) -> {
        List<TaskDeadlineTable.Row> named = rows.stream().filter(row -> names(key, row)).toList();
        String where = "School " + school.id() + " overrides \"" + key + "\"";
        if (named.isEmpty()) {
          refused.add(where + ", which is no rule name or task id of the deadline table (processes/task-deadlines.dmn)");
        }
        for (TaskDeadlineTable.Row row : named) {
          if (row.rule().statutory()) {
            refused.add(where + ": the deadline \"" + row.rule().name() + "\" (" + row.processKey() + "/" + row.taskKey()
                + ") is statutory, the same for every school; a school may override only a service standard");
          } else if (DueDates.setByTheModel(row.rule().due())) {
            refused.add(where + ": the due date of \"" + row.rule().name() + "\" is set by the model, not by the table");
          }
        }
        if (due == null || !DueDates.countsFromNow(due)) {
          refused.add(where + " with \"" + due + "\", which is not a due the application can count: say \"3 working days\","
              + " \"10 school days\", \"2 weeks\", \"4 hours in working hours\" or an ISO period such as P3D");
        }
      });
    }
    if (!refused.isEmpty()) {
      throw new IllegalStateException("Refusing to start: " + String.join("; ", refused)
          + ". Correct socialmedia.trust.schools[].deadline-overrides (docs/deadlines.md).");
    }
  }

  /** The school's own due for a task's rule, if it overrides it; never for a statutory rule. */
  Optional<String> of(String school, String taskKey, DeadlineRule rule) {
    if (school == null || rule.statutory()) {
      return Optional.empty();
    }
    return settings.schools().stream().filter(each -> school.equals(each.id())).findFirst()
        .flatMap(each -> each.deadlineOverrides().entrySet().stream()
            .filter(entry -> same(entry.getKey(), rule.name()) || same(entry.getKey(), taskKey))
            .map(Map.Entry::getValue).findFirst());
  }

  private static boolean names(String key, TaskDeadlineTable.Row row) {
    return same(key, row.rule().name()) || !row.taskKey().isEmpty() && same(key, row.taskKey());
  }

  // configuration drops spaces and punctuation from a key not written in [brackets]: compare without them
  private static boolean same(String key, String name) {
    return name != null && plain(key).equals(plain(name));
  }

  private static String plain(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
