package uk.shine.socialmedia.imagepublication;

import java.util.List;

/**
 * Where images may be published. Consent is given per channel; a restricted child is never shown on any.
 *
 * @param requested the request form's checkbox
 * @param decision the check form's per-channel decision (APPROVED or REFUSED)
 * @param column the consent register's column, and the CSV header
 */
enum Channel {
  WEBSITE("channelWebsite", "decisionWebsite", "website", "the school website"),
  SOCIAL_MEDIA("channelSocialMedia", "decisionSocialMedia", "social_media", "school social media"),
  PRESS("channelPress", "decisionPress", "press", "the press"),
  PRINT("channelPrint", "decisionPrint", "print", "printed material");

  private final String requested;
  private final String decision;
  private final String column;
  private final String label;

  Channel(String requested, String decision, String column, String label) {
    this.requested = requested;
    this.decision = decision;
    this.column = column;
    this.label = label;
  }

  public String requested() {
    return requested;
  }

  public String decision() {
    return decision;
  }

  public String column() {
    return column;
  }

  public String label() {
    return label;
  }

  public static List<Channel> all() {
    return List.of(values());
  }
}
