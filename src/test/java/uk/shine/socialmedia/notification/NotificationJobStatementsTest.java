package uk.shine.socialmedia.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Mailboxes;

/**
 * What a notification job sends to the database, counted on the application's own data source: a job
 * carrying several messages about one task reads the task, its candidates, the case's subjects and the
 * sent keys once, each message's recipients in one look-up, and ends in one commit.
 */
@CaseEngineTest
@Import(NotificationJobStatementsTest.Counting.class)
@Tag("own-jvm") // its own context (the counted data source), so its own engine: see surefire in pom.xml
class NotificationJobStatementsTest {

  private static final Counter COUNTER = new Counter();

  @Autowired ProcessEngine engine;
  @Autowired ManagementService management;
  @Autowired Cases cases;
  @Autowired Notifications notifications;
  @Autowired Mailboxes mailboxes;

  @Test
  void a_job_of_three_messages_about_one_task_reads_the_task_and_its_case_once_and_commits_once() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report());
    String ref = concern.getBusinessKey();
    String triage = cases.task(concern.getId(), "triage").getId();
    Set<String> before = jobIds();
    inCommand(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(triage);
      notifications.escalated(task, "slt");
      notifications.deadlineMissed(task, "slt");
      notifications.nobodyCanWork(task, "chair");
    });
    List<Job> written = management.createJobQuery().list().stream()
        .filter(job -> !before.contains(job.getId()) && !NotificationJobs.of(job).isEmpty()).toList();
    assertThat(written).hasSize(1);
    assertThat(NotificationJobs.of(written.get(0))).hasSize(3);

    List<String> sent = COUNTER.during(() -> management.executeJob(written.get(0).getId()));

    assertThat(mailboxes.subjects("slt", ref)).containsExactly("Escalated to you: Triage the report (" + ref + ")");
    assertThat(mailboxes.subjects("head", ref)).contains("Deadline passed: Triage the report (" + ref + ")");
    // the job; the two shared keys in one look-up; its task and candidates; the subjects once; one recipients
    // look-up per message; the two shared keys written; its log; its end (the model's row is not read)
    assertThat(sent).as(String.join("\n", sent)).hasSize(12);
    assertThat(sent.stream().filter(sql -> sql.startsWith("SELECT")).count()).isEqualTo(8);
    assertThat(sent.stream().filter(sql -> sql.contains("FROM SMC_NOTIFICATION_SENT")).count()).as("keys, once")
        .isEqualTo(1);
    assertThat(sent.stream().filter(sql -> sql.contains("ACT_HI_VARINST")).count()).as("the subjects, once").isEqualTo(1);
    assertThat(sent.stream().filter(sql -> sql.contains("FROM ACT_RU_TASK")).count()).as("the task, once").isEqualTo(1);
    assertThat(sent.stream().filter(sql -> sql.contains("FROM ACT_ID_USER")).count()).isEqualTo(3);
    assertThat(sent.stream().filter(sql -> sql.contains("ACT_RE_PROCDEF")).count()).as("the job's model, from the cache")
        .isZero();
    assertThat(sent).filteredOn(sql -> sql.equals("COMMIT")).isEmpty();
    assertThat(COUNTER.commits).as("the job's own commit only").isEqualTo(1);
  }

  private Set<String> jobIds() {
    Set<String> ids = new HashSet<>();
    management.createJobQuery().list().forEach(job -> ids.add(job.getId()));
    return ids;
  }

  private void inCommand(java.util.function.Consumer<org.camunda.bpm.engine.impl.interceptor.CommandContext> work) {
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> {
          work.accept(context);
          return null;
        });
  }

  /** The application's data source, counted. */
  @TestConfiguration
  static class Counting {

    @Bean
    static BeanPostProcessor countedDataSource() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          return bean instanceof DataSource dataSource
              ? ProxyDataSourceBuilder.create(dataSource).listener(COUNTER).methodListener(COUNTER).build() : bean;
        }
      };
    }
  }

  /** The statements (and commits) the counting thread sends, one entry per row of a batch. */
  static final class Counter implements QueryExecutionListener, MethodExecutionListener {

    private volatile Thread counted;
    private final List<String> statements = new ArrayList<>();
    private int commits;

    synchronized List<String> during(Runnable work) {
      statements.clear();
      commits = 0;
      counted = Thread.currentThread();
      try {
        work.run();
      } finally {
        counted = null;
      }
      return List.copyOf(statements);
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
      if (Thread.currentThread() != counted) {
        return;
      }
      for (QueryInfo query : queries) {
        int times = execution.isBatch() && !query.getParametersList().isEmpty() ? query.getParametersList().size() : 1;
        String sql = query.getQuery().strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        for (int i = 0; i < times; i++) {
          statements.add(sql);
        }
      }
    }

    @Override
    public void beforeMethod(MethodExecutionContext context) {
    }

    @Override
    public void afterMethod(MethodExecutionContext context) {
      if (Thread.currentThread() == counted && context.getTarget() instanceof Connection
          && "commit".equals(context.getMethod().getName())) {
        commits++;
      }
    }
  }
}
