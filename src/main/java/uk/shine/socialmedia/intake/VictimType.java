package uk.shine.socialmedia.intake;

/** Who was harmed or targeted. */
public enum VictimType {
  STAFF, PUPIL, PARENT, SCHOOL, NONE
}
