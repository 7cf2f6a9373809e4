package uk.shine.benchmark;

import java.lang.management.ManagementFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs one Spring Boot application in its own JVM (the application or the bare Camunda app) and
 * reports, once it is ready, its start-up time since the JVM started and its used heap after a full
 * garbage collection, on a line the benchmark reads from the log.
 */
public final class ServerMain {

  static final String READY = "BENCHMARK-READY";

  private ServerMain() {
  }

  public static void main(String[] args) throws Exception {
    Class<?> application = Class.forName(args[0]);
    String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
    ConfigurableApplicationContext context = SpringApplication.run(application, rest);
    long startupMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    System.gc();
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    System.out.println(READY + " port=" + context.getEnvironment().getProperty("local.server.port")
        + " startupMillis=" + startupMillis + " heapAfterGc=" + heap);
  }
}
