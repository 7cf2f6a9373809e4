package uk.shine.socialmedia.databreach;

import static uk.shine.socialmedia.databreach.BreachVariables.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.shine.socialmedia.deadlines.WorkingDays;
import uk.shine.socialmedia.engine.EngineTime;
import uk.shine.socialmedia.forms.FormRule;
import uk.shine.socialmedia.forms.RefusedInput;

/**
 * Answers of the breach's forms that must agree: dates that have happened, reasons for a late report
 * to the ICO (Art. 33(1)), and no "not a high risk" when the assessment found one (Art. 34). None of
 * them refuses every answer: a late decision is accepted with its reasons, not telling is accepted with
 * one of the exceptions of Art. 34(3).
 */
@Configuration
class BreachFormRules {

  private final WorkingDays workingDays;

  BreachFormRules(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  /** Contain: a take-down asked for today or earlier. */
  @Bean
  FormRule containment() {
    return FormRule.of("contain-breach", answers -> {
      if (Boolean.TRUE.equals(answers.get(TAKE_DOWN_REQUESTED))) {
        notAfterToday(answers, TAKE_DOWN_REQUESTED_ON, "The take-down request", workingDays.today());
      }
    });
  }

  /** The ICO decision: a report made by today, and after the 72 hours only with the reasons for the delay. */
  @Bean
  FormRule icoDecision() {
    return FormRule.of("decide-ico-report", answers -> {
      if (!REPORTED.equals(answers.get(ICO_DECISION))) {
        return;
      }
      notAfterToday(answers, ICO_REPORTED_ON, "The report to the ICO", workingDays.today());
      if (answers.get(ICO_DUE) instanceof Date due && EngineTime.now().after(due)
          && !(answers.get(ICO_LATE_REASON) instanceof String reason && !reason.isBlank())) {
        throw new RefusedInput(ICO_LATE_REASON, "The 72 hours have passed: give the reasons for the delay, which the "
            + "ICO must be told with the report (icoLateReason)");
      }
    });
  }

  /** Telling the people affected: a high risk is told, unless one of the exceptions applies. */
  @Bean
  FormRule tellAffected() {
    return FormRule.of("decide-tell-affected", answers -> {
      if (TOLD.equals(answers.get(AFFECTED_TOLD))) {
        notAfterToday(answers, AFFECTED_TOLD_ON, "Telling the people affected", workingDays.today());
      } else if (BreachRisk.HIGH.name().equals(answers.get(RISK_LEVEL)) && NOT_HIGH_RISK.equals(answers.get(NOT_TELLING_REASON))) {
        throw new RefusedInput(NOT_TELLING_REASON, "The assessment found a high risk: tell the people affected, or choose "
            + "the exception of Article 34(3) that applies (notTellingReason)");
      }
    });
  }

  private static void notAfterToday(Map<String, Object> answers, String name, String what, LocalDate today) {
    if (answers.get(name) instanceof String date && !date.isBlank() && LocalDate.parse(date.substring(0, 10)).isAfter(today)) {
      throw new RefusedInput(name, what + " cannot be dated in the future (" + name + ")");
    }
  }
}
