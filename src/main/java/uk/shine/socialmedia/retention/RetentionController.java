package uk.shine.socialmedia.retention;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.shine.socialmedia.security.CaseGroups;
import uk.shine.socialmedia.schools.Schools;
import uk.shine.socialmedia.security.CurrentUser;
import uk.shine.socialmedia.security.PageResponses;

/**
 * {@code /retention} (page) and {@code /retention/api/cases} (JSON): the retention register for the
 * data protection lead: each closed case's rule, review and removal dates, legal holds, removals.
 * Read-only; holds are placed and lifted with the "Place or lift a legal hold" form in Tasklist.
 */
@RestController
class RetentionController {

  private static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
      + "base-uri 'none'";

  /** One row as people read it; "REMOVED" once the night's cleanup has taken the case's history. */
  public record Row(String caseReference, String rule, String closedOn, String reviewDue, String removalDue,
      boolean legalHold, String holdReason, String status) {
  }

  private final CurrentUser currentUser;
  private final RetentionRegister register;
  private final CaseHistoryRemoval removal;
  private final Schools schools;

  RetentionController(CurrentUser currentUser, RetentionRegister register, CaseHistoryRemoval removal,
      Schools schools) {
    this.currentUser = currentUser;
    this.schools = schools;
    this.register = register;
    this.removal = removal;
  }

  @GetMapping(value = "/retention/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> json(HttpServletRequest request) {
    return refusal(request).orElseGet(() -> PageResponses.page(MediaType.APPLICATION_JSON, PAGE_POLICY).body(rows(request)));
  }

  @GetMapping({"/retention", "/retention/"})
  public ResponseEntity<?> page(HttpServletRequest request) {
    return refusal(request).orElseGet(() -> PageResponses.page(MediaType.TEXT_HTML, PAGE_POLICY).body(html(rows(request))));
  }

  /** The closed cases of the reader's schools (a removed case, whose school history no longer holds, for every reader). */
  private List<Row> rows(HttpServletRequest request) {
    CurrentUser.Person reader = currentUser.of(request).orElseThrow();
    List<RetentionRegister.Entry> entries = register.all();
    Map<String, String> caseSchools = schools.ofInstances(entries.stream().map(RetentionRegister.Entry::caseInstanceId)
        .toList());
    return entries.stream().filter(entry -> reader.inSchool(caseSchools.get(entry.caseInstanceId()))).map(entry -> new Row(entry.caseReference(), entry.rule(), text(entry.closedOn()),
        text(entry.reviewDue()), text(entry.removalDue()), entry.legalHold(), entry.holdReason(),
        entry.status() == RetentionRegister.Status.REMOVAL_APPROVED && removal.removed(entry.caseInstanceId())
            ? "REMOVED" : entry.status().name())).toList();
  }

  private static String html(List<Row> rows) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Retention register</title><style>body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}</style>"
        + "</head><body><h1>Retention register</h1><p>Closed cases, when their records are reviewed and removed, and "
        + "legal holds. Reviews arrive in Tasklist; place or lift a hold with &ldquo;Place or lift a legal hold&rdquo; "
        + "there.</p><table><thead><tr><th>Case</th><th>Rule</th><th>Closed</th><th>Review</th><th>Removal</th>"
        + "<th>Legal hold</th><th>Status</th></tr></thead><tbody>");
    for (Row row : rows) {
      html.append("<tr><td>").append(htmlEscape(row.caseReference())).append("</td><td>").append(escape(row.rule()))
          .append("</td><td>").append(escape(row.closedOn())).append("</td><td>").append(escape(row.reviewDue()))
          .append("</td><td>").append(escape(row.removalDue())).append("</td><td>")
          .append(row.legalHold() ? "yes: " + escape(row.holdReason()) : "no").append("</td><td>")
          .append(htmlEscape(row.status())).append("</td></tr>");
    }
    return html.append("</tbody></table></body></html>").toString();
  }

  private Optional<ResponseEntity<Object>> refusal(HttpServletRequest request) {
    return PageResponses.unlessIn(currentUser.of(request), Set.of(CaseGroups.DPO),
        "The retention register is for the data protection lead");
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static String escape(String value) {
    return value == null ? "" : htmlEscape(value);
  }
}
