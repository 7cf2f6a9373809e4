package uk.shine.socialmedia.intake;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.security.CaseGroups;

/**
 * The members of staff a reporter may name as the person a report is about: names and login names,
 * never e-mail addresses. Someone who belongs to schools (Camunda tenants) sees the staff of those
 * schools; without any school, all staff. Sorted by surname, then first name.
 */
@Component
class StaffNames {

  record Colleague(String userId, String name) {
  }

  private static final Comparator<User> BY_SURNAME = Comparator
      .comparing((User user) -> String.valueOf(user.getLastName()), String.CASE_INSENSITIVE_ORDER)
      .thenComparing(user -> String.valueOf(user.getFirstName()), String.CASE_INSENSITIVE_ORDER)
      .thenComparing(User::getId);

  private final IdentityService identity;

  StaffNames(IdentityService identity) {
    this.identity = identity;
  }

  /** The staff the reporter may choose from: the one place that decides who that is. */
  List<Colleague> forReporter(String reporterId) {
    List<Tenant> schools = identity.createTenantQuery().userMember(reporterId).includingGroupsOfUser(true).list();
    Map<String, User> staff = new LinkedHashMap<>();
    if (schools.isEmpty()) {
      identity.createUserQuery().memberOfGroup(CaseGroups.STAFF).list().forEach(user -> staff.put(user.getId(), user));
    }
    for (Tenant school : schools) {
      identity.createUserQuery().memberOfGroup(CaseGroups.STAFF).memberOfTenant(school.getId()).list()
          .forEach(user -> staff.putIfAbsent(user.getId(), user));
    }
    return staff.values().stream().sorted(BY_SURNAME).map(user -> new Colleague(user.getId(), nameOf(user))).toList();
  }

  private static String nameOf(User user) {
    String name = (blankIfNull(user.getFirstName()) + " " + blankIfNull(user.getLastName())).trim();
    return name.isEmpty() ? user.getId() : name;
  }

  private static String blankIfNull(String text) {
    return text == null ? "" : text.strip();
  }
}
