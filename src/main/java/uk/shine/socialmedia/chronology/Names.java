package uk.shine.socialmedia.chronology;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineUser;

/**
 * People's and groups' names from Camunda identity, for pages that would otherwise show login names.
 * Read without the person's authorizations, but only for ids taken from what they were just allowed
 * to see; the person's authentication is put back afterwards.
 */
@Component
class Names {

  private final IdentityService identity;
  private final TaskService tasks;

  Names(IdentityService identity, TaskService tasks) {
    this.identity = identity;
    this.tasks = tasks;
  }

  /** user id -> "First Last"; an id no longer in identity reads "a former user". */
  Map<String, String> people(Collection<String> userIds) {
    List<String> ids = userIds.stream().filter(Objects::nonNull).distinct().toList();
    Map<String, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    asSystem(() -> {
      for (User user : identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list()) {
        String name = String.join(" ", Objects.toString(user.getFirstName(), ""), Objects.toString(user.getLastName(), "")).trim();
        names.put(user.getId(), name.isEmpty() ? user.getId() : name);
      }
    });
    ids.forEach(id -> names.putIfAbsent(id, "a former user"));
    return names;
  }

  /**
   * Who holds an open task, in words: the person it is assigned to, or the groups it is offered to
   * ("Designated Safeguarding Lead"); "nobody yet" when it is offered to no one (held for the police).
   */
  String holder(String taskId, String assignee) {
    if (assignee != null) {
      return people(List.of(assignee)).get(assignee);
    }
    Map<String, String> groups = new HashMap<>();
    asSystem(() -> {
      List<String> ids = tasks.getIdentityLinksForTask(taskId).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(IdentityLink::getGroupId).toList();
      if (!ids.isEmpty()) {
        identity.createGroupQuery().groupIdIn(ids.toArray(String[]::new)).list()
            .forEach((Group group) -> groups.put(group.getId(), group.getName()));
        ids.forEach(id -> groups.putIfAbsent(id, id));
      }
    });
    return groups.isEmpty() ? "nobody yet" : "not yet taken: " + String.join(" or ", groups.values().stream().sorted().toList());
  }

  private void asSystem(Runnable read) {
    EngineUser.asNobody(identity, () -> {
      read.run();
      return null;
    });
  }
}
