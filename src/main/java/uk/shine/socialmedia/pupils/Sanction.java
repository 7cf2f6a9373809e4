package uk.shine.socialmedia.pupils;

/** What the behaviour policy's sanction was (the values of the form's radio group). */
public enum Sanction {
  NONE, INTERNAL, SUSPENSION, PERMANENT_EXCLUSION;

  /** The local authority is told of suspensions and permanent exclusions. */
  public boolean removesFromSchool() {
    return this == SUSPENSION || this == PERMANENT_EXCLUSION;
  }
}
