package uk.shine.socialmedia.databreach;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The assessment's likelihood and severity give the risk level the ICO decision and Article 34 turn on. */
@Component("assessBreachRisk")
class AssessBreachRisk implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    BreachVariables breach = BreachVariables.of(task);
    BreachRisk risk = BreachRisk.of(BreachRisk.Likelihood.valueOf(breach.string(BreachVariables.LIKELIHOOD)),
        BreachRisk.Severity.valueOf(breach.string(BreachVariables.SEVERITY)));
    task.getExecution().setVariable(BreachVariables.RISK_LEVEL, risk.name());
  }
}
