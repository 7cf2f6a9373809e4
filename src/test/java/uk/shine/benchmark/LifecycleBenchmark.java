package uk.shine.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

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

  Map<String, Object> run(int casesPerRound, int warmUpRounds, int rounds) {
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

  /** Seconds for one case of each kind. */
  private static double seconds(EngineDriver driver) {
    long start = System.nanoTime();
    for (CaseKind kind : CaseKind.ALL) {
      driver.run(kind);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** The bare run is only a baseline if the application's decision table chose the same paths. */
  private void checkSameShape() {
    for (CaseKind kind : CaseKind.ALL) {
      String businessKey = application.run(kind);
      var history = applicationEngine.getHistoryService();
      String caseId = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
          .processDefinitionKey(EngineDriver.CASE).singleResult().getId();
      HistoricVariableInstance chosen = history.createHistoricVariableInstanceQuery().processInstanceId(caseId)
          .variableName("chosenPaths").singleResult();
      String expected = String.join(",", kind.chosenPaths());
      if (chosen == null || !expected.equals(chosen.getValue())) {
        throw new IllegalStateException("kind " + kind.name() + ": the application chose "
            + (chosen == null ? "nothing" : chosen.getValue()) + ", the bare run assumes " + expected);
      }
      bare.run(kind);
    }
  }
}
