package uk.shine.socialmedia.safeguarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineTime;
import uk.shine.socialmedia.intake.ConcernVariables;
import uk.shine.socialmedia.intake.PerpetratorType;

/**
 * Start of the DSL's work: the clock for statutory deadlines starts now, and a report about a member
 * of staff arrives with "an adult who works with children is implicated" already ticked.
 */
@Component("openSafeguardingConcern")
class OpenSafeguardingConcern implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    SafeguardingVariables safeguarding = SafeguardingVariables.of(execution);
    safeguarding.concernRaisedAt(EngineTime.now());
    safeguarding.adultImplicated(ConcernVariables.of(execution).perpetratorType() == PerpetratorType.STAFF);
  }
}
