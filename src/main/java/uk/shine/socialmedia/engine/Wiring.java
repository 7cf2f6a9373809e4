package uk.shine.socialmedia.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;

/**
 * Where a plugin puts its parts in the engine's configuration, after those of the plugins before it
 * ({@link EnginePlugins} lists them in order).
 */
final class Wiring {

  private Wiring() {
  }

  /**
   * A command interceptor in front of the engine's own (transaction, command context), so it sees
   * each command as it is sent: there, no command context yet means nobody's command is running.
   */
  static void beforeTheTransaction(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    preInterceptors(configuration).add(interceptor);
  }

  /** As {@link #beforeTheTransaction}, in front of every other interceptor. */
  static void outermostOfAll(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    preInterceptors(configuration).add(0, interceptor);
  }

  /** A command interceptor inside the engine's transaction and command context, just before the command runs. */
  static void insideTheTransaction(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    list(configuration::getCustomPostCommandInterceptorsTxRequired,
        configuration::setCustomPostCommandInterceptorsTxRequired).add(interceptor);
  }

  /** A parse listener for every model the engine deploys, after the engine's own. */
  static void everyModel(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
    list(configuration::getCustomPostBPMNParseListeners, configuration::setCustomPostBPMNParseListeners).add(listener);
  }

  /** A variable serializer ahead of the engine's own. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  static void beforeTheEnginesSerializers(ProcessEngineConfigurationImpl configuration, TypedValueSerializer serializer) {
    list(configuration::getCustomPreVariableSerializers, configuration::setCustomPreVariableSerializers).add(serializer);
  }

  @SuppressWarnings("rawtypes")
  static void jobHandler(ProcessEngineConfigurationImpl configuration, JobHandler handler) {
    list(configuration::getCustomJobHandlers, configuration::setCustomJobHandlers).add(handler);
  }

  static void incidentHandler(ProcessEngineConfigurationImpl configuration, IncidentHandler handler) {
    list(configuration::getCustomIncidentHandlers, configuration::setCustomIncidentHandlers).add(handler);
  }

  private static List<CommandInterceptor> preInterceptors(ProcessEngineConfigurationImpl configuration) {
    return list(configuration::getCustomPreCommandInterceptorsTxRequired,
        configuration::setCustomPreCommandInterceptorsTxRequired);
  }

  /** The configuration's list, made when first needed. */
  private static <T> List<T> list(Supplier<List<T>> get, Consumer<List<T>> set) {
    if (get.get() == null) {
      set.accept(new ArrayList<>());
    }
    return get.get();
  }
}
