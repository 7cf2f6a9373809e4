package uk.shine.socialmedia.indecentimagery;

import static uk.shine.socialmedia.security.CaseGroups.DSL;

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
 * {@code indecent-imagery}: the DSL's, from the moment imagery is reported. A child protection record;
 * securing the evidence and calling the police within the hour is a deadline the governors see.
 */
@Component
class IndecentImageryPath implements CasePath {

  @Override
  public String processKey() {
    return ImageryVariables.PROCESS_KEY;
  }

  @Override
  public Readers readers() {
    return Readers.groups(DSL);
  }

  @Override
  public List<String> fromTheCase() {
    // and who reported it: the DSL may need to ask them where the device is, within the hour
    return Stream.concat(ConcernVariables.HANDED_TO_PATHS.stream(), Stream.of(ConcernVariables.REPORTER_NAME)).toList();
  }

  @Override
  public Set<RecordCategory> recordCategories() {
    return Set.of(RecordCategory.CHILD_PROTECTION);
  }

  @Override
  public List<StatutoryDeadline> statutoryDeadlines() {
    return List.of(new StatutoryDeadline("imageryUrgentSteps", ImageryVariables.URGENT_STEPS_OVERDUE,
        StatutoryDeadline.Recorded.MISSED_WHEN_SET));
  }

  @Override
  public Set<TasklistFilter> tasklistFilters() {
    return Set.of(TasklistFilter.SAFEGUARDING);
  }

  @Override
  public Set<String> nameFields() {
    return Set.of(ConcernVariables.REPORTER_NAME, ImageryVariables.SECURED_BY, ImageryVariables.RECEIVING_OFFICER,
        "policeOfficer");
  }

  @Override
  public Map<String, String> decisions() {
    return Map.of(
        ImageryVariables.URGENT_STEPS_OVERDUE, "Imagery first steps overdue",
        ImageryVariables.EVIDENCE_OUTCOME, "Imagery evidence",
        "parentsDecision", "Parents informed",
        "imageryOutcome", "Imagery outcome");
  }
}
