package uk.shine.socialmedia.databreach;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.shine.socialmedia.security.CaseGroups;
import uk.shine.socialmedia.security.CurrentUser;
import uk.shine.socialmedia.security.PageResponses;

/**
 * {@code /data-breaches} (page) and {@code /data-breaches/api/breaches} (JSON): the breach register, for
 * the data protection lead alone (HTTP Basic or the webapps' login; 401 without, 403 for anyone else,
 * the head teacher and the administrator included). Read-only: the breach's tasks in Tasklist write it.
 */
@RestController
class BreachRegisterController {

  private static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
      + "base-uri 'none'";

  /** One breach as people read it: times and days as ISO text, OPEN until its lessons are recorded. */
  public record Row(String reference, String school, String origin, String becameAwareAt, String icoDue,
      Boolean takeDownRequested, String takeDownRequestedOn, String peopleAffected, Long peopleAffectedCount,
      String dataCategories, Boolean specialCategoryData, String riskLevel, String icoDecision, String icoReference,
      String icoReportedOn, String icoDecidedAt, Boolean icoDecidedInTime, String notReportingReason,
      String affectedTold, String affectedToldOn, String notTellingReason, String closedAt, String status) {

    static Row of(BreachRegister.Entry e) {
      return new Row(e.reference(), e.school(), e.origin(), text(e.becameAwareAt()), text(e.icoDue()),
          e.takeDownRequested(), text(e.takeDownRequestedOn()), e.peopleAffected(), e.peopleAffectedCount(),
          e.dataCategories(), e.specialCategoryData(), e.riskLevel(), e.icoDecision(), e.icoReference(),
          text(e.icoReportedOn()), text(e.icoDecidedAt()), e.icoDecidedInTime(), e.notReportingReason(),
          e.affectedTold(), text(e.affectedToldOn()), e.notTellingReason(), text(e.closedAt()),
          e.closedAt() == null ? "OPEN" : "CLOSED");
    }
  }

  private final CurrentUser currentUser;
  private final BreachRegister register;

  BreachRegisterController(CurrentUser currentUser, BreachRegister register) {
    this.currentUser = currentUser;
    this.register = register;
  }

  @GetMapping(value = "/data-breaches/api/breaches", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> json(HttpServletRequest request) {
    return refusal(request).orElseGet(() -> PageResponses.page(MediaType.APPLICATION_JSON, PAGE_POLICY)
        .body(rows(request)));
  }

  @GetMapping({"/data-breaches", "/data-breaches/"})
  public ResponseEntity<?> page(HttpServletRequest request) {
    return refusal(request).orElseGet(() -> PageResponses.page(MediaType.TEXT_HTML, PAGE_POLICY)
        .body(html(rows(request))));
  }

  /** The breaches of the reader's schools only. */
  private List<Row> rows(HttpServletRequest request) {
    CurrentUser.Person reader = currentUser.of(request).orElseThrow();
    return register.all().stream().filter(entry -> reader.inSchool(entry.school())).map(Row::of).toList();
  }

  private static String html(List<Row> rows) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Breach register</title><style>body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;"
        + "vertical-align:top}</style></head><body><h1>Breach register</h1><p>Every personal data breach, reported "
        + "to the ICO or not (UK GDPR Art. 33(5)). Categories and counts only: the breached data is never "
        + "copied here. The work itself is in Tasklist.</p><table><thead><tr><th>Reference</th><th>Aware</th>"
        + "<th>ICO deadline</th><th>People affected</th><th>Risk</th><th>ICO</th><th>ICO reference</th>"
        + "<th>Reported on</th><th>Decided in time</th><th>Reason not reported</th><th>People told</th>"
        + "<th>Status</th></tr></thead><tbody>");
    for (Row row : rows) {
      html.append("<tr><td>").append(escape(row.reference())).append("</td><td>").append(escape(row.becameAwareAt()))
          .append("</td><td>").append(escape(row.icoDue())).append("</td><td>").append(escape(row.peopleAffected()))
          .append(row.peopleAffectedCount() == null ? "" : " (" + row.peopleAffectedCount() + ")")
          .append("</td><td>").append(escape(row.riskLevel())).append("</td><td>").append(escape(row.icoDecision()))
          .append("</td><td>").append(escape(row.icoReference())).append("</td><td>")
          .append(escape(row.icoReportedOn())).append("</td><td>")
          .append(row.icoDecidedInTime() == null ? "" : row.icoDecidedInTime() ? "yes" : "no: missed")
          .append("</td><td>").append(escape(row.notReportingReason())).append("</td><td>")
          .append(escape(row.affectedTold())).append(row.affectedToldOn() == null ? "" : " " + row.affectedToldOn())
          .append("</td><td>").append(escape(row.status())).append("</td></tr>");
    }
    return html.append("</tbody></table></body></html>").toString();
  }

  private Optional<ResponseEntity<Object>> refusal(HttpServletRequest request) {
    return PageResponses.unlessIn(currentUser.of(request), Set.of(CaseGroups.DPO),
        "The breach register is for the data protection lead");
  }

  private static String text(Object value) {
    return value instanceof java.sql.Timestamp moment ? moment.toInstant().toString()
        : value == null ? null : value.toString();
  }

  private static String escape(String value) {
    return value == null ? "" : htmlEscape(value);
  }
}
