package uk.shine.socialmedia.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.intake.ConcernVariables.NO_FURTHER_ACTION;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import uk.shine.socialmedia.support.DecisionTable;

/**
 * processes/records-retention.dmn row by row, on a DMN engine alone: the first matching row names
 * the rule, what it counts from and how many years. A case that took none of the paths below starts
 * the inputs (a parent's post, handled and closed).
 */
class RecordsRetentionTableTest {

  private final DecisionTable table = new DecisionTable("records-retention.dmn", RetentionVariables.DECISION_KEY);
  private final Map<String, Object> closedCase = new HashMap<>(Map.of("childProtection", false, "staffAllegation", false,
      "pupilBehaviour", false, NO_FURTHER_ACTION, false));

  {
    closedCase.put("allegationOutcome", null);
  }

  @Test
  void a_malicious_allegation_against_staff_is_removed_after_review() {
    closedCase.putAll(Map.of("staffAllegation", true, "allegationOutcome", "MALICIOUS"));

    assertThat(rule()).containsEntry("retentionRule", "Malicious allegation against staff: removed")
        .containsEntry("countedFrom", "REMOVE").containsEntry("years", 0);
    assertThat(table.matchedRules()).containsExactly("rule-malicious-allegation");
  }

  @Test
  void a_malicious_allegation_is_removed_even_where_it_was_also_a_child_protection_case() {
    closedCase.putAll(Map.of("staffAllegation", true, "allegationOutcome", "MALICIOUS", "childProtection", true));

    assertThat(rule()).containsEntry("countedFrom", "REMOVE");
  }

  @Test
  void child_protection_records_are_kept_25_years_from_the_youngest_childs_birth() {
    closedCase.put("childProtection", true);

    assertThat(rule()).containsEntry("retentionRule", "Child protection record")
        .containsEntry("countedFrom", "CHILD_BIRTH").containsEntry("years", 25);
    assertThat(table.matchedRules()).containsExactly("rule-child-protection");
  }

  @Test
  void child_protection_wins_over_an_allegation_that_was_not_malicious() {
    closedCase.putAll(Map.of("childProtection", true, "staffAllegation", true, "allegationOutcome", "SUBSTANTIATED"));

    assertThat(rule()).containsEntry("retentionRule", "Child protection record");
  }

  @Test
  void other_allegations_against_staff_are_kept_to_retirement_or_ten_years() {
    for (String outcome : new String[] {"SUBSTANTIATED", "FALSE", "UNSUBSTANTIATED", "UNFOUNDED"}) {
      closedCase.putAll(Map.of("staffAllegation", true, "allegationOutcome", outcome));

      assertThat(rule()).as(outcome).containsEntry("retentionRule", "Allegation against staff")
          .containsEntry("countedFrom", "RETIREMENT").containsEntry("years", 10);
      assertThat(table.matchedRules()).containsExactly("rule-allegation-against-staff");
    }
  }

  @Test
  void pupil_behaviour_records_are_kept_six_years_from_closing() {
    closedCase.put("pupilBehaviour", true);

    assertThat(rule()).containsEntry("retentionRule", "Pupil behaviour record")
        .containsEntry("countedFrom", "CLOSED").containsEntry("years", 6);
    assertThat(table.matchedRules()).containsExactly("rule-pupil-behaviour");
  }

  @Test
  void a_report_closed_at_triage_is_kept_one_year() {
    closedCase.put(NO_FURTHER_ACTION, true);

    assertThat(rule()).containsEntry("retentionRule", "Closed with no further action")
        .containsEntry("countedFrom", "CLOSED").containsEntry("years", 1);
    assertThat(table.matchedRules()).containsExactly("rule-no-further-action");
  }

  @Test
  void every_other_case_is_kept_six_years_from_closing() {
    assertThat(rule()).containsEntry("retentionRule", "Other case record")
        .containsEntry("countedFrom", "CLOSED").containsEntry("years", 6);
    assertThat(table.matchedRules()).containsExactly("rule-other-case");
  }

  private DmnDecisionResultEntries rule() {
    return table.evaluate(closedCase).getSingleResult();
  }
}
