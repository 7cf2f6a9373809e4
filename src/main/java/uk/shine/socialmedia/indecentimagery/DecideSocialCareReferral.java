package uk.shine.socialmedia.indecentimagery;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Any UKCIS criterion, or the DSL's judgement, means an immediate referral to children's social care. */
@Component("decideSocialCareReferral")
class DecideSocialCareReferral implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    ImageryVariables imagery = ImageryVariables.of(task.getExecution());
    imagery.socialCareReferralNeeded(imagery.anyReferralCriterion() || imagery.referOnJudgement());
  }
}
