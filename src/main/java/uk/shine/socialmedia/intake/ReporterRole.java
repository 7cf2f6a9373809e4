package uk.shine.socialmedia.intake;

/** Who made the report. */
public enum ReporterRole {
  STAFF, PUPIL, PARENT, PUBLIC, ANONYMOUS
}
