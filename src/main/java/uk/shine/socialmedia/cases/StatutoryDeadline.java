package uk.shine.socialmedia.cases;

/**
 * A statutory deadline a path keeps, as the governors' audit reports it: met, missed, or did not arise.
 *
 * @param auditField the audit's field for it (the contract's JSON names each deadline)
 * @param variable the path's variable that records it
 * @param recorded how that variable records it
 */
public record StatutoryDeadline(String auditField, String variable, Recorded recorded) {

  public enum Recorded {
    /** The variable says whether it was met (true) or missed (false); not recorded, it did not arise. */
    MET_OR_MISSED,
    /** The variable is set (true) when it was missed: a case that took the path without it met the deadline. */
    MISSED_WHEN_SET
  }
}
