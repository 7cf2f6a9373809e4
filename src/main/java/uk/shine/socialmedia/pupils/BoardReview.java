package uk.shine.socialmedia.pupils;

/**
 * What the governing board must do about a sanction (DfE, Suspension and permanent exclusion, 2024:
 * the governing board's duty to consider reinstatement).
 */
public enum BoardReview {
  /** Nothing: no suspension or exclusion. */
  NONE,
  /** A permanent exclusion, over 15 school days in the term, or a public exam missed: within 15 school days. */
  REINSTATEMENT,
  /** Only if the parents make representations: 6 to 15 days within 50 school days; 5 or fewer, no reinstatement. */
  ON_REPRESENTATIONS;

  static BoardReview of(Sanction sanction, int daysThisTerm, boolean missesPublicExam) {
    if (sanction == Sanction.PERMANENT_EXCLUSION
        || sanction == Sanction.SUSPENSION && (daysThisTerm > PupilVariables.GOVERNORS_THRESHOLD_DAYS || missesPublicExam)) {
      return REINSTATEMENT;
    }
    return sanction == Sanction.SUSPENSION ? ON_REPRESENTATIONS : NONE;
  }
}
