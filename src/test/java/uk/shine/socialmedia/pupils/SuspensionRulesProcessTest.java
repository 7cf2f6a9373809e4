package uk.shine.socialmedia.pupils;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.forms.Refusals.assertRefused;
import static uk.shine.socialmedia.pupils.PupilSteps.endOfSchoolDay;
import static uk.shine.socialmedia.support.PathWork.today;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.shine.socialmedia.deadlines.SchoolDays;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.Rest;

/**
 * The DfE suspension and exclusion rules on the pupil path, with the engine's clock moved: what the
 * governing board must do for each length of suspension, the parents' representations (and the
 * timer when none come), the 45-day limit, and education from the sixth school day.
 */
@CaseEngineTest
class SuspensionRulesProcessTest {

  /** The cases of {@link PupilSteps} are started by the engine itself, so they belong to no school. */
  private static final String NO_SCHOOL = null;

  @Autowired Cases cases;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired Rest rest;
  @Autowired SuspensionRegister register;
  @Autowired SchoolDays schoolDays;
  @Autowired JdbcTemplate jdbc;

  private PupilSteps steps;

  @BeforeEach
  void steps() {
    steps = new PupilSteps(cases, runtime);
  }

  @Test
  void a_3_day_suspension_the_board_considers_the_parents_representations_but_cannot_reinstate() {
    EngineClock.setTo("2026-03-02T09:00");
    String pupil = steps.suspended("P3001", 3, "2026-03-03");

    assertThat(runtime.getVariable(pupil, PupilVariables.BOARD_TOLD_WITHOUT_DELAY)).as("in the termly report").isEqualTo(false);
    String letter = rest.get("slt", "/letters/" + pupil + "/sanction-notice").getBody();
    assertThat(letter).contains("Dear parent or carer of pupil P3001",
        "suspend your child from school for 3 school days, from 3 March 2026 to 5 March 2026 inclusive",
        "return to school on 6 March 2026", "Serious breach of the behaviour policy",
        "make representations about this decision to the governing board", "Please send them by 23 March 2026",
        "it cannot direct that your child be reinstated").doesNotContain("sixth school day");
    assertThat(rest.get("teacher", "/letters/" + pupil + "/sanction-notice").getStatusCode().value())
        .as("staff outside the case").isEqualTo(404);
    assertThat(rest.get("slt", "/letters/" + pupil + "/hearing-invitation").getStatusCode().value())
        .as("a staff letter is not a pupil's").isEqualTo(404);
    assertThat(cases.hasTask(pupil, "arrange-sixth-day-education")).as("5 days or fewer").isFalse();
    assertThat(cases.hasTask(pupil, "record-governors-decision")).isFalse();
    var wait = cases.task(pupil, "record-parents-representations");
    assertThat(cases.candidateGroups(wait.getId())).containsExactly("headteacher");
    cases.complete(pupil, "record-parents-representations", "parentsRepresentations", "MADE",
        "representationsReceivedOn", today());

    var consider = cases.task(pupil, "consider-parents-representations");
    assertThat(consider.getDueDate()).as("the school's standard: 50 school days").isEqualTo(schoolDaysFrom("2026-03-02", 50));
    assertRefused(() -> cases.complete(pupil, "consider-parents-representations", "governorsMetOn", today(),
        "boardConsideration", "REINSTATED", "parentsToldOfDecisionOn", today()), "boardConsideration",
        "boardConsideration must be one of [CONSIDERED, VIEWS_ON_RECORD]");
    cases.complete(pupil, "consider-parents-representations", "governorsMetOn", today(),
        "boardConsideration", "VIEWS_ON_RECORD", "parentsToldOfDecisionOn", today());

    assertThat(cases.ended(pupil)).isTrue();
    assertThat(cases.historicVariable(pupil, "boardConsideration")).isEqualTo("VIEWS_ON_RECORD");
  }

  @Test
  void eight_days_with_representations_the_board_may_reinstate_within_50_school_days_and_education_starts_on_day_six() {
    EngineClock.setTo("2026-03-02T09:00");
    String pupil = steps.suspended("P3002", 8, "2026-03-02");

    assertThat(runtime.getVariable(pupil, PupilVariables.BOARD_TOLD_WITHOUT_DELAY)).as("over 5 days in the term")
        .isEqualTo(true);
    assertThat(rest.get("slt", "/letters/" + pupil + "/sanction-notice").getBody()).contains(
        "From 9 March 2026, the sixth school day of the suspension", "the board must consider within 50 school days");
    var education = cases.task(pupil, "arrange-sixth-day-education");
    assertThat(cases.candidateGroups(education.getId())).containsExactly("slt");
    assertThat(runtime.getVariable(pupil, PupilVariables.SIXTH_SCHOOL_DAY)).as("Monday 2 March is day one")
        .isEqualTo("2026-03-09");
    assertThat(education.getDueDate()).as("in place by the end of the fifth").isEqualTo(endOfSchoolDay("2026-03-06"));
    cases.complete(pupil, "arrange-sixth-day-education", "educationStartsOn", "2026-03-10",
        "educationProvision", "Partner school's inclusion unit", "parentsToldOfEducation", true);
    assertThat(jdbc.queryForObject("SELECT rule_name FROM smc_deadline_miss WHERE task_key = 'educationStartsOn'"
        + " AND case_instance_id = ?", String.class, runtime.createProcessInstanceQuery().processInstanceId(pupil)
        .singleResult().getRootProcessInstanceId()))
        .as("a day late: kept").isEqualTo("Full-time education from the sixth school day of a suspension");

    cases.complete(pupil, "record-parents-representations", "parentsRepresentations", "MADE",
        "representationsReceivedOn", today());
    var board = cases.task(pupil, "record-board-decision-on-representations");
    assertThat(board.getDueDate()).isEqualTo(schoolDaysFrom("2026-03-02", 50));
    cases.complete(pupil, "record-board-decision-on-representations", "governorsMetOn", today(),
        "governorsDecision", "REINSTATED", "parentsToldOfDecisionOn", today());

    assertThat(cases.ended(pupil)).isTrue();
  }

  @Test
  void when_no_representations_come_in_time_the_case_moves_on_and_says_why() {
    EngineClock.setTo("2026-03-02T09:00");
    String pupil = steps.suspended("P3003", 4, "2026-03-02");
    var wait = cases.task(pupil, "record-parents-representations");
    assertThat(runtime.getVariable(pupil, PupilVariables.REPRESENTATIONS_UNTIL)).as("15 school days")
        .isEqualTo(endOfSchoolDay("2026-03-23"));
    assertThat(wait.getDueDate()).as("after the timer: a wait ended on time is never a missed deadline")
        .isAfter(endOfSchoolDay("2026-03-23"));

    EngineClock.setTo("2026-03-23T17:00");
    cases.runJobs();
    assertThat(cases.hasTask(pupil, "record-parents-representations")).as("still inside the window").isTrue();

    EngineClock.setTo("2026-03-23T18:01");
    cases.runJobs();

    assertThat(cases.ended(pupil)).isTrue();
    assertThat(cases.historicVariable(pupil, PupilVariables.BOARD_REVIEW_OUTCOME))
        .isEqualTo("No representations from the parents within 15 school days of the decision: the suspension stands");
    assertThat(cases.historicVariable(pupil, PupilVariables.PARENTS_REPRESENTATIONS)).isEqualTo("NONE_IN_TIME");
  }

  @Test
  void parents_who_say_they_make_no_representations_end_the_boards_part_at_once() {
    EngineClock.setTo("2026-03-02T09:00");
    String pupil = steps.suspended("P3004", 2, "2026-03-02");
    cases.complete(pupil, "record-parents-representations", "parentsRepresentations", "NONE");

    assertThat(cases.ended(pupil)).isTrue();
  }

  @Test
  void a_suspension_that_makes_the_pupil_miss_a_public_exam_goes_to_the_board_within_15_school_days() {
    EngineClock.setTo("2026-05-11T09:00");
    String pupil = steps.suspended("P3005", 2, "2026-05-11", "missesPublicExam", true);

    assertThat(cases.hasTask(pupil, "record-parents-representations")).isFalse();
    assertThat(cases.task(pupil, "record-governors-decision").getDueDate())
        .as("15 school days; the May half term does not count").isEqualTo(endOfSchoolDay("2026-06-08"));
    assertThat(rest.get("head", "/letters/" + pupil + "/sanction-notice").getBody())
        .contains("must meet to consider whether your child should be reinstated, no later than 8 June 2026");
  }

  @Test
  void a_suspension_past_45_school_days_in_the_school_year_is_refused_in_plain_english_and_nothing_changes() {
    EngineClock.setTo("2026-03-02T09:00");
    var autumn = schoolDays.termOf(LocalDate.parse("2025-11-03")).orElseThrow();
    var spring = schoolDays.termOf(LocalDate.parse("2026-01-12")).orElseThrow();
    register.record(NO_SCHOOL, "SMC-EARLIER-1", "P3006", autumn, LocalDate.parse("2025-11-03"), 20);
    register.record(NO_SCHOOL, "SMC-EARLIER-2", "P3006", spring, LocalDate.parse("2026-01-12"), 20);
    String pupil = steps.investigated("p3006", false);
    String complete = "/engine-rest/task/" + cases.task(pupil, "decide-sanction").getId() + "/complete";

    ResponseEntity<String> refused = rest.post("head", complete, suspension(6));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("A pupil can be suspended for at most 45 school days in a school year."
        + " This pupil has already been suspended for 40 school days in 2025 to 2026, so this suspension can be at most"
        + " 5 school days");
    assertThat(cases.hasTask(pupil, "decide-sanction")).as("still open").isTrue();
    assertThat(runtime.getVariable(pupil, PupilVariables.SANCTION)).isNull();
    assertThat(register.totalInSchoolYear(NO_SCHOOL, "P3006", LocalDate.parse("2026-03-03"))).isEqualTo(40);

    ResponseEntity<String> accepted = rest.post("head", complete, suspension(5));
    assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(register.totalInSchoolYear(NO_SCHOOL, "P3006", LocalDate.parse("2026-03-03"))).isEqualTo(45);
  }

  private static Map<String, Object> suspension(int days) {
    return Map.of("variables", Rest.typed(Map.of(PupilVariables.SANCTION, "SUSPENSION",
        PupilVariables.SUSPENSION_DAYS, Map.of("value", days, "type", "Integer"), PupilVariables.SUSPENSION_STARTS,
        "2026-03-03", "sanctionReasons", "Repeated serious breaches")));
  }

  private java.util.Date schoolDaysFrom(String day, int count) {
    return endOfSchoolDay(schoolDays.plus(LocalDate.parse(day), count).toString());
  }
}
