package uk.shine.socialmedia.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.Rest;

/** The Tasklist filters each role sees, and the welcome page's links to the oversight pages. */
@CaseEngineTest
class TasklistFiltersOverHttpTest {

  @Autowired Rest rest;
  @Autowired Cases cases;

  @Test
  void each_role_sees_its_filters_and_nobody_sees_another_roles() {
    assertThat(filterNames("hr")).contains("My group's tasks", "Staff cases", "Overdue", "HR tasks")
        .doesNotContain("Safeguarding", "Safeguarding tasks");
    assertThat(filterNames("dsl")).contains("My group's tasks", "Safeguarding", "Overdue")
        .doesNotContain("Staff cases", "HR tasks");
    assertThat(filterNames("head")).contains("Safeguarding", "Staff cases", "Overdue", "Head teacher's tasks");
    assertThat(filterNames("teacher")).isEmpty();
    assertThat(filterNames("governor")).isEmpty();
  }

  @Test
  void a_task_past_its_due_date_shows_in_overdue_for_its_group() {
    var concern = cases.reportAndRoute(Cases.report("perpetratorType", "PARENT", "victimType", "STAFF"));
    cases.triage(concern.getId());
    String support = cases.path(concern.getId(), "victim-support");
    String taskId = cases.task(support, "meet-staff-victim").getId();
    assertThat(idsIn("slt", "Overdue")).doesNotContain(taskId);
    assertThat(idsIn("slt", "Staff cases")).contains(taskId);

    EngineClock.forward(Duration.ofDays(6));

    assertThat(idsIn("slt", "Overdue")).contains(taskId);
    assertThat(idsIn("hr", "Overdue")).doesNotContain(taskId);
  }

  @Test
  void the_welcome_page_links_to_the_audit_and_the_chronology() {
    String config = rest.get("head", "/camunda/app/welcome/scripts/config.js").getBody();

    assertThat(config).contains("href: '/audit'", "href: '/cases/index.html'");
    assertThat(rest.get(null, "/cases/index.html").getBody()).contains("Case reference", "/chronology");
  }

  private List<Object> filterNames(String user) {
    return rest.list(user, "/engine-rest/filter?resourceType=Task").getBody().stream().map(f -> f.get("name")).toList();
  }

  private List<Object> idsIn(String user, String filterName) {
    Object id = rest.list(user, "/engine-rest/filter?resourceType=Task").getBody().stream()
        .filter(f -> filterName.equals(f.get("name"))).findFirst().orElseThrow().get("id");
    return rest.list(user, "/engine-rest/filter/" + id + "/list?maxResults=200").getBody().stream()
        .map((Map<String, Object> task) -> task.get("id")).toList();
  }
}
