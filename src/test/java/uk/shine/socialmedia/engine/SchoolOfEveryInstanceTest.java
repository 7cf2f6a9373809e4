package uk.shine.socialmedia.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerStartEventJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;

/**
 * Work the engine does by itself, with nobody signed in: a case it would start with no school to belong
 * to is refused (in a trust with schools, a case of no school would be every school's), one with its
 * school named gets that school, and the trust's own timed checks alone belong to no school.
 */
@CaseEngineTest
class SchoolOfEveryInstanceTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;

  /** Runs the work as the engine's own job of this type would, with nobody signed in. */
  <T> T inJob(String jobType, Supplier<T> work) {
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(jobType);
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(command -> {
          command.setCurrentJob(job);
          return work.get();
        });
  }

  long cases() {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey("social-media-concern").count();
  }

  @Test
  void a_job_that_would_start_a_case_of_no_school_is_refused_and_nothing_is_stored() {
    long before = cases();
    assertThatThrownBy(() -> inJob("an-application-job",
        () -> runtime.startProcessInstanceByKey("social-media-concern", Cases.report())))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("with no school to belong to");
    assertThat(cases()).isEqualTo(before);
  }

  @Test
  void a_job_that_names_the_school_starts_the_case_there() {
    String named = inJob("an-application-job", () -> runtime.startProcessInstanceByKey("social-media-concern",
        Cases.report("school", "elmfield")).getId());
    String explicit = inJob("an-application-job", () -> ExplicitTenants.startIn("villiers",
        () -> runtime.startProcessInstanceByKey("social-media-concern", Cases.report()).getId()));

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(named).singleResult().getTenantId())
        .isEqualTo("elmfield");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(explicit).singleResult().getTenantId())
        .isEqualTo("villiers");
  }

  @Test
  void the_trusts_timed_checks_alone_belong_to_no_school() {
    String check = inJob(TimerStartEventJobHandler.TYPE,
        () -> runtime.startProcessInstanceByKey("stuck-case-check").getId());
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(check).singleResult().getTenantId())
        .isNull();
  }
}
