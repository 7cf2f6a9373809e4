package uk.shine.socialmedia.police;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import uk.shine.socialmedia.engine.EngineCommands;
import uk.shine.socialmedia.intake.ConcernVariables;

/**
 * The police position, shared by the paths of one case. Police liaison writes it onto the case; the
 * internal investigations (staff disciplinary, pupil behaviour) ask it before their investigation
 * starts ({@code ${policeHold.holds(execution)}}) and wait for {@link PoliceVariables#POLICE_CLEARED},
 * checking again each day in case a release crossed their start.
 *
 * <p>While a crime is suspected and the police have not yet said the school may go ahead, the
 * investigation waits too: starting it before the police are asked could interfere with their
 * enquiries, which the policy forbids.
 */
@Service("policeHold")
public class PoliceHold {

  /** Whether an investigation in this path must wait for the police. */
  public boolean holds(DelegateExecution path) {
    DelegateExecution caseScope = caseOf(path);
    if (!Boolean.TRUE.equals(caseScope.getVariable(ConcernVariables.CRIMINAL_SUSPICION))) {
      return false;
    }
    return !Boolean.FALSE.equals(caseScope.getVariable(PoliceVariables.POLICE_ASK_TO_WAIT));
  }

  /**
   * Records the police position on the case. From then on no investigation of the case starts
   * while the police ask the school to wait, and one that reaches its start after clearance goes ahead.
   */
  public void record(DelegateExecution policeLiaison, boolean askToWait) {
    caseOf(policeLiaison).setVariable(PoliceVariables.POLICE_ASK_TO_WAIT, askToWait);
  }

  /** Lets the investigations of the case that are waiting for the police go ahead. */
  public void release(DelegateExecution policeLiaison) {
    String caseReference = policeLiaison.getProcessBusinessKey();
    // the person recording it may not see the other paths; releasing them is the engine's own work
    EngineCommands.withoutAuthorization(() -> policeLiaison.getProcessEngineServices()
        .getRuntimeService().createMessageCorrelation(PoliceVariables.POLICE_CLEARED)
        .processInstanceBusinessKey(caseReference).correlateAllWithResult());
  }

  /** The case's scope as seen from one of its paths (the call activity that started it: every path is the case's child). */
  private static DelegateExecution caseOf(DelegateExecution path) {
    DelegateExecution caseScope = path.getProcessInstance().getSuperExecution();
    if (caseScope == null) {
      throw new IllegalStateException("A path must run inside a case");
    }
    return caseScope;
  }
}
