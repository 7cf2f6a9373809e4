package uk.shine.socialmedia.notification;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import uk.shine.socialmedia.engine.EngineRecords;
import uk.shine.socialmedia.schools.Schools;
import uk.shine.socialmedia.security.CaseGroups;

/**
 * Writes the message of a notification from the engine's current state, or nothing when there is
 * nothing left to say (the task has closed, the incident is resolved, nobody has an address).
 * A message carries the case reference, the task's name from the model, its deadline and a link:
 * never a name, the summary or any other answer of a form.
 */
@Component
class EmailWriter {

  private static final Logger LOG = LoggerFactory.getLogger(EmailWriter.class);
  private static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";
  private static final String COCKPIT = "/camunda/app/cockpit/default/#/";

  private final NotificationProperties properties;
  private final AccessChangeRecords accessChanges;
  private final Supplier<Schools> schools;
  private final DateTimeFormatter dates;
  // looked up when first sending (the engine's plugins, which send through this, are made before the
  // engine), then kept: a look-up in the bean factory for every message cost as much as writing it
  private final Supplier<ProcessEngine> engine;

  EmailWriter(NotificationProperties properties, AccessChangeRecords accessChanges,
      ObjectProvider<Schools> schools, ObjectProvider<ProcessEngine> engine) {
    this.engine = SingletonSupplier.of(engine::getObject);
    this.properties = properties;
    this.accessChanges = accessChanges;
    this.schools = SingletonSupplier.of(schools::getObject);
    this.dates = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(properties.zone());
  }

  /**
   * Inside the notification job's engine command.
   *
   * @param subjectsRead the case subjects this job has read so far, by instance: the messages of one job
   *     about one case read them once
   */
  Optional<Email> write(Notification notification, Map<String, Set<String>> subjectsRead) {
    ProcessEngineServices engine = this.engine.get();
    return switch (notification.kind()) {
      case REPORT_RECEIVED -> reportReceived(notification, engine);
      case REPORT_SEEN -> reportSeen(notification, engine);
      case PATHS_STARTED -> pathsStarted(notification, engine);
      case INCIDENT -> incident(notification, engine);
      case ACCESS_CHANGED -> accessChanged(notification, engine);
      case CASE_STUCK -> caseStuck(notification, engine);
      case MONITORING_AUTHORISED -> monitoringAuthorised(notification, engine);
      case REQUEST_DECIDED -> requestDecided(notification, engine);
      case TRANSFER_CONFIRMED -> transferConfirmed(notification, engine);
      default -> aboutTask(notification, engine, subjectsRead);
    };
  }

  private Optional<Email> aboutTask(Notification notification, ProcessEngineServices engine,
      Map<String, Set<String>> subjectsRead) {
    DelegateTask task = EngineRecords.task(notification.taskId());
    if (task == null) {
      return Optional.empty(); // done or cancelled before the message went: nothing to ask of anyone
    }
    if ((notification.kind() == NotificationKind.DEADLINE_WARNING
        || notification.kind() == NotificationKind.DEADLINE_MISSED_NOBODY_ABOVE)
        && (task.getDueDate() == null || task.getDueDate().getTime() != notification.due())) {
      return Optional.empty(); // the due date has moved: the warning scheduled for the new one speaks
    }
    CaseMailFacts record = CaseMailFacts.ofTask(engine.getHistoryService(), task.getProcessInstanceId(), notification,
        subjectsRead);
    List<String> groups = new ArrayList<>();
    List<String> users = new ArrayList<>();
    if (notification.kind() == NotificationKind.ESCALATED) {
      groups.add(notification.group());
    } else if (notification.kind() == NotificationKind.NOBODY_CAN_WORK
        || notification.kind() == NotificationKind.DEADLINE_MISSED_NOBODY_ABOVE) {
      groups.add(CaseGroups.ADMIN);
    } else {
      for (IdentityLink candidate : task.getCandidates()) {
        if (candidate.getGroupId() != null && candidate.getGroupId().equals(notification.group())) {
          continue; // a missed deadline's group brought in: told "Escalated to you" instead
        }
        groups.add(candidate.getGroupId());
        users.add(candidate.getUserId());
      }
      users.add(task.getAssignee());
    }
    List<String> to = Recipients.addresses(engine.getIdentityService(), groups, users, record.subjects());
    if (to.isEmpty()) {
      LOG.warn("Nobody with an e-mail address to tell about task '{}' ({}) in groups {}",
          task.getTaskDefinitionKey(), notification.kind(), groups.stream().filter(Objects::nonNull).toList());
      return Optional.empty();
    }
    String work = workName(task);
    String reference = record.reference() == null ? "" : " (" + record.reference() + ")";
    String subject = switch (notification.kind()) {
      case URGENT_TASK -> "URGENT: " + work + reference;
      case DEADLINE_WARNING -> "Deadline coming: " + work + reference;
      case DEADLINE_MISSED -> "Deadline passed: " + work + reference;
      case ESCALATED -> "Escalated to you: " + work + reference;
      case NOBODY_CAN_WORK -> "Nobody can work on: " + work + reference;
      case DEADLINE_MISSED_NOBODY_ABOVE -> "Deadline passed, nobody above: " + work + reference;
      default -> "New task: " + work + reference;
    };
    String opening = switch (notification.kind()) {
      case URGENT_TASK -> "Urgent work has arrived for you. Please look at it now: it may concern a child's safety.";
      case DEADLINE_WARNING -> "This task is still open and its deadline is close.";
      case DEADLINE_MISSED -> "This task is still open and its deadline has passed.";
      case ESCALATED -> "This task has been escalated to your group: it needs your attention.";
      case NOBODY_CAN_WORK -> "Nobody may work on this task: everyone in the group '" + notification.group()
          + "' is the person the case is about, and no group above it can be brought in. Add a deputy to that "
          + "group in Admin: they will see the task at once.";
      case DEADLINE_MISSED_NOBODY_ABOVE -> "The deadline of this task has passed. It belongs to the group '"
          + notification.group() + "', and there is no group above it to bring in (there is no vice-chair group). "
          + "Remind them, or add a deputy to that group in Admin: they will see the task at once.";
      default -> "There is a new task for you.";
    };
    String body = opening + "\n\n"
        + "Case:      " + (record.reference() == null ? "(none)" : record.reference()) + "\n"
        + "Task:      " + work + "\n"
        + "Deadline:  " + (task.getDueDate() == null ? "none set" : date(task.getDueDate())) + "\n"
        + "Open it:   " + properties.link(TASKLIST + task.getId()) + "\n"
        + footer(notification);
    return Optional.of(new Email(to, subject, body, notification.kind() == NotificationKind.URGENT_TASK));
  }

  /** The reporter's receipt: the reference and what happens next, nothing of what they wrote. */
  private Optional<Email> reportReceived(Notification notification, ProcessEngineServices engine) {
    CaseMailFacts record = CaseMailFacts.of(engine.getHistoryService(), notification.processInstanceId());
    if (record.reporterUserId() == null || record.reference() == null) {
      return Optional.empty(); // started by the system, not a person
    }
    List<String> to = Recipients.addresses(engine.getIdentityService(), List.of(), List.of(record.reporterUserId()),
        record.subjects());
    if (to.isEmpty()) {
      return Optional.empty();
    }
    String body = "Thank you for reporting a concern. The school has received your report.\n\n"
        + "Reference: " + record.reference() + "\n\n"
        + "What happens next: the head teacher (or the right senior person) reads it by the end of the next "
        + "working day and decides what the school does under its social media policy. If you said a child may be "
        + "at risk, the Designated Safeguarding Lead has been told already. You will get one more message when "
        + "your report has been read. To protect everyone involved, you will not be told the details of what "
        + "happens.\n\n"
        + "If you learn anything new, tell the head teacher (or the Designated Safeguarding Lead if a child may "
        + "be at risk) and quote this reference. Your reports, and whether each is open or closed: "
        + properties.link("/my-reports") + "\n"
        + footer(notification);
    return Optional.of(new Email(to, "Your report " + record.reference() + " has been received", body, false));
  }

  /**
   * To the case manager: each path of the case by its plain name, and the groups (by name) its open
   * tasks are offered to. No content, no person.
   */
  private Optional<Email> pathsStarted(Notification notification, ProcessEngineServices engine) {
    CaseMailFacts record = CaseMailFacts.of(engine.getHistoryService(), notification.processInstanceId());
    String managerGroup = record.caseManagerGroup();
    if (managerGroup == null) {
      return Optional.empty();
    }
    List<String> to = Recipients.addresses(engine.getIdentityService(), List.of(managerGroup), List.of(),
        record.subjects());
    if (to.isEmpty()) {
      LOG.warn("Nobody in {} has an e-mail address to be told which paths started", managerGroup);
      return Optional.empty();
    }
    var started = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .superProcessInstanceId(notification.processInstanceId()).orderByProcessInstanceStartTime().asc().list();
    Map<String, Set<String>> groupsOfPath = candidateGroups(engine, started.stream()
        .filter(path -> path.getEndTime() == null).map(HistoricProcessInstance::getId).toArray(String[]::new));
    Map<String, String> groupNames = groupNames(engine, groupsOfPath.values());
    StringBuilder paths = new StringBuilder();
    for (var path : started) {
      String name = path.getProcessDefinitionName() == null ? path.getProcessDefinitionKey()
          : path.getProcessDefinitionName();
      Set<String> groups = new TreeSet<>();
      groupsOfPath.getOrDefault(path.getId(), Set.of()).forEach(group -> groups.add(groupNames.getOrDefault(group, group)));
      paths.append("- ").append(name).append(": ").append(path.getEndTime() != null ? "finished"
          : groups.isEmpty() ? "no task open yet (it waits for a date or another step)" : String.join(", ", groups))
          .append("\n");
    }
    String body = "Triage is done. These paths of the case have started, and this is who works each:\n\n"
        + paths + "\n"
        + "Case:      " + record.reference() + "\n"
        + "Its chronology: " + properties.link("/cases/" + record.reference() + "/chronology") + "\n"
        + footer(notification);
    return Optional.of(new Email(to, "Paths started: " + record.reference(), body, false));
  }

  /** The groups each path's open tasks are offered to, by path: the open tasks of them all in one look-up. */
  private static Map<String, Set<String>> candidateGroups(ProcessEngineServices engine, String... pathIds) {
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    if (pathIds.length == 0) {
      return groups;
    }
    for (var task : engine.getTaskService().createTaskQuery().processInstanceIdIn(pathIds).list()) {
      // the task the query has just read, from this command's cache: its links without another check of it
      for (IdentityLink link : EngineRecords.task(task.getId()).getCandidates()) {
        if (link.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(link.getType())) {
          groups.computeIfAbsent(task.getProcessInstanceId(), path -> new TreeSet<>()).add(link.getGroupId());
        }
      }
    }
    return groups;
  }

  /** The names of these groups, in one look-up; a group without a name is left out (its id is shown). */
  private static Map<String, String> groupNames(ProcessEngineServices engine, Collection<Set<String>> groups) {
    String[] ids = groups.stream().flatMap(Set::stream).distinct().toArray(String[]::new);
    Map<String, String> names = new HashMap<>();
    if (ids.length > 0) {
      engine.getIdentityService().createGroupQuery().groupIdIn(ids).list().stream().filter(group -> group.getName() != null)
          .forEach(group -> names.put(group.getId(), group.getName()));
    }
    return names;
  }

  private Optional<Email> reportSeen(Notification notification, ProcessEngineServices engine) {
    CaseMailFacts record = CaseMailFacts.of(engine.getHistoryService(), notification.processInstanceId());
    if (record.reporterUserId() == null) {
      return Optional.empty(); // started by the system, not a person
    }
    List<String> to = Recipients.addresses(engine.getIdentityService(), List.of(), List.of(record.reporterUserId()),
        record.subjects());
    if (to.isEmpty()) {
      return Optional.empty();
    }
    String body = "Thank you for reporting a concern. Your report has been read, and the school is dealing "
        + "with it under its social media policy.\n\n"
        + "Reference: " + record.reference() + "\n\n"
        + "If you learn anything new, tell the head teacher (or the Designated Safeguarding Lead if a child "
        + "may be at risk) and quote this reference. To protect everyone involved, you will not be sent "
        + "details of what happens next.\n"
        + footer(notification);
    return Optional.of(new Email(to, "Your report " + record.reference() + " has been seen", body, false));
  }

  private Optional<Email> incident(Notification notification, ProcessEngineServices engine) {
    Incident incident = engine.getRuntimeService().createIncidentQuery().incidentId(notification.incidentId())
        .singleResult();
    if (incident == null) {
      return Optional.empty(); // resolved (retried successfully) before the alert went
    }
    IdentityService identity = engine.getIdentityService();
    List<String> to = Recipients.addresses(identity, List.of(CaseGroups.ADMIN), List.of(), Set.of());
    if (to.isEmpty()) {
      LOG.warn("Nobody in {} has an e-mail address to be told of incident {}", CaseGroups.ADMIN, incident.getId());
      return Optional.empty();
    }
    String process = "(none)";
    if (incident.getProcessDefinitionId() != null) {
      ProcessDefinition definition = engine.getRepositoryService().getProcessDefinition(incident.getProcessDefinitionId());
      process = definition.getKey();
    }
    String instanceId = incident.getProcessInstanceId() != null ? incident.getProcessInstanceId()
        : instanceOfFailedNotifications(incident);
    String link = instanceId == null ? COCKPIT + "dashboard" : COCKPIT + "process-instance/" + instanceId + "/runtime";
    // the incident's own message may quote addresses or values: Cockpit shows it to those allowed to see it
    String body = "A technical step has failed after every retry and is now an incident. Nobody's work is lost: "
        + "fix the cause, then retry the step in Cockpit.\n\n"
        + "Process:   " + process + "\n"
        + "Step:      " + (incident.getActivityId() == null ? "(none)" : incident.getActivityId()) + "\n"
        + "Type:      " + incident.getIncidentType() + "\n"
        + "Since:     " + date(incident.getIncidentTimestamp()) + "\n"
        + "Open it:   " + properties.link(link) + "\n"
        + footer(notification);
    return Optional.of(new Email(to, "Operations: a step of " + process + " needs attention", body, false));
  }

  /**
   * A notification job belongs to no instance (it may carry several instances' messages, and must outlive
   * a case that ends at once), so its incident has none: the alert links to the instance of the job's
   * first notification, the one the job is listed under.
   */
  private static String instanceOfFailedNotifications(Incident incident) {
    if (!Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())) {
      return null;
    }
    return NotificationJobs.ofJob(incident.getConfiguration()).stream().findFirst().map(notification -> {
      if (notification.taskId() == null) {
        return notification.processInstanceId();
      }
      DelegateTask task = EngineRecords.task(notification.taskId());
      if (task != null) {
        return task.getProcessInstanceId();
      }
      var finished = EngineRecords.historicTask(notification.taskId());
      return finished == null ? null : finished.getProcessInstanceId();
    }).orElse(null);
  }

  /**
   * To the administrator and the DSL: a case has stopped. The case reference only, and a link to the
   * list of stuck cases; nothing when the case has ended since.
   */
  private Optional<Email> caseStuck(Notification notification, ProcessEngineServices engine) {
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(notification.processInstanceId())
        .count() == 0) {
      return Optional.empty();
    }
    CaseMailFacts record = CaseMailFacts.of(engine.getHistoryService(), notification.processInstanceId());
    List<String> to = Recipients.addresses(engine.getIdentityService(), List.of(CaseGroups.ADMIN, CaseGroups.DSL),
        List.of(), record.subjects());
    if (to.isEmpty()) {
      LOG.warn("Nobody in {} or {} has an e-mail address to be told of a stuck case", CaseGroups.ADMIN, CaseGroups.DSL);
      return Optional.empty();
    }
    String body = "A case has stopped: nobody is being asked to do anything on it, or a technical step of it has "
        + "failed. It will not move on by itself.\n\n"
        + "Case:      " + record.reference() + "\n"
        + "All stuck cases: " + properties.link("/cases/stuck") + "\n\n"
        + "The administrator can see in Cockpit where it stopped; the DSL decides what the case still needs.\n"
        + footer(notification);
    return Optional.of(new Email(to, "Case stuck: " + record.reference(), body, false));
  }

  /**
   * To the DSL and the data protection lead: who changed who may read cases, and what the change was
   * (user and group ids, the case reference), never what a case holds.
   */
  private Optional<Email> accessChanged(Notification notification, ProcessEngineServices engine) {
    Optional<AccessChangeRecords.AccessChange> found = accessChanges.find(notification.changeId());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    AccessChangeRecords.AccessChange change = found.get();
    // whoever made the change knows it; the others in the groups must hear of it
    List<String> to = Recipients.addresses(engine.getIdentityService(), List.of(CaseGroups.DSL, CaseGroups.DPO), List.of(),
        Set.of(change.changedBy()));
    if (to.isEmpty()) {
      LOG.warn("Nobody in {} or {} has an e-mail address to be told of access change {}", CaseGroups.DSL, CaseGroups.DPO,
          notification.changeId());
      return Optional.empty();
    }
    String body = "Someone with administrator rights has changed who may read case records. The system allows it, "
        + "and tells you at once: check that it was agreed.\n\n"
        + "Who:       " + change.changedBy() + "\n"
        + "What:      " + change.what() + "\n"
        + "Case:      " + (change.caseReference() == null ? "(no single case)" : change.caseReference()) + "\n"
        + "When:      " + dates.format(change.changedAt()) + "\n"
        + "All changes: " + properties.link("/access-changes") + "\n\n"
        + "If it was not agreed, ask the administrator to undo it in Camunda Admin, and treat it as a possible "
        + "data breach.\n"
        + footer(notification);
    return Optional.of(new Email(to, "Access alert: " + change.changedBy() + " " + change.what(), body, true));
  }

  /** To the data protection lead: the case reference and the register's address only. */
  private Optional<Email> monitoringAuthorised(Notification notification, ProcessEngineServices engine) {
    CaseMailFacts record = CaseMailFacts.of(engine.getHistoryService(), notification.processInstanceId());
    List<String> to = Recipients.addresses(engine.getIdentityService(), List.of(CaseGroups.DPO), List.of(),
        record.subjects());
    if (to.isEmpty()) {
      LOG.warn("Nobody in {} has an e-mail address to be told of a monitoring authorisation", CaseGroups.DPO);
      return Optional.empty();
    }
    String body = "Monitoring of school systems has been authorised (or renewed) during an investigation. You are "
        + "told so that the data protection lead knows of every authorisation.\n\n"
        + "Case:      " + record.reference() + "\n"
        + "Register:  " + properties.link("/monitoring") + "\n"
        + footer(notification);
    return Optional.of(new Email(to, "Monitoring authorised: " + record.reference(), body, false));
  }

  /** To the person who asked: what the request was for and its outcome, never the reasons. */
  private Optional<Email> requestDecided(Notification notification, ProcessEngineServices engine) {
    CaseMailFacts record = CaseMailFacts.of(engine.getHistoryService(), notification.processInstanceId());
    if (record.reporterUserId() == null) {
      return Optional.empty();
    }
    List<String> to = Recipients.addresses(engine.getIdentityService(), List.of(), List.of(record.reporterUserId()),
        Set.of());
    if (to.isEmpty()) {
      return Optional.empty(); // no address, or the person has left
    }
    String[] about = notification.group().split(":", 2);
    String what = words(about[0]);
    String outcome = words(about.length > 1 ? about[1] : "DECIDED");
    String body = "Your request for prior approval has been " + outcome + ".\n\n"
        + "Request:   " + what + "\n"
        + "Outcome:   " + outcome + "\n\n"
        + "Ask the head teacher if you would like to talk about it.\n"
        + footer(notification);
    return Optional.of(new Email(to, "Your request for prior approval has been " + outcome, body, false));
  }

  /** To the DSL who sent a pupil's records: the transfer's reference, nothing of the pupil or the schools. */
  private Optional<Email> transferConfirmed(Notification notification, ProcessEngineServices engine) {
    CaseMailFacts record = CaseMailFacts.of(engine.getHistoryService(), notification.processInstanceId());
    List<String> to = record.reporterUserId() == null ? List.of()
        : Recipients.addresses(engine.getIdentityService(), List.of(), List.of(record.reporterUserId()), Set.of());
    if (to.isEmpty()) {
      return Optional.empty(); // no address, or the person has left
    }
    String body = "The receiving school's DSL has confirmed that the child protection file of this transfer has "
        + "arrived. The receiving school can now read the records it listed.\n\n"
        + "Transfer:  " + record.reference() + "\n"
        + footer(notification);
    return Optional.of(new Email(to, "Child protection file received: " + record.reference(), body, false));
  }

  /** A code as words: PERSONAL_DEVICE_FOR_SCHOOL_EMAIL is "personal device for school email". */
  private static String words(String code) {
    return code.replace('_', ' ').toLowerCase(Locale.UK);
  }

  /** The task's name as the model writes it; an expression could carry case data, so it is not used. */
  private static String workName(DelegateTask task) {
    var modelled = task.getBpmnModelElementInstance();
    String name = modelled == null ? null : modelled.getName();
    return name == null || name.isBlank() || name.contains("${") || name.contains("#{") ? "A task" : name.strip();
  }

  private String date(Date date) {
    return dates.format(date.toInstant());
  }

  /** Signed with the name of the school the message's case (or other record) belongs to; else the trust's. */
  private String footer(Notification notification) {
    // by id: the message has usually read the instance already, in this command
    HistoricProcessInstance instance = notification.processInstanceId() == null ? null
        : EngineRecords.historicInstance(notification.processInstanceId());
    String tenantId = instance == null ? null : instance.getTenantId();
    return "\nThis message never contains the details of a case: log in to read them. Please do not forward it.\n"
        + "-- " + schools.get().nameOf(tenantId) + " social media cases\n";
  }
}
