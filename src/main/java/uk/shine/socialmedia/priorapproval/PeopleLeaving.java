package uk.shine.socialmedia.priorapproval;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.accesschanges.AccessChanges;
import uk.shine.socialmedia.engine.EngineCommands;

/**
 * When a person leaves (their user is removed, or they are taken out of {@code staff}), every
 * approval of theirs still open or in force is withdrawn, in the same transaction as the removal.
 */
@Component
class PeopleLeaving {

  private final RuntimeService runtime;

  PeopleLeaving(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @EventListener
  void left(AccessChanges.PersonLeft person) {
    // the administrator who removes someone may not work on approvals: the withdrawal is the application's
    EngineCommands.withoutAuthorization(() -> runtime.createMessageCorrelation(ApprovalVariables.PERSON_LEFT_MESSAGE)
        .processInstanceVariableEquals(ApprovalVariables.REQUESTED_BY, person.userId()).correlateAllWithResult());
  }
}
