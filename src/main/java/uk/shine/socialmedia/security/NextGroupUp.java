package uk.shine.socialmedia.security;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.Escalations;
import uk.shine.socialmedia.engine.EngineCommands;
import uk.shine.socialmedia.notification.Notifications;

/**
 * A task that nobody but the case's subject could work (the subject is kept out of every task of
 * their case) is an escalation, never silence: when none of its groups has anyone else in it, the
 * next group up ({@code socialmedia.next-group-up}) is brought in as for a late task, may read the
 * case's path, and is told by e-mail. A deputy in the same group (a deputy DSL) keeps the task where
 * it is. With no group above, the administrator is told to appoint a deputy.
 */
@Component
public class NextGroupUp {

  /** @param nextGroupUp for each group a subject can block, the group that acts in its place */
  @ConfigurationProperties("socialmedia")
  public record Properties(Map<String, String> nextGroupUp) {
  }

  private final Map<String, String> nextUp;
  private final Escalations escalations;
  private final Notifications notifications;
  private final CaseAccessPolicy policy;

  // lazily: the engine's plugins are made before the engine services that escalations use
  public NextGroupUp(Properties properties, @Lazy Escalations escalations, Notifications notifications,
      CaseAccessPolicy policy) {
    this.nextUp = properties.nextGroupUp() == null ? Map.of() : properties.nextGroupUp();
    this.escalations = escalations;
    this.notifications = notifications;
    this.policy = policy;
  }

  /** The group a task of the instance has been brought to reads the instance as its readers do. */
  public void letIn(DelegateExecution execution, String group) {
    CaseAccess.grantReader(execution, group, policy);
  }

  /** On every user task, when created. */
  public void offer(DelegateTask task) {
    String subject = CaseAccess.subject(task.getExecution());
    List<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull)
        .sorted().toList();
    boolean someoneNamed = task.getCandidates().stream().map(IdentityLink::getUserId)
        .anyMatch(user -> user != null && !user.equals(subject))
        || task.getAssignee() != null && !task.getAssignee().equals(subject);
    if (groups.isEmpty() || someoneNamed) {
      return;
    }
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    // the person whose request created the task may not see who is in which group
    String school = task.getTenantId();
    EngineCommands.withoutAuthorization(() -> {
      if (groups.stream().noneMatch(group -> someoneBut(identity, group, subject, school))) {
        bringInNextUp(task, groups, identity, subject, school);
      }
    });
  }

  private void bringInNextUp(DelegateTask task, List<String> groups, IdentityService identity, String subject,
      String school) {
    for (String group : groups) {
      String up = actingGroup(identity, nextUp.get(group), subject, school);
      if (up != null) {
        escalations.escalate(task, up);
        letIn(task.getExecution(), up);
        return;
      }
    }
    notifications.nobodyCanWork(task, groups.get(0));
  }

  /**
   * The group itself when someone other than the case's subject is in it (in the case's school), else the first group up
   * ({@code socialmedia.next-group-up}) that has such a person; null when none is left. The
   * administrators are never brought in to work a case. Needs the right to see who is in a group.
   */
  public String actingGroup(IdentityService identity, String group, String subject, String school) {
    Set<String> seen = new HashSet<>();
    for (String up = group; up != null && !up.isEmpty() && !CaseGroups.ADMIN.equals(up) && seen.add(up);
        up = nextUp.get(up)) {
      if (someoneBut(identity, up, subject, school)) {
        return up;
      }
    }
    return null;
  }

  /**
   * Someone other than the subject in the group who works in the case's school (a DSL of another school of
   * the trust is no deputy here: the engine would not show them the case); any school for a case of none.
   */
  private static boolean someoneBut(IdentityService identity, String group, String subject, String school) {
    // most often someone of the group works at the school by name: one query, instead of one per member
    if (school != null && identity.createUserQuery().memberOfGroup(group).memberOfTenant(school).list().stream()
        .anyMatch(user -> !user.getId().equals(subject))) {
      return true;
    }
    // else perhaps through a group that works in every school (hr)
    return identity.createUserQuery().memberOfGroup(group).list().stream()
        .filter(user -> !user.getId().equals(subject))
        .anyMatch(user -> school == null || identity.createTenantQuery().userMember(user.getId())
            .includingGroupsOfUser(true).tenantId(school).count() > 0);
  }
}
