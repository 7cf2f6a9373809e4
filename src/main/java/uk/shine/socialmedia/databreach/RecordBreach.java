package uk.shine.socialmedia.databreach;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineTime;

/**
 * Keeps the breach register up to date: after each task of the breach (named last on it, after the
 * listeners that work out its values), and when the breach closes.
 */
@Component("recordBreach")
class RecordBreach implements TaskListener, ExecutionListener {

  private final BreachRegister register;

  RecordBreach(BreachRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    register.save(BreachRegister.Entry.of(task.getExecution()));
  }

  /** On the breach's end: closed now. */
  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable(BreachVariables.CLOSED_AT, EngineTime.now());
    register.save(BreachRegister.Entry.of(execution));
  }
}
