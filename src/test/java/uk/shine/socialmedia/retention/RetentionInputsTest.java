package uk.shine.socialmedia.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.dmn.DecisionsEvaluationBuilder;
import org.junit.jupiter.api.Test;
import uk.shine.socialmedia.support.DecisionTable;
import uk.shine.socialmedia.support.Declarations;

/**
 * What the paths a case took tell the retention table (processes/records-retention.dmn): a child
 * protection record, an allegation against staff, a pupil behaviour record, for every path alone and
 * together.
 */
class RetentionInputsTest {

  private static final Map<String, Set<String>> CATEGORIES = Map.of(
      "indecent-imagery", Set.of("childProtection"),
      "safeguarding-referral", Set.of("childProtection"),
      "staff-disciplinary", Set.of("staffAllegation"),
      "pupil-behaviour", Set.of("pupilBehaviour"),
      "police-liaison", Set.of(),
      "parent-conduct", Set.of(),
      "public-post-response", Set.of(),
      "victim-support", Set.of(),
      "data-breach", Set.of());
  private static final List<String> INPUTS = List.of("childProtection", "staffAllegation", "pupilBehaviour");

  private final List<Map<String, Object>> asked = new ArrayList<>();
  private final RetentionRules rules = new RetentionRules(decisions(), new RetentionProperties(67, Period.ofDays(30)),
      Declarations.paths());

  @Test
  void each_path_alone_tells_the_table_what_kind_of_record_the_case_is() {
    CATEGORIES.forEach((path, categories) -> {
      for (boolean childOnChildAbuse : List.of(false, true)) {
        Map<String, Object> inputs = inputs(Set.of("social-media-concern", path), childOnChildAbuse);
        for (String input : INPUTS) {
          boolean expected = categories.contains(input) || childOnChildAbuse && input.equals("childProtection");
          assertThat(inputs).as("%s (child-on-child abuse: %s): %s", path, childOnChildAbuse, input)
              .containsEntry(input, expected);
        }
      }
    });
  }

  @Test
  void a_case_that_took_every_path_is_every_kind_of_record() {
    Map<String, Object> inputs = inputs(new HashSet<>(CATEGORIES.keySet()), false);

    assertThat(inputs).containsEntry("childProtection", true).containsEntry("staffAllegation", true)
        .containsEntry("pupilBehaviour", true);
  }

  @Test
  void a_case_closed_at_triage_is_none_of_them() {
    assertThat(inputs(Set.of("social-media-concern"), false)).containsEntry("childProtection", false)
        .containsEntry("staffAllegation", false).containsEntry("pupilBehaviour", false);
  }

  private Map<String, Object> inputs(Set<String> keys, boolean childOnChildAbuse) {
    asked.clear();
    rules.plan(new CaseRecordFacts.Facts("SMC-260302-ABCDE", LocalDate.parse("2026-03-02"), LocalDate.parse("2026-07-10"),
        keys, null, null, null, false, childOnChildAbuse));
    assertThat(asked).hasSize(1);
    return asked.get(0);
  }

  @SuppressWarnings("unchecked")
  private DecisionService decisions() {
    DecisionTable table = new DecisionTable("records-retention.dmn", RetentionVariables.DECISION_KEY);
    DecisionService decisions = mock(DecisionService.class);
    DecisionsEvaluationBuilder evaluation = mock(DecisionsEvaluationBuilder.class);
    when(decisions.evaluateDecisionByKey(RetentionVariables.DECISION_KEY)).thenReturn(evaluation);
    when(evaluation.variables(any())).thenAnswer(call -> {
      Map<String, Object> inputs = call.getArgument(0, Map.class);
      asked.add(new java.util.HashMap<>(inputs));
      DecisionsEvaluationBuilder evaluated = mock(DecisionsEvaluationBuilder.class);
      when(evaluated.evaluate()).thenReturn(table.evaluate(inputs));
      return evaluated;
    });
    return decisions;
  }
}
