package uk.shine.socialmedia.monitoring;

import static uk.shine.socialmedia.monitoring.MonitoringVariables.AUTHORISED;
import static uk.shine.socialmedia.monitoring.MonitoringVariables.AUTHORISED_UNTIL;
import static uk.shine.socialmedia.monitoring.MonitoringVariables.DECISION;
import static uk.shine.socialmedia.monitoring.MonitoringVariables.END_DATE;
import static uk.shine.socialmedia.monitoring.MonitoringVariables.NEXT;
import static uk.shine.socialmedia.monitoring.MonitoringVariables.RENEW;
import static uk.shine.socialmedia.monitoring.MonitoringVariables.RENEWAL_REASONS;
import static uk.shine.socialmedia.monitoring.MonitoringVariables.REQUESTED_BY;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineUser;
import uk.shine.socialmedia.forms.FormRule;
import uk.shine.socialmedia.forms.RefusedInput;

/**
 * The rules joining answers of the monitoring forms: the person who asked never authorises their own
 * request, an authorisation's end date is still ahead and within the longest period, and a renewal
 * asks for a later end date with its reasons. Refusing is always possible.
 */
class MonitoringRules {

  private MonitoringRules() {
  }

  @Component
  static class Authorisation implements FormRule {

    private final MonitoringPeriod period;

    Authorisation(MonitoringPeriod period) {
      this.period = period;
    }

    @Override
    public String formKey() {
      return "authorise-monitoring";
    }

    @Override
    public void check(Map<String, Object> answers) {
      String authoriser = EngineUser.inCommand();
      if (authoriser == null || authoriser.equals(answers.get(REQUESTED_BY))) {
        throw new RefusedInput(REQUESTED_BY, "You asked for this monitoring, so someone else in your group must decide"
            + " it: leave this task to them (its deadline brings the next person up in if nobody else can)");
      }
      if (AUTHORISED.equals(answers.get(DECISION))) {
        period.check(MonitoringVariables.date(answers.get(END_DATE)));
      }
    }
  }

  @Component
  static class Review implements FormRule {

    private final MonitoringPeriod period;

    Review(MonitoringPeriod period) {
      this.period = period;
    }

    @Override
    public String formKey() {
      return "review-monitoring";
    }

    @Override
    public void check(Map<String, Object> answers) {
      if (!RENEW.equals(answers.get(NEXT))) {
        return;
      }
      LocalDate current = MonitoringVariables.date(answers.get(AUTHORISED_UNTIL));
      LocalDate asked = MonitoringVariables.date(answers.get(END_DATE));
      if (asked != null && current != null && !asked.isAfter(current)) {
        throw new RefusedInput(END_DATE, "A renewal needs a new end date (monitoringEndDate) after the current one");
      }
      period.check(asked);
      Object reasons = answers.get(RENEWAL_REASONS);
      if (reasons == null || reasons.toString().isBlank()) {
        throw new RefusedInput(RENEWAL_REASONS, "Say why the monitoring is still needed (renewalReasons)");
      }
    }
  }
}
