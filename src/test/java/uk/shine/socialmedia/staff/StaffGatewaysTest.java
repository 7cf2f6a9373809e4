package uk.shine.socialmedia.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.staff.StaffCaseVariables.CAPABILITY_REVIEW;
import static uk.shine.socialmedia.staff.StaffCaseVariables.CAPABILITY_REVIEW_ON;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_RESULT;
import static uk.shine.socialmedia.staff.StaffCaseVariables.NEW_HEARING_DATE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.PATTERN_DECISION;
import static uk.shine.socialmedia.staff.StaffCaseVariables.SUSPENSION_DECISION;
import static uk.shine.socialmedia.staff.StaffCases.STAFF;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;
import uk.shine.socialmedia.police.PoliceVariables;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.PathWork;

/**
 * Every exclusive gateway of {@code staff-disciplinary} that chooses a way has a default flow, or the form that
 * sets its variable offers exactly the answers its conditions name (required, never hidden), so no answer can
 * leave the case with nowhere to go; and the forms alone, as Tasklist users fill them in, take every one of its
 * outgoing flows (read from the history: the first of a gateway's targets to start after it).
 */
@CaseEngineTest
class StaffGatewaysTest extends StaffPartTest {

  private static final Path MODEL = Path.of("processes/staff-disciplinary.bpmn");
  /** Gateways without a default, and the form field that limits their answer. */
  private static final Map<String, List<String>> LIMITED_BY_FORM = Map.of(
      "case-decision", List.of("decide-on-case", StaffCaseVariables.CASE_DECISION),
      "capability-outcome", List.of("hold-capability-review", CAPABILITY_REVIEW));
  private static final Pattern EQUALS = Pattern.compile("(\\w+) == \"(\\w+)\"");

  private final BpmnModelInstance model = Bpmn.readModelFromFile(MODEL.toFile());

  @Test
  void every_gateway_has_a_default_or_a_form_that_limits_the_answer_to_its_conditions() throws IOException {
    for (ExclusiveGateway gateway : forkingGateways()) {
      if (gateway.getDefault() != null) {
        continue;
      }
      List<String> limit = LIMITED_BY_FORM.get(gateway.getId());
      assertThat(limit).as("%s has no default flow: name the form that limits its answer", gateway.getId()).isNotNull();
      Set<String> conditions = new TreeSet<>();
      for (SequenceFlow flow : gateway.getOutgoing()) {
        Matcher equals = EQUALS.matcher(flow.getConditionExpression().getTextContent());
        assertThat(equals.find()).as(flow.getId()).isTrue();
        assertThat(equals.group(1)).as(flow.getId()).isEqualTo(limit.get(1));
        conditions.add(equals.group(2));
      }
      JsonNode field = field(limit.get(0), limit.get(1));
      assertThat(field.path("validate").path("required").asBoolean()).as("%s is required", limit.get(1)).isTrue();
      assertThat(field.has("conditional")).as("%s is never hidden", limit.get(1)).isFalse();
      Set<String> offered = new TreeSet<>();
      field.path("values").forEach(value -> offered.add(value.path("value").asText()));
      assertThat(offered).as("%s offers exactly what %s routes", limit.get(0), gateway.getId()).isEqualTo(conditions);
    }
  }

  @Test
  void the_forms_take_every_outgoing_flow_of_every_gateway() {
    Set<String> taken = new TreeSet<>();
    // a conduct breach with no case to answer; a low-level concern; a pattern the LADO finds clearly unfounded
    taken.addAll(flowsTaken(plainBreach()));
    taken.addAll(flowsTaken(lowLevel(false)));
    taken.addAll(flowsTaken(lowLevel(true)));
    // over the threshold: told, suspended and reviewed, informal action, substantiated; and not told, unsubstantiated
    taken.addAll(flowsTaken(substantiatedWhileSuspended()));
    taken.addAll(flowsTaken(unsubstantiatedNotToldYet()));
    taken.addAll(flowsTaken(heldByThePolice()));
    // hearings: postponed, adjourned, held, appealed; capability reviews to a hearing, and targets met
    taken.addAll(flowsTaken(hearingPostponedAdjournedHeldAndAppealed()));
    taken.addAll(flowsTaken(capability("REFER_TO_HEARING")));
    taken.addAll(flowsTaken(capability("TARGETS_MET")));
    // someone the school does not employ: each relationship, one over the harm threshold
    taken.addAll(flowsTaken(outsideTheProcedure("AGENCY_OR_SUPPLY", "tell-agency", true)));
    taken.addAll(flowsTaken(outsideTheProcedure("CONTRACTOR", "tell-contract-manager", false)));
    taken.addAll(flowsTaken(outsideTheProcedure("TRAINEE", "tell-training-provider", false)));
    taken.addAll(flowsTaken(outsideTheProcedure("GOVERNOR", "consider-governor-conduct", false)));
    taken.addAll(flowsTaken(outsideTheProcedure("VOLUNTEER", "consider-volunteer-conduct", false)));

    Set<String> every = forkingGateways().stream().flatMap(gateway -> gateway.getOutgoing().stream())
        .map(SequenceFlow::getId).collect(Collectors.toCollection(TreeSet::new));
    assertThat(taken).containsAll(every);
  }

  private String outsideTheProcedure(String relationship, String firstTask, boolean overTheThreshold) {
    String concern = cases.reportAndRoute(Cases.report(STAFF)).getId();
    cases.triage(concern, uk.shine.socialmedia.intake.ConcernVariables.SUBJECT_RELATIONSHIP, relationship);
    String staff = cases.path(concern, StaffCaseVariables.PROCESS_KEY);
    boolean engagedThroughAnOrganisation = firstTask.startsWith("tell-");
    cases.complete(staff, firstTask, engagedThroughAnOrganisation
        ? StaffCases.firstStepOutsideProcedure(overTheThreshold, "organisationName", "Acme", "organisationToldAt",
            PathWork.minutesAgo(5))
        : StaffCases.firstStepOutsideProcedure(overTheThreshold));
    if (overTheThreshold) {
      cases.complete(staff, "dsl-consults-lado", StaffCaseVariables.LADO_CONSULTED_AT, PathWork.minutesAgo(1),
          "ladoName", "A. Officer", "ladoAdvice", "The agency's procedure");
    }
    Map<String, Object> decision = StaffCases.decisionOutsideProcedure("NOT_UPHELD", "YES");
    cases.complete(staff, "decide-on-non-employee", decision.entrySet().stream()
        .flatMap(answer -> java.util.stream.Stream.of(answer.getKey(), answer.getValue())).toArray());
    return staff;
  }

  private String plainBreach() {
    String staff = staffCases.staffCase(STAFF);
    for (PathWork.Step step : PathWork.steps(StaffCaseVariables.PROCESS_KEY)) {
      cases.complete(staff, step.taskKey(), step.answers());
    }
    return staff;
  }

  private String lowLevel(boolean pattern) {
    String staff = staffCases.staffCase(STAFF);
    staffCases.lowLevelConcern(staff, "Sam Pattern");
    cases.complete(staff, "review-low-level-pattern", PATTERN_DECISION, pattern ? "PATTERN" : "NO_PATTERN",
        "patternNotes", "Looked at the register");
    if (pattern) {
      cases.complete(staff, "consult-lado", StaffCaseVariables.LADO_CONSULTED_AT, PathWork.minutesAgo(5), "ladoName",
          "A. Officer", "ladoAdvice", "Clearly unfounded", StaffCaseVariables.LADO_VIEW, "CLEARLY_UNFOUNDED");
      cases.complete(staff, "close-unfounded-allegation", StaffCaseVariables.ALLEGATION_OUTCOME, "UNFOUNDED",
          "accusedToldOn", PathWork.today(), "closureReasons", "Nothing supports it");
    }
    return staff;
  }

  private String substantiatedWhileSuspended() {
    String staff = staffCases.allegationOverTheThreshold(STAFF);
    cases.complete(staff, "inform-parents-of-allegation", "parentsTold", "TOLD", "parentsToldOn", PathWork.today());
    cases.complete(staff, "inform-accused", "accusedToldOn", PathWork.today());
    cases.complete(staff, "consider-suspension", "suspensionAlternatives", "Considered", SUSPENSION_DECISION,
        StaffCaseSteps.SUSPEND, "suspendedFrom", PathWork.today(), "suspensionReasons", "Risk to pupils");
    EngineClock.forward(Duration.ofDays(15));
    cases.runJobs();
    cases.complete(staff, "review-suspension", SUSPENSION_DECISION, "LIFT", "suspensionReviewNotes", "Interviews done");
    EngineClock.forward(Duration.ofDays(15));
    cases.runJobs();
    staffCases.throughInvestigation(staff, "INFORMAL_ACTION");
    cases.complete(staff, "record-informal-action", "informalAction", "Retraining", "informalActionOn", PathWork.today());
    staffCases.substantiatedAndReferred(staff);
    return staff;
  }

  private String unsubstantiatedNotToldYet() {
    String staff = staffCases.staffCase(STAFF);
    cases.complete(staff, "screen-harm-threshold", StaffCaseVariables.STAFF_MEMBER_NAME, "Sam Staff",
        StaffCaseVariables.MAY_HAVE_HARMED_CHILD, true, "screeningNotes", "Physical harm alleged");
    cases.complete(staff, "consult-lado", StaffCaseVariables.LADO_CONSULTED_AT, PathWork.minutesAgo(5), "ladoName",
        "A. Officer", "ladoAdvice", "Police involved", StaffCaseVariables.LADO_VIEW, "INVESTIGATE",
        StaffCaseVariables.TELL_ACCUSED, "NOT_YET", "notTellingReason", "The police, until the interview");
    cases.complete(staff, "inform-parents-of-allegation", "parentsTold", "NOT_TOLD_ON_ADVICE", "parentsNotToldReason",
        "The police asked");
    staffCases.throughInvestigation(staff, "NO_CASE_TO_ANSWER");
    cases.complete(staff, "send-no-further-action-letter", "letterSentOn", PathWork.today());
    cases.complete(staff, "record-allegation-outcome", StaffCaseVariables.ALLEGATION_OUTCOME, "UNSUBSTANTIATED",
        StaffCaseVariables.REMOVED_FROM_REGULATED_ACTIVITY, false, StaffCaseVariables.IS_TEACHER, false);
    return staff;
  }

  private String heldByThePolice() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(STAFF));
    String staff = staffCases.screenedWithCrimeSuspected(concern);
    String police = cases.path(concern.getId(), "police-liaison");
    cases.complete(police, "refer-to-police", "referredBy", "H. Teacher", "referredAt", PathWork.minutesAgo(30),
        "policeOfficer", "PC 123", "crimeReference", "CR/77/26", PoliceVariables.POLICE_ASK_TO_WAIT, true);
    return staff;
  }

  private String hearingPostponedAdjournedHeldAndAppealed() {
    String staff = staffCases.toDecision(staffCases.staffCase(STAFF), "FORMAL_HEARING");
    String planned = workingDays.plus(workingDays.today(), 5).toString();
    staffCases.arrangeHearing(staff, planned);
    cases.complete(staff, "send-hearing-invitation", "invitationSentOn", PathWork.today());
    staffCases.postpone(staff, workingDays.plus(LocalDate.parse(planned), 2).toString());
    cases.complete(staff, "hold-hearing", HEARING_RESULT, StaffCaseSteps.ADJOURNED, "adjournmentReason", "ILLNESS",
        NEW_HEARING_DATE, workingDays.plus(workingDays.today(), 8).toString());
    cases.complete(staff, "send-hearing-invitation", "invitationSentOn", PathWork.today());
    staffCases.holdHearing(staff, "FIRST_WRITTEN_WARNING");
    cases.complete(staff, "send-outcome-letter", "outcomeSentOn", PathWork.today());
    staffCases.appeal(staff, PathWork.today());
    return staff;
  }

  private String capability(String review) {
    String staff = staffCases.toDecision(staffCases.staffCase(STAFF), "CAPABILITY");
    cases.complete(staff, "agree-capability-plan", "capabilityTargets", "Targets", "capabilitySupport", "Support",
        CAPABILITY_REVIEW_ON, PathWork.today());
    cases.complete(staff, "hold-capability-review", "capabilityProgress", "Some progress", CAPABILITY_REVIEW,
        "CONTINUE_SUPPORT", CAPABILITY_REVIEW_ON, workingDays.plus(workingDays.today(), 10).toString());
    cases.complete(staff, "hold-capability-review", "capabilityProgress", "Reviewed", CAPABILITY_REVIEW, review);
    if ("REFER_TO_HEARING".equals(review)) {
      staffCases.throughHearing(staff, "NO_ACTION");
      cases.complete(staff, "record-appeal", StaffCaseVariables.APPEAL_DECISION, "NO_APPEAL");
    }
    return staff;
  }

  /** The outgoing flows of this case's gateways that its history shows it took. */
  private Set<String> flowsTaken(String staff) {
    List<HistoricActivityInstance> trail = history.createHistoricActivityInstanceQuery().processInstanceId(staff)
        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list();
    Map<String, ExclusiveGateway> gateways = new HashMap<>();
    forkingGateways().forEach(gateway -> gateways.put(gateway.getId(), gateway));
    Set<String> taken = new TreeSet<>();
    for (int i = 0; i < trail.size(); i++) {
      ExclusiveGateway gateway = gateways.get(trail.get(i).getActivityId());
      if (gateway == null) {
        continue;
      }
      Map<String, String> flowByTarget = gateway.getOutgoing().stream()
          .collect(Collectors.toMap(flow -> flow.getTarget().getId(), SequenceFlow::getId));
      trail.subList(i + 1, trail.size()).stream().map(HistoricActivityInstance::getActivityId)
          .filter(flowByTarget::containsKey).findFirst().map(flowByTarget::get).ifPresent(taken::add);
    }
    return taken;
  }

  private List<ExclusiveGateway> forkingGateways() {
    return model.getModelElementsByType(ExclusiveGateway.class).stream()
        .filter(gateway -> gateway.getOutgoing().size() > 1).toList();
  }

  private static JsonNode field(String form, String key) throws IOException {
    for (JsonNode component : new ObjectMapper().readTree(Path.of("forms", form + ".form").toFile()).path("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError(form + " has no field " + key);
  }
}
