package uk.shine.socialmedia.notification;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** E-mail addresses from Camunda identity: members of groups and named users, never a case's subject. */
final class Recipients {

  private Recipients() {
  }

  static List<String> addresses(IdentityService identity, Collection<String> groups, Collection<String> users,
      Set<String> never) {
    Set<String> addresses = new TreeSet<>();
    // a subject's address stays out even when another account shares it
    Set<String> neverAddresses = new TreeSet<>();
    never.stream().map(id -> identity.createUserQuery().userId(id).singleResult()).filter(Objects::nonNull)
        .map(User::getEmail).filter(Objects::nonNull).map(String::toLowerCase).forEach(neverAddresses::add);
    Stream.concat(
        groups.stream().filter(Objects::nonNull).flatMap(group -> identity.createUserQuery().memberOfGroup(group).list().stream()),
        users.stream().filter(Objects::nonNull).map(id -> identity.createUserQuery().userId(id).singleResult()).filter(Objects::nonNull))
        .filter(user -> !never.contains(user.getId()))
        .map(User::getEmail)
        .filter(email -> email != null && email.contains("@") && !neverAddresses.contains(email.toLowerCase()))
        .forEach(addresses::add);
    return List.copyOf(addresses);
  }
}
