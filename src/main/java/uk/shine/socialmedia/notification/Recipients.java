package uk.shine.socialmedia.notification;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.User;

/**
 * E-mail addresses from Camunda identity, read when the message is sent (someone who left a group
 * since hears nothing): members of groups and named users, never a case's subject.
 */
final class Recipients {

  private Recipients() {
  }

  static List<String> addresses(IdentityService identity, Collection<String> groups, Collection<String> users,
      Set<String> never) {
    List<String> groupIds = groups.stream().filter(Objects::nonNull).distinct().toList();
    // the subjects' own accounts too: their addresses stay out even when another account shares one
    List<String> userIds = Stream.concat(users.stream(), never.stream()).filter(Objects::nonNull).distinct().toList();
    if (groupIds.isEmpty() && userIds.isEmpty()) {
      return List.of();
    }
    List<User> people = people(identity, groupIds, userIds);
    Set<String> neverAddresses = people.stream().filter(user -> never.contains(user.getId())).map(User::getEmail)
        .filter(Objects::nonNull).map(String::toLowerCase).collect(Collectors.toSet());
    Set<String> addresses = new TreeSet<>();
    people.stream()
        .filter(user -> !never.contains(user.getId()))
        .map(User::getEmail)
        .filter(email -> email != null && email.contains("@") && !neverAddresses.contains(email.toLowerCase()))
        .forEach(addresses::add);
    return List.copyOf(addresses);
  }

  /** The members of these groups and these users, in one look-up (a member of two groups once). */
  private static List<User> people(IdentityService identity, List<String> groupIds, List<String> userIds) {
    NativeUserQuery query = identity.createNativeUserQuery();
    StringBuilder where = new StringBuilder();
    if (!groupIds.isEmpty()) {
      where.append("U.ID_ IN (SELECT M.USER_ID_ FROM ACT_ID_MEMBERSHIP M WHERE M.GROUP_ID_ IN (")
          .append(parameters(query, "g", groupIds)).append("))");
    }
    if (!userIds.isEmpty()) {
      where.append(where.isEmpty() ? "" : " OR ").append("U.ID_ IN (").append(parameters(query, "u", userIds)).append(")");
    }
    return query.sql("SELECT U.* FROM ACT_ID_USER U WHERE " + where).list();
  }

  private static String parameters(NativeUserQuery query, String prefix, List<String> values) {
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      query.parameter(prefix + i, values.get(i));
      names.append(i == 0 ? "" : ", ").append("#{").append(prefix).append(i).append('}');
    }
    return names.toString();
  }
}
