package uk.shine.socialmedia.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.shine.socialmedia.support.Declarations;

/** What each path receives from its case when the case starts it. */
class HandedToPathsTest {

  private static final List<String> EVERY_PATH = List.of("caseReference", "caseManagerGroup", "leaderGroup",
      "subjectUserId", "perpetratorType", "employedCentrally", "victimType", "indecentImagery", "threatOfHarm",
      "safeguardingConcern", "criminalSuspicion", "reporterRole", "platform", "postUrl", "occurredOn", "summary");

  @Test
  void every_path_but_victim_support_receives_the_classification_and_the_report() {
    for (String path : List.of("indecent-imagery", "safeguarding-referral", "police-liaison", "staff-disciplinary",
        "pupil-behaviour", "parent-conduct", "public-post-response")) {
      assertThat(handedTo(path)).as(path).containsExactlyElementsOf(EVERY_PATH);
    }
  }

  @Test
  void a_staff_victims_support_receives_nothing_of_the_reports_account() {
    assertThat(handedTo("victim-support")).containsExactly("caseReference", "caseManagerGroup", "leaderGroup",
        "subjectUserId", "victimType", "threatOfHarm", "platform", "occurredOn");
  }

  private final CaseToPathVariables mapping = new CaseToPathVariables(Declarations.paths());

  private List<String> handedTo(String path) {
    return mapping.handedTo(path);
  }
}
