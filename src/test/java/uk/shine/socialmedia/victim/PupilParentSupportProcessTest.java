package uk.shine.socialmedia.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.SUBJECT_USER_ID;
import static uk.shine.socialmedia.intake.ConcernVariables.VICTIM_TYPE;

import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.PathScenario;

/** A pupil or a parent harmed by a member of staff or by a parent is supported, by the right group. */
@CaseEngineTest
class PupilParentSupportProcessTest extends PathScenario {

  PupilParentSupportProcessTest() {
    super("pupil-parent-support", new Object[] {PERPETRATOR_TYPE, "PARENT", VICTIM_TYPE, "PUPIL"}, CONFIRMED,
        List.of("dsl"));
  }

  @Test
  void a_pupil_harmed_by_a_member_of_staff_is_supported_by_the_safeguarding_lead() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(PERPETRATOR_TYPE, "STAFF", VICTIM_TYPE, "PUPIL",
        SUBJECT_USER_ID, "teacher2"));
    cases.triage(concern.getId());

    assertThat(cases.pathsOf(concern.getId())).contains("staff-disciplinary", "pupil-parent-support");
    String support = cases.path(concern.getId(), "pupil-parent-support");
    assertThat(cases.candidateGroups(cases.task(support, "support-pupil-victim").getId())).containsExactly("dsl");
    assertThat(cases.task(support, "support-pupil-victim").getDueDate()).isNotNull();
  }

  @Test
  void a_parent_harmed_by_another_parent_is_supported_by_the_head_teacher() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(PERPETRATOR_TYPE, "PARENT", VICTIM_TYPE, "PARENT"));
    cases.triage(concern.getId());

    String support = cases.path(concern.getId(), "pupil-parent-support");
    assertThat(cases.candidateGroups(cases.task(support, "support-community-member").getId()))
        .containsExactly("headteacher");
    cases.complete(support, "support-community-member", "communitySupport", "Head teacher called them; met on Monday");
    assertThat(cases.ended(support)).isTrue();
  }

  @Test
  void a_pupil_harmed_by_another_pupil_is_supported_in_the_behaviour_path_not_twice() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(PERPETRATOR_TYPE, "PUPIL", VICTIM_TYPE, "PUPIL"));
    cases.triage(concern.getId());

    assertThat(cases.pathsOf(concern.getId())).doesNotContain("pupil-parent-support");
  }
}
