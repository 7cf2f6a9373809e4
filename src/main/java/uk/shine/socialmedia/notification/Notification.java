package uk.shine.socialmedia.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One notification as its job stores it: ids and a kind, never content. What the message says and
 * who receives it is read when it is sent.
 *
 * @param id the idempotency key: a message with this id is sent at most once (see {@link SentNotifications})
 * @param taskId the task it is about, if any
 * @param processInstanceId the case (or path) it is about, if no task
 * @param group the group told, for an escalation; for a missed deadline, the group told of its escalation instead;
 *     for a decided request, what it was about and what became of it, as codes ({@code KIND:STATUS})
 * @param due the task's due date (epoch millis) a deadline warning was scheduled for
 * @param incidentId the incident an operations alert is about
 * @param changeId the entry of the access-change log an access alert is about
 * @param rootInstanceId for a notification about a task: the case (root instance) of its instance, known when
 *     the task is created, so the message need not look it up
 * @param reference for a notification about a task: the case reference (the business key its instance
 *     carries), if any; when absent the message reads it from history
 */
record Notification(String id, NotificationKind kind, String taskId, String processInstanceId,
    String group, Long due, String incidentId, String changeId, String rootInstanceId, String reference) {

  // ids, group ids and kinds only: nothing that could break the key=value;... form
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_:.-]+");
  private static final Pattern RANDOM_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  Notification(String id, NotificationKind kind, String taskId, String processInstanceId, String group, Long due,
      String incidentId, String changeId) {
    this(id, kind, taskId, processInstanceId, group, due, incidentId, changeId, null, null);
  }

  public Notification {
    for (String value : new String[] {id, taskId, processInstanceId, group, incidentId, changeId, rootInstanceId,
        reference}) {
      if (value != null && !SAFE.matcher(value).matches()) {
        throw new IllegalArgumentException("Not an id: " + value);
      }
    }
  }

  static Notification aboutTask(NotificationKind kind, String taskId) {
    return new Notification(newId(), kind, taskId, null, null, null, null, null);
  }

  static Notification deadlineWarning(String taskId, long due) {
    return new Notification(newId(), NotificationKind.DEADLINE_WARNING, taskId, null, null, due, null, null);
  }

  /** Once per task and group: escalating the same task twice to the same people tells them once. */
  static Notification escalated(String taskId, String group) {
    return new Notification("escalated-" + taskId + "-" + group, NotificationKind.ESCALATED, taskId, null, group, null, null,
        null);
  }

  /** Once per task: the administrator is told that nobody may work on it. */
  static Notification nobodyCanWork(String taskId, String group) {
    return new Notification("nobody-" + taskId, NotificationKind.NOBODY_CAN_WORK, taskId, null, group, null, null, null);
  }

  /** To the task's people except {@code escalatedTo}, which is told of the escalation instead. */
  static Notification deadlineMissed(String taskId, String escalatedTo) {
    return new Notification(newId(), NotificationKind.DEADLINE_MISSED, taskId, null, escalatedTo, null, null, null);
  }

  /** Once per task and due date: nobody above the task's owner ({@code group}) can be brought in. */
  static Notification deadlineMissedNobodyAbove(String taskId, String group, long due) {
    return new Notification("late-" + taskId + "-" + due, NotificationKind.DEADLINE_MISSED_NOBODY_ABOVE, taskId, null,
        group, due, null, null);
  }

  /** Once per case and day: the nightly check tells again each night until the case moves. */
  static Notification caseStuck(String caseInstanceId, String day) {
    return new Notification("stuck-" + caseInstanceId + "-" + day, NotificationKind.CASE_STUCK, null, caseInstanceId,
        null, null, null, null);
  }

  /** Once per case: the reporter's receipt. */
  static Notification reportReceived(String caseInstanceId) {
    return new Notification("received-" + caseInstanceId, NotificationKind.REPORT_RECEIVED, null, caseInstanceId, null,
        null, null, null);
  }

  /** Once per case: the paths triage chose have started. */
  static Notification pathsStarted(String caseInstanceId) {
    return new Notification("paths-" + caseInstanceId, NotificationKind.PATHS_STARTED, null, caseInstanceId, null,
        null, null, null);
  }

  /** Once per case: whoever sees the report first (triage, or the DSL's acknowledgement) tells the reporter. */
  static Notification reportSeen(String caseInstanceId) {
    return new Notification("seen-" + caseInstanceId, NotificationKind.REPORT_SEEN, null, caseInstanceId, null, null, null,
        null);
  }

  static Notification monitoringAuthorised(String processInstanceId) {
    return new Notification(newId(), NotificationKind.MONITORING_AUTHORISED, null, processInstanceId, null, null, null,
        null);
  }

  /** @param about what the request was for and what became of it, as codes: {@code KIND:STATUS} */
  static Notification requestDecided(String processInstanceId, String about) {
    return new Notification(newId(), NotificationKind.REQUEST_DECIDED, null, processInstanceId, about, null, null, null);
  }

  static Notification transferConfirmed(String processInstanceId) {
    return new Notification("transfer-" + processInstanceId, NotificationKind.TRANSFER_CONFIRMED, null,
        processInstanceId, null, null, null, null);
  }

  static Notification incident(String incidentId) {
    return new Notification(newId(), NotificationKind.INCIDENT, null, null, null, null, incidentId, null);
  }

  /** Once per change of who may read cases. */
  static Notification accessChanged(String changeId) {
    return new Notification("access-" + changeId, NotificationKind.ACCESS_CHANGED, null, null, null, null, null, changeId);
  }

  /**
   * The same, with the case it is about as the command that enqueues it knows it; a reference that is
   * not a plain id is left to the message to read.
   */
  Notification inCase(String rootInstanceId, String reference) {
    return new Notification(id, kind, taskId, processInstanceId, group, due, incidentId, changeId, rootInstanceId,
        reference != null && SAFE.matcher(reference).matches() ? reference : null);
  }

  /**
   * Whether another notification may carry the same key ({@code seen-<case>}, once per case, whoever
   * enqueues it): its key is looked up before every send and recorded after it. A random key only
   * matters to a retry of its own job.
   */
  boolean sharedKey() {
    return !RANDOM_ID.matcher(id).matches();
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }

  /** The notification as its job stores it: {@code id=...;kind=...;task=...}. */
  public String toCanonicalString() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", id);
    fields.put("kind", kind);
    fields.put("task", taskId);
    fields.put("instance", processInstanceId);
    fields.put("group", group);
    fields.put("due", due);
    fields.put("incident", incidentId);
    fields.put("change", changeId);
    fields.put("root", rootInstanceId);
    fields.put("ref", reference);
    StringBuilder text = new StringBuilder();
    fields.forEach((name, value) -> {
      if (value != null) {
        text.append(text.isEmpty() ? "" : ";").append(name).append('=').append(value);
      }
    });
    return text.toString();
  }

  static Notification parse(String text) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String field : text.split(";")) {
      int equals = field.indexOf('=');
      fields.put(field.substring(0, equals), field.substring(equals + 1));
    }
    String due = fields.get("due");
    return new Notification(fields.get("id"), NotificationKind.valueOf(fields.get("kind")), fields.get("task"),
        fields.get("instance"), fields.get("group"), due == null ? null : Long.valueOf(due), fields.get("incident"),
        fields.get("change"), fields.get("root"), fields.get("ref"));
  }
}
