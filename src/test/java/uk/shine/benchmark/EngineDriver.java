package uk.shine.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.jobexecutor.TimerCatchIntermediateEventJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import uk.shine.socialmedia.support.PathWork;

/**
 * Carries cases from report to closure through the Java API, running jobs the way the job executor
 * would. On the application the report is started as a member of staff and every task is completed
 * by a member of one of its candidate groups, so authorization checks apply; on the bare engine
 * nobody is authenticated. Finding the open tasks and running jobs is the same on both.
 */
final class EngineDriver {

  static final String CASE = "social-media-concern";
  /** A closed case's records review (its own instance, the case's business key), years after closure. */
  static final String RECORDS_REVIEW = "records-retention";
  /** Who works a task offered to a group: the demo users of the default profile. */
  static final Map<String, String> USER_OF_GROUP = Map.of("headteacher", "head", "dsl", "dsl", "slt", "slt",
      "hr", "hr", "chair", "chair");

  /** bench.skipMail: notifications are still written as jobs but not sent, to measure what sending costs. */
  private static final boolean SKIP_MAIL = Boolean.getBoolean("bench.skipMail");
  private static final String NOTIFICATION_JOB = "socialmedia-notification";
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;
  private final boolean application;
  private final Map<String, String> keyOfDefinition = new ConcurrentHashMap<>();
  private final Map<String, List<String>> groupsOfUser = new ConcurrentHashMap<>();
  private final Map<String, List<String>> schoolsOfUser = new ConcurrentHashMap<>();
  private final AtomicLong bareCases = new AtomicLong();
  private JobObserver jobObserver = (handlerType, job) -> job.run();

  /**
   * Sees each job the driver executes and the driver's own look-ups (which open tasks, which due
   * jobs): StatementsBenchmark counts a notification's statements, and leaves the look-ups out.
   */
  interface JobObserver {
    void around(String handlerType, Runnable job);

    default <T> T lookUp(java.util.function.Supplier<T> lookUp) {
      return lookUp.get();
    }
  }

  EngineDriver observingJobs(JobObserver observer) {
    this.jobObserver = observer;
    return this;
  }

  EngineDriver(ProcessEngine engine, boolean application) {
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.management = engine.getManagementService();
    this.identity = engine.getIdentityService();
    this.application = application;
    engine.getRepositoryService().createProcessDefinitionQuery().list()
        .forEach(definition -> keyOfDefinition.put(definition.getId(), definition.getKey()));
  }

  /** One case of this kind, from the report to its closure. Returns its business key. */
  String run(CaseKind kind) {
    String businessKey = start(kind);
    runJobs();
    for (int round = 0; round < 100; round++) {
      // a closed case's records-retention instance shares its business key and waits for years: not the case
      if (jobObserver.lookUp(() -> runtime.createProcessInstanceQuery().processDefinitionKey(CASE)
          .processInstanceBusinessKey(businessKey).count()) == 0) {
        return businessKey;
      }
      List<Task> open = jobObserver.lookUp(() -> tasks.createTaskQuery().processInstanceBusinessKey(businessKey).list());
      if (open.isEmpty()) {
        if (!passTime(businessKey)) {
          throw new IllegalStateException("case " + businessKey + " (" + kind.name() + ") waits with no open task");
        }
        runJobs();
        continue;
      }
      int completed = 0;
      for (Task task : open) {
        completed += complete(task, kind) ? 1 : 0;
      }
      if (completed == 0) {
        throw new IllegalStateException("case " + businessKey + " (" + kind.name() + ") has no task a demo user is offered: "
            + open.stream().map(Task::getTaskDefinitionKey).toList());
      }
      runJobs();
    }
    throw new IllegalStateException("case " + businessKey + " does not end");
  }

  /** Reports a case and runs it to its first wait states (the open cases of the task-list benchmark). */
  String report(CaseKind kind) {
    String businessKey = start(kind);
    runJobs();
    return businessKey;
  }

  /**
   * Reports a case and completes its triage, so it waits in its paths' first tasks (the paths' groups,
   * senior leadership among them, have tasks in open cases, and the subject of a staff case is kept
   * out of its own).
   */
  String reportPastTriage(CaseKind kind) {
    String businessKey = report(kind);
    tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey("triage").list()
        .forEach(task -> complete(task, kind));
    runJobs();
    return businessKey;
  }

  private String start(CaseKind kind) {
    if (!application) {
      String businessKey = "BARE-" + bareCases.incrementAndGet();
      runtime.startProcessInstanceByKey(CASE, businessKey, kind.bareStart(businessKey));
      return businessKey;
    }
    return as("teacher", () -> runtime.startProcessInstanceByKey(CASE, kind.report()).getBusinessKey());
  }

  /**
   * Completes the task as a demo user of one of its candidate groups. Returns false for a task nobody
   * is offered: a step the police hold has its groups taken off until the hold is lifted.
   */
  private boolean complete(Task task, CaseKind kind) {
    Map<String, Object> answers = answers(keyOfDefinition.get(task.getProcessDefinitionId()), task.getTaskDefinitionKey(), kind);
    if (!application) {
      tasks.complete(task.getId(), answers);
      return true;
    }
    List<String> users = jobObserver.lookUp(() -> tasks.getIdentityLinksForTask(task.getId())).stream()
        .map(IdentityLink::getGroupId).filter(USER_OF_GROUP::containsKey).map(USER_OF_GROUP::get).toList();
    if (users.isEmpty()) {
      return false;
    }
    as(users.get(0), () -> {
      tasks.complete(task.getId(), answers);
      return null;
    });
    return true;
  }

  static Map<String, Object> answers(String processKey, String taskKey, CaseKind kind) {
    if (CASE.equals(processKey)) {
      return switch (taskKey) {
        case "triage" -> kind.triage();
        case "close-case" -> CaseKind.closeCase();
        default -> throw new IllegalStateException("no answers for " + taskKey);
      };
    }
    Object[] pairs = PathWork.step(processKey, taskKey).answers();
    Map<String, Object> answers = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      answers.put((String) pairs[i], pairs[i + 1]);
    }
    return answers;
  }

  private <T> T as(String user, java.util.function.Supplier<T> work) {
    List<String> groups = groupsOfUser.computeIfAbsent(user,
        id -> jobObserver.lookUp(() -> identity.createGroupQuery().groupMember(id).list()).stream().map(Group::getId).toList());
    List<String> schools = schoolsOfUser.computeIfAbsent(user, id -> jobObserver.lookUp(() -> schoolsOf(identity, id)));
    identity.setAuthentication(user, groups, schools);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** A person's schools (the engine's tenants), which Tasklist and the REST API sign them in with. */
  static List<String> schoolsOf(IdentityService identity, String user) {
    return identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
        .map(org.camunda.bpm.engine.identity.Tenant::getId).toList();
  }

  /**
   * A path that waits for weeks (victim support's welfare check-in after 28 days) on a timer
   * catch event: its timer fires now, as if the time had passed. Returns whether one fired.
   */
  private boolean passTime(String businessKey) {
    var caseInstance = jobObserver.lookUp(() -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .processDefinitionKey(CASE).singleResult());
    List<String> instances = new java.util.ArrayList<>(List.of(caseInstance.getId()));
    jobObserver.lookUp(() -> runtime.createProcessInstanceQuery().superProcessInstanceId(caseInstance.getId()).list())
        .forEach(path -> instances.add(path.getId()));
    boolean fired = false;
    for (String instance : instances) {
      for (Job timer : jobObserver.lookUp(() -> management.createJobQuery().processInstanceId(instance).timers().list())) {
        if (waitingTimer(timer)) {
          management.executeJob(timer.getId());
          fired = true;
        }
      }
    }
    return fired;
  }

  /** A timer catch event in the flow (not a deadline's boundary timer nor a notification). */
  static boolean waitingTimer(Job job) {
    return job instanceof JobEntity entity
        && TimerCatchIntermediateEventJobHandler.TYPE.equals(entity.getJobHandlerType());
  }

  /** Runs every due job until none is left, as the job executor would (timers in the future stay). */
  void runJobs() {
    for (int round = 0; round < 100; round++) {
      List<Job> due = jobObserver.lookUp(() -> management.createJobQuery().executable().list()).stream()
          .filter(job -> !SKIP_MAIL || !(job instanceof JobEntity entity && NOTIFICATION_JOB.equals(entity.getJobHandlerType())))
          .toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> jobObserver.around(job instanceof JobEntity entity ? entity.getJobHandlerType() : "",
          () -> management.executeJob(job.getId())));
    }
    throw new IllegalStateException("jobs keep appearing");
  }
}
