package uk.shine.benchmark;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.shine.socialmedia.SocialMediaCasesApplication;

/**
 * Issue 10: how close the case engine runs to the bare Camunda engine. Every figure is a ratio
 * against a baseline measured in the same run, because the machine is shared. Sizes and repetitions
 * are system properties (bench.*), see the benchmark profile in pom.xml and docs/performance.md.
 */
public final class Benchmark {

  private Benchmark() {
  }

  public static void main(String[] args) throws Exception {
    List<String> phases = Arrays.asList(setting("bench.phases", "startup,rest,lifecycle,tasklist").split(","));
    List<Path> bareModels = BareModels.write(Path.of("processes"), Path.of("forms"), Path.of("target/bare-models"));
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("machine", Machine.describe());

    if (phases.contains("startup")) {
      results.put("startup", StartupBenchmark.run(bareModels.get(0).getParent(), intSetting("bench.starts", 3)));
    }
    if (phases.contains("rest")) {
      results.put("rest", RestBenchmark.run(bareModels.get(0).getParent(), intSetting("bench.rest.cases", 16),
          intSetting("bench.rest.clients", 2), intSetting("bench.warmups", 2), intSetting("bench.rounds", 5)));
    }
    if (phases.contains("lifecycle") || phases.contains("tasklist")) {
      // bench.app.args: extra application arguments, to measure what a setting costs (docs/performance.md)
      ConfigurableApplicationContext app = inProcessApplication("bench-app",
          setting("bench.app.args", "").isBlank() ? new String[0] : setting("bench.app.args", "").split(" "));
      try {
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        if (phases.contains("lifecycle")) {
          ProcessEngine bare = BareEngine.start("bench-bare", "full", bareModels);
          try {
            results.put("lifecycle", new LifecycleBenchmark(engine, bare).run(intSetting("bench.lifecycle.cases", 24),
                intSetting("bench.warmups", 2), intSetting("bench.rounds", 5)));
          } finally {
            bare.close();
          }
        }
        if (phases.contains("tasklist")) {
          results.put("taskList", new TaskListBenchmark(engine, app.getBean(javax.sql.DataSource.class)).run(
              intSetting("bench.openCases", 2000), intSetting("bench.completedCases", 20000), intSetting("bench.queries", 50)));
        }
      } finally {
        app.close();
      }
    }
    Report.write(results);
  }

  /** The application itself (its web server on a free port, unused here), on a private in-memory database; jobs run by the driver. */
  static ConfigurableApplicationContext inProcessApplication(String database, String... more) {
    String[] args = {
        "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
        "--camunda.bpm.job-execution.enabled=false",
        "--server.port=0",
        "--logging.level.root=WARN",
    };
    String[] all = java.util.stream.Stream.concat(Arrays.stream(args), Arrays.stream(more)).toArray(String[]::new);
    return new SpringApplicationBuilder(SocialMediaCasesApplication.class).bannerMode(Banner.Mode.OFF).run(all);
  }

  static String setting(String name, String fallback) {
    return System.getProperty(name, fallback);
  }

  static int intSetting(String name, int fallback) {
    return Integer.parseInt(setting(name, Integer.toString(fallback)));
  }

  static void log(String format, Object... args) {
    System.out.println("[benchmark " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + String.format(format, args));
  }
}
