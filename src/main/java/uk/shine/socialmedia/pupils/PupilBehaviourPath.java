package uk.shine.socialmedia.pupils;

import static uk.shine.socialmedia.security.CaseGroups.DSL;
import static uk.shine.socialmedia.security.CaseGroups.SLT;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.cases.CasePath;
import uk.shine.socialmedia.cases.Readers;
import uk.shine.socialmedia.cases.RecordCategory;
import uk.shine.socialmedia.intake.ConcernVariables;

/** {@code pupil-behaviour}: the senior leaders who investigate and the DSL. A pupil behaviour record. */
@Component
class PupilBehaviourPath implements CasePath {

  @Override
  public String processKey() {
    return PupilVariables.PROCESS_KEY;
  }

  @Override
  public Readers readers() {
    return Readers.groups(SLT, DSL);
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
  public Set<RecordCategory> recordCategories() {
    return Set.of(RecordCategory.PUPIL_BEHAVIOUR);
  }

  @Override
  public Map<String, String> decisions() {
    return Map.of(
        PupilVariables.SANCTION, "Sanction",
        PupilVariables.CHILD_ON_CHILD_ABUSE, "Child-on-child abuse",
        PupilVariables.GOVERNORS_DECISION, "Governors' decision",
        PupilVariables.PARENTS_REPRESENTATIONS, "Parents' representations",
        "boardConsideration", "Governors' consideration");
  }

  /** The investigation waits at its start too; this keeps it held when the hold begins during it. */
  @Override
  public Set<String> stepsHeldForThePolice() {
    return Set.of("investigate-pupil-behaviour");
  }
}
