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
    for (int round = 0; round < warmUpRounds + rounds; round++) {
      boolean measured = round >= warmUpRounds;
      // alternate which goes first, so neither always runs right after the other's garbage
      EngineDriver first = round % 2 == 0 ? application : bare;
      EngineDriver second = first == application ? bare : application;
      double firstRate = casesPerSecond(first, casesPerRound);
      double secondRate = casesPerSecond(second, casesPerRound);
      if (measured) {
        (first == application ? applicationRates : bareRates).add(firstRate);
        (second == application ? applicationRates : bareRates).add(secondRate);
      }
      Benchmark.log("lifecycle round %d%s: application %.1f cases/s, bare %.1f cases/s", round, measured ? "" : " (warm-up)",
          first == application ? firstRate : secondRate, first == application ? secondRate : firstRate);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("casesPerRound", casesPerRound);
    result.put("rounds", rounds);
    result.put("applicationCasesPerSecond", Stats.round(Stats.median(applicationRates), 2));
    result.put("bareCasesPerSecond", Stats.round(Stats.median(bareRates), 2));
    result.put("ratio", Stats.round(Stats.median(applicationRates) / Stats.median(bareRates), 3));
    result.put("applicationRounds", applicationRates);
    result.put("bareRounds", bareRates);
    return result;
  }

  private static double casesPerSecond(EngineDriver driver, int cases) {
    long start = System.nanoTime();
    for (int i = 0; i < cases; i++) {
      driver.run(CaseKind.nth(i));
    }
    return cases / ((System.nanoTime() - start) / 1e9);
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
