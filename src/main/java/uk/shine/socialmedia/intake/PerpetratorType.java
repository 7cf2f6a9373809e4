package uk.shine.socialmedia.intake;

/** Who posted or did what was reported. */
public enum PerpetratorType {
  STAFF, PUPIL, PARENT, PUBLIC, UNKNOWN
}
