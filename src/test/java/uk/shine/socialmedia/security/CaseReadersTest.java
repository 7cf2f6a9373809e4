package uk.shine.socialmedia.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.shine.socialmedia.cases.ProcessDeclaration;
import uk.shine.socialmedia.intake.PerpetratorType;
import uk.shine.socialmedia.support.Declarations;

/**
 * Who reads an instance of each process, for every process key and every condition a case can be in:
 * the policy as a table, checked against what the processes declare, collected as the application does.
 */
class CaseReadersTest {

  /** A process's readers: always, on staff cases besides, and whether the case's leader and manager read it too. */
  private record Rule(Set<String> always, Set<String> onStaffCases, boolean caseManagement) {
  }

  private static final Map<String, Rule> POLICY = Map.ofEntries(
      Map.entry("social-media-concern", new Rule(Set.of("dsl"), Set.of("hr"), true)),
      Map.entry("indecent-imagery", new Rule(Set.of("dsl"), Set.of(), true)),
      // the DSL's work: the head teacher does not see inside a safeguarding referral
      Map.entry("safeguarding-referral", new Rule(Set.of("dsl"), Set.of(), false)),
      Map.entry("police-liaison", new Rule(Set.of("dsl"), Set.of("hr"), true)),
      Map.entry("staff-disciplinary", new Rule(Set.of("hr", "slt", "dsl"), Set.of(), true)),
      Map.entry("pupil-behaviour", new Rule(Set.of("slt", "dsl"), Set.of(), true)),
      Map.entry("parent-conduct", new Rule(Set.of("slt"), Set.of(), true)),
      Map.entry("public-post-response", new Rule(Set.of("slt"), Set.of(), true)),
      Map.entry("victim-support", new Rule(Set.of("slt", "hr"), Set.of(), true)),
      Map.entry("pupil-parent-support", new Rule(Set.of("dsl"), Set.of(), true)),
      Map.entry("image-publication", new Rule(Set.of("slt", "headteacher"), Set.of(), true)),
      Map.entry("records-retention", new Rule(Set.of("dpo"), Set.of(), true)),
      Map.entry("legal-hold", new Rule(Set.of("dpo"), Set.of(), true)),
      // kept with a staff case: its managers (the instance carries them) and the data protection lead
      Map.entry("systems-monitoring", new Rule(Set.of("dpo"), Set.of(), true)),
      Map.entry("prior-approval", new Rule(Set.of("headteacher", "dpo"), Set.of(), true)),
      // a pupil moving school: the DSL's work, each side read by its own school (its tenant)
      Map.entry("pupil-records-transfer", new Rule(Set.of("dsl", "headteacher"), Set.of(), true)),
      // the data protection lead's work on a breach: nobody else, the case's leader and manager included
      Map.entry("data-breach", new Rule(Set.of("dpo"), Set.of(), false)),
      // the checks that watch every case: nobody reads them
      Map.entry("deadline-check", new Rule(Set.of(), Set.of(), true)),
      Map.entry("stuck-case-check", new Rule(Set.of(), Set.of(), true)),
      // a process nobody declared: only the case's leader and manager, when the instance carries them
      Map.entry("not-a-process-of-this-school", new Rule(Set.of(), Set.of(), true)));

  private static final List<String> PERPETRATORS = new ArrayList<>(Arrays.stream(PerpetratorType.values())
      .map(Enum::name).toList());
  private static final List<String> LEADERS = Arrays.asList(null, "headteacher", "chair");
  private static final List<String> CASE_MANAGERS = Arrays.asList(null, "headteacher", "hr", "chair");

  static {
    PERPETRATORS.add(null);
  }

  @Test
  void every_process_is_read_by_the_groups_of_the_policy_in_every_condition() {
    int checked = 0;
    for (Map.Entry<String, Rule> process : POLICY.entrySet()) {
      for (String perpetrator : PERPETRATORS) {
        for (String leader : LEADERS) {
          for (String manager : CASE_MANAGERS) {
            assertThat(readers(process.getKey(), leader, manager, perpetrator))
                .as("%s, perpetrator %s, leader %s, case manager %s", process.getKey(), perpetrator, leader, manager)
                .containsExactlyInAnyOrderElementsOf(expected(process.getValue(), leader, manager, perpetrator));
            checked++;
          }
        }
      }
    }
    assertThat(checked).isEqualTo(POLICY.size() * PERPETRATORS.size() * LEADERS.size() * CASE_MANAGERS.size());
  }

  @Test
  void every_declared_process_has_its_row_in_the_policy() {
    assertThat(POLICY.keySet()).containsAll(Declarations.all().stream().map(ProcessDeclaration::processKey).toList());
  }

  @Test
  void hr_reads_the_case_and_police_liaison_on_staff_cases_only() {
    assertThat(readers("social-media-concern", "headteacher", "headteacher", "STAFF")).contains("hr");
    assertThat(readers("social-media-concern", "headteacher", "headteacher", "PUPIL")).doesNotContain("hr");
    assertThat(readers("police-liaison", "headteacher", "headteacher", "STAFF")).contains("hr");
    assertThat(readers("police-liaison", "headteacher", "headteacher", "PARENT")).doesNotContain("hr");
  }

  @Test
  void the_data_protection_lead_reads_retention_legal_holds_and_breaches_and_no_case() {
    assertThat(readers("records-retention", null, null, null)).containsExactly("dpo");
    assertThat(readers("legal-hold", null, null, null)).containsExactly("dpo");
    assertThat(readers("data-breach", "headteacher", "hr", "STAFF")).containsExactly("dpo");
    // besides: every monitoring authorisation and every prior approval (school data on personal devices)
    Set<String> besides = Set.of("records-retention", "legal-hold", "data-breach", "systems-monitoring",
        "prior-approval");
    POLICY.keySet().stream().filter(key -> !besides.contains(key))
        .forEach(key -> assertThat(readers(key, "headteacher", "hr", "STAFF")).as(key).doesNotContain("dpo"));
  }

  private static Set<String> expected(Rule rule, String leader, String manager, String perpetrator) {
    Set<String> groups = new LinkedHashSet<>(rule.always());
    if ("STAFF".equals(perpetrator)) {
      groups.addAll(rule.onStaffCases());
    }
    if (rule.caseManagement() && leader != null) {
      groups.add(leader);
    }
    if (rule.caseManagement() && manager != null) {
      groups.add(manager);
    }
    return groups;
  }

  private static final CaseAccessPolicy POLICY_OF_THE_APPLICATION = new CaseAccessPolicy(Declarations.all());

  private static Set<String> readers(String processKey, String leader, String manager, String perpetrator) {
    return POLICY_OF_THE_APPLICATION.readers(processKey, leader, manager, perpetrator);
  }
}
