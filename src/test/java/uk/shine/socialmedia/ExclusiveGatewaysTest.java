package uk.shine.socialmedia;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.engine.EngineCommands;
import uk.shine.socialmedia.retention.LegalHolds;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;

/**
 * No exclusive gateway can leave a case stranded: each has a default flow, or its conditions are the
 * closed list of answers of one required form field; and the engine takes each outgoing flow when the
 * case holds what that flow asks for.
 */
@CaseEngineTest
class ExclusiveGatewaysTest {

  /** Models whose gateways other tests hold (the staff and pupil paths' own rules); named, never skipped silently. */
  private static final Map<String, String> HELD_ELSEWHERE = Map.of(
      "staff-disciplinary.bpmn", "the staff path's gateways are held by its own tests",
      "pupil-behaviour.bpmn", "the pupil path's gateways are held by its own tests");

  /** Gateways without a default: the form field whose required answer, one of a closed list, is the choice. */
  private static final Map<String, String> CLOSED_CHOICES = Map.of(
      "safeguarding-referral/review-decision", "review-safeguarding/reviewDecision");

  /** The path hands work over to its case: it runs as a path of a real case about this kind of perpetrator. */
  private static final String IN_A_CASE = "inACase";

  /** For each outgoing flow (process/gateway/flow), what the case holds when the engine must take it. */
  private static final Map<String, Map<String, Object>> FLOWS = new LinkedHashMap<>();

  static {
    flow("image-publication/staff-permission-needed/staff-permission-needed-yes", "publicationDecision", "APPROVED", "staffPictured", true);
    flow("image-publication/staff-permission-needed/no-staff-permission-needed", "publicationDecision", "APPROVED", "staffPictured", false);
    flow("image-publication/restricted-child-shown/restricted-child-shown-yes", "restrictedChildShown", true);
    flow("image-publication/restricted-child-shown/no-restricted-child-shown", "restrictedChildShown", false);
    flow("indecent-imagery/referral-needed/referral-needed-yes", "socialCareReferralNeeded", true);
    flow("indecent-imagery/referral-needed/no-referral-needed", "socialCareReferralNeeded", false);
    flow("parent-conduct/harm-threshold/harm-threshold-met", "staffAllegation", "HARM_THRESHOLD", IN_A_CASE, "PARENT",
        "subjectUserId", "teacher2");
    flow("parent-conduct/harm-threshold/harm-threshold-not-met", "staffAllegation", "NONE");
    flow("parent-conduct/conduct-after-letter/conduct-resolved", "conductAfterLetter", "RESOLVED");
    flow("parent-conduct/conduct-after-letter/conduct-threatens", "conductAfterLetter", "THREATS");
    flow("parent-conduct/conduct-after-letter/conduct-continues", "conductAfterLetter", "CONTINUES");
    flow("parent-conduct/ban-in-force/ban-in-force-yes", "banInForce", true);
    flow("parent-conduct/ban-in-force/ban-lifted", "banInForce", false);
    flow("police-liaison/police-ask-to-wait/police-ask-to-wait-yes", "policeAskToWait", true);
    flow("police-liaison/police-ask-to-wait/police-do-not-ask-to-wait", "policeAskToWait", false);
    flow("police-liaison/still-waiting/still-waiting-yes", "policeAskToWait", true);
    flow("police-liaison/still-waiting/police-cleared-school", "policeAskToWait", false);
    flow("prior-approval/approval-given/approved", "approvalDecision", "APPROVED");
    flow("prior-approval/approval-given/refused", "approvalDecision", "REFUSED");
    flow("prior-approval/approval-renewed/renewed", "approvalReviewDecision", "RENEW");
    flow("prior-approval/approval-renewed/withdrawn", "approvalReviewDecision", "WITHDRAW");
    flow("pupil-records-transfer/within-the-trust/in-the-trust", "withinTrust", true, "fileDue",
        new java.util.Date(4102444800000L));
    flow("pupil-records-transfer/within-the-trust/outside-the-trust", "withinTrust", false, "fileDue",
        new java.util.Date(4102444800000L));
    flow("public-post-response/post-author/pupils-wrote-it", "postAuthor", "PUPILS", IN_A_CASE, "PUBLIC");
    flow("public-post-response/post-author/not-pupils", "postAuthor", "NOT_IDENTIFIED");
    flow("public-post-response/recurred/recurred-yes", "recurrence", "RECURRED");
    flow("public-post-response/recurred/no-recurrence", "recurrence", "NONE");
    flow("pupil-parent-support/who-was-harmed/a-pupil-was-harmed", "victimType", "PUPIL");
    flow("pupil-parent-support/who-was-harmed/a-parent-was-harmed", "victimType", "PARENT");
    flow("records-retention/on-legal-hold/held", "legalHold", true);
    flow("records-retention/on-legal-hold/not-held", "legalHold", false);
    flow("records-retention/review-decision/keep-longer", "retentionDecision", "KEEP", "keepUntil", "2090-01-01",
        "keepReason", "A claim is expected");
    flow("records-retention/review-decision/hold-chosen", "retentionDecision", "HOLD", "holdReason", "Litigation",
        "legalHold", false);
    flow("records-retention/review-decision/remove-as-planned", "retentionDecision", "REMOVE");
    flow("records-retention/held-at-approval/held-since", "legalHold", true);
    flow("records-retention/held-at-approval/still-not-held", "legalHold", false);
    flow("safeguarding-referral/adult-implicated/adult-implicated-yes", "adultWorkingWithChildrenImplicated", true);
    flow("safeguarding-referral/adult-implicated/no-adult-implicated", "adultWorkingWithChildrenImplicated", false);
    flow("safeguarding-referral/review-decision/keep-reviewing", "reviewDecision", "CONTINUE");
    flow("safeguarding-referral/review-decision/more-referrals", "reviewDecision", "MORE_REFERRALS");
    flow("safeguarding-referral/review-decision/close-concern", "reviewDecision", "CLOSE");
    flow("social-media-concern/imagery-reported/imagery-reported-yes", "indecentImagery", true);
    flow("social-media-concern/imagery-reported/imagery-not-reported", "indecentImagery", false);
    flow("social-media-concern/safeguarding-raised/safeguarding-concern-yes", "safeguardingConcern", true);
    flow("social-media-concern/safeguarding-raised/no-safeguarding-concern", "safeguardingConcern", false);
    flow("social-media-concern/further-action/further-action-needed", "noFurtherAction", false);
    flow("social-media-concern/further-action/no-further-action", "noFurtherAction", true);
    flow("social-media-concern/closed-at-triage/outcome-to-record", "noFurtherAction", false);
    flow("social-media-concern/closed-at-triage/closed-with-no-further-action", "noFurtherAction", true,
        "noFurtherActionReason", "Resolved with the parent");
    flow("social-media-concern/personal-data-disclosed/personal-data-disclosed-yes", "personalDataDisclosed", true);
    flow("social-media-concern/personal-data-disclosed/no-personal-data-disclosed", "personalDataDisclosed", false);
    flow("systems-monitoring/monitoring-authorised/authorised", "monitoringDecision", "AUTHORISED");
    flow("systems-monitoring/monitoring-authorised/refused", "monitoringDecision", "REFUSED");
    flow("systems-monitoring/monitoring-next/renewal-asked", "monitoringNext", "RENEW");
    flow("systems-monitoring/monitoring-next/stopped", "monitoringNext", "STOP");
    flow("systems-monitoring/monitoring-next/let-it-end", "monitoringNext", "LET_END");
    flow("systems-monitoring/earlier-authorisation-stands/earlier-stands", "monitoringInForce", true);
    flow("systems-monitoring/earlier-authorisation-stands/nothing-in-force", "monitoringInForce", false);
    flow("victim-support/threats-or-illegal-content/threats", "threatOfHarm", true);
    flow("victim-support/threats-or-illegal-content/no-threats", "threatOfHarm", false);
  }

  private static final Pattern ANSWER = Pattern.compile("^\\$\\{(\\w+) == [\"'](\\w+)[\"']}$");

  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired Cases cases;
  @Autowired LegalHolds legalHolds;
  @Autowired ManagementService management;
  @Autowired ProcessEngine engine;

  @Test
  void every_exclusive_gateway_has_a_default_flow_or_a_closed_choice_of_one_required_answer() throws IOException {
    for (Path model : models()) {
      for (ExclusiveGateway gateway : gateways(model)) {
        String name = processKey(model) + "/" + gateway.getId();
        if (gateway.getDefault() != null) {
          continue;
        }
        assertThat(CLOSED_CHOICES).as("%s has no default flow and no closed choice", name).containsKey(name);
        String[] formField = CLOSED_CHOICES.get(name).split("/");
        JsonNode field = formField(formField[0], formField[1]);
        assertThat(field.at("/validate/required").asBoolean()).as("%s: %s is required", name, formField[1]).isTrue();
        Set<String> offered = new TreeSet<>();
        field.get("values").forEach(value -> offered.add(value.get("value").asText()));
        Set<String> routed = new TreeSet<>();
        for (SequenceFlow out : gateway.getOutgoing()) {
          Matcher answer = ANSWER.matcher(out.getConditionExpression().getTextContent().trim());
          assertThat(answer.matches()).as("%s: %s tests one answer of %s", name, out.getId(), formField[1]).isTrue();
          assertThat(answer.group(1)).isEqualTo(formField[1]);
          routed.add(answer.group(2));
        }
        assertThat(routed).as("%s routes every answer its form offers, and only those", name).isEqualTo(offered);
      }
    }
  }

  @Test
  void every_outgoing_flow_of_every_exclusive_gateway_has_its_case_below() throws IOException {
    List<String> flows = new ArrayList<>();
    for (Path model : models()) {
      for (ExclusiveGateway gateway : gateways(model)) {
        gateway.getOutgoing().forEach(out -> flows.add(processKey(model) + "/" + gateway.getId() + "/" + out.getId()));
      }
    }
    assertThat(FLOWS.keySet()).containsExactlyInAnyOrderElementsOf(flows);
    assertThat(Files.list(Path.of("processes")).map(model -> model.getFileName().toString()))
        .as("the models held elsewhere still exist").containsAll(HELD_ELSEWHERE.keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("flows")
  void the_engine_takes_the_flow_when_the_case_holds_its_answer(String flow) throws IOException {
    String[] parts = flow.split("/");
    Map<String, Object> variables = baseline();
    variables.putAll(FLOWS.get(flow));
    String reference = "SMC-GATEWAY-" + Math.abs(flow.hashCode());
    Object legalHold = variables.remove("legalHold");
    if (legalHold != null) {
      // a hold needs a case the register knows
      reference = cases.reportAndRoute(Cases.report()).getBusinessKey();
    }
    if (Boolean.TRUE.equals(legalHold)) {
      String held = reference;
      EngineCommands.inCommand(engine, () -> {
        legalHolds.place(held, "Litigation expected", "dpo");
        return null;
      });
    }
    variables.put("caseReference", reference);
    SequenceFlow taken = gateways(Path.of("processes", parts[0] + ".bpmn")).stream()
        .filter(gateway -> gateway.getId().equals(parts[1])).findFirst().orElseThrow().getOutgoing().stream()
        .filter(out -> out.getId().equals(parts[2])).findFirst().orElseThrow();

    String instance;
    Object perpetrator = variables.remove(IN_A_CASE);
    if (perpetrator != null) {
      String caseId = cases.reportAndRoute(Cases.report("perpetratorType", perpetrator)).getId();
      cases.triage(caseId);
      instance = cases.path(caseId, parts[0]);
      variables.keySet().removeAll(Cases.report().keySet());
      runtime.createProcessInstanceModification(instance).startBeforeActivity(parts[1]).setVariables(variables).execute();
    } else {
      instance = runtime.createProcessInstanceByKey(parts[0]).businessKey(reference)
          .startBeforeActivity(parts[1]).setVariables(variables).execute().getId();
    }

    assertThat(reached(instance, taken.getTarget().getId())).as(flow).isTrue();
    for (SequenceFlow other : taken.getSource().getOutgoing()) {
      // a gateway after the other flow may be a join the taken flow reaches as well
      if (!other.equals(taken) && !(other.getTarget() instanceof Gateway)) {
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance)
            .activityId(other.getTarget().getId()).count()).as("%s not %s", flow, other.getId()).isZero();
        assertThat(reached(instance, other.getTarget().getId())).as("%s not %s", flow, other.getId()).isFalse();
      }
    }
  }

  /** The step has run, or waits as a job to run (a step that starts asynchronously). */
  private boolean reached(String instance, String activityId) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId(activityId).count() > 0
        || management.createJobQuery().processInstanceId(instance).activityId(activityId).count() > 0;
  }

  static Stream<String> flows() {
    return FLOWS.keySet().stream();
  }

  private static void flow(String flow, Object... variables) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < variables.length; i += 2) {
      values.put((String) variables[i], variables[i + 1]);
    }
    FLOWS.put(flow, values);
  }

  /** What any instance of the case or a path holds, so the step after a gateway has what it reads. */
  private static Map<String, Object> baseline() {
    Map<String, Object> variables = new HashMap<>(Cases.report());
    variables.putAll(Map.of("caseManagerGroup", "headteacher", "leaderGroup", "headteacher", "criminalSuspicion", false,
        "noFurtherAction", false, "safeguardingPathStarted", false, "imageryPathStarted", false,
        "monitoringInForce", false));
    Date tomorrow = Date.from(EngineClock.now().toInstant().plusSeconds(86_400));
    variables.putAll(Map.of("ladoDue", tomorrow, "policeReviewDue", tomorrow, "representationsDue", tomorrow,
        "banReviewDue", tomorrow, "recurrenceReviewDue", tomorrow, "removalDue", tomorrow, "reviewDue", tomorrow,
        "requestedBy", "teacher", "approvalReviewAt", tomorrow, "monitoringEndsAt", tomorrow));
    variables.put("monitoringReviewDue", tomorrow);
    return variables;
  }

  private static List<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(file -> file.toString().endsWith(".bpmn"))
          .filter(file -> !HELD_ELSEWHERE.containsKey(file.getFileName().toString())).sorted().toList();
    }
  }

  private static List<ExclusiveGateway> gateways(Path model) {
    BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
    return instance.getModelElementsByType(ExclusiveGateway.class).stream()
        .filter(gateway -> gateway.getOutgoing().size() > 1).toList();
  }

  private static String processKey(Path model) {
    return model.getFileName().toString().replace(".bpmn", "");
  }

  private static JsonNode formField(String form, String key) throws IOException {
    JsonNode components = new ObjectMapper().readTree(Path.of("forms", form + ".form").toFile()).get("components");
    for (JsonNode component : components) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError(form + " has no field " + key);
  }
}
