package uk.shine.socialmedia.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static uk.shine.socialmedia.forms.Refusals.assertRefused;
import static uk.shine.socialmedia.intake.ConcernVariables.CRIMINAL_SUSPICION;
import static uk.shine.socialmedia.intake.ConcernVariables.INDECENT_IMAGERY;
import static uk.shine.socialmedia.intake.ConcernVariables.NO_FURTHER_ACTION;
import static uk.shine.socialmedia.intake.ConcernVariables.NO_FURTHER_ACTION_REASON;
import static uk.shine.socialmedia.intake.ConcernVariables.SAFEGUARDING_CONCERN;
import static uk.shine.socialmedia.intake.ConcernVariables.SAFEGUARDING_PATH_STARTED;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Triage answers that contradict each other, on their own. */
class TriageRulesTest {

  private final TriageRules rules = new TriageRules();
  private final Map<String, Object> answers = new HashMap<>(Map.of(CRIMINAL_SUSPICION, false, NO_FURTHER_ACTION, false,
      SAFEGUARDING_CONCERN, false, INDECENT_IMAGERY, false));

  @Test
  void the_rules_belong_to_the_triage_form() {
    assertThat(rules.formKey()).isEqualTo("triage");
  }

  @Test
  void a_triage_sending_the_case_on_its_paths_is_accepted() {
    assertThatCode(() -> rules.check(answers)).doesNotThrowAnyException();
  }

  @Test
  void indecent_images_must_go_to_police_liaison() {
    answers.put(INDECENT_IMAGERY, true);
    refused(CRIMINAL_SUSPICION, "Indecent images of children are a crime");

    answers.put(CRIMINAL_SUSPICION, true);
    assertThatCode(() -> rules.check(answers)).doesNotThrowAnyException();
  }

  @Test
  void closing_with_no_further_action_needs_a_reason() {
    answers.put(NO_FURTHER_ACTION, true);
    refused(NO_FURTHER_ACTION_REASON, "Give the reason for taking no further action");

    answers.put(NO_FURTHER_ACTION_REASON, "A misunderstanding, resolved with the parent");
    assertThatCode(() -> rules.check(answers)).doesNotThrowAnyException();
  }

  @Test
  void a_suspected_crime_cannot_be_closed_with_no_further_action() {
    answers.putAll(Map.of(NO_FURTHER_ACTION, true, NO_FURTHER_ACTION_REASON, "Nothing to do", CRIMINAL_SUSPICION, true));

    refused(NO_FURTHER_ACTION, "A suspected crime cannot be closed with no further action");
  }

  @Test
  void a_safeguarding_concern_found_at_triage_cannot_be_closed_before_the_dsl_sees_it() {
    answers.putAll(Map.of(NO_FURTHER_ACTION, true, NO_FURTHER_ACTION_REASON, "Nothing to do", SAFEGUARDING_CONCERN, true));
    refused(NO_FURTHER_ACTION, "A new safeguarding concern cannot be closed with no further action");

    answers.put(SAFEGUARDING_PATH_STARTED, true);
    assertThatCode(() -> rules.check(answers)).as("the DSL has it already, from the report").doesNotThrowAnyException();
  }

  private void refused(String variable, String message) {
    assertRefused(() -> rules.check(answers), variable, message);
  }
}
