package uk.shine.socialmedia.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.dmn.DecisionsEvaluationBuilder;
import org.junit.jupiter.api.Test;
import uk.shine.socialmedia.support.DecisionTable;
import uk.shine.socialmedia.support.Declarations;

/**
 * The dates counted from the retention table (processes/records-retention.dmn, on a DMN engine
 * alone), with the figures of application.yaml: retirement at 67, reviewed 30 days before removal.
 */
class RetentionRulesTest {

  private static final LocalDate OPENED = LocalDate.parse("2026-03-02");
  private static final LocalDate CLOSED = LocalDate.parse("2026-07-10");

  private final RetentionRules rules = new RetentionRules(decisions(), new RetentionProperties(67, Period.ofDays(30)),
      Declarations.paths());

  @Test
  void child_protection_records_are_kept_until_the_youngest_child_is_25() {
    RemovalPlan plan = rules.plan(facts(Set.of("social-media-concern", "safeguarding-referral"), LocalDate.parse("2017-05-20"),
        null, null, false));

    assertThat(plan.rule()).isEqualTo("Child protection record");
    assertThat(plan.removalDue()).hasToString("2042-05-20");
    assertThat(plan.reviewDue()).hasToString("2042-04-20");
  }

  @Test
  void without_the_childs_date_of_birth_they_are_kept_as_if_born_on_the_day_of_the_report() {
    RemovalPlan plan = rules.plan(facts(Set.of("social-media-concern", "indecent-imagery"), null, null, null, false));

    assertThat(plan.removalDue()).hasToString("2051-03-02");
    assertThat(plan.rule()).contains("no date of birth given");
  }

  @Test
  void allegations_against_staff_are_kept_until_retirement_age_when_that_is_longer_than_ten_years() {
    RemovalPlan plan = rules.plan(facts(Set.of("social-media-concern", "staff-disciplinary"), null,
        LocalDate.parse("1980-01-15"), "UNSUBSTANTIATED", false));

    assertThat(plan.rule()).isEqualTo("Allegation against staff");
    assertThat(plan.removalDue()).hasToString("2047-01-15");
  }

  @Test
  void allegations_against_staff_near_retirement_are_kept_ten_years() {
    RemovalPlan plan = rules.plan(facts(Set.of("social-media-concern", "staff-disciplinary"), null,
        LocalDate.parse("1962-09-01"), "SUBSTANTIATED", false));

    assertThat(plan.removalDue()).hasToString("2036-03-02");
  }

  @Test
  void malicious_allegations_are_due_for_removal_when_the_case_closes() {
    RemovalPlan plan = rules.plan(facts(Set.of("social-media-concern", "staff-disciplinary"), null,
        LocalDate.parse("1980-01-15"), "MALICIOUS", false));

    assertThat(plan.rule()).startsWith("Malicious allegation");
    assertThat(plan.removalDue()).isEqualTo(CLOSED);
    assertThat(plan.reviewDue()).as("still reviewed first").isEqualTo(CLOSED);
  }

  @Test
  void other_cases_follow_the_table_the_trust_can_change() {
    assertThat(rules.plan(facts(Set.of("social-media-concern", "pupil-behaviour"), null, null, null, false)).removalDue())
        .hasToString("2032-07-10");
    assertThat(rules.plan(facts(Set.of("social-media-concern", "parent-conduct"), null, null, null, false)).rule())
        .isEqualTo("Other case record");
    assertThat(rules.plan(facts(Set.of("social-media-concern"), null, null, null, true)).removalDue())
        .hasToString("2027-07-10");
  }

  private static CaseRecordFacts.Facts facts(Set<String> keys, LocalDate child, LocalDate staff, String outcome,
      boolean noFurtherAction) {
    return new CaseRecordFacts.Facts("SMC-260302-ABCDE", OPENED, CLOSED, keys, child, staff, outcome, noFurtherAction,
        false);
  }

  /** The engine's decision service, as far as the rules use it: the deployed table, evaluated alone. */
  @SuppressWarnings("unchecked")
  private static DecisionService decisions() {
    DecisionTable table = new DecisionTable("records-retention.dmn", RetentionVariables.DECISION_KEY);
    DecisionService decisions = mock(DecisionService.class);
    DecisionsEvaluationBuilder evaluation = mock(DecisionsEvaluationBuilder.class);
    when(decisions.evaluateDecisionByKey(RetentionVariables.DECISION_KEY)).thenReturn(evaluation);
    when(evaluation.variables(any())).thenAnswer(call -> {
      DecisionsEvaluationBuilder evaluated = mock(DecisionsEvaluationBuilder.class);
      when(evaluated.evaluate()).thenReturn(table.evaluate(call.getArgument(0, Map.class)));
      return evaluated;
    });
    return decisions;
  }
}
