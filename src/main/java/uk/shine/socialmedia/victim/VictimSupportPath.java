package uk.shine.socialmedia.victim;

import static uk.shine.socialmedia.security.CaseGroups.HR;
import static uk.shine.socialmedia.security.CaseGroups.SLT;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.cases.CasePath;
import uk.shine.socialmedia.cases.Readers;
import uk.shine.socialmedia.cases.TasklistFilter;
import uk.shine.socialmedia.intake.ConcernVariables;

/**
 * {@code victim-support}: a staff victim's welfare, whoever the perpetrator, read by the senior leaders
 * who support them and HR. HR reads it, so it receives nothing of the report's account.
 */
@Component
class VictimSupportPath implements CasePath {

  /**
   * What the path receives from the case: the reference, who manages the case and its subject (access),
   * whether there were threats (police advice), whether the content may include indecent images of
   * children (the evidence checklist then never asks for screen prints), the platform and the day
   * (reports to the platform and the helpline). Not the summary, the post's address, who the perpetrator was or any other answer of
   * the report: HR reads this path, and a pupil's conduct is not HR's to read.
   */
  static final List<String> FROM_THE_CASE = List.of(ConcernVariables.CASE_REFERENCE,
      ConcernVariables.CASE_MANAGER_GROUP, ConcernVariables.LEADER_GROUP, ConcernVariables.SUBJECT_USER_ID,
      ConcernVariables.VICTIM_TYPE, ConcernVariables.THREAT_OF_HARM, ConcernVariables.INDECENT_IMAGERY,
      ConcernVariables.PLATFORM,
      ConcernVariables.OCCURRED_ON);

  @Override
  public String processKey() {
    return VictimSupport.PROCESS_KEY;
  }

  @Override
  public Readers readers() {
    return Readers.groups(SLT, HR);
  }

  @Override
  public Set<String> modelReaders() {
    return Set.of(HR, SLT);
  }

  @Override
  public List<String> fromTheCase() {
    return FROM_THE_CASE;
  }

  @Override
  public Set<TasklistFilter> tasklistFilters() {
    return Set.of(TasklistFilter.STAFF_CASES);
  }
}
