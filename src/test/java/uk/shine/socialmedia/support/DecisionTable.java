package uk.shine.socialmedia.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;

/**
 * A decision table of processes/ on a DMN engine alone (no process engine, no Spring): what it
 * gives for some inputs, and which of its rules matched.
 */
public final class DecisionTable {

  private final List<String> matchedRules = new ArrayList<>();
  private final DmnEngine engine;
  private final DmnDecision decision;

  public DecisionTable(String file, String decisionKey) {
    DmnDecisionTableEvaluationListener matching = event -> event.getMatchingRules()
        .forEach(rule -> matchedRules.add(rule.getId()));
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
        .customPostDecisionTableEvaluationListeners(List.of(matching)).buildEngine();
    try (InputStream model = DecisionTable.class.getResourceAsStream("/processes/" + file)) {
      decision = engine.parseDecision(decisionKey, model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public DmnDecisionResult evaluate(Map<String, Object> inputs) {
    matchedRules.clear();
    return engine.evaluateDecision(decision, inputs);
  }

  /** The ids of the rules the last evaluation matched, in the table's order. */
  public List<String> matchedRules() {
    return List.copyOf(matchedRules);
  }
}
