package uk.shine.socialmedia.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.Mailboxes;
import uk.shine.socialmedia.support.PathWork;
import uk.shine.socialmedia.support.Rest;

/**
 * Urgent work looks urgent: a task whose deadline rule is counted in hours carries a high priority and
 * its due time from the moment it is created, comes first in its group's landing filter, and its
 * e-mail names the deadline.
 */
@CaseEngineTest
class UrgentWorkTest {

  private static final DateTimeFormatter MAIL_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm",
      Locale.UK).withZone(ZoneId.of("Europe/London"));

  @Autowired Cases cases;
  @Autowired TaskService tasks;
  @Autowired Mailboxes mailboxes;
  @Autowired Rest rest;

  @Test
  void the_first_imagery_steps_are_urgent_due_within_the_hour_and_their_mail_says_when() {
    ProcessInstance concern = cases.reportAs("teacher", Cases.report("indecentImagery", true, "victimType", "PUPIL"));
    String imagery = cases.path(concern.getId(), "indecent-imagery");

    for (String step : List.of("secure-evidence", "contact-police")) {
      Task task = cases.task(imagery, step);
      assertThat(task.getPriority()).as("priority of %s", step).isEqualTo(TaskPriorities.URGENT);
      assertThat(task.getDueDate()).as("due date of %s", step).isNotNull()
          .isBefore(new java.util.Date(EngineClock.now().getTime() + 61 * 60_000L));
      String mail = mailboxes.messages("dsl").stream()
          .filter(message -> message.contains("?task=" + task.getId())).findFirst().orElseThrow();
      assertThat(mail).startsWith("URGENT: " + task.getName())
          .contains("Deadline:  " + MAIL_DATE.format(task.getDueDate().toInstant()))
          .doesNotContain("none set");
    }
    // the triage beside them is ordinary work: a working day, the usual priority
    assertThat(cases.task(concern.getId(), "triage").getPriority()).isEqualTo(50);
  }

  @Test
  void the_dsl_lands_on_its_own_tasks_with_the_urgent_ones_first_even_when_older() {
    ProcessInstance first = cases.reportAs("teacher", Cases.report("indecentImagery", true, "victimType", "PUPIL"));
    String urgent = cases.path(first.getId(), "indecent-imagery");
    ProcessInstance second = cases.reportAs("teacher", Cases.report("indecentImagery", true, "victimType", "PUPIL"));
    String later = cases.path(second.getId(), "indecent-imagery");
    for (String step : List.of("secure-evidence", "contact-police")) {
      cases.complete(later, step, PathWork.step("indecent-imagery", step).answers());
    }
    // the newest DSL task is a working day's work; the older, urgent ones still come first

    List<Map<String, Object>> filters = rest.list("dsl", "/engine-rest/filter?resourceType=Task").getBody();
    Map<String, Object> landing = filters.stream().min(Comparator.comparingInt(UrgentWorkTest::priority)).orElseThrow();
    assertThat(landing.get("name")).isEqualTo("Safeguarding tasks");
    // Tasklist asks for its own order (newest first) on top of the filter's
    List<Map<String, Object>> listed = rest.postList("dsl", "/engine-rest/filter/" + landing.get("id")
        + "/list?maxResults=200", Map.of("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"))));

    List<Object> ids = listed.stream().map(task -> task.get("id")).toList();
    int newerOrdinary = ids.indexOf(cases.task(later, "assess-referral-criteria").getId());
    assertThat(newerOrdinary).isNotNegative();
    for (String step : List.of("secure-evidence", "contact-police")) {
      assertThat(ids.indexOf(cases.task(urgent, step).getId())).as(step).isNotNegative().isLessThan(newerOrdinary);
    }
    // all through the list: higher priority first, then the sooner due
    for (int i = 1; i < listed.size(); i++) {
      Map<String, Object> before = listed.get(i - 1);
      Map<String, Object> after = listed.get(i);
      int byPriority = Integer.compare((Integer) after.get("priority"), (Integer) before.get("priority"));
      assertThat(byPriority).as("priority order at %d", i).isNotPositive();
      if (byPriority == 0) {
        assertThat((String) before.get("due")).as("due order at %d", i).isLessThanOrEqualTo((String) after.get("due"));
      }
    }
  }

  @Test
  void every_role_lands_on_its_own_work_not_on_the_overdue_list() {
    for (Map.Entry<String, String> role : Map.of("head", "Head teacher's tasks", "dsl", "Safeguarding tasks",
        "slt", "Senior leaders' tasks", "hr", "HR tasks", "chair", "Chair's tasks").entrySet()) {
      List<Map<String, Object>> filters = rest.list(role.getKey(), "/engine-rest/filter?resourceType=Task").getBody();
      assertThat(filters.stream().min(Comparator.comparingInt(UrgentWorkTest::priority)).orElseThrow().get("name"))
          .as("landing filter of %s", role.getKey()).isEqualTo(role.getValue());
    }
  }

  @SuppressWarnings("unchecked")
  private static int priority(Map<String, Object> filter) {
    return ((Number) ((Map<String, Object>) filter.get("properties")).get("priority")).intValue();
  }
}
