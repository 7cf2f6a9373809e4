package uk.shine.socialmedia.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Mailboxes;

/** After triage the case manager is told which paths started and which groups work each, by name, nothing more. */
@CaseEngineTest
class PathsStartedTest {

  @Autowired Cases cases;
  @Autowired Mailboxes mailboxes;

  @Test
  void the_head_teacher_is_told_each_path_and_who_works_it_once() {
    ProcessInstance concern = cases.reportAs("teacher", Cases.report("summary", "PATHS-SECRET-SUMMARY",
        "perpetratorType", "PARENT", "victimType", "STAFF", "safeguardingConcern", true));
    String ref = concern.getBusinessKey();
    assertThat(mailboxes.subjects("head", ref)).doesNotContain("Paths started: " + ref);

    cases.triage(concern.getId(), "criminalSuspicion", true);

    assertThat(mailboxes.subjects("head", ref)).containsOnlyOnce("Paths started: " + ref);
    String told = mailboxes.messages("head").stream().filter(message -> message.startsWith("Paths started: " + ref))
        .findFirst().orElseThrow();
    assertThat(told).contains(
        "- Safeguarding referral: Designated Safeguarding Lead",
        "- Parent conduct: Head teacher",
        "- Support for a staff victim: ",
        "- Police liaison: ",
        "/cases/" + ref + "/chronology")
        .doesNotContain("PATHS-SECRET-SUMMARY", "Terry Teacher", "parent-conduct", "headteacher");
    for (String other : List.of("dsl", "slt", "hr", "chair", "teacher")) {
      assertThat(mailboxes.subjects(other, ref)).as("told %s", other).doesNotContain("Paths started: " + ref);
    }
  }

  @Test
  void a_case_closed_at_triage_starts_no_path_and_tells_nobody_of_paths() {
    ProcessInstance concern = cases.reportAs("teacher", Cases.report());

    cases.triage(concern.getId(), "noFurtherAction", true, "noFurtherActionReason", "Resolved by a phone call");

    assertThat(mailboxes.subjects("head", concern.getBusinessKey())).doesNotContain("Paths started: "
        + concern.getBusinessKey());
  }
}
