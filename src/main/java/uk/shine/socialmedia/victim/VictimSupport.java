package uk.shine.socialmedia.victim;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.intake.ConcernVariables;

/**
 * The policy: where there are threats of a physical or sexual nature, or the content is illegal, the
 * employee is advised to inform the police ({@code ${victimSupport.policeAdviceNeeded(execution)}}).
 */
@Component("victimSupport")
public class VictimSupport {

  public static final String PROCESS_KEY = "victim-support";

  static final String ILLEGAL_CONTENT = "illegalContent";

  public boolean policeAdviceNeeded(DelegateExecution execution) {
    return ConcernVariables.of(execution).threatOfHarm() || Boolean.TRUE.equals(execution.getVariable(ILLEGAL_CONTENT));
  }
}
