package uk.shine.socialmedia.chronology;

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
 * {@code /cases/staff} (page and {@code .json}): HR's view of every open staff case at a glance: where
 * it stands, its open tasks, who holds each and when it is due, overdue ones marked, with links to the
 * case's chronology and to Cockpit. For HR only; each sees the cases the engine lets them read.
 */
@RestController
class StaffCasesPage {

  static final String PATH = "/cases/staff";
  private static final Set<String> READERS = Set.of(CaseGroups.HR);
  private static final String REFUSAL = "The list of staff cases is for HR";
  private static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
      + "base-uri 'none'; form-action 'none'";
  private static final String STYLE = "<style>table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;"
      + "padding:.35em .5em;text-align:left;vertical-align:top}ul{margin:0;padding-left:1.1em}.overdue{color:#b00020;"
      + "font-weight:bold}header strong{color:#1d4e89}.quiet{color:#555}</style>";

  private final CurrentUser currentUser;
  private final StaffCases staffCases;

  StaffCasesPage(CurrentUser currentUser, StaffCases staffCases) {
    this.currentUser = currentUser;
    this.staffCases = staffCases;
  }

  @GetMapping(value = PATH + ".json", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> json(HttpServletRequest request) {
    Optional<CurrentUser.Person> person = currentUser.of(request);
    return PageResponses.unlessIn(person, READERS, REFUSAL).<ResponseEntity<?>>map(refused -> refused)
        .orElseGet(() -> PageResponses.page(MediaType.APPLICATION_JSON, PAGE_POLICY).body(staffCases.openFor(person.get())));
  }

  @GetMapping({PATH, PATH + "/"})
  public ResponseEntity<?> page(HttpServletRequest request) {
    Optional<CurrentUser.Person> person = currentUser.of(request);
    return PageResponses.unlessIn(person, READERS, REFUSAL).<ResponseEntity<?>>map(refused -> refused)
        .orElseGet(() -> PageResponses.page(MediaType.TEXT_HTML, PAGE_POLICY).body(html(staffCases.openFor(person.get()))));
  }

  private String html(List<StaffCases.StaffCase> cases) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
        + "<title>Open staff cases</title>").append(PageResponses.STYLE).append(STYLE).append("</head><body><header><strong>")
        .append(PageResponses.TRUST).append(": social media cases</strong></header><main><h1>Open staff cases</h1><p>")
        .append("Every open staff disciplinary or capability case you may see, the most pressing first: where it stands, "
            + "what is waiting, who holds it and when it is due. Times are the school's (")
        .append(htmlEscape(staffCases.zone().getId())).append(").</p>");
    if (cases.isEmpty()) {
      return html.append("<p>No staff case is open.</p></main></body></html>").toString();
    }
    html.append("<table><thead><tr><th>Case</th><th>Where it stands</th><th>Waiting for</th></tr></thead><tbody>");
    for (StaffCases.StaffCase staffCase : cases) {
      String reference = htmlEscape(String.valueOf(staffCase.caseReference()));
      html.append("<tr><td><strong>").append(reference).append("</strong>")
          .append(staffCase.overdue() ? " <span class=\"overdue\">overdue</span>" : "")
          .append("<br><span class=\"quiet\">opened ").append(htmlEscape(staffCase.opened())).append("</span><br><a href=\"/cases/")
          .append(reference).append("/chronology\">Chronology</a> · <a href=\"/camunda/app/cockpit/default/#/process-instance/")
          .append(htmlEscape(staffCase.instanceId())).append("/runtime\">Open in Cockpit</a></td><td>")
          .append(htmlEscape(staffCase.stage().isEmpty() ? "between steps" : String.join("; ", staffCase.stage())))
          .append("</td><td>");
      if (staffCase.tasks().isEmpty()) {
        html.append("<span class=\"quiet\">no task is open: the case is waiting (a timer, a hearing date or the police)</span>");
      } else {
        html.append("<ul>");
        for (CaseChronology.OpenTask task : staffCase.tasks()) {
          html.append("<li>").append(htmlEscape(task.task())).append(": ").append(htmlEscape(task.heldBy())).append(", ")
              .append(task.dueShown() == null ? "no due date" : "due " + htmlEscape(task.dueShown()))
              .append(task.overdue() ? " <span class=\"overdue\">overdue</span>" : "").append("</li>");
        }
        html.append("</ul>");
      }
      html.append("</td></tr>");
    }
    return html.append("</tbody></table></main></body></html>").toString();
  }
}
