package uk.shine.socialmedia.support;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.intake.ConcernVariables.CRIMINAL_SUSPICION;
import static uk.shine.socialmedia.intake.ConcernVariables.EMPLOYED_CENTRALLY;
import static uk.shine.socialmedia.intake.ConcernVariables.INDECENT_IMAGERY;
import static uk.shine.socialmedia.intake.ConcernVariables.NO_FURTHER_ACTION;
import static uk.shine.socialmedia.intake.ConcernVariables.OCCURRED_ON;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.PLATFORM;
import static uk.shine.socialmedia.intake.ConcernVariables.POST_URL;
import static uk.shine.socialmedia.intake.ConcernVariables.REPORTER_NAME;
import static uk.shine.socialmedia.intake.ConcernVariables.REPORTER_ROLE;
import static uk.shine.socialmedia.intake.ConcernVariables.SAFEGUARDING_CONCERN;
import static uk.shine.socialmedia.intake.ConcernVariables.SUBJECT_RELATIONSHIP;
import static uk.shine.socialmedia.intake.ConcernVariables.SUMMARY;
import static uk.shine.socialmedia.intake.ConcernVariables.THREAT_OF_HARM;
import static uk.shine.socialmedia.intake.ConcernVariables.VICTIM_TYPE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.context.TestComponent;

/** Starting cases, running their jobs and finding their tasks, the way the tests need it. */
@TestComponent
public class Cases {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final HistoryService history;
  private final IdentityService identity;

  public Cases(RuntimeService runtime, TaskService tasks, ManagementService management, HistoryService history,
      IdentityService identity) {
    this.identity = identity;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.history = history;
  }

  /** A complete, valid report; tests override what they are about. */
  public static Map<String, Object> report() {
    Map<String, Object> report = new HashMap<>();
    report.put(REPORTER_NAME, "Terry Teacher");
    report.put(REPORTER_ROLE, "STAFF");
    report.put(PLATFORM, "Facebook");
    report.put(POST_URL, "https://facebook.example/post/1");
    report.put(OCCURRED_ON, LocalDate.now().minusDays(1).toString());
    report.put(SUMMARY, "A parent posted abusive comments about a class in the village group.");
    report.put(PERPETRATOR_TYPE, "PARENT");
    report.put(VICTIM_TYPE, "NONE");
    report.put(EMPLOYED_CENTRALLY, false);
    report.put(INDECENT_IMAGERY, false);
    report.put(THREAT_OF_HARM, false);
    report.put(SAFEGUARDING_CONCERN, false);
    return report;
  }

  public static Map<String, Object> report(Object... overrides) {
    Map<String, Object> report = report();
    for (int i = 0; i < overrides.length; i += 2) {
      report.put((String) overrides[i], overrides[i + 1]);
    }
    return report;
  }

  /** Reports a concern and runs it up to its first wait states. */
  public ProcessInstance reportAndRoute(Map<String, Object> report) {
    ProcessInstance instance = runtime.startProcessInstanceByKey("social-media-concern", report);
    runJobs();
    return instance;
  }

  /** Reports a concern as a logged-in member of staff (the reporter the case will tell), and routes it. */
  public ProcessInstance reportAs(String userId, Map<String, Object> report) {
    signIn(userId);
    try {
      ProcessInstance instance = runtime.startProcessInstanceByKey("social-media-concern", report);
      identity.clearAuthentication();
      runJobs();
      return instance;
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Signs this person in with the engine as Tasklist does: their groups and their schools (tenants). */
  private void signIn(String userId) {
    identity.setAuthentication(userId, identity.createGroupQuery().groupMember(userId).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList(), schoolsOf(userId));
  }

  /** The schools (tenant ids) a person belongs to, as the webapps and the REST API sign them in with. */
  public List<String> schoolsOf(String userId) {
    return identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
        .map(org.camunda.bpm.engine.identity.Tenant::getId).toList();
  }

  /** The work as this person, logged in with their groups, the way Tasklist does it. */
  public <T> T as(String userId, java.util.function.Supplier<T> work) {
    signIn(userId);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Starts a process as this person with its start form's answers, and runs it to its wait states: its id. */
  public String startAs(String userId, String processKey, Map<String, Object> answers) {
    String id = as(userId, () -> runtime.startProcessInstanceByKey(processKey, answers).getId());
    runJobs();
    return id;
  }

  /** Completes a task as this person, as its form would, and runs what follows. */
  public void completeAs(String userId, String processInstanceId, String taskKey, Object... answers) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < answers.length; i += 2) {
      values.put((String) answers[i], answers[i + 1]);
    }
    String taskId = task(processInstanceId, taskKey).getId();
    as(userId, () -> {
      tasks.complete(taskId, values);
      return null;
    });
    runJobs();
  }

  /** Runs every job that is due, as the job executor would, until none is left. */
  public void runJobs() {
    for (int round = 0; round < 100; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      // a job run earlier in the round may have removed a later one (a boundary timer its task took with it)
      due.stream().filter(job -> management.createJobQuery().jobId(job.getId()).count() > 0)
          .forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("jobs keep appearing");
  }

  public Task task(String processInstanceId, String taskKey) {
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task %s", taskKey).isNotNull();
    return task;
  }

  public void complete(String processInstanceId, String taskKey, Object... variables) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < variables.length; i += 2) {
      values.put((String) variables[i], variables[i + 1]);
    }
    tasks.complete(task(processInstanceId, taskKey).getId(), values);
    runJobs();
  }

  /** The paths (child processes) a case has started, by process key. */
  public List<String> pathsOf(String caseId) {
    return history.createHistoricProcessInstanceQuery().superProcessInstanceId(caseId).list().stream()
        .map(HistoricProcessInstance::getProcessDefinitionKey).sorted().toList();
  }

  public String path(String caseId, String processKey) {
    return history.createHistoricProcessInstanceQuery().superProcessInstanceId(caseId)
        .processDefinitionKey(processKey).singleResult().getId();
  }

  /** Triage as the form allows: confirms the classification and sets the given answers. */
  public void triage(String caseId, Object... answers) {
    Map<String, Object> values = new HashMap<>();
    values.put(PERPETRATOR_TYPE, runtime.getVariable(caseId, PERPETRATOR_TYPE));
    values.put(VICTIM_TYPE, runtime.getVariable(caseId, VICTIM_TYPE));
    values.put(SAFEGUARDING_CONCERN, runtime.getVariable(caseId, SAFEGUARDING_CONCERN));
    values.put(CRIMINAL_SUSPICION, false);
    values.put(NO_FURTHER_ACTION, false);
    for (int i = 0; i < answers.length; i += 2) {
      values.put((String) answers[i], answers[i + 1]);
    }
    // the form asks what a member of staff is to the school; the usual subject is an employee
    if ("STAFF".equals(values.get(PERPETRATOR_TYPE))) {
      values.putIfAbsent(SUBJECT_RELATIONSHIP, "EMPLOYEE");
    }
    tasks.complete(task(caseId, "triage").getId(), values);
    runJobs();
  }

  /** The groups a task is offered to. */
  public List<String> candidateGroups(String taskId) {
    return tasks.getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId)
        .filter(group -> group != null).sorted().toList();
  }

  /** Whether the process instance has an open task with this key. */
  public boolean hasTask(String processInstanceId, String taskKey) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).count() > 0;
  }

  /** A variable's last value in the history of a (possibly ended) process instance. */
  public Object historicVariable(String processInstanceId, String name) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableName(name)
        .singleResult().getValue();
  }

  public boolean ended(String processInstanceId) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
        .getEndTime() != null;
  }
}
