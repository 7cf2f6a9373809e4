package uk.shine.socialmedia.priorapproval;

import static uk.shine.socialmedia.security.CaseGroups.CHAIR;
import static uk.shine.socialmedia.security.CaseGroups.DPO;
import static uk.shine.socialmedia.security.CaseGroups.DSL;
import static uk.shine.socialmedia.security.CaseGroups.HEADTEACHER;
import static uk.shine.socialmedia.security.CaseGroups.HR;
import static uk.shine.socialmedia.security.CaseGroups.SLT;
import static uk.shine.socialmedia.security.CaseGroups.STAFF;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.cases.ProcessDeclaration;
import uk.shine.socialmedia.cases.Readers;

/**
 * {@code prior-approval}, not a case: any member of staff asks; the head teacher decides and reviews;
 * the data protection lead reads every request (personal devices and accounts touch school data).
 */
@Component
class PriorApprovalDeclaration implements ProcessDeclaration {

  @Override
  public String processKey() {
    return ApprovalVariables.PROCESS_KEY;
  }

  @Override
  public Readers readers() {
    return Readers.groups(HEADTEACHER, DPO);
  }

  @Override
  public Set<String> starters() {
    return Set.of(STAFF, HEADTEACHER, DSL, SLT, HR, CHAIR);
  }

  @Override
  public Set<String> modelReaders() {
    return Set.of(DPO);
  }

  @Override
  public Map<String, String> decisions() {
    return Map.of(ApprovalVariables.DECISION, "Prior approval", ApprovalVariables.REVIEW_DECISION,
        "Prior approval reviewed");
  }
}
