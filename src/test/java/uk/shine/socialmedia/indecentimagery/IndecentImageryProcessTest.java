package uk.shine.socialmedia.indecentimagery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.shine.socialmedia.intake.ConcernVariables.CASE_REFERENCE;
import static uk.shine.socialmedia.intake.ConcernVariables.INDECENT_IMAGERY;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.SUBJECT_USER_ID;
import static uk.shine.socialmedia.intake.ConcernVariables.VICTIM_TYPE;
import static uk.shine.socialmedia.support.PathWork.minutesAgo;
import static uk.shine.socialmedia.support.PathWork.step;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.Mailboxes;
import uk.shine.socialmedia.support.PathScenario;
import uk.shine.socialmedia.support.PathWork;
import uk.shine.socialmedia.support.Rest;

@CaseEngineTest
class IndecentImageryProcessTest extends PathScenario {

  private static final Object[] IMAGERY = {"indecentImagery", true, VICTIM_TYPE, "PUPIL", PERPETRATOR_TYPE, "PUPIL"};

  @Autowired RuntimeService runtime;
  @Autowired Rest rest;
  @Autowired HistoryService history;
  @Autowired Mailboxes mailboxes;

  IndecentImageryProcessTest() {
    super("indecent-imagery", IMAGERY, BEFORE_TRIAGE, List.of("dsl"));
  }

  @Test
  void securing_the_evidence_and_calling_the_police_are_both_open_at_once_for_the_dsl() {
    String path = imageryPath(IMAGERY);

    assertThat(cases.candidateGroups(cases.task(path, "secure-evidence").getId())).containsExactly("dsl");
    assertThat(cases.candidateGroups(cases.task(path, "contact-police").getId())).containsExactly("dsl");
  }

  @Test
  void after_an_hour_the_head_teacher_gets_both_first_steps_too_at_the_top_of_the_list() {
    String path = imageryPath(IMAGERY);

    EngineClock.forward(Duration.ofMinutes(59));
    cases.runJobs();
    assertThat(cases.candidateGroups(cases.task(path, "contact-police").getId())).containsExactly("dsl");

    EngineClock.forward(Duration.ofMinutes(2));
    cases.runJobs();
    for (String late : List.of("secure-evidence", "contact-police")) {
      Task task = cases.task(path, late);
      assertThat(cases.candidateGroups(task.getId())).containsExactly("dsl", "headteacher");
      assertThat(task.getPriority()).isEqualTo(100);
    }
    assertThat(runtime.getVariable(path, "urgentStepsOverdue")).isEqualTo(true);
    String reference = (String) runtime.getVariable(path, CASE_REFERENCE);
    assertThat(mailboxes.subjects("head", reference)).contains("Escalated to you: Call the police now (" + reference + ")");
    assertThat(mailboxes.subjects("dsl", reference)).contains("Escalated to you: Secure the evidence (" + reference + ")");
  }

  @Test
  void a_step_done_in_time_is_not_escalated() {
    String path = imageryPath(IMAGERY);
    complete(path, "secure-evidence");

    EngineClock.forward(Duration.ofMinutes(61));
    cases.runJobs();

    assertThat(cases.candidateGroups(cases.task(path, "contact-police").getId())).containsExactly("dsl", "headteacher");
    assertThat(tasks.createTaskQuery().processInstanceId(path).taskDefinitionKey("secure-evidence").count()).isZero();
  }

  @Test
  void when_the_head_teacher_is_the_subject_the_chair_is_brought_in_instead() {
    String path = imageryPath(INDECENT_IMAGERY, true, VICTIM_TYPE, "PUPIL", PERPETRATOR_TYPE, "STAFF",
        SUBJECT_USER_ID, "head");

    EngineClock.forward(Duration.ofMinutes(61));
    cases.runJobs();

    assertThat(cases.candidateGroups(cases.task(path, "contact-police").getId())).containsExactly("chair", "dsl");
  }

  @ParameterizedTest
  @ValueSource(strings = {"adultInvolved", "coercionOrBlackmail", "capacityToConsentConcern", "unusualOrViolentActs",
      "under13SexualActs", "immediateRisk", "referOnProfessionalJudgement"})
  void any_ukcis_criterion_means_an_immediate_referral_to_childrens_social_care(String criterion) {
    String path = throughFirstSteps();

    cases.complete(path, "assess-referral-criteria", criterion, true);

    assertThat(cases.hasTask(path, "refer-to-social-care")).isTrue();
    assertThat(cases.hasTask(path, "inform-parents")).isFalse();
    cases.complete(path, "refer-to-social-care", "socialCareAgency", "County MASH",
        "socialCareReferredAt", minutesAgo(5), "socialCareReference", "MASH-991");
    assertThat(cases.hasTask(path, "inform-parents")).isTrue();
  }

  @Test
  void without_a_criterion_the_dsl_goes_straight_on_to_the_parents() {
    String path = throughFirstSteps();

    complete(path, "assess-referral-criteria");

    assertThat(cases.hasTask(path, "refer-to-social-care")).isFalse();
    assertThat(runtime.getVariable(path, "socialCareReferralNeeded")).isEqualTo(false);
    assertThat(cases.hasTask(path, "inform-parents")).isTrue();
  }

  @Test
  void not_telling_the_parents_needs_the_reason() {
    String path = throughFirstSteps();
    complete(path, "assess-referral-criteria");

    assertThatThrownBy(() -> cases.complete(path, "inform-parents", "parentsDecision", "NOT_INFORMED"))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("parentsNotInformedReason");

    cases.complete(path, "inform-parents", "parentsDecision", "NOT_INFORMED",
        "parentsNotInformedReason", "A parent is suspected of coercing the child");
    assertThat(cases.hasTask(path, "hand-over-evidence")).isTrue();
  }

  @Test
  void securing_and_handing_over_the_evidence_make_a_chain_of_custody() {
    String path = throughFirstSteps();
    complete(path, "assess-referral-criteria");
    complete(path, "inform-parents");

    complete(path, "hand-over-evidence");

    String chain = (String) runtime.getVariable(path, "chainOfCustody");
    assertThat(chain.lines()).hasSize(2);
    assertThat(chain.lines().findFirst().orElseThrow()).contains("secured by D. Safeguarding", "seal EB-4471",
        "Safe in the head's office");
    assertThat(chain).contains("handed to the police, received by PC 4410 Patel");
  }

  @Test
  void evidence_the_police_do_not_take_is_recorded_with_their_instruction() {
    String path = throughFirstSteps();
    complete(path, "assess-referral-criteria");
    complete(path, "inform-parents");

    assertThatThrownBy(() -> cases.complete(path, "hand-over-evidence", "sealNumber", "EB-4471",
        "evidenceOutcome", "AS_POLICE_INSTRUCTED", "handedOverAt", minutesAgo(5)))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("policeInstruction");
    cases.complete(path, "hand-over-evidence", "sealNumber", "EB-4471", "evidenceOutcome", "AS_POLICE_INSTRUCTED",
        "handedOverAt", minutesAgo(5), "policeInstruction", "Device returned to the parents by PC 12 after police review");

    assertThat((String) runtime.getVariable(path, "chainOfCustody")).contains("dealt with as the police instructed");
    assertThat(cases.hasTask(path, "close-imagery")).isTrue();
  }

  @Test
  void a_time_in_the_future_or_an_impossible_date_is_refused() {
    String path = imageryPath(IMAGERY);

    assertThatThrownBy(() -> cases.complete(path, "contact-police", "policeCalledAt", "2099-01-01T10:00",
        "policeOfficer", "PC 1")).isInstanceOf(RefusedInput.class).hasMessageContaining("cannot be in the future");
    assertThatThrownBy(() -> cases.complete(path, "contact-police", "policeCalledAt", "2026-02-30T10:00",
        "policeOfficer", "PC 1")).isInstanceOf(RefusedInput.class).hasMessageContaining("real date and time");
  }

  @Test
  void no_file_bytes_or_attachment_enters_the_imagery_path_over_rest() {
    String path = imageryPath(IMAGERY);
    String taskId = cases.task(path, "secure-evidence").getId();
    Map<String, Object> file = Map.of("value", Base64.getEncoder().encodeToString("jpeg".getBytes()), "type", "File",
        "valueInfo", Map.of("filename", "photo.jpg", "mimeType", "image/jpeg"));
    Map<String, Object> bytes = Map.of("value", Base64.getEncoder().encodeToString("jpeg".getBytes()), "type", "Bytes");
    LinkedMultiValueMap<String, Object> upload = new LinkedMultiValueMap<>();
    upload.add("data", "jpeg bytes");
    upload.add("attachment-name", "photo");

    List<ResponseEntity<String>> refused = List.of(
        rest.upload("dsl", "/engine-rest/task/" + taskId + "/attachment/create", upload),
        rest.uploadPut("dsl", "/engine-rest/process-instance/" + path + "/variables/photo/data", upload),
        rest.uploadPut("dsl", "/engine-rest/task/" + taskId + "/variables/photo/data", upload),
        rest.post("dsl", "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", Map.of("photo", file))),
        rest.put("dsl", "/engine-rest/task/" + taskId + "/variables/photo", bytes),
        rest.put("dsl", "/engine-rest/process-instance/" + path + "/variables/photo", file),
        rest.post("dsl", "/engine-rest/task/" + taskId + "/attachment/create", Map.of("attachment-name", "photo",
            "url", "https://example.org/photo.jpg")));

    // uploads and File values are refused before the engine, whoever sends them; Bytes by the DSL's
    // permissions (working a task does not include rewriting its variables)
    assertThat(refused).extracting(response -> response.getStatusCode().value())
        .containsExactly(415, 415, 415, 400, 403, 400, 415);
    assertThat(refused.get(3).getBody()).contains("Files, pictures and other binary content are not accepted");
    assertThat(refused.get(5).getBody()).contains("Files, pictures and other binary content are not accepted");
    assertThat(runtime.getVariable(path, "photo")).isNull();
    assertThat(tasks.getTaskAttachments(taskId)).isEmpty();
    assertThat(cases.hasTask(path, "secure-evidence")).isTrue();
  }

  @Test
  void even_the_engine_itself_refuses_binary_values_and_attachments_on_the_imagery_path() {
    String path = imageryPath(IMAGERY);
    String taskId = cases.task(path, "secure-evidence").getId();

    assertThatThrownBy(() -> runtime.setVariable(path, "photo", Variables.byteArrayValue("jpeg".getBytes())))
        .hasMessageContaining("photo");
    assertThatThrownBy(() -> tasks.setVariable(taskId, "photo",
        Variables.fileValue("photo.jpg").file("jpeg".getBytes()).mimeType("image/jpeg").create()))
        .hasMessageContaining("photo");
    assertThatThrownBy(() -> tasks.createAttachment("image/jpeg", taskId, path, "photo", "evidence",
        new ByteArrayInputStream("jpeg".getBytes()))).isInstanceOf(RuntimeException.class);

    assertThat(runtime.getVariable(path, "photo")).isNull();
    assertThat(tasks.getTaskAttachments(taskId)).isEmpty();
    assertThat(cases.hasTask(path, "secure-evidence")).isTrue();
  }

  @Test
  void the_dsl_carries_an_imagery_case_to_its_end_over_rest_as_tasklist_does() {
    String path = imageryPath(IMAGERY);

    for (PathWork.Step step : PathWork.steps("indecent-imagery")) {
      List<Map<String, Object>> open = rest.list("dsl", "/engine-rest/task?processInstanceId=" + path
          + "&taskDefinitionKey=" + step.taskKey()).getBody();
      assertThat(open).as("the DSL sees %s", step.taskKey()).hasSize(1);
      Map<String, Object> answers = new java.util.LinkedHashMap<>();
      for (int i = 0; i < step.answers().length; i += 2) {
        answers.put((String) step.answers()[i], step.answers()[i + 1]);
      }
      ResponseEntity<String> submitted = rest.post("dsl", "/engine-rest/task/" + open.get(0).get("id") + "/submit-form",
          Map.of("variables", Rest.typed(answers)));
      assertThat(submitted.getStatusCode().value()).as("%s: %s", step.taskKey(), submitted.getBody()).isEqualTo(204);
      cases.runJobs();
    }

    assertThat(cases.ended(path)).isTrue();
    String chain = (String) history.createHistoricVariableInstanceQuery().processInstanceId(path)
        .variableName("chainOfCustody").singleResult().getValue();
    assertThat(chain.lines()).hasSize(2).allSatisfy(entry -> assertThat(entry).endsWith("(recorded by dsl)"));
  }

  private String imageryPath(Object... report) {
    return cases.path(cases.reportAndRoute(Cases.report(report)).getId(), "indecent-imagery");
  }

  private String throughFirstSteps() {
    String path = imageryPath(IMAGERY);
    complete(path, "secure-evidence");
    complete(path, "contact-police");
    return path;
  }

  /** Completes a task with the answers of the plainest route. */
  private void complete(String path, String taskKey) {
    cases.complete(path, taskKey, step("indecent-imagery", taskKey).answers());
  }
}
