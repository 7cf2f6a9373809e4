package uk.shine.socialmedia.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * For the two-node test only (profile test-hung-node, in the second node's JVM): once the file
 * named by {@code socialmedia.test.hang-file} exists, the node's job executor still acquires and
 * locks jobs but never runs them, like a node whose machine froze. The test then kills it.
 */
@Component
@Profile("test-hung-node")
public class HungNode extends AbstractProcessEnginePlugin {

  private final Path trigger;

  public HungNode(@Value("${socialmedia.test.hang-file}") String trigger) {
    this.trigger = Path.of(trigger);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        if (command instanceof ExecuteJobsCmd && Files.exists(trigger)) {
          try {
            Thread.sleep(Long.MAX_VALUE);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("hung node interrupted", e);
          }
        }
        return next.execute(command);
      }
    });
  }
}
