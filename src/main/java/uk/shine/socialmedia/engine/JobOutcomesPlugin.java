package uk.shine.socialmedia.engine;

import java.util.List;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * The job log keeps what each job did, that it ran or how it failed, and not that it was made or
 * withdrawn. Those two entries were most of the log: every notification and every step of a case
 * made one when written, and every task's deadline timer one when set and one when its task was
 * done (a case wrote about 69 entries, 29 of them outcomes). Nothing reads them here: the proof that
 * each job ran once, the incidents and Cockpit come from the outcomes and the runtime. Every other
 * history event is written as the engine writes it, by its own handlers.
 */
class JobOutcomesPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // around whatever the engine has built (its own database handler and any others): looked up on every event
    configuration.setHistoryEventHandler(new OutcomesOnly(configuration.getHistoryEventHandler()));
  }

  /** The engine's handlers, without the entries that a job was created or deleted. */
  static final class OutcomesOnly implements HistoryEventHandler {

    private final HistoryEventHandler engines;

    OutcomesOnly(HistoryEventHandler engines) {
      this.engines = engines;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!(event instanceof HistoricJobLog entry && (entry.isCreationLog() || entry.isDeletionLog()))) {
        engines.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }
}
