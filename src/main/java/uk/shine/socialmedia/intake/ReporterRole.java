package uk.shine.socialmedia.intake;

/** Who made the report. */
enum ReporterRole {
  STAFF, PUPIL, PARENT, PUBLIC, ANONYMOUS
}
