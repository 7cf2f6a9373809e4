package uk.shine.socialmedia.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.intake.ConcernVariables.CRIMINAL_SUSPICION;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.SAFEGUARDING_CONCERN;
import static uk.shine.socialmedia.intake.ConcernVariables.SAFEGUARDING_PATH_STARTED;
import static uk.shine.socialmedia.intake.ConcernVariables.VICTIM_TYPE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.shine.socialmedia.intake.ConcernVariables;
import uk.shine.socialmedia.support.DecisionTable;

/**
 * processes/case-routing.dmn row by row, on a DMN engine alone: which paths a case follows after
 * triage (every matching row adds one). A triage that flags nothing starts from a parent's post about the
 * school, which matches only the parent row.
 */
class CaseRoutingTableTest {

  private final DecisionTable table = new DecisionTable("case-routing.dmn", ConcernVariables.ROUTING_DECISION_KEY);
  private final Map<String, Object> triage = new HashMap<>(Map.of(PERPETRATOR_TYPE, "PARENT", VICTIM_TYPE, "SCHOOL",
      CRIMINAL_SUSPICION, false, SAFEGUARDING_CONCERN, false, SAFEGUARDING_PATH_STARTED, false));

  @Test
  void a_member_of_staff_goes_to_the_disciplinary_path() {
    triage.put(PERPETRATOR_TYPE, "STAFF");

    assertThat(paths()).containsExactly("staff-disciplinary");
    assertThat(table.matchedRules()).containsExactly("staff-perpetrator");
  }

  @Test
  void a_pupil_goes_to_the_behaviour_path() {
    triage.put(PERPETRATOR_TYPE, "PUPIL");

    assertThat(paths()).containsExactly("pupil-behaviour");
    assertThat(table.matchedRules()).containsExactly("pupil-perpetrator");
  }

  @Test
  void a_parent_goes_to_the_code_of_conduct_path() {
    assertThat(paths()).containsExactly("parent-conduct");
    assertThat(table.matchedRules()).containsExactly("parent-perpetrator");
  }

  @Test
  void a_member_of_the_public_or_nobody_known_goes_to_the_public_post_response() {
    for (String who : List.of("PUBLIC", "UNKNOWN")) {
      triage.put(PERPETRATOR_TYPE, who);

      assertThat(paths()).as(who).containsExactly("public-post-response");
      assertThat(table.matchedRules()).containsExactly("public-perpetrator");
    }
  }

  @Test
  void a_member_of_staff_targeted_is_supported_beside_the_perpetrators_path() {
    triage.put(VICTIM_TYPE, "STAFF");

    assertThat(paths()).containsExactly("parent-conduct", "victim-support");
    assertThat(table.matchedRules()).containsExactly("parent-perpetrator", "staff-victim");
  }

  @Test
  void a_suspected_crime_adds_police_liaison() {
    triage.put(CRIMINAL_SUSPICION, true);

    assertThat(paths()).containsExactly("parent-conduct", "police-liaison");
    assertThat(table.matchedRules()).containsExactly("parent-perpetrator", "criminal-suspicion-found");
  }

  @Test
  void a_safeguarding_concern_found_at_triage_goes_to_the_dsl_unless_the_report_already_took_it_there() {
    triage.put(SAFEGUARDING_CONCERN, true);
    assertThat(paths()).containsExactly("parent-conduct", "safeguarding-referral");
    assertThat(table.matchedRules()).containsExactly("parent-perpetrator", "safeguarding-found-at-triage");

    triage.put(SAFEGUARDING_PATH_STARTED, true);
    assertThat(paths()).containsExactly("parent-conduct");
  }

  @Test
  void personal_data_disclosed_found_at_triage_goes_to_the_data_protection_lead_unless_the_report_already_took_it_there() {
    triage.put(ConcernVariables.PERSONAL_DATA_DISCLOSED, true);
    triage.put(ConcernVariables.DATA_BREACH_PATH_STARTED, false);
    assertThat(paths()).containsExactly("parent-conduct", "data-breach");
    assertThat(table.matchedRules()).containsExactly("parent-perpetrator", "data-breach-found-at-triage");

    triage.put(ConcernVariables.DATA_BREACH_PATH_STARTED, true);
    assertThat(paths()).containsExactly("parent-conduct");
    triage.put(ConcernVariables.PERSONAL_DATA_DISCLOSED, false);
    triage.put(ConcernVariables.DATA_BREACH_PATH_STARTED, false);
    assertThat(paths()).containsExactly("parent-conduct");
  }

  @Test
  void a_staff_member_harming_a_colleague_with_a_suspected_crime_follows_three_paths() {
    triage.putAll(Map.of(PERPETRATOR_TYPE, "STAFF", VICTIM_TYPE, "STAFF", CRIMINAL_SUSPICION, true));

    assertThat(paths()).containsExactly("staff-disciplinary", "victim-support", "police-liaison");
  }

  private List<String> paths() {
    return table.evaluate(triage).collectEntries("path");
  }
}
