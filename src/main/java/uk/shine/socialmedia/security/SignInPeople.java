package uk.shine.socialmedia.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who a person signed in through the trust's identity provider is here, by the one mapping in
 * {@code socialmedia.sign-in} (claims, then value renames). At each sign-in the person's user record
 * (names, e-mail for notifications) is created or updated, and their groups and schools (tenants) become
 * exactly the mapped ones that exist here: someone removed from a group at the provider loses it now (unless
 * the mapping names no claim for groups or schools: then the administrator keeps those in Admin).
 * Values matching no group or school are ignored and logged (the value, never who brought it).
 */
@Component
public class SignInPeople {

  /**
   * A person as the provider's claims say, mapped: only groups and schools that exist here; null when the
   * mapping names no claim for them (kept in Admin instead).
   */
  public record Person(String userId, String email, String firstName, String lastName, List<String> groupIds,
      List<String> tenantIds) {
  }

  /** Claims that cannot sign anyone in, with the reason a person reads. */
  public static final class NotAPerson extends RuntimeException {
    NotAPerson(String message) {
      super(message);
    }
  }

  static final String NO_USER_ID = "Your school account did not say who you are (its user name is missing). "
      + "Ask the school's IT administrator to check the sign-in set-up.";
  static final String BAD_USER_ID = "Your school account's user name cannot be used here: only letters and digits are "
      + "allowed. Ask the school's IT administrator to check the sign-in set-up.";
  static final String BREAK_GLASS = "The system administrator's account signs in with its password on the sign-in "
      + "page, not through the school's accounts.";
  private static final Logger LOG = LoggerFactory.getLogger(SignInPeople.class);
  // Camunda's own rule for user ids (camunda-notes: [a-zA-Z0-9]+)
  private static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9]{1,64}");

  private final IdentityService identity;
  private final SignInProperties mapping;
  private final String breakGlassAdmin;

  SignInPeople(IdentityService identity, SignInProperties mapping, AdminIdentity admin) {
    this.identity = identity;
    this.mapping = mapping;
    this.breakGlassAdmin = admin.id();
  }

  /** The person the claims describe (an ID token's or a bearer token's), nothing written. */
  public Person read(Map<String, Object> claims) {
    return read(claims, false);
  }

  private Person read(Map<String, Object> claims, boolean logUnknown) {
    SignInProperties.Claims names = mapping.claims();
    String userId = text(claims.get(names.userId()));
    if (userId == null) {
      throw new NotAPerson(NO_USER_ID);
    }
    if (!USER_ID.matcher(userId).matches()) {
      throw new NotAPerson(BAD_USER_ID);
    }
    if (userId.equals(breakGlassAdmin)) {
      throw new NotAPerson(BREAK_GLASS);
    }
    List<String> groups = !managed(names.groups()) ? null : existing(logUnknown ? "group" : null,
        renamed(values(claims.get(names.groups())), mapping.groupNames()),
        ids -> identity.createGroupQuery().groupIdIn(ids.toArray(String[]::new)).list().stream().map(Group::getId).toList());
    List<String> tenants = !managed(names.schools()) ? null : existing(logUnknown ? "school" : null,
        renamed(values(claims.get(names.schools())), mapping.schoolNames()),
        ids -> identity.createTenantQuery().tenantIdIn(ids.toArray(String[]::new)).list().stream().map(Tenant::getId).toList());
    return new Person(userId, text(claims.get(names.email())), text(claims.get(names.firstName())),
        text(claims.get(names.lastName())), groups, tenants);
  }

  /** The person signed in: their user record and memberships made to match the claims. */
  public Person signedIn(Map<String, Object> claims) {
    Person person = read(claims, true);
    User user = identity.createUserQuery().userId(person.userId()).singleResult();
    boolean isNew = user == null;
    if (isNew) {
      user = identity.newUser(person.userId());
    }
    if (isNew || changed(user.getEmail(), person.email()) || changed(user.getFirstName(), person.firstName())
        || changed(user.getLastName(), person.lastName())) {
      user.setEmail(person.email());
      user.setFirstName(person.firstName());
      user.setLastName(person.lastName());
      identity.saveUser(user);
    }
    if (person.groupIds() != null) {
      setGroups(person);
    }
    if (person.tenantIds() != null) {
      setSchools(person);
    }
    return person;
  }

  /** A blank claim name: the provider says nothing of it, and the administrator keeps it in Admin. */
  private static boolean managed(String claim) {
    return claim != null && !claim.isBlank();
  }

  private void setGroups(Person person) {
    List<String> groupsNow = identity.createGroupQuery().groupMember(person.userId()).list().stream().map(Group::getId).toList();
    groupsNow.stream().filter(group -> !person.groupIds().contains(group))
        .forEach(group -> identity.deleteMembership(person.userId(), group));
    person.groupIds().stream().filter(group -> !groupsNow.contains(group))
        .forEach(group -> identity.createMembership(person.userId(), group));
  }

  private void setSchools(Person person) {
    List<String> tenantsNow = identity.createTenantQuery().userMember(person.userId()).list().stream().map(Tenant::getId).toList();
    tenantsNow.stream().filter(tenant -> !person.tenantIds().contains(tenant))
        .forEach(tenant -> identity.deleteTenantUserMembership(tenant, person.userId()));
    person.tenantIds().stream().filter(tenant -> !tenantsNow.contains(tenant))
        .forEach(tenant -> identity.createTenantUserMembership(tenant, person.userId()));
  }

  private static boolean changed(String stored, String claimed) {
    return !java.util.Objects.equals(stored, claimed);
  }

  /** The wanted ids that exist here; those that do not are logged once per sign-in when {@code kind} names them. */
  private static List<String> existing(String kind, Set<String> wanted,
      java.util.function.Function<Collection<String>, List<String>> lookUp) {
    if (wanted.isEmpty()) {
      return List.of();
    }
    List<String> found = lookUp.apply(wanted);
    Set<String> unknown = new LinkedHashSet<>(wanted);
    found.forEach(unknown::remove);
    if (kind != null && !unknown.isEmpty()) {
      // group and school values are the trust's own names, not personal data; who brought them is not logged
      LOG.warn("Sign-in: ignored {} value(s) matching no {} here: {} (socialmedia.sign-in mapping)", unknown.size(), kind,
          unknown);
    }
    return wanted.stream().filter(found::contains).toList();
  }

  private static Set<String> renamed(List<String> values, Map<String, String> renames) {
    Set<String> ids = new LinkedHashSet<>();
    values.forEach(value -> ids.add(renames.getOrDefault(value, value)));
    return ids;
  }

  /** A claim holding one value or a list of them (providers send either). */
  private static List<String> values(Object claim) {
    if (claim instanceof Collection<?> many) {
      return many.stream().map(SignInPeople::text).filter(java.util.Objects::nonNull).toList();
    }
    String one = text(claim);
    return one == null ? List.of() : List.of(one);
  }

  private static String text(Object claim) {
    if (claim == null) {
      return null;
    }
    String text = claim.toString().trim();
    return text.isEmpty() ? null : text;
  }
}
