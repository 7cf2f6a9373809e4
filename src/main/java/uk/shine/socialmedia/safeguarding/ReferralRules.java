package uk.shine.socialmedia.safeguarding;

import java.util.Map;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.forms.FormRule;
import uk.shine.socialmedia.forms.RefusedInput;

/** The DSL's referral decision: at least one referral, or monitoring only, never both. */
@Component
class ReferralRules implements FormRule {

  @Override
  public String formKey() {
    return "decide-referrals";
  }

  @Override
  public void check(Map<String, Object> answers) {
    boolean referred = SafeguardingVariables.REFERRALS.stream().anyMatch(name -> Boolean.TRUE.equals(answers.get(name)));
    boolean monitorOnly = Boolean.TRUE.equals(answers.get(SafeguardingVariables.MONITOR_ONLY));
    if (!referred && !monitorOnly) {
      throw new RefusedInput(SafeguardingVariables.MONITOR_ONLY,
          "Record at least one referral, or tick 'monitor in school only' (monitorOnly)");
    }
    if (referred && monitorOnly) {
      throw new RefusedInput(SafeguardingVariables.MONITOR_ONLY,
          "'Monitor in school only' cannot go with a referral: untick one of them (monitorOnly)");
    }
  }
}
