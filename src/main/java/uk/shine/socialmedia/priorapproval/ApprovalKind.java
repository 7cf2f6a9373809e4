package uk.shine.socialmedia.priorapproval;

/** What the policy says needs approval first; the names are what the requester's e-mail says. */
public enum ApprovalKind {
  /** "School email addresses ... must not be used for setting up personal social media accounts ... unless pre-approved." */
  SCHOOL_EMAIL_FOR_SOCIAL_MEDIA("School e-mail address for a social media account"),
  /** "Personal devices should not be used to access school emails or servers unless with prior agreement." */
  PERSONAL_DEVICE_FOR_SCHOOL_EMAIL("Personal device for school e-mail or servers"),
  /** "Authorised staff should only use official social media school sites." */
  POSTING_FOR_THE_SCHOOL("Posting on an official school account"),
  /** Images of pupils on personal accounts only "with prior permission of parents/carers and the school". */
  PUPIL_IMAGES_ON_PERSONAL_ACCOUNT("Images of pupils on a personal account");

  private final String label;

  ApprovalKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The kind named, or null for anything else. */
  static ApprovalKind named(String name) {
    for (ApprovalKind kind : values()) {
      if (kind.name().equals(name)) {
        return kind;
      }
    }
    return null;
  }
}
