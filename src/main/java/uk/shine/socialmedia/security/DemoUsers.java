package uk.shine.socialmedia.security;

import jakarta.annotation.PostConstruct;
import static uk.shine.socialmedia.security.CaseGroups.*;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.schools.SchoolTenants;

/**
 * The demo trust: one demo user per group at Villiers (and a second teacher to be the subject of cases), the
 * same roles at Elmfield, and the trust's trustee and chief executive; never in production.
 */
@Component
@Profile("!production")
class DemoUsers {

  /** A demo person, their groups and the school (tenant) they work in; hr and ceo are in every school by group. */
  record Demo(String id, String firstName, String lastName, List<String> groups, String school) {
  }

  private static final String VILLIERS = "villiers";
  private static final String ELMFIELD = "elmfield";
  private static final String CENTRAL = "central";

  static final List<Demo> USERS = List.of(
      new Demo("head", "Helen", "Head", List.of(HEADTEACHER), VILLIERS),
      new Demo("dsl", "Dara", "Safeguarding", List.of(DSL), VILLIERS),
      new Demo("slt", "Sam", "Senior", List.of(SLT), VILLIERS),
      new Demo("hr", "Harper", "Resources", List.of(HR), VILLIERS),
      new Demo("governor", "Gale", "Governor", List.of(GOVERNORS), VILLIERS),
      new Demo("chair", "Charlie", "Chair", List.of(CHAIR), VILLIERS),
      new Demo("teacher", "Terry", "Teacher", List.of(STAFF), VILLIERS),
      new Demo("teacher2", "Toni", "Teacher", List.of(STAFF, SLT), VILLIERS),
      new Demo("admin", "Alex", "Admin", List.of(ADMIN), VILLIERS),
      new Demo("dpo", "Devi", "Protection", List.of(DPO), VILLIERS),
      new Demo("elmhead", "Elin", "Head", List.of(HEADTEACHER), ELMFIELD),
      new Demo("elmdsl", "Eden", "Safeguarding", List.of(DSL), ELMFIELD),
      new Demo("elmslt", "Ezra", "Senior", List.of(SLT), ELMFIELD),
      new Demo("elmteacher", "Esme", "Teacher", List.of(STAFF), ELMFIELD),
      new Demo("elmchair", "Emery", "Chair", List.of(CHAIR), ELMFIELD),
      new Demo("elmgovernor", "Elliot", "Governor", List.of(GOVERNORS), ELMFIELD),
      new Demo("trustee", "Tamsin", "Trustee", List.of(TRUSTEES), CENTRAL),
      new Demo("ceo", "Casey", "Executive", List.of(CEO), CENTRAL));

  private final IdentityService identity;
  private final DemoUsersProperties properties;

  // AccessSetup first: it creates the groups the users join
  // and the schools (tenants) they work in
  DemoUsers(IdentityService identity, DemoUsersProperties properties, AccessSetup groupsFirst,
      SchoolTenants schoolsFirst) {
    this.identity = identity;
    this.properties = properties;
  }

  @PostConstruct
  public void seed() {
    if (!properties.isEnabled()) {
      return;
    }
    for (Demo demo : USERS) {
      User user = identity.createUserQuery().userId(demo.id()).singleResult();
      if (user == null) {
        user = identity.newUser(demo.id());
      }
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.id() + "@" + demo.school() + (CENTRAL.equals(demo.school()) ? "-trust" : "-primary") + ".example");
      user.setPassword(properties.password());
      identity.saveUser(user);
      for (String group : demo.groups()) {
        if (identity.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
          identity.createMembership(demo.id(), group);
        }
      }
      if (identity.createTenantQuery().tenantId(demo.school()).count() > 0
          && identity.createTenantQuery().tenantId(demo.school()).userMember(demo.id()).count() == 0) {
        identity.createTenantUserMembership(demo.school(), demo.id());
      }
    }
  }
}
