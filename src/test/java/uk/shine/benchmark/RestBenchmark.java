package uk.shine.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Case lifecycle over REST: the application (HTTP Basic, authorizations, plugins) against the bare
 * Camunda app, both running in their own JVMs at the same time, with rounds alternating between them.
 * A few clients work cases side by side, as several people would.
 */
final class RestBenchmark {

  private RestBenchmark() {
  }

  static Map<String, Object> run(Path bareModels, MailSink mail, int casesPerRound, int clients, int warmUps, int rounds) throws Exception {
    try (ServerProcess appServer = ServerProcess.application("rest-app", mail.applicationArgs());
        ServerProcess bareServer = ServerProcess.bare("rest-bare", bareModels)) {
      RestDriver app = new RestDriver(appServer.port, true, "demo");
      RestDriver bare = new RestDriver(bareServer.port, false, null);
      List<Double> appRates = new ArrayList<>();
      List<Double> bareRates = new ArrayList<>();
      List<Double> ratios = new ArrayList<>();
      // CPU time each JVM used per case in a round: steadier than throughput on a machine shared with other builds
      List<Double> appCpu = new ArrayList<>();
      List<Double> bareCpu = new ArrayList<>();
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      try {
        for (int round = 0; round < warmUps + rounds; round++) {
          boolean measured = round >= warmUps;
          app.recording(measured);
          bare.recording(measured);
          long appCpu0 = appServer.cpuMillis();
          long bareCpu0 = bareServer.cpuMillis();
          RestDriver first = round % 2 == 0 ? app : bare;
          RestDriver second = first == app ? bare : app;
          double firstRate = casesPerSecond(pool, first, casesPerRound, clients);
          double secondRate = casesPerSecond(pool, second, casesPerRound, clients);
          double appRate = first == app ? firstRate : secondRate;
          double bareRate = first == app ? secondRate : firstRate;
          if (measured) {
            appRates.add(appRate);
            bareRates.add(bareRate);
            ratios.add(appRate / bareRate);
          }
          double appCpuPerCase = (appServer.cpuMillis() - appCpu0) / (double) casesPerRound;
          double bareCpuPerCase = (bareServer.cpuMillis() - bareCpu0) / (double) casesPerRound;
          if (measured) {
            appCpu.add(appCpuPerCase);
            bareCpu.add(bareCpuPerCase);
          }
          Benchmark.log("REST round %d%s: application %.2f cases/s, bare %.2f cases/s; CPU ms per case: application %.0f, bare %.0f",
              round, measured ? "" : " (warm-up)", appRate, bareRate, appCpuPerCase, bareCpuPerCase);
        }
      } finally {
        pool.shutdownNow();
      }
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("casesPerRound", casesPerRound);
      result.put("clients", clients);
      result.put("rounds", rounds);
      result.put("applicationCasesPerSecond", Stats.round(Stats.median(appRates), 2));
      result.put("bareCasesPerSecond", Stats.round(Stats.median(bareRates), 2));
      // the median of each round's ratio: a round's two sides ran one right after the other
      result.put("ratio", Stats.round(Stats.median(ratios), 3));
      result.put("roundRatios", ratios);
      result.put("applicationCpuMillisPerCase", Stats.round(Stats.median(appCpu), 1));
      result.put("bareCpuMillisPerCase", Stats.round(Stats.median(bareCpu), 1));
      Map<String, Object> latency = new LinkedHashMap<>();
      for (String call : List.of("start", "task-list", "complete")) {
        latency.put(call, percentiles(app.latencies.get(call), bare.latencies.get(call)));
      }
      latency.put("all", percentiles(RestDriver.all(app.latencies), RestDriver.all(bare.latencies)));
      result.put("latencyMillis", latency);
      result.put("applicationConflictsRetried", app.conflicts.get());
      result.put("bareConflictsRetried", bare.conflicts.get());
      return result;
    }
  }

  private static Map<String, Object> percentiles(List<Double> app, List<Double> bare) {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("calls", app.size());
    figures.put("applicationP50", Stats.round(Stats.percentile(app, 50), 1));
    figures.put("applicationP95", Stats.round(Stats.percentile(app, 95), 1));
    figures.put("bareP50", Stats.round(Stats.percentile(bare, 50), 1));
    figures.put("bareP95", Stats.round(Stats.percentile(bare, 95), 1));
    return figures;
  }

  private static double casesPerSecond(ExecutorService pool, RestDriver driver, int cases, int clients) throws Exception {
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      running.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < cases; i = next.getAndIncrement()) {
          driver.run(CaseKind.nth(i), i);
        }
        return null;
      }));
    }
    for (Future<?> client : running) {
      client.get();
    }
    return cases / ((System.nanoTime() - start) / 1e9);
  }
}
