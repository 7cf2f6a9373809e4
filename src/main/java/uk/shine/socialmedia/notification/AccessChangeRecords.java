package uk.shine.socialmedia.notification;

import java.time.Instant;
import java.util.Optional;

/** The log of changes to who may read cases, as far as an access alert needs it. */
public interface AccessChangeRecords {

  /**
   * @param changedBy the user id of whoever made the change
   * @param what the change in words: whom it gave or took access, to what; never case content
   * @param caseReference the case it concerns, if one
   */
  record AccessChange(String changedBy, String what, String caseReference, Instant changedAt) {
  }

  Optional<AccessChange> find(String changeId);
}
