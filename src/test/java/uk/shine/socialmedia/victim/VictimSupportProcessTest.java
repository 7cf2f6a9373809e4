package uk.shine.socialmedia.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.shine.socialmedia.intake.ConcernVariables.CRIMINAL_SUSPICION;
import static uk.shine.socialmedia.intake.ConcernVariables.INDECENT_IMAGERY;
import static uk.shine.socialmedia.intake.ConcernVariables.OCCURRED_ON;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.THREAT_OF_HARM;
import static uk.shine.socialmedia.intake.ConcernVariables.VICTIM_TYPE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.deadlines.WorkingDays;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.PathScenario;
import uk.shine.socialmedia.support.PathWork;

@CaseEngineTest
class VictimSupportProcessTest extends PathScenario {

  private static final Object[] STAFF_VICTIM = {"perpetratorType", "PARENT", VICTIM_TYPE, "STAFF"};

  @Autowired WorkingDays workingDays;

  VictimSupportProcessTest() {
    super("victim-support", STAFF_VICTIM, CONFIRMED, List.of("slt"));
  }

  @Test
  void the_line_manager_meets_them_within_one_working_day() {
    EngineClock.setTo("2026-04-02T16:00");
    String support = victimPath(PERPETRATOR_TYPE, "PARENT", VICTIM_TYPE, "STAFF", OCCURRED_ON, "2026-04-01");

    assertThat(cases.task(support, "meet-staff-victim").getDueDate()).isEqualTo(EngineClock.london("2026-04-07T18:00"));
  }

  @Test
  void threats_of_a_physical_or_sexual_nature_mean_advice_to_tell_the_police() {
    String support = victimPath(PERPETRATOR_TYPE, "PARENT", VICTIM_TYPE, "STAFF", THREAT_OF_HARM, true);
    untilReports(support);

    complete(support, "record-platform-reports");

    assertThat(cases.hasTask(support, "advise-police-report")).isTrue();
    cases.complete(support, "advise-police-report", "policeAdviceGivenOn", PathWork.today(), "policeReportDecision", "REPORTED");
    assertThat(cases.hasTask(support, "welfare-check-in")).as("four weeks first").isFalse();
  }

  @Test
  void illegal_content_means_advice_to_tell_the_police_too() {
    String support = victimPath(STAFF_VICTIM);
    untilReports(support);

    cases.complete(support, "record-platform-reports", "platformReport", "REPORTED", "helplineReport", "REPORTED",
        "helplineReference", "POSH-88", "illegalContent", true);

    assertThat(cases.hasTask(support, "advise-police-report")).isTrue();
  }

  @Test
  void the_evidence_checklist_never_asks_for_screen_prints_when_the_content_may_include_indecent_images() throws IOException {
    var concern = cases.reportAndRoute(Cases.report(PERPETRATOR_TYPE, "PARENT", VICTIM_TYPE, "STAFF", INDECENT_IMAGERY, true));
    cases.triage(concern.getId(), CRIMINAL_SUSPICION, true);
    String support = cases.path(concern.getId(), "victim-support");
    complete(support, "meet-staff-victim");
    complete(support, "offer-health-support");
    String taskId = cases.task(support, "preserve-evidence").getId();
    assertThat(tasks.getVariable(taskId, INDECENT_IMAGERY)).as("the path knows, so its form can hide the tick").isEqualTo(true);

    assertThatThrownBy(() -> cases.complete(support, "preserve-evidence", EvidenceChecklistRules.SCREEN_PRINTS_KEPT, true,
        "emailsKept", true, "evidenceAdviceGiven", true))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("Screen prints must not be kept");
    assertThat(cases.hasTask(support, "preserve-evidence")).isTrue();
    assertThat(tasks.getVariable(taskId, EvidenceChecklistRules.SCREEN_PRINTS_KEPT)).isNull();

    cases.complete(support, "preserve-evidence", "emailsKept", true, "evidenceAdviceGiven", true);
    assertThat(cases.hasTask(support, "preserve-evidence")).isFalse();

    JsonNode form = new ObjectMapper().readTree(Path.of("forms/preserve-evidence.form").toFile()).path("components");
    assertThat(component(form, "Field_screenPrintsKept").path("conditional").path("hide").asText())
        .isEqualTo("=indecentImagery = true");
    assertThat(component(form, "Text_no_copies_of_imagery").path("conditional").path("hide").asText())
        .isEqualTo("=indecentImagery != true");
  }

  @Test
  void without_indecent_images_the_checklist_still_records_screen_prints() {
    String support = victimPath(STAFF_VICTIM);
    untilReports(support);

    assertThat(cases.historicVariable(support, EvidenceChecklistRules.SCREEN_PRINTS_KEPT)).isEqualTo(true);
  }

  private static JsonNode component(JsonNode components, String id) {
    for (JsonNode component : components) {
      if (id.equals(component.path("id").asText())) {
        return component;
      }
    }
    throw new AssertionError("no component " + id);
  }

  @Test
  void the_welfare_check_in_comes_four_weeks_later() {
    String support = victimPath(STAFF_VICTIM);
    untilReports(support);
    complete(support, "record-platform-reports");
    assertThat(cases.hasTask(support, "advise-police-report")).isFalse();

    EngineClock.forward(Duration.ofDays(27));
    cases.runJobs();
    assertThat(cases.hasTask(support, "welfare-check-in")).isFalse();
    EngineClock.forward(Duration.ofDays(1).plusMinutes(1));
    cases.runJobs();
    assertThat(cases.candidateGroups(cases.task(support, "welfare-check-in").getId())).containsExactly("slt");
  }

  private String victimPath(Object... report) {
    var concern = cases.reportAndRoute(Cases.report(report));
    cases.triage(concern.getId());
    return cases.path(concern.getId(), "victim-support");
  }

  private void untilReports(String support) {
    for (String task : List.of("meet-staff-victim", "offer-health-support", "preserve-evidence")) {
      complete(support, task);
    }
  }

  private void complete(String support, String taskKey) {
    cases.complete(support, taskKey, PathWork.step("victim-support", taskKey).answers());
  }
}
