package uk.shine.socialmedia.priorapproval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.deadlines.WorkingDays;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.Mailboxes;
import uk.shine.socialmedia.support.Rest;

/**
 * Prior approvals the policy requires: asked for by any member of staff, decided by the head teacher,
 * reviewed on its date, withdrawn at review or when the person leaves; the registers and who reads them.
 */
@CaseEngineTest
class PriorApprovalProcessTest {

  static final String REASONS = "Parents' evening reminders need to reach my phone when I am on the school trip";
  static final String HEAD_REASONS = "Agreed while the trip lasts; lock screen and school app only";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired Cases cases;
  @Autowired Rest rest;
  @Autowired Mailboxes mailboxes;
  @Autowired WorkingDays workingDays;

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  static Map<String, Object> request(String kind, Object... more) {
    Map<String, Object> request = new HashMap<>();
    request.put("approvalKind", kind);
    request.put("approvalDetails", "My own iPhone");
    request.put("approvalReasons", REASONS);
    for (int i = 0; i < more.length; i += 2) {
      request.put((String) more[i], more[i + 1]);
    }
    return request;
  }

  String askAs(String user, Map<String, Object> request) {
    return cases.startAs(user, "prior-approval", request);
  }

  void completeAs(String user, String instanceId, String taskKey, Object... answers) {
    cases.completeAs(user, instanceId, taskKey, answers);
  }

  void approve(String instanceId) {
    completeAs("head", instanceId, "decide-prior-approval", "approvalDecision", "APPROVED",
        "approvalDecisionReasons", HEAD_REASONS);
  }

  List<String> mailTo(String user, String about) {
    return mailboxes.messages(user).stream().filter(message -> message.contains(about)).toList();
  }

  LocalDate reviewOn(String instanceId) {
    return LocalDate.parse((String) cases.historicVariable(instanceId, "approvalReviewOn"));
  }

  @Test
  void an_approval_is_reviewed_on_its_date_renewed_and_later_withdrawn() {
    int toldBefore = mailTo("teacher", "personal device for school email").size();
    String approval = askAs("teacher", request("PERSONAL_DEVICE_FOR_SCHOOL_EMAIL"));
    Task decision = cases.task(approval, "decide-prior-approval");
    assertThat(cases.candidateGroups(decision.getId())).containsExactly("headteacher");
    assertThat(decision.getDueDate()).isEqualTo(workingDays.fromNow(5));

    approve(approval);
    LocalDate today = workingDays.today();
    assertThat(reviewOn(approval)).as("a year on by default").isEqualTo(today.plusYears(1));
    List<String> told = mailTo("teacher", "personal device for school email");
    assertThat(told).hasSize(toldBefore + 1);
    assertThat(told.get(told.size() - 1)).startsWith("Your request for prior approval has been approved")
        .doesNotContain(HEAD_REASONS, "iPhone", "trip");
    assertThat(rest.get("head", "/approvals/api/register").getBody()).contains("\"status\":\"APPROVED\"",
        "\"reviewOn\":\"" + today.plusYears(1) + "\"");

    EngineClock.setTo(today.plusYears(1).minusDays(1) + "T12:00");
    cases.runJobs();
    assertThat(cases.hasTask(approval, "review-prior-approval")).as("not before its date").isFalse();
    EngineClock.setTo(today.plusYears(1) + "T00:30");
    cases.runJobs();
    assertThat(cases.candidateGroups(cases.task(approval, "review-prior-approval").getId()))
        .containsExactly("headteacher");
    completeAs("head", approval, "review-prior-approval", "approvalReviewDecision", "RENEW",
        "approvalReviewReasons", "Still needed for trips");
    assertThat(reviewOn(approval)).isEqualTo(today.plusYears(2));
    assertThat(runtime.getVariable(approval, "approvalStatus")).isEqualTo("APPROVED");

    EngineClock.setTo(today.plusYears(2) + "T00:30");
    cases.runJobs();
    completeAs("head", approval, "review-prior-approval", "approvalReviewDecision", "WITHDRAW",
        "approvalReviewReasons", "School phones now issued for trips");
    assertThat(cases.ended(approval)).isTrue();
    assertThat(cases.historicVariable(approval, "approvalStatus")).isEqualTo("WITHDRAWN");
    assertThat(cases.historicVariable(approval, "withdrawnBecause")).isEqualTo("REVIEW");
    List<String> later = mailTo("teacher", "personal device for school email");
    assertThat(later.get(later.size() - 1)).startsWith("Your request for prior approval has been withdrawn")
        .doesNotContain("School phones");
  }

  @Test
  void a_refusal_ends_the_request_and_tells_the_requester_without_the_reasons() {
    String approval = askAs("teacher", request("SCHOOL_EMAIL_FOR_SOCIAL_MEDIA"));
    completeAs("head", approval, "decide-prior-approval", "approvalDecision", "REFUSED",
        "approvalDecisionReasons", "Use a personal address for personal accounts");

    assertThat(cases.ended(approval)).isTrue();
    assertThat(cases.historicVariable(approval, "approvalStatus")).isEqualTo("REFUSED");
    List<String> told = mailTo("teacher", "school email for social media");
    assertThat(told.get(told.size() - 1)).startsWith("Your request for prior approval has been refused")
        .doesNotContain("personal address");
  }

  @Test
  void a_request_missing_what_its_kind_needs_is_refused_and_nobody_decides_their_own() {
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey("prior-approval").count();
    assertThatThrownBy(() -> askAs("teacher", request("POSTING_FOR_THE_SCHOOL")))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("officialChannel");
    assertThatThrownBy(() -> askAs("teacher", request("PUPIL_IMAGES_ON_PERSONAL_ACCOUNT")))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("parentalPermissionConfirmed");
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("prior-approval").count())
        .isEqualTo(before);

    String own = askAs("head", request("PUPIL_IMAGES_ON_PERSONAL_ACCOUNT", "parentalPermissionConfirmed", true));
    assertThatThrownBy(() -> approve(own)).isInstanceOf(RefusedInput.class).hasMessageContaining("someone else");
    assertThat(cases.hasTask(own, "decide-prior-approval")).isTrue();
  }

  @Test
  void every_approval_of_a_person_who_leaves_is_withdrawn() {
    newStaffMember("leaver1");
    newStaffMember("leaver2");
    String approved = askAs("leaver1", request("POSTING_FOR_THE_SCHOOL", "officialChannel", "School Instagram"));
    approve(approved);
    String waiting = askAs("leaver1", request("SCHOOL_EMAIL_FOR_SOCIAL_MEDIA"));
    String someoneElses = askAs("leaver2", request("SCHOOL_EMAIL_FOR_SOCIAL_MEDIA"));

    assertThat(rest.delete("admin", "/engine-rest/group/staff/members/leaver1").getStatusCode().value()).isEqualTo(204);
    cases.runJobs();

    for (String instance : List.of(approved, waiting)) {
      assertThat(cases.ended(instance)).isTrue();
      assertThat(cases.historicVariable(instance, "approvalStatus")).isEqualTo("WITHDRAWN");
      assertThat(cases.historicVariable(instance, "withdrawnBecause")).isEqualTo("LEFT");
    }
    assertThat(cases.ended(someoneElses)).isFalse();
    assertThat(rest.get("slt", "/approvals/api/official-accounts").getBody()).doesNotContain("leaver1");

    identity.deleteUser("leaver2");
    assertThat(cases.historicVariable(someoneElses, "withdrawnBecause")).as("a removed user too").isEqualTo("LEFT");
  }

  @Test
  void the_official_account_register_says_who_may_post_where_for_those_who_run_the_accounts() {
    String approval = askAs("teacher", request("POSTING_FOR_THE_SCHOOL", "officialChannel", "The school's Facebook page"));
    assertThat(rest.get("slt", "/approvals/api/official-accounts").getBody()).as("not before approval")
        .doesNotContain("The school's Facebook page");
    approve(approval);

    for (String reader : List.of("head", "slt", "dpo")) {
      assertThat(rest.get(reader, "/approvals/api/official-accounts").getBody()).as(reader)
          .contains("{\"userId\":\"teacher\",\"channel\":\"The school's Facebook page\"").doesNotContain(REASONS);
    }
    assertThat(rest.get("slt", "/approvals/official-accounts").getBody()).contains("Who may post for the school",
        "The school&#39;s Facebook page");
    for (String outsider : List.of("teacher", "governor", "hr")) {
      assertThat(rest.get(outsider, "/approvals/api/official-accounts").getStatusCode().value()).as(outsider)
          .isEqualTo(403);
    }
    assertThat(rest.get("slt", "/approvals/api/register").getStatusCode().value()).as("the full register").isEqualTo(403);
    assertThat(rest.get("teacher", "/approvals").getStatusCode().value()).isEqualTo(403);
    assertThat(rest.get("dpo", "/approvals").getBody()).contains("Prior approvals", "Posting on an official school account");
  }

  private void newStaffMember(String userId) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName("Lee");
      user.setLastName("Ver");
      user.setEmail(userId + "@villiers-primary.example");
      user.setPassword("Leaver-pass-2026!");
      identity.saveUser(user);
      identity.createMembership(userId, "staff");
      // a member of staff of Villiers: everyone who asks belongs to a school
      identity.createTenantUserMembership("villiers", userId);
    }
  }
}
