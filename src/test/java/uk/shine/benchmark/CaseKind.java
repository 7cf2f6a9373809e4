package uk.shine.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.shine.socialmedia.support.Cases;

/**
 * The kinds of case the benchmark drives, chosen so that together they take every path of the
 * contract's routing table: each kind's report, its triage answers and the paths triage leads to.
 */
record CaseKind(String name, Map<String, Object> report, Map<String, Object> triage, List<String> chosenPaths,
    Map<String, Object> computed) {

  static final List<CaseKind> ALL = List.of(
      kind("parent", new Object[] {"perpetratorType", "PARENT"}, false, List.of("parent-conduct"), Map.of()),
      kind("pupil-staff-victim", new Object[] {"perpetratorType", "PUPIL", "victimType", "STAFF"}, false,
          List.of("pupil-behaviour", "victim-support"), Map.of("governorsMustConsider", false,
          "educationFromSixthDay", false, "boardReview", "NONE", "boardMayReinstate", false)),
      kind("staff-subject", new Object[] {"perpetratorType", "STAFF", "subjectUserId", "teacher2"}, false,
          List.of("staff-disciplinary"), Map.of("harmThreshold", "BREACH", "suspended", false)),
      // imagery and a safeguarding concern start two paths with the report, triage adds two more
      kind("public-imagery", new Object[] {"perpetratorType", "PUBLIC", "victimType", "PUPIL", "indecentImagery", true,
          "safeguardingConcern", true}, true, List.of("public-post-response", "police-liaison"), Map.of()));

  /**
   * @param computed what the project's delegates compute for the conditions on this kind's route
   *     (the bare models have no delegates; LifecycleBenchmark checks these against the application)
   */
  private static CaseKind kind(String name, Object[] overrides, boolean crime, List<String> chosenPaths,
      Map<String, Object> computed) {
    Map<String, Object> report = Cases.report(overrides);
    Map<String, Object> triage = new HashMap<>();
    triage.put("perpetratorType", report.get("perpetratorType"));
    triage.put("victimType", report.get("victimType"));
    triage.put("safeguardingConcern", report.get("safeguardingConcern"));
    triage.put("criminalSuspicion", crime);
    triage.put("noFurtherAction", false);
    if ("STAFF".equals(report.get("perpetratorType"))) {
      // an employee: the Disciplinary Procedure (triage asks what a member of staff is to the school)
      triage.put("subjectRelationship", "EMPLOYEE");
    }
    return new CaseKind(name, Map.copyOf(report), Map.copyOf(triage), chosenPaths, computed);
  }

  static CaseKind nth(int i) {
    return ALL.get(i % ALL.size());
  }

  /**
   * Start variables on the bare engine: the report plus what the case's own listeners and the
   * decision table would have computed, so the stripped models take the same paths.
   */
  Map<String, Object> bareStart(String businessKey) {
    Map<String, Object> start = new HashMap<>(report);
    start.put("caseReference", businessKey);
    start.put("caseManagerGroup", "headteacher");
    start.put("leaderGroup", "headteacher");
    start.put("socialCareReferralNeeded", false);
    // optional in a report, false when absent (intake defaults it; the bare models have no intake)
    start.putIfAbsent("personalDataDisclosed", false);
    start.put("chosenPaths", String.join(",", chosenPaths));
    start.putAll(computed);
    return start;
  }

  static Map<String, Object> closeCase() {
    return Map.of("outcomeCategory", "ACTION_TAKEN", "outcomeNotes", "Closed by the benchmark");
  }
}
