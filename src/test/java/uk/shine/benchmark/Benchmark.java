package uk.shine.benchmark;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.shine.socialmedia.SocialMediaCasesApplication;

/**
 * How close the case engine runs to the bare Camunda engine. Every figure is a ratio
 * against a baseline measured in the same run, because the machine is shared. Sizes and repetitions
 * are system properties (bench.*), see the benchmark profile in pom.xml and docs/performance.md.
 */
public final class Benchmark {

  private Benchmark() {
  }

  public static void main(String[] args) throws Exception {
    try {
      run();
    } catch (Exception | Error e) {
      e.printStackTrace();
      // the mail sink's and the applications' threads would keep the JVM (and Maven) waiting
      System.exit(1);
    }
    System.exit(0);
  }

  private static void run() throws Exception {
    List<String> phases = Arrays.asList(setting("bench.phases", "statements,startup,rest,lifecycle,tasklist").split(","));
    List<Path> bareModels = BareModels.write(Path.of("processes"), Path.of("forms"), Path.of("target/bare-models"));
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("machine", Machine.describe());
    Map<String, Integer> mails = new LinkedHashMap<>();
    try (MailSink mail = new MailSink()) {
      if (phases.contains("statements")) {
        int before = mail.received();
        results.put("statements", StatementsBenchmark.run(mail, bareModels, appArgs()));
        mails.put("statements", mail.received() - before);
      }
      if (phases.contains("startup")) {
        results.put("startup", StartupBenchmark.run(bareModels.get(0).getParent(), intSetting("bench.starts", 3)));
      }
      if (phases.contains("rest")) {
        int before = mail.received();
        results.put("rest", RestBenchmark.run(bareModels.get(0).getParent(), mail, intSetting("bench.rest.cases", 16),
            intSetting("bench.rest.clients", 2), intSetting("bench.warmups", 2), intSetting("bench.rounds", 5)));
        mails.put("rest", mail.received() - before);
      }
      if (phases.contains("lifecycle")) {
        int before = mail.received();
        // bench.app.args: extra application arguments, to measure what a setting costs (docs/performance.md)
        try (ConfigurableApplicationContext app = inProcessApplication("jdbc:h2:mem:bench-app;DB_CLOSE_DELAY=-1",
            mail, appArgs());
            AutoCloseableEngine bare = new AutoCloseableEngine(BareEngine.start("bench-bare", "full", bareModels))) {
          results.put("lifecycle", new LifecycleBenchmark(app.getBean(ProcessEngine.class), bare.engine()).run(
              intSetting("bench.lifecycle.cases", 40), intSetting("bench.warmups", 2), intSetting("bench.rounds", 5)));
        }
        mails.put("lifecycle", mail.received() - before);
      }
      if (phases.contains("tasklist")) {
        // bench.db: the databases the task list is measured on, each with its own application and baseline
        Map<String, Object> taskLists = new LinkedHashMap<>();
        for (String database : setting("bench.db", "h2,postgres").split(",")) {
          TaskListBenchmark.removeDatabase();
          long started = System.nanoTime();
          QueryPlans plans = new QueryPlans(database);
          try (TaskListDatabase db = TaskListDatabase.start(database);
              ConfigurableApplicationContext app = inProcessApplication(db.url(), mail, plans::wrap,
                  concat(db.applicationArgs(), appArgs()))) {
            Map<String, Object> figures = new TaskListBenchmark(app.getBean(ProcessEngine.class), app.getBean(DataSource.class), plans)
                .run(intSetting("bench.openCases", 10000), intSetting("bench.completedCases", 100000),
                    intSetting("bench.queries", 50), copiedHistory());
            figures.put("secondsInAll", Math.round((System.nanoTime() - started) / 1e9));
            taskLists.put(database, figures);
          }
        }
        results.put("taskList", taskLists);
      }
      // what the application's notifications handed to the SMTP sink, per phase (the bare side sends none)
      results.put("mailsReceived", mails);
    }
    Report.write(results);
  }

  private static String[] concat(List<String> first, String[] then) {
    List<String> all = new java.util.ArrayList<>(first);
    all.addAll(Arrays.asList(then));
    return all.toArray(String[]::new);
  }

  private static String[] appArgs() {
    return setting("bench.app.args", "").isBlank() ? new String[0] : setting("bench.app.args", "").split(" ");
  }

  /** The application itself (its web server on a free port, unused here), on a private in-memory database; jobs run by the driver. */
  static ConfigurableApplicationContext inProcessApplication(String databaseUrl, MailSink mail, String... more) {
    return inProcessApplication(databaseUrl, mail, (java.util.function.UnaryOperator<DataSource>) null, more);
  }

  /** @param counter counts the statements sent through the application's data source (null: none) */
  static ConfigurableApplicationContext inProcessApplication(String databaseUrl, MailSink mail, StatementCounter counter,
      String... more) {
    return inProcessApplication(databaseUrl, mail, counter == null ? null : counter::wrap, more);
  }

  /** @param proxy wraps the application's data source (a datasource proxy that sees its statements; null: none) */
  static ConfigurableApplicationContext inProcessApplication(String databaseUrl, MailSink mail,
      java.util.function.UnaryOperator<DataSource> proxy, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of(
        "--spring.datasource.url=" + databaseUrl,
        "--camunda.bpm.job-execution.enabled=false",
        "--server.port=0",
        "--logging.level.root=WARN"));
    args.addAll(mail.applicationArgs());
    args.addAll(Arrays.asList(more));
    SpringApplicationBuilder builder = new SpringApplicationBuilder(SocialMediaCasesApplication.class).bannerMode(Banner.Mode.OFF);
    if (proxy != null) {
      builder.initializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          return bean instanceof DataSource dataSource ? proxy.apply(dataSource) : bean;
        }
      }));
    }
    return builder.run(args.toArray(String[]::new));
  }

  /** A bare engine closed with try-with-resources. */
  private record AutoCloseableEngine(ProcessEngine engine) implements AutoCloseable {
    @Override
    public void close() {
      engine.close();
    }
  }

  /** bench.historyTables: the history tables copied for each completed case ("all", or a comma-separated list). */
  private static java.util.Set<String> copiedHistory() {
    String tables = setting("bench.historyTables", "ACT_HI_PROCINST,ACT_HI_TASKINST");
    return "all".equals(tables) ? java.util.Set.of() : java.util.Set.of(tables.split(","));
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
