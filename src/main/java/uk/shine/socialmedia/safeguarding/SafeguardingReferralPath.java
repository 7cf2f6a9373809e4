package uk.shine.socialmedia.safeguarding;

import static uk.shine.socialmedia.security.CaseGroups.DSL;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.cases.CasePath;
import uk.shine.socialmedia.cases.Readers;
import uk.shine.socialmedia.cases.RecordCategory;
import uk.shine.socialmedia.cases.StatutoryDeadline;
import uk.shine.socialmedia.cases.TasklistFilter;
import uk.shine.socialmedia.intake.ConcernVariables;

/**
 * {@code safeguarding-referral}: the DSL's work, read by the DSL alone (the head teacher and whoever
 * manages the case do not see inside it). A child protection record; consulting the LADO within one
 * working day is a deadline the governors see.
 */
@Component
class SafeguardingReferralPath implements CasePath {

  @Override
  public String processKey() {
    return SafeguardingVariables.PROCESS_KEY;
  }

  @Override
  public Readers readers() {
    return Readers.groups(DSL).withoutCaseManagement();
  }

  @Override
  public List<String> fromTheCase() {
    return ConcernVariables.HANDED_TO_PATHS;
  }

  @Override
  public Set<RecordCategory> recordCategories() {
    return Set.of(RecordCategory.CHILD_PROTECTION);
  }

  @Override
  public List<StatutoryDeadline> statutoryDeadlines() {
    return List.of(new StatutoryDeadline("ladoConsultation", SafeguardingVariables.LADO_DEADLINE_MET,
        StatutoryDeadline.Recorded.MET_OR_MISSED));
  }

  @Override
  public Set<TasklistFilter> tasklistFilters() {
    return Set.of(TasklistFilter.SAFEGUARDING);
  }

  @Override
  public Set<String> nameFields() {
    return Set.of("ladoName");
  }

  @Override
  public Map<String, String> decisions() {
    return Map.of(
        SafeguardingVariables.ADULT_IMPLICATED, "Adult working with children implicated",
        "referredToSocialCare", "Referred to children's social care",
        "referredToPolice", "Referred to the police",
        "referredToEarlyHelp", "Referred to Early Help",
        "referredToCeop", "Referred to CEOP",
        SafeguardingVariables.MONITOR_ONLY, "Monitor in school only",
        SafeguardingVariables.LADO_DEADLINE_MET, "LADO consulted in time",
        SafeguardingVariables.REVIEW_DECISION, "Safeguarding review",
        "safeguardingOutcome", "Safeguarding outcome");
  }
}
