package uk.shine.socialmedia.security;

import jakarta.annotation.PostConstruct;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Production's administrator, from ADMIN_USER_ID and ADMIN_PASSWORD. The application refuses to
 * start while that password is missing or a well-known default, so the Admin app is never open.
 */
@Component
@Profile("production")
class AdminAccount {

  private static final Set<String> DEFAULTS = Set.of("admin", "demo", "password", "camunda", "changeme", "secret");

  private final IdentityService identity;
  private final AdminProperties admin;

  AdminAccount(IdentityService identity, AdminProperties admin, AccessSetup groupsFirst) {
    this.identity = identity;
    this.admin = admin;
  }

  /** Why a password cannot guard the administrator account, or null when it can. */
  static String weakness(String id, String password) {
    if (password == null || password.isBlank()) {
      return "ADMIN_PASSWORD is not set";
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (DEFAULTS.contains(lower) || lower.equals(id == null ? "" : id.toLowerCase(Locale.ROOT))) {
      return "ADMIN_PASSWORD is a default password";
    }
    if (password.length() < 12) {
      return "ADMIN_PASSWORD must have at least 12 characters";
    }
    return null;
  }

  @PostConstruct
  public void provision() {
    String weakness = weakness(admin.id(), admin.password());
    if (weakness != null) {
      throw new IllegalStateException("Refusing to start in production: " + weakness);
    }
    if (identity.createUserQuery().userId(admin.id()).count() == 0) {
      User user = identity.newUser(admin.id());
      user.setFirstName("System");
      user.setLastName("Administrator");
      user.setPassword(admin.password());
      identity.saveUser(user);
    }
    if (identity.createUserQuery().userId(admin.id()).memberOfGroup(CaseGroups.ADMIN).count() == 0) {
      identity.createMembership(admin.id(), CaseGroups.ADMIN);
    }
  }
}
