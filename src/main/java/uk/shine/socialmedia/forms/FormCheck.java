package uk.shine.socialmedia.forms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Makes every Camunda Form binding on the server: a task completion or a process start carrying a
 * variable outside its form, a missing required field, or an option not on the list is refused
 * (HTTP 400) before anything changes ({@link FormInputCheck}), and so is what a form's
 * {@link FormRule} refuses. Without this, anyone allowed to complete a task could set any case
 * variable, such as who manages the case. The engine's {@code FormCheckPlugin} calls it for every
 * task completion and every start with a form, inside the engine command.
 */
@Component
public class FormCheck {

  private final FormSchemas schemas = new FormSchemas();
  private final List<FormRule> rules;

  public FormCheck(List<FormRule> rules) {
    this.rules = rules;
  }

  /**
   * A task's form is submitted.
   *
   * @param sent the variables the completion sends
   * @param current the variables the task sees now (for display-only fields, conditions and rules)
   * @param school the tenant id of the task's case, for rules that depend on its school
   */
  public void taskCompleted(String deploymentId, String formKey, Map<String, Object> sent, Map<String, Object> current,
      String school) {
    FormInputCheck.check(schemas.fields(deploymentId, formKey), sent, current);
    Map<String, Object> answers = new HashMap<>(current);
    answers.putAll(sent);
    rules.stream().filter(rule -> rule.formKey().equals(formKey)).forEach(rule -> rule.check(answers, school));
  }

  /** A process starts with its start form's answers. */
  public void processStarting(String deploymentId, String formKey, Map<String, Object> variables) {
    FormInputCheck.check(schemas.fields(deploymentId, formKey), variables, Map.of());
  }
}
