package uk.shine.socialmedia.pupils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static uk.shine.socialmedia.forms.Refusals.assertRefused;
import static uk.shine.socialmedia.pupils.PupilVariables.SANCTION;
import static uk.shine.socialmedia.pupils.PupilVariables.SUSPENSION_STARTS;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.shine.socialmedia.deadlines.TestCalendar;

/** A suspension starts on a school day of a configured term, on its own (calendar: {@link TestCalendar#schoolDays()}). */
class SanctionRulesTest {

  private final SanctionRules rules = new SanctionRules(TestCalendar.schoolDays());
  private final Map<String, Object> answers = new HashMap<>(Map.of(SANCTION, Sanction.SUSPENSION.name()));

  @Test
  void the_rules_belong_to_the_sanction_decision_form() {
    assertThat(rules.formKey()).isEqualTo("decide-sanction");
  }

  @Test
  void a_sanction_other_than_suspension_needs_no_first_day() {
    answers.put(SANCTION, Sanction.INTERNAL.name());

    assertThatCode(() -> rules.check(answers)).doesNotThrowAnyException();
  }

  @Test
  void a_suspension_starting_on_a_school_day_is_accepted() {
    answers.put(SUSPENSION_STARTS, "2026-01-06");

    assertThatCode(() -> rules.check(answers)).doesNotThrowAnyException();
  }

  @Test
  void a_suspension_needs_its_first_day() {
    refused("The first day of the suspension (suspensionStarts) is required");
  }

  @Test
  void a_suspension_outside_every_configured_term_asks_for_the_term_dates() {
    answers.put(SUSPENSION_STARTS, "2026-09-07");

    refused("is not in any term the school has configured: ask the administrator to add the term dates");
  }

  @Test
  void a_suspension_cannot_start_in_half_term_or_on_an_inset_day() {
    answers.put(SUSPENSION_STARTS, "2026-02-17");
    refused("must be a school day (not a weekend, holiday, half term or INSET day)");

    answers.put(SUSPENSION_STARTS, "2026-01-05");
    refused("must be a school day");
  }

  private void refused(String message) {
    assertRefused(() -> rules.check(answers), SUSPENSION_STARTS, message);
  }
}
