package uk.shine.socialmedia.safeguarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.intake.ConcernVariables;
import uk.shine.socialmedia.intake.PerpetratorType;
import uk.shine.socialmedia.intake.ReportReceived;

/**
 * Start of the DSL's work: the clock for statutory deadlines runs from when the school was told (the
 * report, even when triage found the concern later: KCSIE Part 4), and a report about a member of staff
 * arrives with "an adult who works with children is implicated" already ticked.
 */
@Component("openSafeguardingConcern")
class OpenSafeguardingConcern implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    SafeguardingVariables safeguarding = SafeguardingVariables.of(execution);
    safeguarding.concernRaisedAt(ReportReceived.at(execution));
    safeguarding.adultImplicated(ConcernVariables.of(execution).perpetratorType() == PerpetratorType.STAFF);
  }
}
