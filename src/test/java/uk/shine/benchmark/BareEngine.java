package uk.shine.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * The baseline: a plain engine (no Spring, no plugins, authorizations off, job executor off) on its
 * own in-memory H2, with the same history level and id generator as the application, running the
 * bare models.
 */
final class BareEngine {

  private BareEngine() {
  }

  static ProcessEngine start(String name, String historyLevel, List<Path> models) throws IOException {
    return start(name, historyLevel, models, null);
  }

  /** @param counter counts the engine's statements (null: none) */
  static ProcessEngine start(String name, String historyLevel, List<Path> models, StatementCounter counter)
      throws IOException {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    if (counter != null) {
      configuration.setDataSource(counter.wrap(new org.apache.ibatis.datasource.pooled.PooledDataSource(
          "org.h2.Driver", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "")));
    }
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(historyLevel);
    configuration.setJobExecutorActivate(false);
    configuration.setAuthorizationEnabled(false);
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setBeans(Map.of("choosePaths", new BareChoosePaths()));
    ProcessEngine engine = configuration.buildProcessEngine();
    deploy(engine, models);
    return engine;
  }

  static void deploy(ProcessEngine engine, List<Path> models) throws IOException {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("bare");
    for (Path model : models) {
      try (InputStream in = Files.newInputStream(model)) {
        deployment.addString(model.getFileName().toString(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    deployment.deploy();
  }
}
