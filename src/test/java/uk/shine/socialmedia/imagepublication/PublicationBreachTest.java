package uk.shine.socialmedia.imagepublication;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.PathWork.today;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.PathWork;
import uk.shine.socialmedia.support.Rest;

/** A take-down that finds a child on the restricted list was shown by mistake is a personal data breach. */
@CaseEngineTest
class PublicationBreachTest {

  private static final String REGISTER = """
      pupil_reference,website,social_media,press,print,restricted
      P100,yes,yes,no,yes,no
      P200,yes,no,no,yes,no
      P300,yes,yes,yes,yes,yes
      B900,yes,yes,yes,yes,no
      """;

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired Cases cases;
  @Autowired Rest rest;
  @Autowired ConsentImport consentImport;

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  @Test
  void a_restricted_child_shown_by_mistake_starts_a_breach_naming_only_the_publication() {
    ProcessInstance request = approvedPublicationOf("B900");
    importRegister(REGISTER.replace("B900,yes,yes,yes,yes,no", "B900,yes,yes,yes,yes,yes"));
    String takeDown = tasks.createTaskQuery().processVariableValueEquals("publicationId", request.getId())
        .singleResult().getProcessInstanceId();

    cases.complete(takeDown, "take-down-images", "takenDownOn", today(), "restrictedChildShown", true);

    assertThat(cases.ended(takeDown)).isTrue();
    String reference = "publication-" + request.getId();
    ProcessInstance breach = runtime.createProcessInstanceQuery().processDefinitionKey("data-breach")
        .processInstanceBusinessKey(reference).singleResult();
    assertThat(breach).as("a breach of its own: a publication is no case").isNotNull();
    assertThat(cases.candidateGroups(cases.task(breach.getId(), "contain-breach").getId())).containsExactly("dpo");
    assertThat(runtime.getVariable(breach.getId(), "breachOrigin")).isEqualTo("IMAGE_PUBLICATION");
    assertThat(runtime.getVariables(breach.getId()).values()).doesNotContain("B900", "Sports day at B900's school");
    assertThat(rest.list("dpo", "/data-breaches/api/breaches").getBody())
        .anySatisfy(row -> assertThat(row).containsEntry("reference", reference).containsEntry("origin", "IMAGE_PUBLICATION"));

    PathWork.steps("data-breach").forEach(step -> cases.complete(breach.getId(), step.taskKey(), step.answers()));
    assertThat(cases.ended(breach.getId())).isTrue();
  }

  @Test
  void a_take_down_for_withdrawn_consent_alone_starts_no_breach() {
    ProcessInstance request = approvedPublicationOf("B900");
    importRegister(REGISTER.replace("B900,yes,yes,yes,yes,no", "B900,no,yes,yes,yes,no"));
    String takeDown = tasks.createTaskQuery().processVariableValueEquals("publicationId", request.getId())
        .singleResult().getProcessInstanceId();

    cases.complete(takeDown, "take-down-images", "takenDownOn", today());

    assertThat(cases.ended(takeDown)).isTrue();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("data-breach")
        .processInstanceBusinessKey("publication-" + request.getId()).count()).isZero();
  }

  private ProcessInstance approvedPublicationOf(String pupil) {
    importRegister(REGISTER);
    identity.setAuthentication("teacher", List.of("staff"));
    ProcessInstance request;
    try {
      request = runtime.startProcessInstanceByKey("image-publication", Map.of("imageDescription",
          "Sports day at " + pupil + "'s school", "pupilReferences", pupil, "channelWebsite", true,
          "publicationDate", today()));
    } finally {
      identity.clearAuthentication();
    }
    cases.runJobs();
    identity.setAuthentication("slt", List.of("slt", "staff"));
    try {
      tasks.complete(cases.task(request.getId(), "check-consent").getId(),
          Map.of("decisionWebsite", "APPROVED", "everyChildChecked", true));
    } finally {
      identity.clearAuthentication();
    }
    cases.runJobs();
    return request;
  }

  private void importRegister(String csv) {
    ConsentCsv.Result read = ConsentCsv.read(csv);
    assertThat(read.problems()).isEmpty();
    consentImport.replace(read.register(), "head");
  }
}
