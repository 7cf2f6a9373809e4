package uk.shine.socialmedia.publicposts;

/** The variables of a {@code public-post-response} path, by name. */
public final class PublicPostVariables {

  public static final String PROCESS_KEY = "public-post-response";

  /** NOT_IDENTIFIED, PUPILS or IDENTIFIED (someone else). */
  public static final String AUTHOR = "postAuthor";
  public static final String PUPILS = "PUPILS";
  public static final String RECURRENCE_REVIEW_DUE = "recurrenceReviewDue";

  private PublicPostVariables() {
  }
}
