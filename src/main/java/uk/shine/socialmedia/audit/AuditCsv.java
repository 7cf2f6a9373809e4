package uk.shine.socialmedia.audit;

import static uk.shine.socialmedia.security.SpreadsheetCells.cell;

import java.util.List;

/**
 * The audit as CSV for a spreadsheet: one case a line, paths and missed deadlines separated by semicolons. Its values come
 * from fixed lists, but the business key is only as safe as whoever started the case: every text cell
 * is defused ({@link uk.shine.socialmedia.security.SpreadsheetCells}).
 */
final class AuditCsv {

  // the school first: a trustee's file reads school by school
  static final String HEADER = "school,caseReference,paths,opened,closed,daysToClose,outcomeCategory,deadlinesMet,"
      + "ladoConsultation,imageryUrgentSteps,missedDeadlines,principlesBroken,policySectionsBroken,allegationOutcomeTime";

  private AuditCsv() {
  }

  static String write(List<AuditedCase> cases) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (AuditedCase c : cases) {
      csv.append(String.join(",", cell(c.school() == null ? "" : c.school()), cell(c.caseReference()),
          cell(String.join(";", c.paths())), cell(c.opened()), cell(c.closed()), Long.toString(c.daysToClose()),
          cell(c.outcomeCategory()), c.deadlinesMet().name(), c.ladoConsultation().name(), c.imageryUrgentSteps().name(), cell(missed(c)),
          cell(String.join(";", c.principlesBroken())), cell(String.join(";", c.policySectionsBroken())),
          cell(c.allegationOutcomeTime()))).append("\r\n");
    }
    return csv.toString();
  }

  /** Rule=count pairs separated by semicolons, e.g. "Triage by the end of the next working day=1". */
  private static String missed(AuditedCase c) {
    return String.join(";", c.missedDeadlines().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
  }
}
