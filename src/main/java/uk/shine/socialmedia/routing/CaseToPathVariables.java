package uk.shine.socialmedia.routing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.intake.ConcernVariables;

/**
 * What a path receives from its case: the classification and who manages it, so every path applies
 * the same access rules and the subject stays excluded. Paths write nothing back into the case.
 */
@Component("caseToPathVariables")
public class CaseToPathVariables implements DelegateVariableMapping {

  @Override
  public void mapInputVariables(DelegateExecution superExecution, VariableMap subVariables) {
    for (String name : ConcernVariables.HANDED_TO_PATHS) {
      Object value = superExecution.getVariable(name);
      if (value != null) {
        subVariables.putValue(name, value);
      }
    }
  }

  @Override
  public void mapOutputVariables(DelegateExecution superExecution, VariableScope subInstance) {
    // nothing flows back: each path keeps its own record
  }
}
