package uk.shine.socialmedia.intake;

/** Who was harmed or targeted. */
enum VictimType {
  STAFF, PUPIL, PARENT, SCHOOL, NONE
}
