package uk.shine.socialmedia.routing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.cases.CasePath;
import uk.shine.socialmedia.engine.EngineModels;
import uk.shine.socialmedia.intake.ConcernVariables;

/**
 * What a path receives from its case, as the path declares it ({@link CasePath#fromTheCase()}): the
 * classification and who manages it, so every path applies the same access rules and the subject
 * stays excluded. A staff victim's support receives only what supporting them needs: HR reads that
 * path, and the report's account of what a pupil (or anyone else) did is not HR's. Paths write
 * nothing back into the case.
 */
@Component("caseToPathVariables")
class CaseToPathVariables implements DelegateVariableMapping {

  private final Map<String, List<String>> fromTheCase;

  public CaseToPathVariables(List<CasePath> paths) {
    this.fromTheCase = paths.stream().collect(Collectors.toMap(CasePath::processKey, CasePath::fromTheCase));
  }

  @Override
  public void mapInputVariables(DelegateExecution superExecution, VariableMap subVariables) {
    // the path this call starts (the call activities name it by an expression, ${path})
    for (String name : handedTo(EngineModels.calledProcessKey(superExecution))) {
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

  List<String> handedTo(String pathKey) {
    return fromTheCase.getOrDefault(pathKey, ConcernVariables.HANDED_TO_PATHS);
  }
}
