package uk.shine.socialmedia.accesschanges;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.shine.socialmedia.deadlines.CalendarProperties;
import uk.shine.socialmedia.notification.AccessChangeRecords.AccessChange;
import uk.shine.socialmedia.security.CaseGroups;
import uk.shine.socialmedia.security.CurrentUser;
import uk.shine.socialmedia.security.PageResponses;

/** {@code /access-changes}: every change to who may read cases, newest first, for the DSL and the data protection lead. */
@RestController
class AccessChangesController {

  private static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
      + "base-uri 'none'; form-action 'none'";
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

  private final CurrentUser currentUser;
  private final AccessChangeLog log;
  private final ZoneId zone;

  AccessChangesController(CurrentUser currentUser, AccessChangeLog log, CalendarProperties calendar) {
    this.currentUser = currentUser;
    this.log = log;
    this.zone = calendar.zone();
  }

  @GetMapping({"/access-changes", "/access-changes/"})
  public ResponseEntity<?> page(HttpServletRequest request) {
    Optional<ResponseEntity<Object>> refused = PageResponses.unlessIn(currentUser.of(request),
        Set.of(CaseGroups.DSL, CaseGroups.DPO), "The log of access changes is for the DSL and the data protection lead");
    if (refused.isPresent()) {
      return refused.get();
    }
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Changes to who may read cases</title><style>body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}"
        + "</style></head><body><h1>Changes to who may read cases</h1><p>Grants, refusals and case-group memberships "
        + "that someone with administrator rights made, newest first. Each was e-mailed to the DSL and the data "
        + "protection lead when it was made.</p><table><thead><tr><th>When</th><th>Who</th><th>What</th><th>Case</th>"
        + "</tr></thead><tbody>");
    for (AccessChange change : log.newest()) {
      html.append("<tr><td>").append(htmlEscape(WHEN.format(change.changedAt().atZone(zone)))).append("</td><td>")
          .append(htmlEscape(change.changedBy())).append("</td><td>").append(htmlEscape(change.what())).append("</td><td>")
          .append(change.caseReference() == null ? "" : htmlEscape(change.caseReference())).append("</td></tr>");
    }
    return PageResponses.page(MediaType.TEXT_HTML, PAGE_POLICY).body(html.append("</tbody></table></body></html>").toString());
  }
}
