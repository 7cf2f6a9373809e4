package uk.shine.socialmedia.engine.plugins;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Adds an engine command interceptor in front of the engine's own (transaction, command context), so
 * it sees each command as it is sent: there, no command context yet means nobody's command is running.
 */
final class OutermostInterceptors {

  private OutermostInterceptors() {
  }

  static void add(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(interceptor);
  }
}
