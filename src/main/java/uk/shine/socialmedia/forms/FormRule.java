package uk.shine.socialmedia.forms;

import java.util.Map;
import java.util.function.Consumer;

/**
 * A rule joining several answers of one form, checked on the server before the task completes.
 * Rules run before the engine touches the task, so a refusal reaches the person as HTTP 400 with
 * its message (an exception thrown from a task listener would reach them as HTTP 500).
 */
public interface FormRule {

  /** The Camunda Form id this rule belongs to. */
  String formKey();

  /**
   * @param answers what the case will hold once the submission is applied
   * @throws RefusedInput naming the variable to correct
   */
  void check(Map<String, Object> answers);

  /**
   * As {@link #check(Map)}, for a rule that depends on the school of the case (its calendar, its registers).
   *
   * @param school the tenant id of the task's case; null for a record of no school
   */
  default void check(Map<String, Object> answers, String school) {
    check(answers);
  }

  /** A rule of one form from its check alone (for rules declared as beans beside their siblings). */
  static FormRule of(String formKey, Consumer<Map<String, Object>> check) {
    return new FormRule() {
      @Override
      public String formKey() {
        return formKey;
      }

      @Override
      public void check(Map<String, Object> answers) {
        check.accept(answers);
      }
    };
  }
}
