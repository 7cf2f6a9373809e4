package uk.shine.socialmedia.accesschanges;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineCommands;
import uk.shine.socialmedia.engine.EngineTime;
import uk.shine.socialmedia.intake.CaseReferences;
import uk.shine.socialmedia.notification.Notifications;
import uk.shine.socialmedia.security.CaseGroups;

/**
 * Camunda lets its administrator give anyone, themselves included, access to cases: a grant on
 * process instances, their history, tasks or a model's instances, or a place in a case group. That
 * stays possible, but never unseen: each such change a person makes (REST, the Admin app or any other
 * way into the engine), and a new password someone sets for a member of a case group (who could then
 * sign in as them), is written to the {@link AccessChangeLog} and the DSL and the data protection
 * lead are told by e-mail, in the change's own transaction, so the change and its record commit
 * together. The application's own grants (the per-case grants, made without authorization checks,
 * and the set-up at start, made by nobody) are not people's changes and are not recorded: the
 * engine's {@code AccessChangePlugin} tells this of a person's changes only, once they are made.
 */
@Component
public class AccessChanges {

  static final Set<String> CASE_GROUPS = Stream.concat(CaseGroups.CASE_WORKERS.stream(), Stream.of(CaseGroups.DPO))
      .collect(Collectors.toUnmodifiableSet());
  private static final Map<Integer, String> CASE_RESOURCES = Map.of(
      Resources.PROCESS_INSTANCE.resourceType(), "process instance",
      Resources.HISTORIC_PROCESS_INSTANCE.resourceType(), "process instance's history",
      Resources.TASK.resourceType(), "task",
      Resources.HISTORIC_TASK.resourceType(), "task's history",
      Resources.PROCESS_DEFINITION.resourceType(), "process's instances");
  // what a grant may give without reaching any case: starting a case, reading a model
  private static final Map<Integer, Integer> NO_CASE_CONTENT = Map.of(
      Resources.PROCESS_INSTANCE.resourceType(), ProcessInstancePermissions.CREATE.getValue(),
      Resources.PROCESS_DEFINITION.resourceType(),
      ProcessDefinitionPermissions.READ.getValue() | ProcessDefinitionPermissions.CREATE_INSTANCE.getValue());

  /** How a grant or refusal changed. */
  public enum Change { NEW, CHANGED, REMOVED }

  /**
   * A grant or refusal, as plain values.
   *
   * @param resourceId the one resource, or {@code *} for every one
   * @param permissions what it gives or refuses, by name: {@code ALL}, or for example {@code READ, UPDATE}
   */
  public record Grant(int resourceType, String resourceId, String userId, String groupId, boolean refusal,
      String permissions) {
  }

  /**
   * A person has left: their user was removed, or they were taken out of {@code staff}. Published
   * inside the removal's own transaction, so what listens commits or rolls back with it.
   */
  public record PersonLeft(String userId) {
  }

  private final AccessChangeLog log;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;

  public AccessChanges(AccessChangeLog log, Notifications notifications, ApplicationEventPublisher events) {
    this.log = log;
    this.notifications = notifications;
    this.events = events;
  }

  /** A user removed ({@code fromGroup} null) or taken out of a group, by anyone. */
  public void removed(String userId, String fromGroup) {
    if (userId != null && (fromGroup == null || CaseGroups.STAFF.equals(fromGroup))) {
      events.publishEvent(new PersonLeft(userId));
    }
  }

  /**
   * Whether a grant or refusal gives or takes anything of a case: any refusal, any grant beyond
   * starting a case and reading models.
   *
   * @param permissions the permissions as the engine stores them (bits)
   */
  public static boolean reachesCases(int resourceType, boolean refusal, int permissions) {
    if (!CASE_RESOURCES.containsKey(resourceType)) {
      return false;
    }
    return refusal || (permissions & ~NO_CASE_CONTENT.getOrDefault(resourceType, 0)) != 0;
  }

  /** Someone put a person in a group. */
  public void joined(String by, String userId, String groupId) {
    if (CASE_GROUPS.contains(groupId)) {
      tell(by, by.equals(userId) ? "joined the case group " + groupId : "added " + userId + " to the case group " + groupId,
          null);
    }
  }

  /**
   * Someone saved a user. Someone else's new password lets whoever set it sign in as them: for a case
   * group's member, that is their cases.
   */
  public void userSaved(String by, String userId, boolean newPassword, IdentityService identity) {
    if (!newPassword || by.equals(userId)) {
      return;
    }
    List<String> groups = EngineCommands.withoutAuthorization(() -> identity.createGroupQuery().groupMember(userId)
        .list().stream().map(Group::getId).filter(CASE_GROUPS::contains).sorted().toList());
    if (!groups.isEmpty()) {
      tell(by, "set a new password for " + userId + ", a member of the case group" + (groups.size() > 1 ? "s " : " ")
          + String.join(", ", groups), null);
    }
  }

  /** Someone saved or removed a grant or refusal that {@link #reachesCases reaches cases}. */
  public void grantChanged(String by, Grant grant, Change how) {
    int type = grant.resourceType();
    String who = grant.userId() != null ? "user " + grant.userId()
        : grant.groupId() != null ? "group " + grant.groupId() : "everyone";
    boolean refusal = grant.refusal();
    String permissions = grant.permissions();
    boolean every = "*".equals(grant.resourceId());
    String on = (every ? "every " : "one ") + CASE_RESOURCES.get(type)
        + (type == Resources.PROCESS_DEFINITION.resourceType() && !every ? " (" + grant.resourceId() + ")" : "");
    String what = switch (how) {
      case NEW -> (refusal ? "refused " : "gave ") + who + " " + permissions + " on " + on;
      case CHANGED -> "changed the access of " + who + " on " + on + " to: " + (refusal ? "refused " : "given ") + permissions;
      case REMOVED -> "removed the " + (refusal ? "refusal" : "grant") + " of " + permissions + " on " + on + " for " + who;
    };
    tell(by, what, every ? null : caseOf(type, grant.resourceId()));
  }

  private void tell(String by, String what, String caseReference) {
    notifications.accessChanged(log.record(by, what, caseReference, EngineTime.instant()));
  }

  /** Inside the change's engine command. */
  private static String caseOf(int type, String resourceId) {
    if (type == Resources.PROCESS_INSTANCE.resourceType() || type == Resources.HISTORIC_PROCESS_INSTANCE.resourceType()) {
      return CaseReferences.ofInstance(resourceId);
    }
    if (type == Resources.TASK.resourceType() || type == Resources.HISTORIC_TASK.resourceType()) {
      return CaseReferences.ofTask(resourceId);
    }
    return null;
  }
}
