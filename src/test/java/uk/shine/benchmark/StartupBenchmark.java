package uk.shine.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up time (JVM start to context ready) and used heap after a full GC, the application against
 * the bare Camunda app, each started alone and alternately so both meet the same machine load.
 */
final class StartupBenchmark {

  private StartupBenchmark() {
  }

  static Map<String, Object> run(Path bareModels, int starts) throws Exception {
    List<Double> appMillis = new ArrayList<>();
    List<Double> bareMillis = new ArrayList<>();
    List<Double> appHeap = new ArrayList<>();
    List<Double> bareHeap = new ArrayList<>();
    // one start of each first that is not counted: the operating system's file cache
    for (int i = 0; i <= starts; i++) {
      try (ServerProcess app = ServerProcess.application("startup-app-" + i, List.of())) {
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
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("starts", starts);
    result.put("applicationStartupMillis", Stats.median(appMillis));
    result.put("bareStartupMillis", Stats.median(bareMillis));
    result.put("startupRatio", Stats.round(Stats.median(appMillis) / Stats.median(bareMillis), 3));
    result.put("applicationHeapAfterGcMiB", Stats.round(Stats.median(appHeap), 1));
    result.put("bareHeapAfterGcMiB", Stats.round(Stats.median(bareHeap), 1));
    result.put("heapRatio", Stats.round(Stats.median(appHeap) / Stats.median(bareHeap), 3));
    return result;
  }
}
