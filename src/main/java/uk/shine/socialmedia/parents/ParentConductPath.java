package uk.shine.socialmedia.parents;

import static uk.shine.socialmedia.security.CaseGroups.SLT;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.cases.CasePath;
import uk.shine.socialmedia.cases.Readers;
import uk.shine.socialmedia.intake.ConcernVariables;

/** {@code parent-conduct}: the senior leaders and whoever leads the case. */
@Component
class ParentConductPath implements CasePath {

  @Override
  public String processKey() {
    return ParentVariables.PROCESS_KEY;
  }

  @Override
  public Readers readers() {
    return Readers.groups(SLT);
  }

  @Override
  public Set<String> modelReaders() {
    return Set.of(SLT);
  }

  @Override
  public List<String> fromTheCase() {
    return ConcernVariables.HANDED_TO_PATHS;
  }

  @Override
  public Map<String, String> decisions() {
    return Map.of(
        ParentVariables.STAFF_ALLEGATION, "Allegation against staff",
        ParentVariables.BAN_DECISION, "Premises ban",
        ParentVariables.CONDUCT_AFTER_LETTER, "Parent's conduct after the letter");
  }

  /** Meeting the parent, the letter, the platform report and the review could cut across the police's enquiries. */
  @Override
  public Set<String> stepsHeldForThePolice() {
    return Set.of("meet-parent", "ask-parent-to-remove", "report-parent-post", "review-parent-conduct");
  }
}
