package uk.shine.socialmedia.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The break-glass administrator's user id (ADMIN_USER_ID; "admin" by default, the demo's administrator
 * too): the one account whose local password still works once people sign in through the trust's
 * identity provider.
 */
@Component
class AdminIdentity {

  private final String id;

  AdminIdentity(@Value("${socialmedia.admin.id:${ADMIN_USER_ID:admin}}") String id) {
    this.id = id;
  }

  String id() {
    return id;
  }
}
