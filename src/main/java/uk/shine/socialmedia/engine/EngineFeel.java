package uk.shine.socialmedia.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.variable.Variables;

/**
 * FEEL, as the engine's decision tables evaluate it (a form's conditions are FEEL). Inside an engine
 * command. An answer is remembered for the expression and the values of the names it reads: the FEEL
 * engine parses the expression and builds its built-in functions on every evaluation, and a school's
 * forms ask the same few conditions of the same few answers over and over.
 */
public final class EngineFeel {

  // expressions written in these characters only (names, quoted text, FEEL's operators) are remembered
  private static final Pattern REMEMBERED = Pattern.compile("[A-Za-z0-9_ \"=!<>(),\\[\\].+\\-]*");
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  // a function called by name: only these two give the same answer to the same values every time
  private static final Pattern CALL = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");
  private static final List<String> SAME_EVERY_TIME = List.of("not", "contains");
  // a safety bound: a trust's forms have a few hundred conditions and answers
  private static final int MOST_REMEMBERED = 10_000;
  private static final Map<List<Object>, Optional<Object>> ANSWERS = new ConcurrentHashMap<>();

  private EngineFeel() {
  }

  /** A simple FEEL expression (no leading {@code =}) over these variables. */
  public static Object evaluate(String expression, Map<String, Object> variables) {
    List<Object> asked = question(expression, variables);
    if (asked == null) {
      return evaluateNow(expression, variables);
    }
    Optional<Object> known = ANSWERS.get(asked);
    if (known != null) {
      return known.orElse(null);
    }
    Object answer = evaluateNow(expression, variables);
    if (answer == null || answer instanceof Boolean || answer instanceof String) {
      if (ANSWERS.size() >= MOST_REMEMBERED) {
        ANSWERS.clear();
      }
      ANSWERS.put(asked, Optional.ofNullable(answer));
    }
    return answer;
  }

  static Object evaluateNow(String expression, Map<String, Object> variables) {
    return Context.getProcessEngineConfiguration().getDmnEngineConfiguration().getFeelEngine()
        .evaluateSimpleExpression(expression, Variables.fromMap(variables).asVariableContext());
  }

  /**
   * The expression with each name it reads, whether the variables have it, and its value; null when the
   * answer might depend on more than that (another character, a function such as today(), a value that
   * is not plain text, a yes or no, or a whole number), so it is not remembered.
   */
  static List<Object> question(String expression, Map<String, Object> variables) {
    if (!REMEMBERED.matcher(expression).matches()) {
      return null;
    }
    String unquoted = QUOTED.matcher(expression).replaceAll("\"\"");
    Matcher call = CALL.matcher(unquoted);
    while (call.find()) {
      if (!SAME_EVERY_TIME.contains(call.group(1))) {
        return null;
      }
    }
    List<Object> asked = new ArrayList<>(List.of(expression));
    Matcher name = NAME.matcher(unquoted);
    while (name.find()) {
      Object value = variables.get(name.group());
      if (!(value == null || value instanceof String || value instanceof Boolean || value instanceof Long
          || value instanceof Integer)) {
        return null;
      }
      asked.add(name.group());
      asked.add(variables.containsKey(name.group()));
      asked.add(value);
    }
    return asked;
  }
}
