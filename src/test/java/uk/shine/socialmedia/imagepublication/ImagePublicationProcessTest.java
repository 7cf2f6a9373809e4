package uk.shine.socialmedia.imagepublication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.shine.socialmedia.support.PathWork.today;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.imagepublication.ConsentCsv;
import uk.shine.socialmedia.imagepublication.ConsentImport;
import uk.shine.socialmedia.imagepublication.ConsentRegister;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.PathWork;
import uk.shine.socialmedia.support.Rest;

@CaseEngineTest
class ImagePublicationProcessTest {

  private static final String REGISTER = """
      pupil_reference,website,social_media,press,print,restricted
      P100,yes,yes,no,yes,no
      P200,yes,no,no,yes,no
      P300,yes,yes,yes,yes,yes
      """;

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired Cases cases;
  @Autowired Rest rest;
  @Autowired ConsentImport consentImport;
  @Autowired ConsentRegister register;

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  private void importRegister(String csv) {
    ConsentCsv.Result read = ConsentCsv.read(csv);
    assertThat(read.problems()).isEmpty();
    consentImport.replace("villiers", read.register(), "head");
  }

  private static Map<String, Object> request(String pupils, Object... more) {
    Map<String, Object> request = new HashMap<>();
    request.put("imageDescription", "Year 2 sports day, children racing");
    request.put("pupilReferences", pupils);
    request.put("channelWebsite", true);
    request.put("publicationDate", today());
    for (int i = 0; i < more.length; i += 2) {
      request.put((String) more[i], more[i + 1]);
    }
    return request;
  }

  private ProcessInstance requestAs(String user, Map<String, Object> request) {
    identity.setAuthentication(user, List.of("staff"), cases.schoolsOf(user));
    ProcessInstance instance;
    try {
      instance = runtime.startProcessInstanceByKey("image-publication", request);
    } finally {
      identity.clearAuthentication();
    }
    cases.runJobs();
    return instance;
  }

  /** Completes a task as a logged-in senior leader (Tasklist's way), then runs what follows. */
  private void completeAs(String user, String processInstanceId, String taskKey, Object... answers) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < answers.length; i += 2) {
      values.put((String) answers[i], answers[i + 1]);
    }
    String taskId = cases.task(processInstanceId, taskKey).getId();
    identity.setAuthentication(user, List.of("slt", "staff"), cases.schoolsOf(user));
    try {
      tasks.complete(taskId, values);
    } finally {
      identity.clearAuthentication();
    }
    cases.runJobs();
  }

  @Test
  void a_second_person_checks_consent_and_the_forms_alone_carry_the_request_to_its_end() {
    importRegister(REGISTER);
    ProcessInstance request = requestAs("teacher", request("p100, P200"));
    String taskId = cases.task(request.getId(), "check-consent").getId();
    assertThat(cases.candidateGroups(taskId)).containsExactly("slt");
    assertThat((String) tasks.getVariable(taskId, "consentCheck"))
        .contains("P100: the school website consent given").contains("P200: the school website consent given");

    PathWork.steps("image-publication").forEach(s -> completeAs("slt", request.getId(), s.taskKey(), s.answers()));

    assertThat(cases.ended(request.getId())).isTrue();
    assertThat(cases.historicVariable(request.getId(), "publicationDecision")).isEqualTo("APPROVED");
    assertThat(cases.historicVariable(request.getId(), "requestedBy")).isEqualTo("teacher");
  }

  @Test
  void the_requester_cannot_check_their_own_request() {
    importRegister(REGISTER);
    ProcessInstance request = requestAs("teacher2", request("P100"));

    assertThatThrownBy(() -> completeAs("teacher2", request.getId(), "check-consent",
        "decisionWebsite", "APPROVED", "everyChildChecked", true))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("two-person rule");
    assertThatThrownBy(() -> cases.complete(request.getId(), "check-consent", "decisionWebsite", "APPROVED", "everyChildChecked", true))
        .as("nobody logged in").isInstanceOf(RefusedInput.class);
    assertThat(cases.hasTask(request.getId(), "check-consent")).isTrue();
  }

  @Test
  void a_restricted_child_shows_only_as_blocked_and_blocks_every_channel() {
    importRegister(REGISTER);
    ProcessInstance request = requestAs("teacher", request("P100, P300", "channelSocialMedia", true, "channelPress", true,
        "channelPrint", true));
    String check = (String) tasks.getVariable(cases.task(request.getId(), "check-consent").getId(), "consentCheck");
    assertThat(check).contains("P300: blocked on every channel").doesNotContain("restricted");

    for (String decision : List.of("decisionWebsite", "decisionSocialMedia", "decisionPress", "decisionPrint")) {
      Map<String, Object> answers = new HashMap<>(Map.of("decisionWebsite", "REFUSED", "decisionSocialMedia", "REFUSED",
          "decisionPress", "REFUSED", "decisionPrint", "REFUSED", "everyChildChecked", true));
      answers.put(decision, "APPROVED");
      Object[] flat = answers.entrySet().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue())).toArray();
      assertThatThrownBy(() -> completeAs("slt", request.getId(), "check-consent", flat))
          .isInstanceOf(RefusedInput.class).hasMessageContaining(decision);
    }
    completeAs("slt", request.getId(), "check-consent", "decisionWebsite", "REFUSED", "decisionSocialMedia", "REFUSED",
        "decisionPress", "REFUSED", "decisionPrint", "REFUSED", "everyChildChecked", true);
    assertThat(cases.historicVariable(request.getId(), "publicationDecision")).isEqualTo("REFUSED");
  }

  @Test
  void a_channel_without_consent_cannot_be_approved_but_another_can() {
    importRegister(REGISTER);
    ProcessInstance request = requestAs("teacher", request("P100, P200", "channelSocialMedia", true));

    assertThatThrownBy(() -> completeAs("slt", request.getId(), "check-consent", "decisionWebsite", "APPROVED",
        "decisionSocialMedia", "APPROVED", "everyChildChecked", true)).hasMessageContaining("decisionSocialMedia");
    completeAs("slt", request.getId(), "check-consent", "decisionWebsite", "APPROVED",
        "decisionSocialMedia", "REFUSED", "everyChildChecked", true);
    assertThat(cases.historicVariable(request.getId(), "approvedChannels")).isEqualTo("WEBSITE");
  }

  @Test
  void pictured_staff_give_permission_or_nothing_is_published() {
    importRegister(REGISTER);
    ProcessInstance request = requestAs("teacher", request("P100", "staffPictured", true));
    completeAs("slt", request.getId(), "check-consent", "decisionWebsite", "APPROVED", "everyChildChecked", true);

    assertThat(cases.task(request.getId(), "confirm-staff-permission").getAssignee()).isEqualTo("teacher");
    cases.complete(request.getId(), "confirm-staff-permission", "staffPermission", "NOT_GIVEN");
    assertThat(cases.historicVariable(request.getId(), "publicationDecision")).isEqualTo("REFUSED");
  }

  @Test
  void a_bad_request_is_refused_before_anything_is_stored() {
    assertThatThrownBy(() -> requestAs("teacher", request("P100", "channelWebsite", false)))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("at least one");
    assertThatThrownBy(() -> requestAs("teacher", request("P100,,P200")))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("pupilReferences");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("image-publication", request("P100")))
        .as("nobody logged in").isInstanceOf(RefusedInput.class).hasMessageContaining("Log in");
    Map<String, Object> noDescription = request("P100");
    noDescription.remove("imageDescription");
    assertThatThrownBy(() -> requestAs("teacher", noDescription))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("imageDescription");
  }

  @Test
  void withdrawn_consent_opens_a_take_down_that_names_the_channel_but_not_the_child() {
    importRegister(REGISTER);
    ProcessInstance request = requestAs("teacher", request("P200", "imageDescription", "Choir at the summer fair"));
    completeAs("slt", request.getId(), "check-consent", "decisionWebsite", "APPROVED", "everyChildChecked", true);

    importRegister(REGISTER.replace("P200,yes,no,no,yes,no", "P200,no,no,no,yes,no"));

    var takeDown = tasks.createTaskQuery().processVariableValueEquals("publicationId", request.getId()).singleResult();
    assertThat(takeDown.getTaskDefinitionKey()).isEqualTo("take-down-images");
    assertThat(takeDown.getTenantId()).as("the publication's school, though the engine opened it")
        .isEqualTo(request.getTenantId()).isNotNull();
    assertThat(cases.candidateGroups(takeDown.getId())).containsExactly("slt");
    assertThat(tasks.getVariable(takeDown.getId(), "takeDownFrom")).isEqualTo("the school website");
    assertThat(tasks.getVariables(takeDown.getId()).values()).doesNotContain("P200");
    cases.complete(takeDown.getProcessInstanceId(), "take-down-images", "takenDownOn", today());
    assertThat(cases.ended(takeDown.getProcessInstanceId())).isTrue();
  }

  @Test
  void a_restricted_child_shown_by_mistake_starts_a_breach_naming_only_the_publication() {
    String takeDown = takeDownOfP100(REGISTER.replace("P100,yes,yes,no,yes,no", "P100,yes,yes,no,yes,yes"));
    String reference = "publication-" + runtime.getVariable(takeDown, "publicationId");

    cases.complete(takeDown, "take-down-images", "takenDownOn", today(), "restrictedChildShown", true);

    assertThat(cases.ended(takeDown)).isTrue();
    ProcessInstance breach = runtime.createProcessInstanceQuery().processDefinitionKey("data-breach")
        .processInstanceBusinessKey(reference).singleResult();
    assertThat(breach).as("a breach of its own: a publication is no case").isNotNull();
    assertThat(cases.candidateGroups(cases.task(breach.getId(), "contain-breach").getId())).containsExactly("dpo");
    assertThat(runtime.getVariable(breach.getId(), "breachOrigin")).isEqualTo("IMAGE_PUBLICATION");
    assertThat(runtime.getVariables(breach.getId()).values()).doesNotContain("P100", "Sports day for P100");
    assertThat(rest.list("dpo", "/data-breaches/api/breaches").getBody())
        .anySatisfy(row -> assertThat(row).containsEntry("reference", reference).containsEntry("origin", "IMAGE_PUBLICATION"));
    PathWork.steps("data-breach").forEach(step -> cases.complete(breach.getId(), step.taskKey(), step.answers()));
    assertThat(cases.ended(breach.getId())).isTrue();
  }

  @Test
  void a_take_down_for_withdrawn_consent_alone_starts_no_breach() {
    String takeDown = takeDownOfP100(REGISTER.replace("P100,yes,yes,no,yes,no", "P100,no,yes,no,yes,no"));
    String reference = "publication-" + runtime.getVariable(takeDown, "publicationId");

    cases.complete(takeDown, "take-down-images", "takenDownOn", today());

    assertThat(cases.ended(takeDown)).isTrue();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("data-breach")
        .processInstanceBusinessKey(reference).count()).isZero();
  }

  /** An approved publication of P100 on the website, then the register's change: its take-down's instance. */
  private String takeDownOfP100(String changedRegister) {
    importRegister(REGISTER);
    ProcessInstance request = requestAs("teacher", request("P100", "imageDescription", "Sports day for P100"));
    completeAs("slt", request.getId(), "check-consent", "decisionWebsite", "APPROVED", "everyChildChecked", true);
    importRegister(changedRegister);
    return tasks.createTaskQuery().processVariableValueEquals("publicationId", request.getId()).singleResult()
        .getProcessInstanceId();
  }

  @Test
  void a_csv_with_bad_rows_is_refused_whole_naming_each_row_and_problem() {
    importRegister(REGISTER);
    ConsentCsv.Result read = ConsentCsv.read("""
        pupil_reference,website,social_media,press,print,restricted
        P100,yes,yes,no,yes,no
        P100,yes,yes,no,yes,no
        P400,maybe,yes,no,yes,no
        P500,yes,yes
        Jo Bloggs,yes,yes,no,yes,no
        """);

    assertThat(read.register()).isEmpty();
    assertThat(read.problems()).containsExactly("row 3: pupil_reference repeats row 2", "row 4: website must be yes or no",
        "row 5: expected 6 columns, found 3",
        "row 6: pupil_reference is not a pupil reference (letters, digits, / and -, at most 20)");
    assertThat(ConsentCsv.read("website,pupil\n").problems()).singleElement().asString().startsWith("row 1: the header");
  }

  @Test
  void only_the_head_teacher_or_the_administrator_imports_the_register_over_http() {
    String path = "/school-records/image-consent";
    assertThat(rest.postCsv(null, path, REGISTER).getStatusCode().value()).isEqualTo(401);
    assertThat(rest.postCsv("teacher", path, REGISTER).getStatusCode().value()).isEqualTo(403);
    assertThat(rest.postCsv("slt", path, REGISTER).getStatusCode().value()).isEqualTo(403);

    var bad = rest.postCsv("head", path, REGISTER + "P900,yes\n");
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(bad.getBody()).contains("row 5: expected 6 columns, found 2").contains("Nothing was imported");

    var imported = rest.postCsv("head", path, REGISTER);
    assertThat(imported.getStatusCode().value()).isEqualTo(200);
    assertThat(imported.getBody()).contains("\"imported\":3");
    assertThat(rest.postCsv("admin", path, REGISTER).getStatusCode().value()).isEqualTo(200);
    assertThat(register.find("villiers", List.of("P300")).get("P300").restricted()).isTrue();
  }
}
