package uk.shine.socialmedia.security;

import jakarta.annotation.PostConstruct;
import static uk.shine.socialmedia.security.CaseGroups.*;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** One demo user per group (and a second teacher to be the subject of cases); never in production. */
@Component
@Profile("!production")
class DemoUsers {

  record Demo(String id, String firstName, String lastName, List<String> groups) {
  }

  static final List<Demo> USERS = List.of(
      new Demo("head", "Helen", "Head", List.of(HEADTEACHER)),
      new Demo("dsl", "Dara", "Safeguarding", List.of(DSL)),
      new Demo("slt", "Sam", "Senior", List.of(SLT)),
      new Demo("hr", "Harper", "Resources", List.of(HR)),
      new Demo("governor", "Gale", "Governor", List.of(GOVERNORS)),
      new Demo("chair", "Charlie", "Chair", List.of(CHAIR)),
      new Demo("teacher", "Terry", "Teacher", List.of(STAFF)),
      new Demo("teacher2", "Toni", "Teacher", List.of(STAFF, SLT)),
      new Demo("admin", "Alex", "Admin", List.of(ADMIN)),
      new Demo("dpo", "Devi", "Protection", List.of(DPO)));

  private final IdentityService identity;
  private final DemoUsersProperties properties;

  // AccessSetup first: it creates the groups the users join
  DemoUsers(IdentityService identity, DemoUsersProperties properties, AccessSetup groupsFirst) {
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
      user.setEmail(demo.id() + "@villiers-primary.example");
      user.setPassword(properties.password());
      identity.saveUser(user);
      for (String group : demo.groups()) {
        if (identity.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
          identity.createMembership(demo.id(), group);
        }
      }
    }
  }
}
