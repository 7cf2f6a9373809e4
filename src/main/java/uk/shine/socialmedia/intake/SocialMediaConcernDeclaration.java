package uk.shine.socialmedia.intake;

import static uk.shine.socialmedia.security.CaseGroups.CHAIR;
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
 * The case itself ({@code social-media-concern}): every employee may report a concern and then sees
 * nothing of it; the DSL, the case's leader and manager read it, HR only when it is about a member of staff.
 */
@Component
class SocialMediaConcernDeclaration implements ProcessDeclaration {

  @Override
  public String processKey() {
    return ConcernVariables.PROCESS_KEY;
  }

  @Override
  public Readers readers() {
    return Readers.groups(DSL).onStaffCases(HR);
  }

  @Override
  public Set<String> starters() {
    return Set.of(STAFF, HEADTEACHER, DSL, SLT, HR, CHAIR);
  }

  @Override
  public Set<String> nameFields() {
    return Set.of(ConcernVariables.REPORTER_NAME);
  }

  @Override
  public Map<String, String> decisions() {
    return Map.of(
        ConcernVariables.PERPETRATOR_TYPE, "Who posted it",
        ConcernVariables.VICTIM_TYPE, "Who was targeted",
        ConcernVariables.INDECENT_IMAGERY, "Indecent imagery",
        ConcernVariables.SAFEGUARDING_CONCERN, "Safeguarding concern",
        ConcernVariables.CRIMINAL_SUSPICION, "Criminal offence suspected",
        ConcernVariables.NO_FURTHER_ACTION, "No further action",
        ConcernVariables.OUTCOME_CATEGORY, "Case outcome");
  }
}
