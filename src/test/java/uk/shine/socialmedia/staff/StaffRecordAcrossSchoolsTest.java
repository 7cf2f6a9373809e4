package uk.shine.socialmedia.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.SUBJECT_USER_ID;
import static uk.shine.socialmedia.staff.StaffCaseVariables.PATTERN_DECISION;
import static uk.shine.socialmedia.staff.StaffCaseVariables.PREVIOUS_LOW_LEVEL_CONCERNS;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import uk.shine.socialmedia.engine.ExplicitTenants;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.TrustSchools;

/**
 * A member of staff who moves between the trust's schools keeps one staff record: the low-level
 * concerns register is the trust's (the employer's), kept by the person's user id, so a concern
 * recorded at the first school counts when a later case about them is screened at the second.
 */
@CaseEngineTest
class StaffRecordAcrossSchoolsTest extends StaffPartTest {

  @Autowired IdentityService identity;
  @Value("${socialmedia.demo-users.password}") String password;

  @Test
  void a_low_level_concern_at_the_first_school_counts_when_the_next_case_is_screened_at_the_second() {
    String mover = movingTeacher();
    String first = staffCases.staffCase(PERPETRATOR_TYPE, "STAFF", SUBJECT_USER_ID, mover);
    staffCases.lowLevelConcern(first, "Jo Mover");
    assertThat(runtime.getVariable(first, PREVIOUS_LOW_LEVEL_CONCERNS)).isEqualTo(0);
    cases.complete(first, "review-low-level-pattern", PATTERN_DECISION, "NO_PATTERN", "patternNotes", "First concern");

    // the move: the person now works at Elmfield, under a name spelt differently there
    TrustSchools.elmfield(identity);
    identity.createTenantUserMembership("elmfield", mover);
    ProcessInstance atElmfield = ExplicitTenants.startIn("elmfield", () -> cases.reportAndRoute(
        Cases.report(PERPETRATOR_TYPE, "STAFF", SUBJECT_USER_ID, mover)));
    assertThat(atElmfield.getTenantId()).as("a case of the second school").isEqualTo("elmfield");
    cases.triage(atElmfield.getId());
    String second = cases.path(atElmfield.getId(), StaffCaseVariables.PROCESS_KEY);
    staffCases.lowLevelConcern(second, "Joanne Mover-Smith");

    assertThat(runtime.getVariable(second, PREVIOUS_LOW_LEVEL_CONCERNS)).as("the first school's concern counts")
        .isEqualTo(1);
  }

  /** A member of staff of the first school, made afresh so that nobody else's concerns count. */
  private String movingTeacher() {
    String userId = "mover" + Long.toString(System.nanoTime(), 36).replaceAll("[^a-z0-9]", "");
    User user = identity.newUser(userId);
    user.setFirstName("Jo");
    user.setLastName("Mover");
    user.setEmail(userId + "@villiers-primary.example");
    user.setPassword(password);
    identity.saveUser(user);
    identity.createMembership(userId, "staff");
    return userId;
  }
}
