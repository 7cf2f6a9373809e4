package uk.shine.socialmedia.publicposts;

import static uk.shine.socialmedia.security.CaseGroups.SLT;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.cases.CasePath;
import uk.shine.socialmedia.cases.Readers;
import uk.shine.socialmedia.intake.ConcernVariables;

/** {@code public-post-response}: the senior leaders and whoever leads the case. */
@Component
class PublicPostResponsePath implements CasePath {

  @Override
  public String processKey() {
    return PublicPostVariables.PROCESS_KEY;
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
  public Set<String> nameFields() {
    return Set.of(PublicPostVariables.AUTHOR);
  }

  @Override
  public Map<String, String> decisions() {
    return Map.of(
        PublicPostVariables.AUTHOR, "Author of the public post",
        "publicResponse", "Public response",
        "recurrence", "Recurrence");
  }

  /** Investigating, reporting to the platform and answering in public could cut across the police's enquiries. */
  @Override
  public Set<String> stepsHeldForThePolice() {
    return Set.of("investigate-public-post", "report-public-post", "decide-public-response");
  }
}
