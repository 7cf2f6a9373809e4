package uk.shine.socialmedia.police;

import static uk.shine.socialmedia.security.CaseGroups.DSL;
import static uk.shine.socialmedia.security.CaseGroups.HR;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.cases.CasePath;
import uk.shine.socialmedia.cases.Readers;
import uk.shine.socialmedia.cases.TasklistFilter;
import uk.shine.socialmedia.intake.ConcernVariables;

/** {@code police-liaison}: the DSL and whoever leads the case; HR too when the case is about a member of staff. */
@Component
class PoliceLiaisonPath implements CasePath {

  @Override
  public String processKey() {
    return PoliceVariables.PROCESS_KEY;
  }

  @Override
  public Readers readers() {
    return Readers.groups(DSL).onStaffCases(HR);
  }

  @Override
  public Set<String> modelReaders() {
    return Set.of(HR);
  }

  @Override
  public List<String> fromTheCase() {
    return ConcernVariables.HANDED_TO_PATHS;
  }

  @Override
  public Set<TasklistFilter> tasklistFilters() {
    return Set.of(TasklistFilter.SAFEGUARDING);
  }

  @Override
  public Set<String> nameFields() {
    return Set.of("policeOfficer", "referredBy");
  }

  @Override
  public Map<String, String> decisions() {
    return Map.of(
        PoliceVariables.POLICE_ASK_TO_WAIT, "Police ask the school to wait",
        "policeOutcome", "Police outcome");
  }
}
