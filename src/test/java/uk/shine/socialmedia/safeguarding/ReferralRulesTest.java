package uk.shine.socialmedia.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static uk.shine.socialmedia.forms.Refusals.assertRefused;
import static uk.shine.socialmedia.safeguarding.SafeguardingVariables.MONITOR_ONLY;
import static uk.shine.socialmedia.safeguarding.SafeguardingVariables.REFERRALS;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The DSL's referral decision, on its own: at least one referral or monitoring only, never both. */
class ReferralRulesTest {

  private final ReferralRules rules = new ReferralRules();
  private final Map<String, Object> answers = new HashMap<>();

  @Test
  void the_rules_belong_to_the_referral_decision_form() {
    assertThat(rules.formKey()).isEqualTo("decide-referrals");
  }

  @Test
  void any_one_referral_is_a_decision() {
    for (String referral : REFERRALS) {
      answers.clear();
      answers.put(referral, true);
      answers.put(MONITOR_ONLY, false);

      assertThatCode(() -> rules.check(answers)).as(referral).doesNotThrowAnyException();
    }
  }

  @Test
  void monitoring_in_school_only_is_a_decision() {
    answers.put(MONITOR_ONLY, true);

    assertThatCode(() -> rules.check(answers)).doesNotThrowAnyException();
  }

  @Test
  void no_referral_and_no_monitoring_is_no_decision() {
    REFERRALS.forEach(referral -> answers.put(referral, false));

    refused("Record at least one referral, or tick 'monitor in school only'");
  }

  @Test
  void monitoring_only_cannot_go_with_a_referral() {
    answers.put(REFERRALS.get(0), true);
    answers.put(MONITOR_ONLY, true);

    refused("'Monitor in school only' cannot go with a referral");
  }

  private void refused(String message) {
    assertRefused(() -> rules.check(answers), MONITOR_ONLY, message);
  }
}
