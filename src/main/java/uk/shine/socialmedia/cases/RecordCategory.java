package uk.shine.socialmedia.cases;

/**
 * What kind of record a path makes a case, for the retention table (processes/records-retention.dmn,
 * whose inputs these are): it decides how long the case's records are kept.
 */
public enum RecordCategory {
  /** Indecent images, a safeguarding referral (child-on-child abuse found in a pupil case counts too). */
  CHILD_PROTECTION,
  /** An allegation against a member of staff. */
  STAFF_ALLEGATION,
  /** A pupil behaviour investigation. */
  PUPIL_BEHAVIOUR
}
