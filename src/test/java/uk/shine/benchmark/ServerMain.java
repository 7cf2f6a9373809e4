package uk.shine.benchmark;

import java.lang.management.ManagementFactory;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
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
    passTime(context.getBean(ProcessEngine.class));
  }

  /**
   * Paths that wait for weeks on a timer catch event (victim support's welfare check-in) would stop
   * a case over REST: a thread fires those timers at once, as if the time had passed, the same way
   * on both sides. Deadlines' boundary timers and notifications keep their dates.
   */
  private static void passTime(ProcessEngine engine) {
    Thread clock = new Thread(() -> {
      ManagementService management = engine.getManagementService();
      while (true) {
        try {
          Thread.sleep(100);
          for (Job timer : management.createJobQuery().timers().list()) {
            if (EngineDriver.waitingTimer(timer) && timer.getRetries() > 0) {
              management.executeJob(timer.getId());
            }
          }
        } catch (InterruptedException stop) {
          return;
        } catch (RuntimeException raced) {
          // the instance ended or moved on meanwhile: look again next time
        }
      }
    }, "benchmark-time-passes");
    clock.setDaemon(true);
    clock.start();
  }
}
