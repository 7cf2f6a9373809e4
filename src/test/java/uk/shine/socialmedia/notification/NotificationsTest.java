package uk.shine.socialmedia.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.shine.socialmedia.intake.ConcernVariables.CRIMINAL_SUSPICION;
import static uk.shine.socialmedia.intake.ConcernVariables.EMPLOYED_CENTRALLY;
import static uk.shine.socialmedia.intake.ConcernVariables.INDECENT_IMAGERY;
import static uk.shine.socialmedia.intake.ConcernVariables.NO_FURTHER_ACTION;
import static uk.shine.socialmedia.intake.ConcernVariables.NO_FURTHER_ACTION_REASON;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.PLATFORM;
import static uk.shine.socialmedia.intake.ConcernVariables.POST_URL;
import static uk.shine.socialmedia.intake.ConcernVariables.SAFEGUARDING_CONCERN;
import static uk.shine.socialmedia.intake.ConcernVariables.SUBJECT_USER_ID;
import static uk.shine.socialmedia.intake.ConcernVariables.SUMMARY;
import static uk.shine.socialmedia.intake.ConcernVariables.VICTIM_TYPE;
import static uk.shine.socialmedia.support.Mailboxes.subject;
import static uk.shine.socialmedia.support.Mailboxes.text;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Mailboxes;
import uk.shine.socialmedia.support.FailAfterSending;

@CaseEngineTest
class NotificationsTest {

  private static final String DOMAIN = "@villiers-primary.example";
  private static final String TASKLIST = "http://localhost:8080/camunda/app/tasklist/default/#/?task=";
  /** What a report says (here and in the other tests' reports): none of it may ever be in a message. */
  private static final List<String> CASE_CONTENT = List.of("Rowan Secretname", "SECRET-SUMMARY", "SecretPlatform",
      "secret.example", "NFA-SECRET-REASON", "Terry Teacher", "A parent posted abusive", "Facebook", "facebook.example");
  private static final Object[] SECRET_REPORT = {"reporterName", "Rowan Secretname",
      SUMMARY, "SECRET-SUMMARY: what was posted about a named pupil", PLATFORM, "SecretPlatform",
      POST_URL, "https://secret.example/post/99"};
  /** One first attempt and one retry per interval of failedJobRetryTimeCycle (PT1M,PT5M,PT15M,PT1H,PT4H). */
  private static final int ATTEMPTS = 6;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired Cases cases;
  @Autowired EmbeddedMailServer smtp;
  @Autowired Notifications notifications;
  @Autowired FailAfterSending failAfterSending;
  @Autowired TestRestTemplate http;
  @Value("${socialmedia.demo-users.password}") String password;

  @AfterEach
  void no_message_ever_carries_what_a_report_says() throws Exception {
    smtp.start();
    ClockUtil.reset();
    for (User user : identity.createUserQuery().list()) {
      for (MimeMessage message : smtp.messagesTo(user.getEmail())) {
        String text = wholeMessage(message);
        for (String content : CASE_CONTENT) {
          assertThat(text).as("message to %s", user.getId()).doesNotContain(content);
        }
      }
    }
  }

  @Test
  void a_new_report_tells_whoever_triages_it_the_reference_task_and_link_and_nobody_else() throws Exception {
    ProcessInstance concern = reportAs("teacher", SECRET_REPORT);
    String ref = concern.getBusinessKey();
    Task triage = cases.task(concern.getId(), "triage");

    List<MimeMessage> toHead = mail("head", ref);
    assertThat(toHead).hasSize(1);
    MimeMessage message = toHead.get(0);
    assertThat(message.getSubject()).isEqualTo("New task: Triage the report (" + ref + ")");
    assertThat(message.getFrom()[0].toString()).isEqualTo("cases" + DOMAIN);
    assertThat(text(message)).contains("Case:      " + ref, "Task:      Triage the report",
        "Deadline:  " + DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London")).format(triage.getDueDate().toInstant()),
        "Open it:   " + TASKLIST + triage.getId());
    assertThat(message.getHeader("Message-ID")[0]).matches("<[0-9a-f-]{36}@villiers-primary\\.example>");
    for (String other : List.of("dsl", "slt", "hr", "chair", "teacher2", "governor", "admin")) {
      assertThat(mail(other, ref)).as("messages to %s", other).isEmpty();
    }
    // the reporter gets their receipt only
    assertThat(mail("teacher", ref)).extracting(Mailboxes::subject)
        .containsExactly("Your report " + ref + " has been received");
  }

  @Test
  void imagery_and_safeguarding_work_reaches_its_people_at_once_as_urgent_alerts() throws Exception {
    ProcessInstance concern = reportAs("teacher", INDECENT_IMAGERY, true, VICTIM_TYPE, "PUPIL",
        SAFEGUARDING_CONCERN, true);
    String ref = concern.getBusinessKey();

    for (String path : List.of("indecent-imagery", "safeguarding-referral")) {
      List<Task> work = tasks.createTaskQuery().processInstanceId(cases.path(concern.getId(), path)).list();
      assertThat(work).as("open tasks of %s", path).isNotEmpty();
      for (Task task : work) {
        // the groups' people of the case's school (a DSL of another school of the trust is never told)
        List<String> people = members(candidateGroups(task.getId())).stream()
            .filter(person -> identity.createTenantQuery().userMember(person).includingGroupsOfUser(true)
                .tenantId(task.getTenantId()).count() > 0).toList();
        assertThat(people).as("people of %s", task.getName()).isNotEmpty();
        for (String person : people) {
          List<MimeMessage> alerts = mail(person, ref).stream()
              .filter(message -> text(message).contains(TASKLIST + task.getId())).toList();
          assertThat(alerts).as("alerts to %s about %s", person, task.getName()).hasSize(1);
          assertThat(alerts.get(0).getSubject()).isEqualTo("URGENT: " + task.getName() + " (" + ref + ")");
          assertThat(alerts.get(0).getHeader("X-Priority")[0]).startsWith("1");
        }
      }
    }
    assertThat(mail("dsl", ref)).hasSizeGreaterThanOrEqualTo(2)
        .allMatch(message -> subject(message).startsWith("URGENT: "));
    assertThat(mail("head", ref)).extracting(Mailboxes::subject)
        .containsExactly("New task: Triage the report (" + ref + ")");
  }

  @Test
  void a_staff_case_for_hr_reaches_hr_but_never_its_subject() {
    User subject = identity.newUser("hrsubject");
    subject.setEmail("hrsubject" + DOMAIN);
    identity.saveUser(subject);
    identity.createMembership("hrsubject", "hr");
    try {
      ProcessInstance concern = cases.reportAndRoute(Cases.report(PERPETRATOR_TYPE, "STAFF",
          EMPLOYED_CENTRALLY, true, SUBJECT_USER_ID, "hrsubject"));
      String ref = concern.getBusinessKey();

      // the subject is in hr: the trust's chief executive manages the case in HR's place
      assertThat(candidateGroups(cases.task(concern.getId(), "triage").getId())).containsExactly("ceo");
      assertThat(mail("ceo", ref)).extracting(Mailboxes::subject)
          .containsExactly("New task: Triage the report (" + ref + ")");
      assertThat(mail("hrsubject", ref)).isEmpty();
      assertThat(mail("head", ref)).isEmpty();
    } finally {
      identity.deleteUser("hrsubject");
    }
  }

  @Test
  void a_task_still_open_a_day_before_its_due_date_warns_its_people_once_for_its_latest_due_date() throws Exception {
    ProcessInstance concern = reportAs("teacher");
    String ref = concern.getBusinessKey();
    Task triage = cases.task(concern.getId(), "triage");
    // the due date the task was created with (its deadline rule) had its own warning; the moves below matter here
    long ruleDue = triage.getDueDate().getTime();
    Date firstDue = hoursFromNow(72);
    Date due = hoursFromNow(120);
    triage.setDueDate(firstDue);
    tasks.saveTask(triage);
    triage.setDueDate(due);
    tasks.saveTask(triage);

    // each move withdrew the warning for the deadline before it: one is left, for the latest
    List<Job> warnings = notificationJobs(n -> n.kind() == NotificationKind.DEADLINE_WARNING
        && triage.getId().equals(n.taskId()));
    assertThat(warnings).extracting(Job::getDuedate).containsExactly(new Date(due.getTime() - hours(24)));
    assertThat(NotificationJobs.of(warnings.get(0))).extracting(Notification::due).containsExactly(due.getTime())
        .doesNotContain(ruleDue, firstDue.getTime());
    assertThat(management.createJobQuery().executable().list()).extracting(Job::getId)
        .doesNotContainAnyElementsOf(warnings.stream().map(Job::getId).toList());

    ClockUtil.setCurrentTime(new Date(due.getTime() - hours(23)));
    warnings.forEach(job -> management.executeJob(job.getId()));

    List<MimeMessage> sent = mail("head", ref).stream().filter(m -> subject(m).startsWith("Deadline coming")).toList();
    assertThat(sent).hasSize(1);
    assertThat(subject(sent.get(0))).isEqualTo("Deadline coming: Triage the report (" + ref + ")");
    assertThat(text(sent.get(0))).contains("Deadline:  " + DateTimeFormatter
        .ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London")).format(due.toInstant()),
        TASKLIST + triage.getId());
  }

  @Test
  void a_task_done_before_its_deadline_leaves_no_warning_waiting() {
    ProcessInstance concern = reportAs("teacher");
    Task triage = cases.task(concern.getId(), "triage");
    assertThat(notificationJobs(n -> n.kind() == NotificationKind.DEADLINE_WARNING && triage.getId().equals(n.taskId())))
        .as("the warning set when triage was made").hasSize(1);

    cases.triage(concern.getId());

    assertThat(notificationJobs(n -> n.kind() == NotificationKind.DEADLINE_WARNING && triage.getId().equals(n.taskId())))
        .as("withdrawn when triage was done").isEmpty();
    // the next task, still open, keeps its own
    String path = cases.path(concern.getId(), "parent-conduct");
    Task pathTask = tasks.createTaskQuery().processInstanceId(path).singleResult();
    assertThat(notificationJobs(n -> n.kind() == NotificationKind.DEADLINE_WARNING && pathTask.getId().equals(n.taskId())))
        .hasSize(1);
  }

  @Test
  void the_reporter_hears_that_their_report_has_been_seen_even_when_the_case_closes_at_triage() throws Exception {
    ProcessInstance concern = reportAs("teacher", SECRET_REPORT);
    String ref = concern.getBusinessKey();
    // the receipt only, at once
    assertThat(mail("teacher", ref)).extracting(Mailboxes::subject).containsExactly("Your report " + ref + " has been received");

    cases.triage(concern.getId(), NO_FURTHER_ACTION, true, NO_FURTHER_ACTION_REASON, "NFA-SECRET-REASON given");

    assertThat(cases.ended(concern.getId())).isTrue();
    List<MimeMessage> seen = mail("teacher", ref);
    assertThat(seen).extracting(Mailboxes::subject).containsExactly("Your report " + ref + " has been received",
        "Your report " + ref + " has been seen");
    assertThat(text(seen.get(1))).contains("Reference: " + ref).doesNotContain("tasklist");
  }

  @Test
  void other_code_can_escalate_a_task_to_a_group_and_announce_a_missed_deadline_never_to_the_subject() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(PERPETRATOR_TYPE, "STAFF", SUBJECT_USER_ID, "teacher2"));
    String ref = concern.getBusinessKey();
    String triage = cases.task(concern.getId(), "triage").getId();

    inCommand(commandContext -> {
      TaskEntity task = commandContext.getTaskManager().findTaskById(triage);
      notifications.escalated(task, "slt");
      notifications.deadlineMissed(task);
    });
    cases.runJobs();

    assertThat(mail("slt", ref)).extracting(Mailboxes::subject)
        .containsExactly("Escalated to you: Triage the report (" + ref + ")");
    assertThat(mail("teacher2", ref)).as("the subject, though in slt").isEmpty();
    assertThat(mail("head", ref)).extracting(Mailboxes::subject).containsExactlyInAnyOrder(
        "New task: Triage the report (" + ref + ")", "Deadline passed: Triage the report (" + ref + ")");
    assertThatThrownBy(() -> inCommand(commandContext ->
        notifications.escalated(commandContext.getTaskManager().findTaskById(triage), "slt;x")))
        .hasMessageContaining("Not a group id");
  }

  @Test
  void with_the_mail_server_down_work_stands_mail_retries_then_raises_an_incident_and_is_sent_once_when_back() throws Exception {
    ProcessInstance concern = reportAs("teacher");
    String ref = concern.getBusinessKey();
    Set<String> before = jobIds();
    smtp.stop();

    tasks.complete(cases.task(concern.getId(), "triage").getId(), triageConfirming(concern.getId()));
    runCaseJobs(before);

    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(concern.getId()).taskDefinitionKey("triage")
        .finished().count()).as("triage completed").isOne();
    assertThat(cases.pathsOf(concern.getId())).containsExactly("parent-conduct");
    String path = cases.path(concern.getId(), "parent-conduct");
    Task pathTask = tasks.createTaskQuery().processInstanceId(path).singleResult();
    Job newTask = single(notificationJobs(n -> n.kind() == NotificationKind.NEW_TASK
        && pathTask.getId().equals(n.taskId())));
    Job reportSeen = single(notificationJobs(n -> n.kind() == NotificationKind.REPORT_SEEN
        && concern.getId().equals(n.processInstanceId())));

    for (Job job : List.of(newTask, reportSeen)) {
      failUntilIncident(job.getId());
    }
    // the command that started the path wrote one job: the case manager's "paths started", then the new task
    assertThat(NotificationJobs.of(newTask)).extracting(Notification::kind)
        .containsExactly(NotificationKind.PATHS_STARTED, NotificationKind.NEW_TASK);
    // a notification job belongs to no instance: its incident is listed under the model of its first
    // message, and the administrators' alert links to the instance that message is about (the case)
    Incident onCase = runtime.createIncidentQuery().configuration(newTask.getId()).singleResult();
    assertThat(onCase.getProcessDefinitionId()).isEqualTo(concern.getProcessDefinitionId());
    Job alert = single(notificationJobs(n -> onCase.getId().equals(n.incidentId())));

    smtp.start();
    management.executeJob(alert.getId());
    assertThat(smtp.messagesTo("admin" + DOMAIN)).extracting(Mailboxes::text)
        .filteredOn(body -> body.contains("/camunda/app/cockpit/default/#/process-instance/" + concern.getId() + "/runtime"))
        .hasSize(1);
    for (Job job : List.of(newTask, reportSeen)) {
      management.setJobRetries(job.getId(), 1);
      management.executeJob(job.getId());
    }
    cases.runJobs();

    assertThat(mail("head", ref)).extracting(Mailboxes::text).filteredOn(body -> body.contains(TASKLIST + pathTask.getId()))
        .hasSize(1);
    assertThat(mail("teacher", ref)).extracting(Mailboxes::subject)
        // the receipt went before the server stopped, and its restart emptied the mailboxes
        .filteredOn(subject -> !subject.endsWith("has been received"))
        .containsExactly("Your report " + ref + " has been seen");
    assertThat(runtime.createIncidentQuery().configuration(newTask.getId()).count()).isZero();
  }

  @Test
  void an_incident_alerts_the_administrators_without_case_content() throws Exception {
    Set<String> before = jobIds();
    ProcessInstance concern = cases.reportAndRoute(Cases.report());
    smtp.stop();
    ProcessInstance second = runtime.startProcessInstanceByKey("social-media-concern", Cases.report(SECRET_REPORT));
    runCaseJobs(before);
    Task triage = cases.task(second.getId(), "triage");
    Job mail = single(notificationJobs(n -> n.kind() == NotificationKind.NEW_TASK
        && triage.getId().equals(n.taskId())));
    failUntilIncident(mail.getId());
    Incident incident = runtime.createIncidentQuery().configuration(mail.getId()).singleResult();
    Job alert = single(notificationJobs(n -> incident.getId().equals(n.incidentId())));

    smtp.start();
    management.executeJob(alert.getId());

    List<MimeMessage> alerts = smtp.messagesTo("admin" + DOMAIN).stream()
        .filter(message -> text(message).contains("/camunda/app/cockpit/default/#/process-instance/" + second.getId() + "/runtime"))
        .toList();
    assertThat(alerts).hasSize(1);
    assertThat(subject(alerts.get(0))).isEqualTo("Operations: a step of social-media-concern needs attention");
    assertThat(text(alerts.get(0))).doesNotContain(second.getBusinessKey(), concern.getBusinessKey());
    assertThat(mail("head", second.getBusinessKey())).as("nothing while the server was down").isEmpty();

    management.setJobRetries(mail.getId(), 1);
    management.executeJob(mail.getId());
    assertThat(mail("head", second.getBusinessKey())).hasSize(1);
  }

  @Test
  void a_command_that_causes_several_messages_writes_one_job_and_each_person_gets_exactly_theirs() throws Exception {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(PERPETRATOR_TYPE, "STAFF", SUBJECT_USER_ID, "teacher2"));
    String ref = concern.getBusinessKey();
    String triage = cases.task(concern.getId(), "triage").getId();

    Job job = escalateInOneCommand(triage, true);

    assertThat(NotificationJobs.of(job)).extracting(Notification::kind).as("one job for the command's three messages")
        .containsExactly(NotificationKind.ESCALATED, NotificationKind.DEADLINE_MISSED, NotificationKind.NOBODY_CAN_WORK);
    management.executeJob(job.getId());

    assertThat(mail("slt", ref)).extracting(Mailboxes::subject)
        .containsExactly("Escalated to you: Triage the report (" + ref + ")");
    assertThat(mail("head", ref)).extracting(Mailboxes::subject).containsExactlyInAnyOrder(
        "New task: Triage the report (" + ref + ")", "Deadline passed: Triage the report (" + ref + ")");
    assertThat(mail("admin", ref)).extracting(Mailboxes::subject)
        .containsExactly("Nobody can work on: Triage the report (" + ref + ")");
    assertThat(mail("teacher2", ref)).as("the subject, though in slt").isEmpty();
  }

  @Test
  void when_the_second_message_of_a_job_fails_its_retry_sends_that_one_and_not_the_first_again() throws Exception {
    ProcessInstance concern = cases.reportAndRoute(Cases.report());
    String ref = concern.getBusinessKey();
    String triage = cases.task(concern.getId(), "triage").getId();
    Job job = escalateInOneCommand(triage, false);

    failAfterSending.refuseTheSecondMessage();
    assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("simulated refusal");
    assertThat(mail("slt", ref)).as("the first went").hasSize(1);
    assertThat(mail("head", ref)).extracting(Mailboxes::subject).as("the second did not")
        .containsExactly("New task: Triage the report (" + ref + ")");

    management.executeJob(job.getId());

    assertThat(management.createJobQuery().jobId(job.getId()).count()).isZero();
    assertThat(mail("slt", ref)).as("not sent again").hasSize(1);
    assertThat(mail("head", ref)).extracting(Mailboxes::subject).containsExactlyInAnyOrder(
        "New task: Triage the report (" + ref + ")", "Deadline passed: Triage the report (" + ref + ")");
  }

  @Test
  void a_failure_after_the_mail_server_accepted_a_message_does_not_send_it_twice() throws Exception {
    Set<String> before = jobIds();
    ProcessInstance concern = runtime.startProcessInstanceByKey("social-media-concern", Cases.report());
    runCaseJobs(before);
    Job job = single(notificationJobs(n -> n.kind() == NotificationKind.NEW_TASK
        && cases.task(concern.getId(), "triage").getId().equals(n.taskId())));

    failAfterSending.once();
    assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("simulated failure");
    assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries())
        .as("the job failed and will retry").isEqualTo(ATTEMPTS - 1);
    assertThat(mail("head", concern.getBusinessKey())).hasSize(1);

    management.executeJob(job.getId());

    assertThat(management.createJobQuery().jobId(job.getId()).count()).isZero();
    assertThat(mail("head", concern.getBusinessKey())).hasSize(1);
  }

  @Test
  void the_demo_mailbox_shows_each_person_their_own_messages_only() {
    ProcessInstance concern = reportAs("teacher");
    String ref = concern.getBusinessKey();

    ResponseEntity<String> head = http.withBasicAuth("head", password).getForEntity("/mailbox", String.class);
    assertThat(head.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(head.getBody()).contains("head" + DOMAIN, "New task: Triage the report (" + ref + ")");

    ResponseEntity<String> teacher = http.withBasicAuth("teacher", password).getForEntity("/mailbox", String.class);
    assertThat(teacher.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(teacher.getBody()).contains("Your report " + ref + " has been received")
        .doesNotContain("Triage the report (" + ref);

    assertThat(http.getForEntity("/mailbox", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // a wrong password for a real user would lock them out of the rest of the suite for a while
    assertThat(http.withBasicAuth("nosuchuser", "wrong").getForEntity("/mailbox", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  // --- helpers

  /** A report started by a logged-in person (the reporter), run to its first wait states. */
  private ProcessInstance reportAs(String userId, Object... overrides) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    ProcessInstance instance;
    try {
      instance = runtime.startProcessInstanceByKey("social-media-concern", Cases.report(overrides));
    } finally {
      identity.clearAuthentication();
    }
    cases.runJobs();
    return instance;
  }

  private Map<String, Object> triageConfirming(String caseId) {
    Map<String, Object> values = new HashMap<>();
    for (String name : List.of(PERPETRATOR_TYPE, VICTIM_TYPE, SAFEGUARDING_CONCERN)) {
      values.put(name, runtime.getVariable(caseId, name));
    }
    values.put(CRIMINAL_SUSPICION, false);
    values.put(NO_FURTHER_ACTION, false);
    return values;
  }

  /** Runs every job that appeared since {@code before} except notifications, until none is left. */
  private void runCaseJobs(Set<String> before) {
    for (int round = 0; round < 50; round++) {
      List<Job> due = management.createJobQuery().executable().list().stream()
          .filter(job -> !before.contains(job.getId()) && NotificationJobs.of(job).isEmpty()).toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  /** Runs a notification job whose mail server is down until its retries are spent, checking the schedule. */
  private void failUntilIncident(String jobId) {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      long now = ClockUtil.getCurrentTime().getTime();
      assertThatThrownBy(() -> management.executeJob(jobId)).as("attempt %s", attempt).isNotNull();
      Job job = management.createJobQuery().jobId(jobId).singleResult();
      assertThat(job.getRetries()).isEqualTo(ATTEMPTS - attempt);
      if (attempt == 1) {
        assertThat(job.getDuedate().getTime() - now).as("first retry after a minute")
            .isBetween(Duration.ofSeconds(55).toMillis(), Duration.ofSeconds(65).toMillis());
      }
    }
    assertThat(runtime.createIncidentQuery().configuration(jobId).count()).isOne();
    // the job log keeps each failed attempt (engine.JobOutcomesPlugin leaves out only a job's making and withdrawal)
    assertThat(history.createHistoricJobLogQuery().jobId(jobId).failureLog().count()).isEqualTo(ATTEMPTS);
  }

  /** The notification jobs carrying a notification of this kind (a job carries all its command's for one time). */
  private List<Job> notificationJobs(Predicate<Notification> which) {
    return management.createJobQuery().list().stream()
        .filter(job -> NotificationJobs.of(job).stream().anyMatch(which)).toList();
  }

  /**
   * Escalates the task to slt and announces its missed deadline (and, if asked, that nobody can work on it)
   * in one command; returns the one notification job that command wrote about it.
   */
  private Job escalateInOneCommand(String taskId, boolean nobodyCanWork) {
    Set<String> before = jobIds();
    inCommand(commandContext -> {
      TaskEntity task = commandContext.getTaskManager().findTaskById(taskId);
      notifications.escalated(task, "slt");
      notifications.deadlineMissed(task, "slt");
      if (nobodyCanWork) {
        notifications.nobodyCanWork(task, "chair");
      }
    });
    return single(notificationJobs(n -> taskId.equals(n.taskId())).stream()
        .filter(written -> !before.contains(written.getId())).toList());
  }

  private Set<String> jobIds() {
    Set<String> ids = new HashSet<>();
    management.createJobQuery().list().forEach(job -> ids.add(job.getId()));
    return ids;
  }

  private static Job single(List<Job> jobs) {
    assertThat(jobs).hasSize(1);
    return jobs.get(0);
  }

  private void inCommand(Consumer<org.camunda.bpm.engine.impl.interceptor.CommandContext> work) {
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(commandContext -> {
          work.accept(commandContext);
          return null;
        });
  }

  private List<String> candidateGroups(String taskId) {
    return tasks.getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId).filter(g -> g != null).toList();
  }

  private List<String> members(List<String> groups) {
    List<String> people = new ArrayList<>();
    for (String group : groups) {
      identity.createUserQuery().memberOfGroup(group).list().stream().map(User::getId).forEach(people::add);
    }
    return people;
  }

  /** The messages a demo user received about a case. */
  private List<MimeMessage> mail(String userId, String caseReference) {
    // each demo user's own address (the trust's people are not at the school's domain)
    return smtp.messagesTo(identity.createUserQuery().userId(userId).singleResult().getEmail()).stream().filter(message -> subject(message).contains(caseReference)
        || text(message).contains(caseReference)).toList();
  }

  private static long hours(int hours) {
    return Duration.ofHours(hours).toMillis();
  }

  private static Date hoursFromNow(int hours) {
    // whole minutes: the message shows minutes
    long now = ClockUtil.getCurrentTime().getTime() / 60_000 * 60_000;
    return new Date(now + hours(hours));
  }

  private static String wholeMessage(MimeMessage message) throws Exception {
    StringBuilder text = new StringBuilder(subject(message)).append('\n').append(text(message));
    var headers = message.getAllHeaderLines();
    while (headers.hasMoreElements()) {
      text.append('\n').append(headers.nextElement());
    }
    return text.toString();
  }
}
