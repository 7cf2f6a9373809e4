package uk.shine.socialmedia.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.Cases.report;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;

@CaseEngineTest
class ConflictRetriesAtOnceTest {

  @Autowired ProcessEngine engine;
  @Autowired ManagementService management;
  @Autowired Cases cases;

  @Test
  void a_job_that_met_a_persons_change_to_its_case_is_due_again_at_once_and_any_other_failure_waits_its_minute() {
    Set<String> before = management.createJobQuery().list().stream().map(Job::getId).collect(Collectors.toSet());
    cases.reportAs("teacher", report("perpetratorType", "STAFF", "subjectUserId", "teacher2"));
    cases.reportAs("teacher", report());
    List<Job> jobs = management.createJobQuery().list().stream().filter(job -> !before.contains(job.getId())).toList();
    assertThat(jobs).hasSizeGreaterThanOrEqualTo(2);
    String conflicted = jobs.get(0).getId();
    String failed = jobs.get(1).getId();
    long now = ClockUtil.getCurrentTime().getTime();

    // as the job executor reports them: the conflict comes wrapped from the flush
    fail(conflicted, new ProcessEngineException("flush failed", new OptimisticLockingException("changed meanwhile")));
    fail(failed, new IllegalStateException("mail server down"));

    Job retried = management.createJobQuery().jobId(conflicted).singleResult();
    assertThat(retried.getDuedate().getTime()).as("due again at once").isLessThanOrEqualTo(now + 1000);
    // one attempt of six spent either way (failedJobRetryTimeCycle: five intervals)
    assertThat(retried.getRetries()).as("the attempt counts").isEqualTo(5);
    assertThat(management.createJobQuery().jobId(conflicted).executable().count()).isOne();
    Job waiting = management.createJobQuery().jobId(failed).singleResult();
    assertThat(waiting.getRetries()).isEqualTo(5);
    assertThat(waiting.getDuedate().getTime() - now).as("first retry after a minute")
        .isBetween(Duration.ofSeconds(55).toMillis(), Duration.ofSeconds(65).toMillis());
  }

  @Test
  void only_an_optimistic_locking_failure_anywhere_in_the_causes_is_a_conflict() {
    assertThat(ConflictRetriesAtOnce.isConflict(new OptimisticLockingException("x"))).isTrue();
    assertThat(ConflictRetriesAtOnce.isConflict(new RuntimeException(new ProcessEngineException(
        new OptimisticLockingException("x"))))).isTrue();
    assertThat(ConflictRetriesAtOnce.isConflict(new ProcessEngineException("deadlock"))).isFalse();
    assertThat(ConflictRetriesAtOnce.isConflict(null)).isFalse();
  }

  private void fail(String jobId, Throwable failure) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    configuration.getCommandExecutorTxRequired().execute(configuration.getFailedJobCommandFactory().getCommand(jobId, failure));
  }
}
