package uk.shine.socialmedia.forms;

import java.util.Map;

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
}
