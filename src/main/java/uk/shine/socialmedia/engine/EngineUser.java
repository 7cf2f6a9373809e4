package uk.shine.socialmedia.engine;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who the engine takes to be asking: the person a REST call or webapp request is authenticated as,
 * or nobody (the engine's own work, such as a job).
 */
public final class EngineUser {

  /** A person the engine knows as asking, with the groups it checks their rights by. */
  public record Authenticated(String userId, List<String> groupIds) {
  }

  private EngineUser() {
  }

  /** Inside an engine command (a delegate, a listener, a form rule): who asked for it; null for the engine's own work. */
  public static String inCommand() {
    return Context.getCommandContext().getAuthenticatedUserId();
  }

  /** Who is authenticated with the engine on this thread, if anyone (by user id). */
  public static Optional<Authenticated> of(IdentityService identity) {
    Authentication current = identity.getCurrentAuthentication();
    if (current == null || current.getUserId() == null) {
      return Optional.empty();
    }
    return Optional.of(new Authenticated(current.getUserId(),
        current.getGroupIds() == null ? List.of() : List.copyOf(current.getGroupIds())));
  }

  /** Does the work as this person (their groups and tenants), and puts back whoever was authenticated before. */
  public static <T> T as(IdentityService identity, String userId, List<String> groupIds, List<String> tenantIds,
      Supplier<T> work) {
    return instead(identity, () -> identity.setAuthentication(userId, groupIds, tenantIds), work);
  }

  /** Does the work as the engine itself (nobody authenticated), and puts back whoever asked afterwards. */
  public static <T> T asNobody(IdentityService identity, Supplier<T> work) {
    return instead(identity, identity::clearAuthentication, work);
  }

  private static <T> T instead(IdentityService identity, Runnable authenticate, Supplier<T> work) {
    Authentication before = identity.getCurrentAuthentication();
    authenticate.run();
    try {
      return work.get();
    } finally {
      if (before == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(before);
      }
    }
  }
}
