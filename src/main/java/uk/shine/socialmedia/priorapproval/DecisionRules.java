package uk.shine.socialmedia.priorapproval;

import java.util.Map;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineUser;
import uk.shine.socialmedia.forms.FormRule;
import uk.shine.socialmedia.forms.RefusedInput;

/** Nobody approves their own request: a head teacher's own request waits for another (or the chair, at its deadline). */
@Component
class DecisionRules implements FormRule {

  @Override
  public String formKey() {
    return "decide-prior-approval";
  }

  @Override
  public void check(Map<String, Object> answers) {
    String decider = EngineUser.inCommand();
    if (decider == null || decider.equals(answers.get(ApprovalVariables.REQUESTED_BY))) {
      throw new RefusedInput(ApprovalVariables.REQUESTED_BY, "You asked for this approval, so someone else must decide"
          + " it: leave this task (its deadline brings the chair in if nobody else can)");
    }
  }
}
