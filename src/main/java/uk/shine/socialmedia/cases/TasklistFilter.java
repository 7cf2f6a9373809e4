package uk.shine.socialmedia.cases;

/** The themed Tasklist filters that gather the tasks of some paths (who sees each is the access setup's). */
public enum TasklistFilter {
  /** Indecent images, safeguarding referrals and police liaison. */
  SAFEGUARDING,
  /** Allegations, disciplinary and capability, support for staff. */
  STAFF_CASES
}
