package uk.shine.socialmedia.databreach;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.CalendarProperties;
import uk.shine.socialmedia.engine.EngineRecords;
import uk.shine.socialmedia.engine.EngineTime;
import uk.shine.socialmedia.intake.ConcernVariables;

/**
 * Start of a breach: when the school became aware, the 72-hour ICO deadline counted in hours from then
 * (not working days), when the head teacher is brought in, and the breach's first row in the register.
 * Aware means the report's receipt (the case's start) for a case, even when triage found the breach
 * later; otherwise the moment the breach was raised (a take-down that found a restricted child shown).
 */
@Component("openBreach")
class OpenBreach implements ExecutionListener {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

  private final BreachProperties properties;
  private final ZoneId zone;
  private final BreachRegister register;

  OpenBreach(BreachProperties properties, CalendarProperties calendar, BreachRegister register) {
    this.properties = properties;
    this.zone = calendar.zone();
    this.register = register;
  }

  @Override
  public void notify(DelegateExecution execution) {
    BreachVariables breach = BreachVariables.of(execution);
    HistoricProcessInstance root = EngineRecords.historicInstance(EngineRecords.rootInstanceId(execution));
    boolean ofACase = root != null && ConcernVariables.PROCESS_KEY.equals(root.getProcessDefinitionKey());
    Instant aware = ofACase ? root.getStartTime().toInstant() : EngineTime.instant();
    if (breach.string(BreachVariables.ORIGIN) == null) {
      DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
      // the case starts it beside triage (the report said so) or through routing (triage found it)
      breach.set(BreachVariables.ORIGIN, caller != null && "handle-data-breach".equals(caller.getCurrentActivityId())
          ? BreachOrigin.REPORT.name() : BreachOrigin.TRIAGE.name());
    }
    Instant due = aware.plus(properties.icoWithin());
    breach.set(BreachVariables.BECAME_AWARE_AT, Date.from(aware));
    breach.set(BreachVariables.ICO_DUE, Date.from(due));
    breach.set(BreachVariables.ICO_DUE_TEXT, SHOWN.format(due.atZone(zone)));
    breach.set(BreachVariables.ICO_ESCALATE_AT, Date.from(aware.plus(properties.escalateAfter())));
    register.save(BreachRegister.Entry.of(execution));
  }

  /** How the school came to know of a breach. */
  enum BreachOrigin { REPORT, TRIAGE, IMAGE_PUBLICATION }
}
