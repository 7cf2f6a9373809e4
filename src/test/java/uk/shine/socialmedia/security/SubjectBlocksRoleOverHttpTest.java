package uk.shine.socialmedia.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.Cases.report;
import static uk.shine.socialmedia.support.Mailboxes.subject;
import static uk.shine.socialmedia.support.Mailboxes.text;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.notification.EmbeddedMailServer;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Mailboxes;
import uk.shine.socialmedia.support.Rest;

/**
 * A report naming the only member of a group as its subject still reaches someone who can act: the
 * next group up is brought in, over real HTTP as the people concerned. A group with someone else in
 * it keeps its work.
 */
@CaseEngineTest
class SubjectBlocksRoleOverHttpTest {

  private static final String SUMMARY = "Unmistakable-summary: a pupil posted a threat in the class chat";
  private static final String DOMAIN = "@villiers-primary.example";

  @Autowired Rest rest;
  @Autowired Cases cases;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;
  @Autowired EmbeddedMailServer smtp;

  @Test
  void a_safeguarding_concern_about_the_dsl_goes_to_the_head_teacher_who_can_act_on_it() {
    ResponseEntity<String> reported = rest.report("teacher", report("perpetratorType", "PUPIL", "victimType", "PUPIL",
        "safeguardingConcern", true, "subjectUserId", "dsl", "summary", SUMMARY));
    assertThat(reported.getStatusCode()).isEqualTo(HttpStatus.OK);
    String caseId = reported.getBody().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    cases.runJobs();
    String reference = (String) runtime.getVariable(caseId, "caseReference");
    String safeguarding = cases.path(caseId, "safeguarding-referral");
    Task acknowledge = cases.task(safeguarding, "acknowledge-concern");

    assertThat(cases.candidateGroups(acknowledge.getId())).containsExactly("dsl", "headteacher");
    assertThat(acknowledge.getPriority()).isEqualTo(100);
    List<Map<String, Object>> headsTasks = rest.list("head", "/engine-rest/task?processInstanceId=" + safeguarding).getBody();
    assertThat(headsTasks).extracting(task -> task.get("taskDefinitionKey")).containsExactly("acknowledge-concern");
    assertThat(rest.get("head", "/engine-rest/task/" + acknowledge.getId() + "/form-variables").getBody())
        .contains(SUMMARY);

    // the subject sees nothing of it
    assertThat(rest.list("dsl", "/engine-rest/task?processInstanceId=" + safeguarding).getBody()).isEmpty();
    assertThat(rest.list("dsl", "/engine-rest/task").getBody()).extracting(task -> task.get("processInstanceId"))
        .doesNotContain(safeguarding, caseId);
    assertThat(rest.get("dsl", "/engine-rest/process-instance/" + safeguarding + "/variables").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // the head teacher is told, without the case's content; the subject is told nothing
    List<MimeMessage> toHead = mailAbout("head", reference);
    assertThat(toHead).extracting(Mailboxes::subject)
        .contains("Escalated to you: Acknowledge the safeguarding concern (" + reference + ")");
    assertThat(toHead).extracting(Mailboxes::text)
        .allSatisfy(body -> assertThat(body).doesNotContain("Unmistakable", "Terry", "dsl"));
    assertThat(mailAbout("dsl", reference)).isEmpty();

    // and can act on it
    ResponseEntity<String> acknowledged = rest.post("head", "/engine-rest/task/" + acknowledge.getId() + "/complete",
        Map.of("variables", Rest.typed(Map.of("initialAssessment", "Seen; talking to the child today",
            "adultWorkingWithChildrenImplicated", false))));
    assertThat(acknowledged.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    cases.runJobs();
    assertThat(cases.candidateGroups(cases.task(safeguarding, "decide-referrals").getId()))
        .containsExactly("dsl", "headteacher");
  }

  @Test
  void a_senior_leader_as_subject_leaves_the_senior_leaders_work_with_the_others() {
    String caseId = cases.reportAndRoute(report("perpetratorType", "PUPIL", "subjectUserId", "teacher2")).getId();
    String reference = (String) runtime.getVariable(caseId, "caseReference");
    cases.triage(caseId);
    String pupilPath = cases.path(caseId, "pupil-behaviour");
    Task investigate = cases.task(pupilPath, "investigate-pupil-behaviour");

    assertThat(cases.candidateGroups(investigate.getId())).containsExactly("slt");
    assertThat(investigate.getPriority()).isEqualTo(50);
    assertThat(rest.list("slt", "/engine-rest/task?processInstanceId=" + pupilPath).getBody())
        .extracting(task -> task.get("taskDefinitionKey")).contains("investigate-pupil-behaviour");
    assertThat(rest.list("teacher2", "/engine-rest/task?processInstanceId=" + pupilPath).getBody()).isEmpty();
    assertThat(mailAbout("head", reference)).extracting(Mailboxes::subject)
        .noneMatch(subject -> subject.startsWith("Escalated"));
  }

  @Test
  void with_nobody_left_to_bring_in_the_administrator_is_told_to_appoint_a_deputy() {
    // the head teacher is the subject, so the chair manages the case; there is no chair today
    identity.deleteMembership("chair", "chair");
    try {
      // a case of Villiers: the chair of another school of the trust is no deputy here
      String caseId = cases.reportAndRoute(report("perpetratorType", "STAFF", "subjectUserId", "head",
          "school", "villiers")).getId();
      String reference = (String) runtime.getVariable(caseId, "caseReference");

      assertThat(cases.candidateGroups(cases.task(caseId, "triage").getId())).containsExactly("chair");
      List<MimeMessage> toAdmin = mailAbout("admin", reference);
      assertThat(toAdmin).extracting(Mailboxes::subject)
          .containsExactly("Nobody can work on: Triage the report (" + reference + ")");
      assertThat(text(toAdmin.get(0))).contains("group 'chair'").doesNotContain("Terry", "abusive");
      assertThat(rest.list("admin", "/engine-rest/task?processInstanceId=" + caseId).getBody()).isEmpty();
      assertThat(mailAbout("head", reference)).isEmpty();
    } finally {
      identity.createMembership("chair", "chair");
    }
  }

  private List<MimeMessage> mailAbout(String userId, String reference) {
    return smtp.messagesTo(userId + DOMAIN).stream().filter(message -> subject(message).contains(reference)).toList();
  }
}
