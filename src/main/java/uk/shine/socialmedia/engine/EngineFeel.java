package uk.shine.socialmedia.engine;

import java.util.Map;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.variable.Variables;

/** FEEL, as the engine's decision tables evaluate it (a form's conditions are FEEL). Inside an engine command. */
public final class EngineFeel {

  private EngineFeel() {
  }

  /** A simple FEEL expression (no leading {@code =}) over these variables. */
  public static Object evaluate(String expression, Map<String, Object> variables) {
    return Context.getProcessEngineConfiguration().getDmnEngineConfiguration().getFeelEngine()
        .evaluateSimpleExpression(expression, Variables.fromMap(variables).asVariableContext());
  }
}
