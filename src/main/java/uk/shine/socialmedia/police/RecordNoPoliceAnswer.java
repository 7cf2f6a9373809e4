package uk.shine.socialmedia.police;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The police sent no outcome within the wait (socialmedia.calendar.police-answer-wait): police liaison
 * closes, recording why, so the case can move on to its end. The held work was released before this
 * step, so nothing of the school's own waits for the police any longer.
 */
@Component("recordNoPoliceAnswer")
class RecordNoPoliceAnswer implements JavaDelegate {

  static final String NO_ANSWER = "NO_ANSWER";

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(PoliceVariables.POLICE_OUTCOME, NO_ANSWER);
    execution.setVariable(PoliceVariables.POLICE_OUTCOME_DETAILS,
        "No answer from the police within the wait: police liaison closed; the DSL and the case manager decide with"
            + " the rest of the case whether to ask again");
  }
}
