package uk.shine.socialmedia.police;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The police have cleared the school to go ahead: held investigations of the case start now. */
@Component("releaseHeldInvestigations")
class ReleaseHeldInvestigations implements JavaDelegate {

  private final PoliceHold hold;

  ReleaseHeldInvestigations(PoliceHold hold) {
    this.hold = hold;
  }

  @Override
  public void execute(DelegateExecution execution) {
    hold.release(execution);
  }
}
