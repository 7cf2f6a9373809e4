package uk.shine.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.shine.socialmedia.SocialMediaCasesApplication;

/**
 * One application in a JVM of its own, started from the benchmark's classpath with the same JVM
 * options for both, its output in target/benchmark-logs.
 */
final class ServerProcess implements AutoCloseable {

  private static final Pattern READY = Pattern.compile(ServerMain.READY + " port=(\\d+) startupMillis=(\\d+) heapAfterGc=(\\d+)");
  private static final List<String> JVM_OPTIONS = List.of("-Xmx1g", "-XX:+UseG1GC");
  /**
   * Further options for both servers' JVMs (a profiler: -Dbench.server.jvmArgs="-XX:StartFlightRecording=filename=target/{name}.jfr"),
   * space-separated; {name} becomes the server's name (rest-app, rest-bare, ...).
   */
  private static final String MORE_JVM_OPTIONS = System.getProperty("bench.server.jvmArgs", "");

  final int port;
  final long startupMillis;
  final long heapAfterGc;
  private final Process process;

  private ServerProcess(Process process, Matcher ready) {
    this.process = process;
    this.port = Integer.parseInt(ready.group(1));
    this.startupMillis = Long.parseLong(ready.group(2));
    this.heapAfterGc = Long.parseLong(ready.group(3));
  }

  /** The application as shipped (default profile: demo users, authorizations, job executor) on in-memory H2. */
  static ServerProcess application(String name, List<String> more) throws Exception {
    List<String> args = new ArrayList<>(List.of("--spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1"));
    args.addAll(more);
    return start(name, SocialMediaCasesApplication.class.getName(), args.toArray(String[]::new));
  }

  /** The bare Camunda Spring Boot app, with the bare models and none of the project's configuration. */
  static ServerProcess bare(String name, Path models) throws Exception {
    String dir = "file:" + models.toAbsolutePath() + "/";
    return start(name, BareCamundaApplication.class.getName(),
        // not the project's application.yaml, which sits on the same classpath
        "--spring.config.name=bare-benchmark",
        // Flyway is on the shared classpath for the project's own tables, which the bare app has none of
        "--spring.flyway.enabled=false",
        "--spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
        "--spring.jersey.application-path=/engine-rest",
        "--camunda.bpm.history-level=full",
        "--camunda.bpm.deployment-resource-pattern=" + dir + "*.bpmn," + dir + "*.dmn," + dir + "*.form");
  }

  private static ServerProcess start(String name, String mainClass, String... args) throws Exception {
    Path log = Path.of("target/benchmark-logs", name + ".log");
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(JVM_OPTIONS);
    for (String option : MORE_JVM_OPTIONS.trim().split("\\s+")) {
      if (!option.isEmpty()) {
        command.add(option.replace("{name}", name));
      }
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), ServerMain.class.getName(), mainClass,
        "--server.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      Matcher ready = READY.matcher(Files.readString(log));
      if (ready.find()) {
        return new ServerProcess(process, ready);
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " did not start, see " + log);
      }
      Thread.sleep(100);
    }
    process.destroyForcibly();
    throw new IllegalStateException(name + " did not start within 3 minutes, see " + log);
  }

  /** CPU time the server's JVM has used so far, milliseconds. */
  long cpuMillis() {
    return process.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
  }

  @Override
  public void close() throws IOException, InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
