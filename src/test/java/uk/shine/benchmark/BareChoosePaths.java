package uk.shine.benchmark;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The bare engine's stand-in for the routing decision: the multi-instance call needs its collection,
 * so the path list given at start becomes the same transient {@code paths} value, without the DMN.
 */
public class BareChoosePaths implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    List<String> paths = List.of(((String) execution.getVariable("chosenPaths")).split(","));
    execution.setVariable("paths", Variables.objectValue(paths, true).create());
  }
}
