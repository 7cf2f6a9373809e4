package uk.shine.socialmedia.pupilmoves;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineUser;
import uk.shine.socialmedia.forms.RefusedInput;

/** The receiving school's side starts only from a sending school's transfer, never from a person's message. */
@Component("refuseStartByPerson")
class RefuseStartByPerson implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (EngineUser.inCommand() != null || execution.getVariable(TransferVariables.SENDING_INSTANCE) == null) {
      throw new RefusedInput(TransferVariables.RECORDS_ARRIVING, "Records arrive from another school's transfer: "
          + "start a transfer from the sending school instead");
    }
  }
}
