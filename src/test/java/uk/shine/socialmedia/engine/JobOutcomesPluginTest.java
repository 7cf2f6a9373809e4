package uk.shine.socialmedia.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.Cases.report;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;

/**
 * The job log holds what jobs did, not that they were made or withdrawn: a case's steps and
 * notifications ran and say so; making them, and withdrawing a deadline warning, leave nothing; the
 * rest of the case's history is whole.
 */
@CaseEngineTest
class JobOutcomesPluginTest {

  @Autowired Cases cases;
  @Autowired HistoryService history;
  @Autowired ManagementService management;

  @Test
  void a_case_leaves_the_outcomes_of_its_jobs_and_no_entry_for_making_or_withdrawing_one() {
    long jobsBefore = history.createHistoricJobLogQuery().successLog().count();
    ProcessInstance concern = cases.reportAs("teacher", report("perpetratorType", "PARENT"));
    cases.triage(concern.getId());
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(concern.getId()).taskDefinitionKey("triage")
        .finished().count()).isOne();
    // a job withdrawn: the path's first task's deadline warning, due a day before its deadline
    Job warning = management.createJobQuery().messages().duedateHigherThan(new java.util.Date()).list().stream()
        .findFirst().orElseThrow();
    management.deleteJob(warning.getId());

    assertThat(history.createHistoricJobLogQuery().successLog().count()).isGreaterThan(jobsBefore);
    assertThat(history.createHistoricJobLogQuery().creationLog().count()).isZero();
    assertThat(history.createHistoricJobLogQuery().deletionLog().count()).isZero();
    // the other history of the case is the engine's own
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(concern.getId()).count()).isPositive();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(concern.getId()).count()).isPositive();
  }
}
