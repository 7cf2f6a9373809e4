package uk.shine.socialmedia.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * Work the engine does on its own account, inside or beside a person's request: the person may not
 * read what the application must (another path of the case, the group members), so their
 * authorization checks are left out for that work, and only for it.
 */
public final class EngineCommands {

  private EngineCommands() {
  }

  /** Inside an engine command (a delegate, a listener): the work, without the caller's authorization checks. */
  public static <T> T withoutAuthorization(Supplier<T> work) {
    return Context.getCommandContext().runWithoutAuthorization(work::get);
  }

  /** As {@link #withoutAuthorization(Supplier)}, for work without a result. */
  public static void withoutAuthorization(Runnable work) {
    withoutAuthorization(() -> {
      work.run();
      return null;
    });
  }

  /**
   * Outside the engine (a page, a controller): the work in an engine command of its own, or in the
   * one already running, without the caller's authorization checks.
   */
  public static <T> T withoutAuthorization(ProcessEngine engine, Supplier<T> work) {
    return inCommand(engine, () -> withoutAuthorization(work));
  }

  /**
   * Outside the engine: the work in an engine command of its own (joining one already running), so
   * {@link EngineRecords} can read by id. Authorization checks stay as they are for the caller.
   */
  public static <T> T inCommand(ProcessEngine engine, Supplier<T> work) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> work.get());
  }
}
