package uk.shine.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import uk.shine.socialmedia.intake.ConcernVariables;

/**
 * Case lifecycle throughput in one JVM: rounds of cases alternate between the application's engine
 * and the bare engine, so both see the same machine load; the median round of each is reported.
 */
final class LifecycleBenchmark {

  private final EngineDriver application;
  private final EngineDriver bare;
  private final ProcessEngine applicationEngine;

  LifecycleBenchmark(ProcessEngine applicationEngine, ProcessEngine bareEngine) {
    this.applicationEngine = applicationEngine;
    this.application = new EngineDriver(applicationEngine, true);
    this.bare = new EngineDriver(bareEngine, false);
  }

  Map<String, Object> run(int casesPerRound, int warmUpRounds, int rounds) throws java.io.IOException {
    checkSameShape();
    List<Double> applicationRates = new ArrayList<>();
    List<Double> bareRates = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    for (int round = 0; round < warmUpRounds + rounds; round++) {
      // one case of each kind on one side, then on the other, and so on: both meet the same load
      double applicationSeconds = 0;
      double bareSeconds = 0;
      for (int done = 0; done < casesPerRound; done += CaseKind.ALL.size()) {
        applicationSeconds += seconds(application);
        bareSeconds += seconds(bare);
      }
      double applicationRate = casesPerRound / applicationSeconds;
      double bareRate = casesPerRound / bareSeconds;
      if (round >= warmUpRounds) {
        applicationRates.add(applicationRate);
        bareRates.add(bareRate);
        ratios.add(applicationRate / bareRate);
      }
      Benchmark.log("lifecycle round %d%s: application %.1f cases/s, bare %.1f cases/s", round,
          round >= warmUpRounds ? "" : " (warm-up)", applicationRate, bareRate);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("casesPerRound", casesPerRound);
    result.put("rounds", rounds);
    result.put("applicationCasesPerSecond", Stats.round(Stats.median(applicationRates), 2));
    result.put("bareCasesPerSecond", Stats.round(Stats.median(bareRates), 2));
    // the median of each round's ratio: a round's two sides ran under the same load
    result.put("ratio", Stats.round(Stats.median(ratios), 3));
    result.put("roundRatios", ratios);
    return result;
  }

  /** Seconds for one case of each kind, on a thread named for its side, so that a profiler tells the two apart. */
  private double seconds(EngineDriver driver) {
    double[] seconds = new double[1];
    RuntimeException[] failure = new RuntimeException[1];
    Thread side = new Thread(() -> {
      long start = System.nanoTime();
      try {
        for (CaseKind kind : CaseKind.ALL) {
          driver.run(kind);
        }
      } catch (RuntimeException e) {
        failure[0] = e;
      }
      seconds[0] = (System.nanoTime() - start) / 1e9;
    }, driver == application ? "lifecycle-application" : "lifecycle-bare");
    side.start();
    try {
      side.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (failure[0] != null) {
      throw failure[0];
    }
    return seconds[0];
  }

  /**
   * The bare run is only a baseline if it takes the same paths: the application's decision table
   * chose exactly the paths the bare run is given, and every value the project's delegates computed
   * for a condition is the one the bare run is given at start.
   */
  private void checkSameShape() throws java.io.IOException {
    java.util.Set<String> computed = BareModels.computedConditionVariables(java.nio.file.Path.of("processes"),
        java.nio.file.Path.of("forms"));
    List<String> differences = new ArrayList<>();
    var history = applicationEngine.getHistoryService();
    for (CaseKind kind : CaseKind.ALL) {
      String businessKey = application.run(kind);
      String caseId = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
          .processDefinitionKey(EngineDriver.CASE).singleResult().getId();
      List<String> instances = new ArrayList<>(List.of(caseId));
      history.createHistoricProcessInstanceQuery().superProcessInstanceId(caseId).list()
          .forEach(path -> instances.add(path.getId()));
      Map<String, Object> bareStart = kind.bareStart("check");
      Map<String, Object> chosen = new LinkedHashMap<>();
      for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(instances.toArray(String[]::new)).list()) {
        if (computed.contains(variable.getName()) || ConcernVariables.CHOSEN_PATHS.equals(variable.getName())
            || ConcernVariables.POLICE_LIAISON_STARTED.equals(variable.getName())) {
          chosen.put(variable.getName(), variable.getValue());
        }
      }
      if (Boolean.TRUE.equals(chosen.remove(ConcernVariables.POLICE_LIAISON_STARTED))) {
        // the police told on a path start police liaison there (a listener, which the bare models lack); the bare
        // run is given it at triage instead, so it counts as chosen
        chosen.computeIfPresent(ConcernVariables.CHOSEN_PATHS,
            (name, paths) -> paths + "," + ConcernVariables.POLICE_LIAISON_PATH);
      }
      chosen.computeIfPresent(ConcernVariables.CHOSEN_PATHS, (name, paths) -> paths(paths));
      bareStart.computeIfPresent(ConcernVariables.CHOSEN_PATHS, (name, paths) -> paths(paths));
      chosen.forEach((name, value) -> {
        if (!java.util.Objects.equals(String.valueOf(value), String.valueOf(bareStart.get(name)))) {
          differences.add(kind.name() + ": the application has " + name + "=" + value + ", the bare run is given "
              + bareStart.get(name));
        }
      });
    }
    if (!differences.isEmpty()) {
      throw new IllegalStateException("the bare run would take other paths (CaseKind.bareStart): " + differences);
    }
    CaseKind.ALL.forEach(bare::run);
  }

  /** Paths as a set, whatever order and form they were recorded in. */
  private static java.util.SortedSet<String> paths(Object paths) {
    java.util.SortedSet<String> set = new java.util.TreeSet<>();
    for (String path : String.valueOf(paths).split("[\\[\\],\\s]+")) {
      if (!path.isEmpty()) {
        set.add(path);
      }
    }
    return set;
  }
}
