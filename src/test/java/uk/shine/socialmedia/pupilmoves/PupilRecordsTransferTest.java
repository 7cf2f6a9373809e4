package uk.shine.socialmedia.pupilmoves;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.intake.ConcernVariables.OCCURRED_ON;
import static uk.shine.socialmedia.intake.ConcernVariables.OUTCOME_CATEGORY;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.Mailboxes;
import uk.shine.socialmedia.support.PathWork;
import uk.shine.socialmedia.support.Rest;
import uk.shine.socialmedia.support.TrustSchools;

/**
 * A pupil moving school: the sending DSL's transfer through its forms, within the trust (the
 * receiving school's DSL confirms the child protection file on its own school's side, then the cases move to
 * its school, and the sender is told) and outside it (the transfer document and the receipt recorded).
 */
@CaseEngineTest
class PupilRecordsTransferTest {

  static final String START = "/engine-rest/process-definition/key/pupil-records-transfer/submit-form";
  /** Monday, a school day of the Spring term; the pupil starts the next Monday. */
  static final String TODAY = "2026-03-02";
  static final String FIRST_DAY = "2026-03-09";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired Cases cases;
  @Autowired Rest rest;
  @Autowired Mailboxes mailboxes;
  @Value("${socialmedia.demo-users.password}") String password;

  @BeforeEach
  void elmfieldAndItsPeople() {
    TrustSchools.person(identity, password, "elmdsl", "dsl");
    TrustSchools.person(identity, password, "elmhead", "headteacher");
    EngineClock.setTo(TODAY + "T10:00");
  }

  /** A pupil behaviour case naming the pupil, investigated: its reference. */
  String openCase(String pupilReference) {
    ProcessInstance concern = cases.reportAs("teacher", Cases.report(PERPETRATOR_TYPE, "PUPIL", OCCURRED_ON, TODAY)); // a Villiers case
    cases.triage(concern.getId());
    cases.complete(cases.path(concern.getId(), "pupil-behaviour"), "investigate-pupil-behaviour",
        "pupilReference", pupilReference, "investigationFindings", "Posted a mocking video of a classmate",
        "childOnChildAbuse", false);
    return concern.getBusinessKey();
  }

  String closedCase(String pupilReference) {
    ProcessInstance concern = cases.reportAs("teacher", Cases.report(PERPETRATOR_TYPE, "PUPIL", OCCURRED_ON, TODAY)); // a Villiers case
    cases.triage(concern.getId());
    String pupil = cases.path(concern.getId(), "pupil-behaviour");
    cases.complete(pupil, "investigate-pupil-behaviour", "pupilReference", pupilReference,
        "investigationFindings", "Posted a mocking video of a classmate", "childOnChildAbuse", false);
    for (String step : List.of("decide-sanction", "inform-parents-of-sanction")) {
      cases.complete(pupil, step, PathWork.step("pupil-behaviour", step).answers());
    }
    cases.complete(concern.getId(), "close-case", OUTCOME_CATEGORY, "ACTION_TAKEN");
    assertThat(cases.ended(concern.getId())).isTrue();
    return concern.getBusinessKey();
  }

  /** Whether the person reads the case over HTTP: its history in the engine's REST API and its chronology page. */
  boolean reads(String userId, String caseReference) {
    String found = rest.get(userId, "/engine-rest/history/process-instance?processDefinitionKey=social-media-concern"
        + "&processInstanceBusinessKey=" + caseReference).getBody();
    int page = rest.get(userId, "/cases/" + caseReference + "/chronology").getStatusCode().value();
    assertThat(found.contains(caseReference)).as(userId + " finds " + caseReference + " as the page does")
        .isEqualTo(page == 200);
    return page == 200;
  }

  /** The schools (tenants) of every record of the case: its instances, executions, tasks and variables, history too. */
  Set<String> schoolsOf(String caseReference) {
    String caseId = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseReference)
        .processDefinitionKey("social-media-concern").singleResult().getId();
    String[] instances = history.createHistoricProcessInstanceQuery().rootProcessInstanceId(caseId).list().stream()
        .map(HistoricProcessInstance::getId).toArray(String[]::new);
    Set<String> schools = new HashSet<>();
    history.createHistoricProcessInstanceQuery().processInstanceIds(Set.of(instances)).list()
        .forEach(instance -> schools.add(instance.getTenantId()));
    history.createHistoricTaskInstanceQuery().rootProcessInstanceId(caseId).list()
        .forEach(task -> schools.add(task.getTenantId()));
    history.createHistoricVariableInstanceQuery().processInstanceIdIn(instances).list()
        .forEach(variable -> schools.add(variable.getTenantId()));
    for (String instance : instances) {
      runtime.createExecutionQuery().processInstanceId(instance).list()
          .forEach(execution -> schools.add(execution.getTenantId()));
    }
    tasks.createTaskQuery().processInstanceIdIn(instances).list().forEach(task -> schools.add(task.getTenantId()));
    runtime.createVariableInstanceQuery().processInstanceIdIn(instances).list()
        .forEach(variable -> schools.add(variable.getTenantId()));
    return schools;
  }

  /** A form's answers as Camunda's REST API takes them. */
  static Map<String, Object> form(Object... answers) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < answers.length; i += 2) {
      values.put((String) answers[i], answers[i + 1]);
    }
    return Map.of("variables", Rest.typed(values));
  }

  ResponseEntity<String> startAs(String user, Object... answers) {
    ResponseEntity<String> started = rest.post(user, START, form(answers));
    cases.runJobs();
    return started;
  }

  ResponseEntity<String> submit(String user, Task task, Object... answers) {
    ResponseEntity<String> done = rest.post(user, "/engine-rest/task/" + task.getId() + "/submit-form", form(answers));
    cases.runJobs();
    return done;
  }

  /** The transfer a start through the form made: its id, from the answer. */
  static String started(ResponseEntity<String> start) {
    assertThat(start.getStatusCode().value()).as(start.getBody()).isEqualTo(200);
    java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\":\"([^\"]+)\"").matcher(start.getBody());
    assertThat(id.find()).isTrue();
    return id.group(1);
  }

  ProcessInstance receivingSide(String reference) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(TransferVariables.PROCESS_KEY)
        .processInstanceBusinessKey(reference).tenantIdIn("elmfield").singleResult();
  }

  String reference(String transferId) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(transferId).singleResult().getBusinessKey();
  }

  @Test
  void within_the_trust_the_receiving_dsl_confirms_the_file_then_the_cases_move_to_its_school_and_the_sender_is_told() {
    String open = openCase("A7001");
    String closed = closedCase("a7001");
    String someoneElse = openCase("B9999");

    String openCaseId = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(open)
        .processDefinitionKey("social-media-concern").singleResult().getId();
    Task sanction = cases.task(cases.path(openCaseId, "pupil-behaviour"), "decide-sanction");
    tasks.claim(sanction.getId(), "head"); // Villiers' head teacher holds the open case's next step

    String sending = started(startAs("dsl", "pupilReference", "a7001", "destination", "TRUST",
        "receivingSchool", "elmfield", "startsOn", FIRST_DAY));
    String reference = reference(sending);
    assertThat(reference).matches("TRF-260302-[A-Z0-9]{5}");

    Task send = cases.task(sending, "send-child-protection-file");
    assertThat(cases.candidateGroups(send.getId())).containsExactly("dsl");
    assertThat(send.getDueDate()).as("the fifth school day after the start").isEqualTo(EngineClock.london("2026-03-16T18:00"));
    String list = (String) runtime.getVariable(sending, TransferVariables.CASE_LIST);
    assertThat(list).contains(open + " | opened 2026-03-02 | open | paths: pupil-behaviour",
        closed + " | opened 2026-03-02 | closed 2026-03-02 | paths: pupil-behaviour").doesNotContain(someoneElse);
    assertThat(reads("elmdsl", open)).as("nothing for the receiving school before the file arrives").isFalse();
    assertThat(reads("dsl", open)).isTrue();

    assertThat(submit("dsl", send, "childProtectionFileSentOn", TODAY).getStatusCode().value())
        .as("the separate sending must be confirmed").isEqualTo(400);
    assertThat(submit("dsl", send, "childProtectionFileSentSeparately", true, "childProtectionFileSentOn", TODAY)
        .getStatusCode().value()).isEqualTo(204);

    ProcessInstance receiving = receivingSide(reference);
    assertThat(receiving).as("the receiving school's own side").isNotNull();
    assertThat(receiving.getBusinessKey()).isEqualTo(reference);
    Task confirm = cases.task(receiving.getId(), "confirm-file-arrived");
    assertThat(confirm.getTenantId()).isEqualTo("elmfield");
    assertThat(cases.candidateGroups(confirm.getId())).containsExactly("dsl");
    assertThat(confirm.getDueDate()).isEqualTo(EngineClock.london("2026-03-16T18:00"));
    assertThat(rest.get("elmdsl", "/engine-rest/task?taskDefinitionKey=confirm-file-arrived").getBody())
        .contains(confirm.getId());
    assertThat(rest.get("dsl", "/engine-rest/task?taskDefinitionKey=confirm-file-arrived").getBody())
        .as("the sending school's DSL is not of Elmfield").doesNotContain(confirm.getId());

    assertThat(submit("elmdsl", confirm, "childProtectionFileArrivedOn", "2026-03-10").getStatusCode().value())
        .as("the file itself must have arrived").isEqualTo(400);
    assertThat(submit("elmdsl", confirm, "childProtectionFileArrived", true, "childProtectionFileArrivedOn",
        "2026-03-03").getStatusCode().value()).as("not a day in the future").isEqualTo(400);
    EngineClock.setTo("2026-03-10T09:00");
    assertThat(submit("elmdsl", confirm, "childProtectionFileArrived", true, "childProtectionFileArrivedOn",
        "2026-03-10").getStatusCode().value()).isEqualTo(204);

    assertThat(schoolsOf(open)).as("the file moved, open paths and tasks with it").containsExactly("elmfield");
    assertThat(schoolsOf(closed)).containsExactly("elmfield");
    Task handedOver = tasks.createTaskQuery().taskId(sanction.getId()).singleResult();
    assertThat(handedOver.getAssignee()).as("back to the new school's head teachers").isNull();
    assertThat(rest.get("elmhead", "/engine-rest/task?taskDefinitionKey=decide-sanction").getBody())
        .contains(sanction.getId());
    assertThat(rest.get("head", "/engine-rest/task?taskDefinitionKey=decide-sanction").getBody())
        .doesNotContain(sanction.getId());
    assertThat(schoolsOf(someoneElse)).as("another pupil's case stays").containsExactly("villiers");
    for (String reader : List.of("elmdsl", "elmhead")) {
      assertThat(reads(reader, open)).as(reader).isTrue();
      assertThat(reads(reader, closed)).as(reader).isTrue();
      assertThat(reads(reader, someoneElse)).as("another pupil's case").isFalse();
    }
    assertThat(reads("dsl", open)).as("the sending school no longer reads the cases").isFalse();
    assertThat(reads("dsl", closed)).isFalse();
    assertThat(reads("dsl", someoneElse)).isTrue();
    assertThat(rest.get("teacher", "/my-reports.json").getBody()).as("the reporter still finds their report")
        .contains(open, "Another school of the trust").doesNotContain("Elmfield");
    ResponseEntity<String> kept = rest.get("dsl", "/transfers/" + sending + "/document");
    assertThat(kept.getStatusCode().value()).as("the sending school keeps the record of the transfer").isEqualTo(200);
    assertThat(kept.getBody()).contains(open, closed, "A7001", "elmfield");
    assertThat(rest.get("elmdsl", "/transfers/" + receiving.getId() + "/document").getBody())
        .as("the receiving side's list").contains(open, closed, "A7001").doesNotContain(someoneElse);
    assertThat(cases.ended(sending)).isTrue();
    assertThat(cases.ended(receiving.getId())).isTrue();
    assertThat(mailboxes.subjects("dsl", reference)).contains("Child protection file received: " + reference);
    String message = mailboxes.messages("dsl").stream().filter(text -> text.contains("has confirmed that the child "
        + "protection file") && text.contains(reference)).findFirst().orElseThrow();
    assertThat(message).doesNotContain("A7001", open, closed, "elmfield", "Elmfield", "elmdsl");
  }

  @Test
  void outside_the_trust_the_dsl_prints_the_transfer_document_and_records_who_received_it() {
    String open = openCase("C5005");
    String someoneElse = openCase("D6006");
    String transfer = started(startAs("dsl", "pupilReference", "C5005", "destination", "OUTSIDE",
        "outsideSchoolName", "Ashdown Academy, Lewes", "startsOn", FIRST_DAY));

    Task receipt = cases.task(transfer, "record-transfer-receipt");
    assertThat(cases.candidateGroups(receipt.getId())).containsExactly("dsl");
    assertThat(receipt.getDueDate()).isEqualTo(EngineClock.london("2026-03-16T18:00"));
    String document = (String) runtime.getVariable(transfer, TransferVariables.TRANSFER_DOCUMENT);
    assertThat(document).isEqualTo("/transfers/" + transfer + "/document");

    ResponseEntity<String> page = rest.get("dsl", document);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    assertThat(page.getBody()).contains("Transfer of a pupil&#39;s records", "C5005", "Ashdown Academy, Lewes", open,
        "2026-03-02", "still open", "pupil-behaviour").doesNotContain(someoneElse, "mocking video");
    assertThat(rest.get("teacher", document).getStatusCode().value()).isEqualTo(403);
    assertThat(rest.get("dsl", "/transfers/not-a-transfer/document").getStatusCode().value()).isEqualTo(404);

    assertThat(submit("dsl", receipt, "recordsReceivedBy", "J. Patel, DSL", "recordsReceivedOn", "2026-03-05")
        .getStatusCode().value()).as("not in the future").isEqualTo(400);
    EngineClock.setTo("2026-03-11T11:00");
    assertThat(submit("dsl", receipt, "recordsReceivedBy", "J. Patel, DSL", "recordsReceivedOn", "2026-03-11")
        .getStatusCode().value()).isEqualTo(204);
    assertThat(cases.ended(transfer)).isTrue();
    assertThat(cases.historicVariable(transfer, TransferVariables.RECEIVED_BY)).isEqualTo("J. Patel, DSL");
    assertThat(schoolsOf(open)).as("out of the trust, nothing moves").containsExactly("villiers");
    assertThat(reads("dsl", open)).isTrue();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference(transfer)).count())
        .as("no receiving side in the trust").isEqualTo(1);
  }

  @Test
  void a_missed_confirmation_goes_to_the_receiving_head_teacher() {
    openCase("E1234");
    String sending = started(startAs("dsl", "pupilReference", "E1234", "destination", "TRUST",
        "receivingSchool", "elmfield", "startsOn", FIRST_DAY));
    submit("dsl", cases.task(sending, "send-child-protection-file"), "childProtectionFileSentSeparately", true,
        "childProtectionFileSentOn", TODAY);
    ProcessInstance receiving = receivingSide(reference(sending));
    Task confirm = cases.task(receiving.getId(), "confirm-file-arrived");

    EngineClock.setTo("2026-03-16T18:30");
    management.executeJob(management.createJobQuery().processDefinitionKey("deadline-check")
        .activityId("deadline-check-due").singleResult().getId());
    cases.runJobs();

    assertThat(cases.candidateGroups(confirm.getId())).containsExactlyInAnyOrder("dsl", "headteacher");
    assertThat(rest.get("elmhead", "/engine-rest/task?taskDefinitionKey=confirm-file-arrived").getBody())
        .contains(confirm.getId());
  }

  @Test
  void only_a_dsl_transfers_and_only_to_a_school_of_the_trust() {
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey(TransferVariables.PROCESS_KEY).count();

    ResponseEntity<String> teacher = startAs("teacher", "pupilReference", "A7001", "destination", "TRUST",
        "receivingSchool", "elmfield", "startsOn", FIRST_DAY);
    assertThat(teacher.getStatusCode().value()).isEqualTo(403);
    assertThat(teacher.getBody()).contains("You cannot start this: it is the work of another role")
        .doesNotContain("permission on resource");

    ResponseEntity<String> nowhere = startAs("dsl", "pupilReference", "A7001", "destination", "TRUST",
        "receivingSchool", "nowhere", "startsOn", FIRST_DAY);
    assertThat(nowhere.getStatusCode().value()).isEqualTo(400);
    assertThat(nowhere.getBody()).contains("There is no school 'nowhere' in the trust");

    assertThat(startAs("dsl", "pupilReference", "A7001", "destination", "OUTSIDE", "startsOn", FIRST_DAY)
        .getBody()).contains("Name the school outside the trust");
    assertThat(startAs("dsl", "pupilReference", "Jane Smith", "destination", "OUTSIDE", "outsideSchoolName",
        "Ashdown Academy", "startsOn", FIRST_DAY).getStatusCode().value()).as("a reference, never a name").isEqualTo(400);
    assertThat(startAs("dsl", "pupilReference", "A7001", "destination", "OUTSIDE", "outsideSchoolName",
        "Ashdown Academy", "startsOn", "2029-01-01").getStatusCode().value()).isEqualTo(400);

    ResponseEntity<String> arriving = rest.post("dsl", "/engine-rest/message",
        Map.of("messageName", "pupil-records-arriving", "processVariables",
            Rest.typed(Map.of("pupilReference", "A7001"))));
    assertThat(arriving.getStatusCode().value()).as("the receiving side starts only from a transfer").isIn(400, 403);

    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(TransferVariables.PROCESS_KEY).count())
        .as("nothing stored").isEqualTo(before);
  }
}
