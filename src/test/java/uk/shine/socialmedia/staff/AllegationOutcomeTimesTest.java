package uk.shine.socialmedia.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.intake.ConcernVariables.OCCURRED_ON;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.SUBJECT_USER_ID;
import static uk.shine.socialmedia.staff.StaffCaseVariables.ALLEGATION_OUTCOME;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.PathWork;
import uk.shine.socialmedia.support.Rest;

/**
 * The governors' audit counts allegations against staff by the time from the report to their outcome,
 * against the KCSIE Part 4 targets (1, 3 and 12 months): a band per case, counts on the page, no names.
 */
@CaseEngineTest
class AllegationOutcomeTimesTest extends StaffPartTest {

  private static final String PERIOD = "?from=2025-06-01&to=2025-12-31";

  @Autowired Rest rest;

  @Test
  void outcomes_are_counted_against_the_one_three_and_twelve_month_targets() {
    EngineClock.setTo("2025-06-02T09:00");
    String quick = closedAsUnfoundedAfter(Duration.ofDays(3));
    EngineClock.setTo("2025-06-02T09:00");
    String slower = closedAsUnfoundedAfter(Duration.ofDays(60));

    List<Map<String, Object>> audit = rest.list("governor", "/audit/api/cases" + PERIOD).getBody();
    Map<Object, Object> bands = audit.stream().filter(c -> List.of(quick, slower).contains(c.get("caseReference")))
        .collect(Collectors.toMap(c -> c.get("caseReference"), c -> c.get("allegationOutcomeTime")));

    assertThat(bands).isEqualTo(Map.of(quick, "WITHIN_1_MONTH", slower, "WITHIN_3_MONTHS"));
    assertThat(rest.get("governor", "/audit/api/cases.csv" + PERIOD).getBody())
        .contains(",allegationOutcomeTime\r\n", ",WITHIN_1_MONTH\r\n", ",WITHIN_3_MONTHS\r\n");
    assertThat(rest.get("governor", "/audit" + PERIOD).getBody())
        .contains("time from the report to the outcome (KCSIE Part 4 targets)", "within 1 month", "1 to 3 months")
        .doesNotContain("Sam Staff");
  }

  /** A staff allegation over the threshold, closed as unfounded this long after the report; the case closed. */
  private String closedAsUnfoundedAfter(Duration after) {
    String staff = staffCases.staffCase(PERPETRATOR_TYPE, "STAFF", SUBJECT_USER_ID, "teacher2", OCCURRED_ON, "2025-05-30");
    String caseId = runtime.createProcessInstanceQuery().processInstanceId(staff).singleResult().getRootProcessInstanceId();
    cases.complete(staff, "screen-harm-threshold", StaffCaseVariables.STAFF_MEMBER_NAME, "Sam Staff",
        StaffCaseVariables.MAY_HAVE_HARMED_CHILD, true, "screeningNotes", "Alleged by an anonymous account");
    cases.complete(staff, "consult-lado", StaffCaseVariables.LADO_CONSULTED_AT, PathWork.minutesAgo(5), "ladoName",
        "A. Officer", "ladoAdvice", "Clearly unfounded", StaffCaseVariables.LADO_VIEW, "CLEARLY_UNFOUNDED");
    EngineClock.forward(after);
    cases.complete(staff, "close-unfounded-allegation", ALLEGATION_OUTCOME, "UNFOUNDED", "accusedToldOn",
        PathWork.today(), "closureReasons", "Nothing supports it");
    cases.complete(caseId, "close-case", "outcomeCategory", "NOT_UPHELD", "outcomeNotes", "Unfounded");
    return (String) cases.historicVariable(caseId, "caseReference");
  }
}
