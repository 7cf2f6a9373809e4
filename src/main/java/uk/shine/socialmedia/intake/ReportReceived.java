package uk.shine.socialmedia.intake;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import uk.shine.socialmedia.engine.EngineRecords;
import uk.shine.socialmedia.engine.EngineTime;

/**
 * When the school was told: the start of the case the report opened, for any of its paths, however
 * late that path opens. Statutory clocks that run from the report count from here (KCSIE Part 4: the
 * LADO within one working day of the allegation reaching the school).
 */
public final class ReportReceived {

  private ReportReceived() {
  }

  /** The case's start; now for a path started on its own, outside a case, before history has it. */
  public static Date at(DelegateExecution execution) {
    HistoricProcessInstance theCase = EngineRecords.historicInstance(EngineRecords.rootInstanceId(execution));
    return theCase == null || theCase.getStartTime() == null ? EngineTime.now() : theCase.getStartTime();
  }
}
