package uk.shine.socialmedia.databreach;

import static uk.shine.socialmedia.security.CaseGroups.DPO;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.cases.CasePath;
import uk.shine.socialmedia.cases.Readers;
import uk.shine.socialmedia.intake.ConcernVariables;

/**
 * {@code data-breach}: the data protection lead's work on a personal data breach, read by the data
 * protection lead alone (the head teacher sees its tasks only when the 72-hour clock brings them in).
 * No record category of its own: the case keeps its other paths' rule (6 years when none), and the
 * breach register ({@link BreachRegister}) keeps every breach apart from the case's records.
 */
@Component
class DataBreachPath implements CasePath {

  /**
   * The reference, who leads and manages the case (the 48-hour escalation brings in the leader), the
   * subject (kept out), and where and when it happened (containment). Not the summary, the reporter
   * or any other account of the report: it may quote the very data that was disclosed.
   */
  static final List<String> FROM_THE_CASE = List.of(ConcernVariables.CASE_REFERENCE,
      ConcernVariables.CASE_MANAGER_GROUP, ConcernVariables.LEADER_GROUP, ConcernVariables.SUBJECT_USER_ID,
      ConcernVariables.PLATFORM, ConcernVariables.POST_URL, ConcernVariables.OCCURRED_ON);

  @Override
  public String processKey() {
    return BreachVariables.PROCESS_KEY;
  }

  @Override
  public Readers readers() {
    return Readers.groups(DPO).withoutCaseManagement();
  }

  @Override
  public Set<String> modelReaders() {
    return Set.of(DPO);
  }

  @Override
  public List<String> fromTheCase() {
    return FROM_THE_CASE;
  }

  @Override
  public Set<String> nameFields() {
    return Set.of(BreachVariables.ICO_REPORTED_BY);
  }

  @Override
  public Map<String, String> decisions() {
    return Map.of(
        BreachVariables.TAKE_DOWN_REQUESTED, "Take-down requested",
        BreachVariables.RISK_LEVEL, "Risk to the people affected",
        BreachVariables.ICO_DECISION, "Reported to the ICO",
        BreachVariables.ICO_DECIDED_IN_TIME, "ICO decision within 72 hours",
        BreachVariables.AFFECTED_TOLD, "People affected told");
  }
}
