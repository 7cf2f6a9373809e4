package uk.shine.socialmedia.victim;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.intake.ConcernVariables;

/**
 * The policy: where there are threats of a physical or sexual nature, or the content is illegal, the
 * employee is advised to inform the police ({@code ${victimSupport.policeAdviceNeeded(execution)}}).
 */
@Component("victimSupport")
public class VictimSupport {

  public static final String PROCESS_KEY = "victim-support";

  /**
   * What the path receives from the case: the reference, who manages the case and its subject (access),
   * whether there were threats (police advice), the platform and the day (reports to the platform and
   * the helpline). Not the summary, the post's address, who the perpetrator was or any other answer of
   * the report: HR reads this path, and a pupil's conduct is not HR's to read.
   */
  public static final List<String> FROM_THE_CASE = List.of(ConcernVariables.CASE_REFERENCE,
      ConcernVariables.CASE_MANAGER_GROUP, ConcernVariables.LEADER_GROUP, ConcernVariables.SUBJECT_USER_ID,
      ConcernVariables.VICTIM_TYPE, ConcernVariables.THREAT_OF_HARM, ConcernVariables.PLATFORM,
      ConcernVariables.OCCURRED_ON);

  static final String ILLEGAL_CONTENT = "illegalContent";

  public boolean policeAdviceNeeded(DelegateExecution execution) {
    return ConcernVariables.of(execution).threatOfHarm() || Boolean.TRUE.equals(execution.getVariable(ILLEGAL_CONTENT));
  }
}
