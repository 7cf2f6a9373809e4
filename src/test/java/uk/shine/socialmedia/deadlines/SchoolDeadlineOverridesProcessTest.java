package uk.shine.socialmedia.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.shine.socialmedia.intake.ConcernVariables.OCCURRED_ON;
import static uk.shine.socialmedia.support.Cases.report;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;
import uk.shine.socialmedia.SocialMediaCasesApplication;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.Rest;

/**
 * A school's own service standard counts for its cases only (the demo Elmfield triages within 2 working days,
 * application.yaml), and the application does not start while a school overrides a statutory deadline.
 */
@CaseEngineTest
class SchoolDeadlineOverridesProcessTest {

  @Autowired Rest rest;
  @Autowired Cases cases;

  @Test
  void elmfields_own_triage_standard_counts_for_its_cases_and_only_for_them() {
    EngineClock.setTo("2026-03-03T09:00");
    String villiers = reported("teacher");
    String elmfield = reported("elmteacher");

    assertThat(cases.task(villiers, "triage").getDueDate()).as("the table's: the next working day")
        .isEqualTo(EngineClock.london("2026-03-04T18:00"));
    assertThat(cases.task(elmfield, "triage").getDueDate()).as("Elmfield's own: 2 working days")
        .isEqualTo(EngineClock.london("2026-03-05T18:00"));
  }

  @Test
  void the_application_refuses_to_start_while_a_school_overrides_a_statutory_deadline() {
    SpringApplicationBuilder start = new SpringApplicationBuilder(SocialMediaCasesApplication.class).profiles("test");
    // as on the command line, so it stands above application.yaml
    String[] trust = {"--server.port=0", "--socialmedia.mail.embedded-server=false",
        "--camunda.bpm.generate-unique-process-engine-name=true",
        "--socialmedia.trust.schools[0].id=villiers", "--socialmedia.trust.schools[0].name=Villiers Primary School",
        "--socialmedia.trust.schools[0].deadline-overrides.contact-police=1 working day"};

    assertThatThrownBy(() -> start.run(trust).close()).satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
        .hasMessageStartingWith("Refusing to start: School villiers overrides \"contact-police\": the deadline"
            + " \"Police called about imagery within the hour\" (indecent-imagery/contact-police) is statutory"));
  }

  private String reported(String reporter) {
    String id = rest.reportedCase(reporter, report(OCCURRED_ON, "2026-03-02"));
    cases.runJobs();
    return id;
  }
}
