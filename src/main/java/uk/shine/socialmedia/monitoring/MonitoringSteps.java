package uk.shine.socialmedia.monitoring;

import static uk.shine.socialmedia.monitoring.MonitoringVariables.AUTHORISED;
import static uk.shine.socialmedia.monitoring.MonitoringVariables.AUTHORISED_UNTIL;
import static uk.shine.socialmedia.monitoring.MonitoringVariables.DECIDED_BY;
import static uk.shine.socialmedia.monitoring.MonitoringVariables.DECISION;
import static uk.shine.socialmedia.monitoring.MonitoringVariables.ENDED;
import static uk.shine.socialmedia.monitoring.MonitoringVariables.ENDS_AT;
import static uk.shine.socialmedia.monitoring.MonitoringVariables.IN_FORCE;
import static uk.shine.socialmedia.monitoring.MonitoringVariables.REVIEW_DUE;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.CalendarProperties;
import uk.shine.socialmedia.deadlines.WorkingDays;
import uk.shine.socialmedia.engine.EngineTime;
import uk.shine.socialmedia.engine.EngineUser;
import uk.shine.socialmedia.notification.Notifications;

/**
 * The steps of {@code systems-monitoring} its model names: {@code ${monitoringSteps.decided(task)}}
 * on the authorisation, {@code ${monitoringSteps.tellDataProtectionLead(execution)}} after one, and
 * {@code ${monitoringSteps.ended(execution)}} when it stops.
 */
@Component("monitoringSteps")
public class MonitoringSteps {

  /** Working days before the end date that the investigating officer is asked to renew, stop or let it end. */
  static final int REVIEW_WORKING_DAYS_BEFORE = 2;

  private final WorkingDays workingDays;
  private final CalendarProperties calendar;
  private final Notifications notifications;

  MonitoringSteps(WorkingDays workingDays, CalendarProperties calendar, Notifications notifications) {
    this.workingDays = workingDays;
    this.calendar = calendar;
    this.notifications = notifications;
  }

  /**
   * Who decided; an authorisation stands until the end of its end date (a refusal of a renewal
   * leaves the authorisation before it standing until its own date).
   */
  public void decided(DelegateTask task) {
    MonitoringVariables monitoring = MonitoringVariables.of(task.getExecution());
    monitoring.set(DECIDED_BY, EngineUser.inCommand());
    if (!AUTHORISED.equals(monitoring.text(DECISION))) {
      return;
    }
    LocalDate end = monitoring.endDate();
    monitoring.set(AUTHORISED_UNTIL, end.toString());
    monitoring.set(ENDS_AT, Date.from(end.plusDays(1).atStartOfDay(calendar.zone()).toInstant()));
    monitoring.set(IN_FORCE, true);
    LocalDate reviewOn = workingDays.minus(end, REVIEW_WORKING_DAYS_BEFORE);
    monitoring.set(REVIEW_DUE, workingDays.endOf(reviewOn.isBefore(workingDays.today()) ? end : reviewOn));
  }

  /** The data protection lead hears that an authorisation was given: the case reference only. */
  public void tellDataProtectionLead(DelegateExecution execution) {
    notifications.monitoringAuthorised(execution);
  }

  public void ended(DelegateExecution execution) {
    MonitoringVariables monitoring = MonitoringVariables.of(execution);
    Date endsAt = monitoring.endsAt();
    boolean early = endsAt != null && EngineTime.now().before(endsAt);
    monitoring.set(ENDED, early ? MonitoringVariables.STOPPED_EARLY : MonitoringVariables.ON_END_DATE);
    monitoring.set(IN_FORCE, false);
  }
}
