package uk.shine.socialmedia.notification;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/** Runs a notification job: hands it to {@link MailDelivery}. A failure fails the job, which retries. */
class NotificationJobHandler implements JobHandler<Notification> {

  private final MailDelivery delivery;

  NotificationJobHandler(MailDelivery delivery) {
    this.delivery = delivery;
  }

  @Override
  public String getType() {
    return NotificationJobs.TYPE;
  }

  @Override
  public void execute(Notification notification, ExecutionEntity execution, CommandContext commandContext,
      String tenantId) {
    delivery.deliver(notification, commandContext);
  }

  @Override
  public Notification newConfiguration(String canonicalString) {
    return Notification.parse(canonicalString);
  }

  @Override
  public void onDelete(Notification notification, JobEntity job) {
    // nothing kept beside the job
  }
}
