package uk.shine.socialmedia.deadlines;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The deadline-check timer's step, as the engine's job: no person's authentication, one node at a time. */
@Component("checkDeadlines")
class CheckDeadlines implements JavaDelegate {

  private final MissedDeadlines missedDeadlines;

  CheckDeadlines(MissedDeadlines missedDeadlines) {
    this.missedDeadlines = missedDeadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    missedDeadlines.check();
  }
}
