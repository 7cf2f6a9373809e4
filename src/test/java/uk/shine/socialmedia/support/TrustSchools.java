package uk.shine.socialmedia.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * A second school of the trust and its people, as the contract's demo trust names them, made only
 * where they are missing: a test runs the same whether or not the application seeds the demo trust.
 */
public final class TrustSchools {

  private TrustSchools() {
  }

  /** Tenant {@code elmfield} (Elmfield Primary School). */
  public static void elmfield(IdentityService identity) {
    if (identity.createTenantQuery().tenantId("elmfield").count() == 0) {
      identity.saveTenant(identity.newTenant("elmfield"));
    }
  }

  /** A person of Elmfield in one group of the contract: {@code elmdsl} (dsl), {@code elmhead} (headteacher). */
  public static void person(IdentityService identity, String password, String userId, String group) {
    elmfield(identity);
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName("Elm");
      user.setLastName(group);
      user.setEmail(userId + "@elmfield-primary.example");
      user.setPassword(password);
      identity.saveUser(user);
    }
    if (identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
      identity.createMembership(userId, group);
    }
    if (identity.createUserQuery().userId(userId).memberOfTenant("elmfield").count() == 0) {
      identity.createTenantUserMembership("elmfield", userId);
    }
  }
}
