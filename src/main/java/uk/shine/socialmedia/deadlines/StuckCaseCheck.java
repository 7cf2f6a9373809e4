package uk.shine.socialmedia.deadlines;

import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.notification.Notifications;

/**
 * The nightly check (processes/stuck-case-check.bpmn): each stuck case is e-mailed to the administrator and
 * the DSL, by its reference only, once a night until it moves; /cases/stuck lists them meanwhile.
 */
@Component("stuckCaseCheck")
class StuckCaseCheck implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(StuckCaseCheck.class);

  private final StuckCases stuckCases;
  private final Notifications notifications;
  private final WorkingDays workingDays;

  StuckCaseCheck(StuckCases stuckCases, Notifications notifications, WorkingDays workingDays) {
    this.stuckCases = stuckCases;
    this.notifications = notifications;
    this.workingDays = workingDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String day = workingDays.today().format(DateTimeFormatter.BASIC_ISO_DATE);
    var stuck = stuckCases.find();
    stuck.forEach(found -> notifications.caseStuck(found.caseInstanceId(), found.processDefinitionId(), day));
    LOG.info("Stuck-case check: {} open case(s) stuck", stuck.size());
  }
}
