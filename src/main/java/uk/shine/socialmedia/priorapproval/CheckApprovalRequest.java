package uk.shine.socialmedia.priorapproval;

import static uk.shine.socialmedia.priorapproval.ApprovalVariables.CHANNEL;
import static uk.shine.socialmedia.priorapproval.ApprovalVariables.KIND;
import static uk.shine.socialmedia.priorapproval.ApprovalVariables.PARENTAL_PERMISSION;
import static uk.shine.socialmedia.priorapproval.ApprovalVariables.REQUESTED_BY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineUser;
import uk.shine.socialmedia.forms.RefusedInput;

/**
 * A request for prior approval, in the requester's own transaction: the official account named when
 * it is about posting for the school, the parents' permission confirmed when it is about pupils'
 * images, and who asked (the logged-in person, whose approval it will be). A refusal stores nothing.
 */
@Component("checkApprovalRequest")
class CheckApprovalRequest implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    ApprovalVariables request = ApprovalVariables.of(execution);
    if (execution.getVariable(PARENTAL_PERMISSION) == null) {
      request.set(PARENTAL_PERMISSION, false);
    }
    ApprovalKind kind = ApprovalKind.named(request.text(KIND));
    if (kind == null) {
      throw new RefusedInput(KIND, "Choose what the approval is for (approvalKind)");
    }
    String channel = request.text(CHANNEL);
    if (kind == ApprovalKind.POSTING_FOR_THE_SCHOOL && (channel == null || channel.isBlank())) {
      throw new RefusedInput(CHANNEL, "Name the official school account you would post on (officialChannel)");
    }
    if (kind == ApprovalKind.PUPIL_IMAGES_ON_PERSONAL_ACCOUNT && !request.flag(PARENTAL_PERMISSION)) {
      throw new RefusedInput(PARENTAL_PERMISSION, "Images of pupils on a personal account need the parents' or carers'"
          + " permission first (parentalPermissionConfirmed): ask them through the school's consent procedure");
    }
    String requester = EngineUser.inCommand();
    if (requester == null) {
      throw new RefusedInput(REQUESTED_BY, "Log in to ask for approval: the approval is given to the person who asks");
    }
    request.set(REQUESTED_BY, requester);
    request.set(ApprovalVariables.STATUS, ApprovalVariables.REQUESTED);
  }
}
