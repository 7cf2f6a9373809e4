package uk.shine.socialmedia.intake;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of a {@code social-media-concern} case, by name and type, so no delegate spells a
 * variable name itself. Names are the public contract's.
 */
public final class ConcernVariables {

  public static final String PROCESS_KEY = "social-media-concern";

  // the report (start variables)
  public static final String REPORTER_NAME = "reporterName";
  public static final String REPORTER_ROLE = "reporterRole";
  public static final String PLATFORM = "platform";
  public static final String POST_URL = "postUrl";
  public static final String OCCURRED_ON = "occurredOn";
  public static final String SUMMARY = "summary";
  public static final String PERPETRATOR_TYPE = "perpetratorType";
  public static final String EMPLOYED_CENTRALLY = "employedCentrally";
  /** Optional: the school (tenant id) a report is for, from a person who works in more than one. */
  public static final String SCHOOL = "school";
  public static final String SUBJECT_USER_ID = "subjectUserId";
  public static final String VICTIM_TYPE = "victimType";
  public static final String INDECENT_IMAGERY = "indecentImagery";
  public static final String THREAT_OF_HARM = "threatOfHarm";
  public static final String SAFEGUARDING_CONCERN = "safeguardingConcern";
  /** Optional, false when absent: personal data was disclosed (a personal data breach: the data-breach path). */
  public static final String PERSONAL_DATA_DISCLOSED = "personalDataDisclosed";

  // set by the case itself
  public static final String CASE_REFERENCE = "caseReference";
  /** Who manages the case: headteacher, hr (centrally employed staff) or chair (head teacher is the subject). */
  public static final String CASE_MANAGER_GROUP = "caseManagerGroup";
  /** Who leads the school's response: headteacher, or chair when the head teacher is the subject. */
  public static final String LEADER_GROUP = "leaderGroup";
  public static final String SAFEGUARDING_PATH_STARTED = "safeguardingPathStarted";
  /** The data-breach path started with the report, so triage's routing does not start it again. */
  public static final String DATA_BREACH_PATH_STARTED = "dataBreachPathStarted";
  /** The indecent-imagery path has been started for this case (it starts once, whenever imagery is found). */
  public static final String IMAGERY_PATH_STARTED = "imageryPathStarted";
  /** Police liaison has been started for this case (by routing, or by a referral recorded elsewhere): once a case. */
  public static final String POLICE_LIAISON_STARTED = "policeLiaisonStarted";
  public static final String POLICE_LIAISON_PATH = "police-liaison";
  public static final String PATHS = "paths";
  /** The paths routing chose, as text ({@code PATHS} is transient). */
  public static final String CHOSEN_PATHS = "chosenPaths";
  /** The routing table (processes/case-routing.dmn) that chooses the paths after triage. */
  public static final String ROUTING_DECISION_KEY = "case-routing";

  // triage
  public static final String CRIMINAL_SUSPICION = "criminalSuspicion";
  public static final String NO_FURTHER_ACTION = "noFurtherAction";
  public static final String NO_FURTHER_ACTION_REASON = "noFurtherActionReason";
  /** What the member of staff is to the school ({@link SubjectRelationship}); asked when the perpetrator is staff. */
  public static final String SUBJECT_RELATIONSHIP = "subjectRelationship";

  // closure
  public static final String OUTCOME_CATEGORY = "outcomeCategory";
  public static final String OUTCOME_NOTES = "outcomeNotes";

  /** Variables a report may carry; anything else is refused at the start. */
  public static final List<String> REPORT = List.of(REPORTER_NAME, REPORTER_ROLE, PLATFORM, POST_URL,
      OCCURRED_ON, SUMMARY, PERPETRATOR_TYPE, EMPLOYED_CENTRALLY, SUBJECT_USER_ID, VICTIM_TYPE,
      INDECENT_IMAGERY, THREAT_OF_HARM, SAFEGUARDING_CONCERN, PERSONAL_DATA_DISCLOSED, SCHOOL);

  /** Yes/no answers of a report: an unticked checkbox may send nothing, which means no. */
  public static final List<String> REPORT_FLAGS = List.of(EMPLOYED_CENTRALLY, INDECENT_IMAGERY,
      THREAT_OF_HARM, SAFEGUARDING_CONCERN, PERSONAL_DATA_DISCLOSED);

  /** What a path of the case receives from it, unless the path declares less (a staff victim's support). */
  public static final List<String> HANDED_TO_PATHS = List.of(CASE_REFERENCE, CASE_MANAGER_GROUP,
      LEADER_GROUP, SUBJECT_USER_ID, PERPETRATOR_TYPE, EMPLOYED_CENTRALLY, VICTIM_TYPE,
      INDECENT_IMAGERY, THREAT_OF_HARM, SAFEGUARDING_CONCERN, CRIMINAL_SUSPICION, REPORTER_ROLE,
      PLATFORM, POST_URL, OCCURRED_ON, SUMMARY);

  private final VariableScope scope;

  private ConcernVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static ConcernVariables of(VariableScope scope) {
    return new ConcernVariables(scope);
  }

  public String caseReference() {
    return string(CASE_REFERENCE);
  }

  public void caseReference(String reference) {
    scope.setVariable(CASE_REFERENCE, reference);
  }

  public PerpetratorType perpetratorType() {
    return PerpetratorType.valueOf(string(PERPETRATOR_TYPE));
  }

  public VictimType victimType() {
    return VictimType.valueOf(string(VICTIM_TYPE));
  }

  public boolean employedCentrally() {
    return flag(EMPLOYED_CENTRALLY);
  }

  public String subjectUserId() {
    String subject = string(SUBJECT_USER_ID);
    return subject == null || subject.isBlank() ? null : subject;
  }

  /** Null when triage did not ask (not a member of staff, or a case handed over by another path). */
  public SubjectRelationship subjectRelationship() {
    String relationship = string(SUBJECT_RELATIONSHIP);
    return relationship == null ? null : SubjectRelationship.valueOf(relationship);
  }

  public void subjectUserId(String userId) {
    scope.setVariable(SUBJECT_USER_ID, userId);
  }

  public boolean indecentImagery() {
    return flag(INDECENT_IMAGERY);
  }

  public boolean threatOfHarm() {
    return flag(THREAT_OF_HARM);
  }

  public boolean safeguardingConcern() {
    return flag(SAFEGUARDING_CONCERN);
  }

  public void safeguardingConcern(boolean concern) {
    scope.setVariable(SAFEGUARDING_CONCERN, concern);
  }

  public boolean safeguardingPathStarted() {
    return flag(SAFEGUARDING_PATH_STARTED);
  }

  public void safeguardingPathStarted(boolean started) {
    scope.setVariable(SAFEGUARDING_PATH_STARTED, started);
  }

  public boolean personalDataDisclosed() {
    return flag(PERSONAL_DATA_DISCLOSED);
  }

  public void dataBreachPathStarted(boolean started) {
    scope.setVariable(DATA_BREACH_PATH_STARTED, started);
  }

  public boolean imageryPathStarted() {
    return flag(IMAGERY_PATH_STARTED);
  }

  public void imageryPathStarted(boolean started) {
    scope.setVariable(IMAGERY_PATH_STARTED, started);
  }

  public boolean criminalSuspicion() {
    return flag(CRIMINAL_SUSPICION);
  }

  public boolean noFurtherAction() {
    return flag(NO_FURTHER_ACTION);
  }

  public String caseManagerGroup() {
    return string(CASE_MANAGER_GROUP);
  }

  public String leaderGroup() {
    return string(LEADER_GROUP);
  }

  public void managedBy(CaseManagement management) {
    scope.setVariable(CASE_MANAGER_GROUP, management.caseManagerGroup());
    scope.setVariable(LEADER_GROUP, management.leaderGroup());
  }

  public void defaultFlag(String name) {
    if (scope.getVariable(name) == null) {
      scope.setVariable(name, false);
    }
  }

  public void outcomeCategory(String category) {
    scope.setVariable(OUTCOME_CATEGORY, category);
  }

  private String string(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  private boolean flag(String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }
}
