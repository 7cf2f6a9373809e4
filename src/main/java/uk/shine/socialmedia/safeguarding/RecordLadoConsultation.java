package uk.shine.socialmedia.safeguarding;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.forms.FormMoments;

/** Whether the LADO was consulted within one working day: the governors' audit reports it. */
@Component("recordLadoConsultation")
class RecordLadoConsultation implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    SafeguardingVariables safeguarding = SafeguardingVariables.of(task.getExecution());
    var consulted = FormMoments.parse(SafeguardingVariables.LADO_CONSULTED_AT, safeguarding.ladoConsultedAt());
    safeguarding.ladoDeadlineMet(!consulted.isAfter(safeguarding.ladoDue().toInstant()));
  }
}
