package uk.shine.socialmedia.staff;

import static uk.shine.socialmedia.security.CaseGroups.DSL;
import static uk.shine.socialmedia.security.CaseGroups.HR;
import static uk.shine.socialmedia.security.CaseGroups.SLT;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.cases.CasePath;
import uk.shine.socialmedia.cases.Readers;
import uk.shine.socialmedia.cases.RecordCategory;
import uk.shine.socialmedia.cases.StatutoryDeadline;
import uk.shine.socialmedia.cases.TasklistFilter;
import uk.shine.socialmedia.intake.ConcernVariables;

/**
 * {@code staff-disciplinary}: HR, the senior leaders who investigate and hear it, and the DSL (the
 * LADO). An allegation against staff for the retention table; consulting the LADO within one
 * working day is a deadline the governors see.
 */
@Component
class StaffDisciplinaryPath implements CasePath {

  @Override
  public String processKey() {
    return StaffCaseVariables.PROCESS_KEY;
  }

  @Override
  public Readers readers() {
    return Readers.groups(HR, SLT, DSL);
  }

  @Override
  public Set<String> modelReaders() {
    return Set.of(HR, SLT);
  }

  @Override
  public List<String> fromTheCase() {
    // what the member of staff is to the school decides whether the Disciplinary Procedure applies at all
    return Stream.concat(ConcernVariables.HANDED_TO_PATHS.stream(), Stream.of(ConcernVariables.SUBJECT_RELATIONSHIP))
        .toList();
  }

  @Override
  public Set<RecordCategory> recordCategories() {
    return Set.of(RecordCategory.STAFF_ALLEGATION);
  }

  @Override
  public List<StatutoryDeadline> statutoryDeadlines() {
    return List.of(new StatutoryDeadline("ladoConsultation", StaffCaseVariables.LADO_DEADLINE_MET,
        StatutoryDeadline.Recorded.MET_OR_MISSED));
  }

  @Override
  public Set<TasklistFilter> tasklistFilters() {
    return Set.of(TasklistFilter.STAFF_CASES);
  }

  @Override
  public Set<String> nameFields() {
    return Set.of(StaffCaseVariables.STAFF_MEMBER_NAME, StaffCaseVariables.INVESTIGATING_OFFICER,
        StaffCaseVariables.HEARING_MANAGER, StaffCaseVariables.APPEAL_MANAGER, "ladoName");
  }

  @Override
  public Map<String, String> decisions() {
    return Map.of(
        StaffCaseVariables.BELOW_THRESHOLD, "Harm threshold",
        StaffCaseVariables.SUSPENSION_DECISION, "Suspension",
        "investigationRecommendation", "Investigation recommends",
        StaffCaseVariables.CASE_DECISION, "Disciplinary decision",
        StaffCaseVariables.HEARING_OUTCOME, "Hearing outcome",
        "appealOutcome", "Appeal outcome",
        StaffCaseVariables.ALLEGATION_OUTCOME, "Allegation outcome",
        StaffCaseVariables.LADO_DEADLINE_MET, "LADO consulted in time",
        // someone the school does not employ: the school's own finding and whether they work here again
        StaffCaseVariables.ALLEGATION_UPHELD, "Allegation upheld",
        StaffCaseVariables.FUTURE_WORK, "May work at the school again");
  }

  /** The investigation waits at its start too; these keep it held when the hold begins during it. */
  @Override
  public Set<String> stepsHeldForThePolice() {
    return Set.of("appoint-investigating-officer", "investigate-allegation");
  }
}
