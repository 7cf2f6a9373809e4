package uk.shine.socialmedia.retention;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineCommands;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.intake.CaseReferences;

/**
 * Legal holds ({@code ${legalHolds}}): while one stands, nothing of the case is removed. A hold can
 * be placed before the case closes, while it waits for review, or after removal was approved and
 * before the night's cleanup; its retention is then looked at again once the hold is lifted.
 */
@Component("legalHolds")
public class LegalHolds {

  private final RetentionRegister register;
  private final CaseHistoryRemoval removal;
  private final HistoryService history;
  private final RuntimeService runtime;

  public LegalHolds(RetentionRegister register, CaseHistoryRemoval removal, HistoryService history,
      RuntimeService runtime) {
    this.register = register;
    this.removal = removal;
    this.history = history;
    this.runtime = runtime;
  }

  public boolean isHeld(String caseReference) {
    return register.isHeld(caseReference);
  }

  /** Called from a process step of the data protection lead, who cannot read cases: the engine does it. */
  public void place(String caseReference, String reason, String by) {
    EngineCommands.withoutAuthorization(() -> placeHold(caseReference, reason, by));
  }

  public void lift(String caseReference, String reason, String by) {
    EngineCommands.withoutAuthorization(() -> liftHold(caseReference, reason, by));
  }

  private void placeHold(String caseReference, String reason, String by) {
    HistoricProcessInstance theCase = existingCase(caseReference);
    var entry = register.find(caseReference);
    register.hold(caseReference, true, reason, by);
    if (entry.isPresent() && entry.get().status() == RetentionRegister.Status.REMOVAL_APPROVED) {
      // approved but not yet cleaned up: keep it, and review it again once the hold is lifted
      removal.keepUntilReviewed(theCase.getId());
      RecordsRetention.start(runtime, caseReference, theCase.getId());
    } else {
      // the message names are records-retention's own
      runtime.createMessageCorrelation(RetentionVariables.HOLD_PLACED).processInstanceBusinessKey(caseReference)
          .correlateAllWithResult();
    }
  }

  private void liftHold(String caseReference, String reason, String by) {
    existingCase(caseReference);
    if (!register.isHeld(caseReference)) {
      throw new RefusedInput(RetentionVariables.HOLD_ACTION, "This case has no legal hold to lift");
    }
    register.hold(caseReference, false, reason, by);
    runtime.createMessageCorrelation(RetentionVariables.HOLD_LIFTED).processInstanceBusinessKey(caseReference)
        .correlateAllWithResult();
  }

  private HistoricProcessInstance existingCase(String caseReference) {
    return CaseReferences.find(history, caseReference).orElseThrow(() -> new RefusedInput(RetentionVariables.CASE_REFERENCE,
        "No case has this reference, or its records have already been removed"));
  }
}
