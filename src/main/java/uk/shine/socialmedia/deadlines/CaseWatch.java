package uk.shine.socialmedia.deadlines;

import org.springframework.stereotype.Component;

/**
 * The timers of processes/deadline-check.bpmn and stuck-case-check.bpmn, from configuration:
 * {@code ${caseWatch.deadlineCheck}} and {@code ${caseWatch.stuckCheck}}. The engine reads them when
 * the models are deployed (a change needs a new deployment); the tests set timers that never fire and
 * run the checks themselves.
 */
@Component("caseWatch")
public class CaseWatch {

  private final TaskDeadlineProperties properties;

  CaseWatch(TaskDeadlineProperties properties) {
    this.properties = properties;
  }

  public String getDeadlineCheck() {
    return properties.deadlineCheck();
  }

  public String getStuckCheck() {
    return properties.stuckCheck();
  }
}
