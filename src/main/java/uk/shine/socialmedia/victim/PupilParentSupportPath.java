package uk.shine.socialmedia.victim;

import static uk.shine.socialmedia.security.CaseGroups.DSL;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.cases.CasePath;
import uk.shine.socialmedia.cases.Readers;
import uk.shine.socialmedia.cases.TasklistFilter;
import uk.shine.socialmedia.intake.ConcernVariables;

/**
 * {@code pupil-parent-support}: a pupil or a parent harmed by a member of staff or by a parent (a pupil
 * harmed by a pupil is supported in the behaviour path, anyone the public targets in the public post's).
 * Read by the safeguarding lead and whoever leads and manages the case; not by senior leaders or HR as such.
 */
@Component
class PupilParentSupportPath implements CasePath {

  static final String PROCESS_KEY = "pupil-parent-support";

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  @Override
  public Readers readers() {
    return Readers.groups(DSL);
  }

  @Override
  public List<String> fromTheCase() {
    return ConcernVariables.HANDED_TO_PATHS;
  }

  @Override
  public Set<TasklistFilter> tasklistFilters() {
    return Set.of(TasklistFilter.SAFEGUARDING);
  }
}
