package uk.shine.socialmedia.notification;

/** What a notification says. Those about a task are dropped when the task has closed before they go. */
enum NotificationKind {
  NEW_TASK(true),
  URGENT_TASK(true),
  DEADLINE_WARNING(true),
  DEADLINE_MISSED(true),
  ESCALATED(true),
  /** To the administrator: a task nobody but the case's subject could work, and no group above to bring in. */
  NOBODY_CAN_WORK(true),
  /** To the administrator: a task's deadline has passed and no group above its owner can be brought in. */
  DEADLINE_MISSED_NOBODY_ABOVE(true),
  /** To the reporter, at once: their report's reference and what happens next. */
  REPORT_RECEIVED(false),
  REPORT_SEEN(false),
  /** To the case manager, once the paths chosen at triage have started: each path and who works it. */
  PATHS_STARTED(false),
  INCIDENT(false),
  ACCESS_CHANGED(false),
  /** To the administrator and the DSL: an open case with nothing waiting, or with an incident. */
  CASE_STUCK(false),
  /** To the data protection lead: monitoring of school systems was authorised (or renewed) on a staff case. */
  MONITORING_AUTHORISED(false),
  /** To the person who asked: their request (prior approval) was decided, renewed or withdrawn. */
  REQUEST_DECIDED(false),
  /** To the DSL who sent a pupil's records: the receiving school confirmed the child protection file arrived. */
  TRANSFER_CONFIRMED(false);

  private final boolean aboutATask;

  NotificationKind(boolean aboutATask) {
    this.aboutATask = aboutATask;
  }

  public boolean aboutATask() {
    return aboutATask;
  }
}
