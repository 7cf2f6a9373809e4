package uk.shine.socialmedia.deadlines;

/**
 * One row of the table processes/task-deadlines.dmn.
 *
 * @param name the rule's name, as the audit counts it
 * @param statutory set by law or statutory guidance (else the school's own service standard)
 * @param due how the due date is set (see {@link DueDates})
 * @param source the guidance and section it comes from
 * @param bringIn who gets the task when it is missed: empty for the owner's next group up, a group id, or
 *     {@link #BY_THE_MODEL}
 */
record DeadlineRule(String name, boolean statutory, String due, String source, String bringIn) {

  /** The model escalates the task itself (a boundary timer): the deadline check only records the miss. */
  static final String BY_THE_MODEL = "model";

  boolean escalatedByTheModel() {
    return BY_THE_MODEL.equals(bringIn);
  }
}
