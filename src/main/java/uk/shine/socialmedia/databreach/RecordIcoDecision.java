package uk.shine.socialmedia.databreach;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineTime;

/** When the ICO decision was made, and whether that was within the 72 hours. */
@Component("recordIcoDecision")
class RecordIcoDecision implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    BreachVariables breach = BreachVariables.of(task.getExecution());
    Date now = EngineTime.now();
    breach.set(BreachVariables.ICO_DECIDED_AT, now);
    breach.set(BreachVariables.ICO_DECIDED_IN_TIME, !now.after(breach.date(BreachVariables.ICO_DUE)));
  }
}
