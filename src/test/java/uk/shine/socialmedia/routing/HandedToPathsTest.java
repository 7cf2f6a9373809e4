package uk.shine.socialmedia.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.intake.ConcernVariables.CASE_MANAGER_GROUP;
import static uk.shine.socialmedia.intake.ConcernVariables.CASE_REFERENCE;
import static uk.shine.socialmedia.intake.ConcernVariables.CRIMINAL_SUSPICION;
import static uk.shine.socialmedia.intake.ConcernVariables.EMPLOYED_CENTRALLY;
import static uk.shine.socialmedia.intake.ConcernVariables.INDECENT_IMAGERY;
import static uk.shine.socialmedia.intake.ConcernVariables.LEADER_GROUP;
import static uk.shine.socialmedia.intake.ConcernVariables.OCCURRED_ON;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.PLATFORM;
import static uk.shine.socialmedia.intake.ConcernVariables.POST_URL;
import static uk.shine.socialmedia.intake.ConcernVariables.REPORTER_ROLE;
import static uk.shine.socialmedia.intake.ConcernVariables.SAFEGUARDING_CONCERN;
import static uk.shine.socialmedia.intake.ConcernVariables.SUBJECT_USER_ID;
import static uk.shine.socialmedia.intake.ConcernVariables.SUMMARY;
import static uk.shine.socialmedia.intake.ConcernVariables.THREAT_OF_HARM;
import static uk.shine.socialmedia.intake.ConcernVariables.VICTIM_TYPE;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.shine.socialmedia.support.Declarations;

/** What each path receives from its case when the case starts it. */
class HandedToPathsTest {

  private static final List<String> EVERY_PATH = List.of(CASE_REFERENCE, CASE_MANAGER_GROUP, LEADER_GROUP,
      SUBJECT_USER_ID, PERPETRATOR_TYPE, EMPLOYED_CENTRALLY, VICTIM_TYPE, INDECENT_IMAGERY, THREAT_OF_HARM,
      SAFEGUARDING_CONCERN, CRIMINAL_SUSPICION, REPORTER_ROLE, PLATFORM, POST_URL, OCCURRED_ON, SUMMARY);

  @Test
  void every_path_but_victim_support_receives_the_classification_and_the_report() {
    for (String path : List.of("safeguarding-referral", "police-liaison",
        "pupil-behaviour", "parent-conduct", "public-post-response")) {
      assertThat(handedTo(path)).as(path).containsExactlyElementsOf(EVERY_PATH);
    }
  }

  @Test
  void the_imagery_path_also_receives_who_reported_it_so_the_dsl_can_ask_where_the_device_is() {
    assertThat(handedTo("indecent-imagery")).containsExactlyElementsOf(
        java.util.stream.Stream.concat(EVERY_PATH.stream(), java.util.stream.Stream.of("reporterName")).toList());
  }

  @Test
  void the_staff_path_also_receives_what_the_member_of_staff_is_to_the_school() {
    assertThat(handedTo("staff-disciplinary")).containsExactlyElementsOf(
        java.util.stream.Stream.concat(EVERY_PATH.stream(), java.util.stream.Stream.of("subjectRelationship")).toList());
  }

  @Test
  void a_staff_victims_support_receives_nothing_of_the_reports_account() {
    assertThat(handedTo("victim-support")).containsExactly(CASE_REFERENCE, CASE_MANAGER_GROUP, LEADER_GROUP,
        SUBJECT_USER_ID, VICTIM_TYPE, THREAT_OF_HARM, INDECENT_IMAGERY, PLATFORM, OCCURRED_ON);
  }

  @Test
  void a_data_breach_receives_where_and_when_but_nothing_of_the_reports_account() {
    assertThat(handedTo("data-breach")).containsExactly(CASE_REFERENCE, CASE_MANAGER_GROUP, LEADER_GROUP,
        SUBJECT_USER_ID, PLATFORM, POST_URL, OCCURRED_ON);
  }

  private final CaseToPathVariables mapping = new CaseToPathVariables(Declarations.paths());

  private List<String> handedTo(String path) {
    return mapping.handedTo(path);
  }
}
