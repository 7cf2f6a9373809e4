package uk.shine.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up time (JVM start to context ready) and used heap after a full GC, the application against
 * the bare Camunda app, each started alone. Each application start is paired with a bare start right
 * after it, and the figure is the median of the pairs' ratios: on a shared machine single starts
 * range over a factor of two, but the two starts of a pair meet about the same load.
 */
final class StartupBenchmark {

  private StartupBenchmark() {
  }

  static Map<String, Object> run(Path bareModels, int starts) throws Exception {
    List<Double> appMillis = new ArrayList<>();
    List<Double> bareMillis = new ArrayList<>();
    List<Double> appHeap = new ArrayList<>();
    List<Double> bareHeap = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    List<Double> heapRatios = new ArrayList<>();
    // one start of each first that is not counted: the operating system's file cache
    for (int i = 0; i <= starts; i++) {
      // the default profile's own SMTP server on a free port: the usual 3025 may be taken on a shared machine
      try (ServerProcess app = ServerProcess.application("startup-app-" + i, List.of("--spring.mail.port=" + freePort()))) {
        if (i > 0) {
          appMillis.add((double) app.startupMillis);
          appHeap.add(app.heapAfterGc / 1048576.0);
        }
        Benchmark.log("start %d: application %d ms, %.0f MiB", i, app.startupMillis, app.heapAfterGc / 1048576.0);
      }
      try (ServerProcess bare = ServerProcess.bare("startup-bare-" + i, bareModels)) {
        if (i > 0) {
          bareMillis.add((double) bare.startupMillis);
          bareHeap.add(bare.heapAfterGc / 1048576.0);
        }
        Benchmark.log("start %d: bare %d ms, %.0f MiB", i, bare.startupMillis, bare.heapAfterGc / 1048576.0);
      }
      if (i > 0) {
        ratios.add(appMillis.get(i - 1) / bareMillis.get(i - 1));
        heapRatios.add(appHeap.get(i - 1) / bareHeap.get(i - 1));
      }
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("starts", starts);
    result.put("applicationStartupMillis", Stats.median(appMillis));
    result.put("bareStartupMillis", Stats.median(bareMillis));
    result.put("startupRatio", Stats.round(Stats.median(ratios), 3));
    result.put("startupPairRatios", ratios);
    result.put("applicationHeapAfterGcMiB", Stats.round(Stats.median(appHeap), 1));
    result.put("bareHeapAfterGcMiB", Stats.round(Stats.median(bareHeap), 1));
    result.put("heapRatio", Stats.round(Stats.median(heapRatios), 3));
    return result;
  }

  private static int freePort() throws java.io.IOException {
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      return free.getLocalPort();
    }
  }
}
