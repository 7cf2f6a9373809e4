package uk.shine.socialmedia.triage;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.notification.Notifications;

/**
 * Triage done: the person who reported the case is told it has been seen, with no detail, even when
 * triage closes it. On the {@code triage} task of {@code social-media-concern}, after {@link ConfirmTriage}.
 */
@Component("tellReporterReportSeen")
class TellReporterReportSeen implements TaskListener {

  private final Notifications notifications;

  TellReporterReportSeen(Notifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void notify(DelegateTask task) {
    notifications.reportSeen(task.getExecution());
  }
}
