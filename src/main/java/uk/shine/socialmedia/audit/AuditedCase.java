package uk.shine.socialmedia.audit;

import java.util.List;
import java.util.Map;

/**
 * One completed case as governors see it. Every field is a reference, a process key, a time or a
 * value from a fixed list: there is deliberately no field that could hold a name or free text.
 *
 * <p>Each statutory deadline is a field of its own (the contract's JSON names them); the paths declare
 * which they keep and how they record it ({@link uk.shine.socialmedia.cases.CasePath#statutoryDeadlines()}).
 *
 * @param deadlinesMet all of them together: missed when any one was
 * @param ladoConsultation the LADO consultation deadline (one working day), on a safeguarding or staff path
 * @param imageryUrgentSteps securing imagery evidence and calling the police within the hour
 * @param missedDeadlines how many deadlines of each rule (processes/task-deadlines.dmn, by the rule's name)
 *     the case missed; empty when it kept them all
 * @param principlesBroken the Social Media Policy's principles a finding on the case said were broken, by their
 *     letter ("a" to "j"), in the policy's order; empty when none was (no case to answer, not a staff case)
 * @param policySectionsBroken the policy's sections a finding said were broken ({@code PERSONAL_USE},
 *     {@code CYBERBULLYING}...)
 * @param allegationOutcomeTime for an allegation against staff, how long from the report to its KCSIE outcome,
 *     against the targets of KCSIE Part 4 (most within one month, nearly all within three, all but the most
 *     exceptional within twelve): one of {@link #OUTCOME_TIMES}, or {@code NOT_APPLICABLE}
 * @param school the school the case belongs to (its tenant id, a short code); null for a case of no school
 */
public record AuditedCase(String caseReference, List<String> paths, String opened, String closed, long daysToClose,
    String outcomeCategory, Deadline deadlinesMet, Deadline ladoConsultation, Deadline imageryUrgentSteps,
    Map<String, Integer> missedDeadlines, List<String> principlesBroken, List<String> policySectionsBroken,
    String allegationOutcomeTime, String school) {

  /** A case of no school. */
  public AuditedCase(String caseReference, List<String> paths, String opened, String closed, long daysToClose,
      String outcomeCategory, Deadline deadlinesMet, Deadline ladoConsultation, Deadline imageryUrgentSteps,
      Map<String, Integer> missedDeadlines, List<String> principlesBroken, List<String> policySectionsBroken,
      String allegationOutcomeTime) {
    this(caseReference, paths, opened, closed, daysToClose, outcomeCategory, deadlinesMet, ladoConsultation,
        imageryUrgentSteps, missedDeadlines, principlesBroken, policySectionsBroken, allegationOutcomeTime, null);
  }

  /** The bands of the KCSIE Part 4 targets, in order. */
  public static final List<String> OUTCOME_TIMES = List.of("WITHIN_1_MONTH", "WITHIN_3_MONTHS", "WITHIN_12_MONTHS",
      "OVER_12_MONTHS");
  public static final String NOT_APPLICABLE = "NOT_APPLICABLE";

  /** A case with no allegation outcome. */
  public AuditedCase(String caseReference, List<String> paths, String opened, String closed, long daysToClose,
      String outcomeCategory, Deadline deadlinesMet, Deadline ladoConsultation, Deadline imageryUrgentSteps,
      Map<String, Integer> missedDeadlines, List<String> principlesBroken, List<String> policySectionsBroken) {
    this(caseReference, paths, opened, closed, daysToClose, outcomeCategory, deadlinesMet, ladoConsultation,
        imageryUrgentSteps, missedDeadlines, principlesBroken, policySectionsBroken, NOT_APPLICABLE);
  }

  public static final String LADO_CONSULTATION = "ladoConsultation";
  public static final String IMAGERY_URGENT_STEPS = "imageryUrgentSteps";
  /** The statutory deadlines the audit reports, by field. */
  public static final List<String> DEADLINES = List.of(LADO_CONSULTATION, IMAGERY_URGENT_STEPS);
}
