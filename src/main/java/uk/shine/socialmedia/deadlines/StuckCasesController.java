package uk.shine.socialmedia.deadlines;

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
import uk.shine.socialmedia.schools.Schools;
import uk.shine.socialmedia.security.CaseGroups;
import uk.shine.socialmedia.security.CurrentUser;
import uk.shine.socialmedia.security.PageResponses;

/**
 * {@code /cases/stuck} (page) and {@code /cases/stuck.json}: the open cases that have stopped, as the
 * nightly check finds them, worked out afresh for each request. For the DSL and the administrator; a
 * case is never listed to its own subject.
 */
@RestController
class StuckCasesController {

  static final Set<String> READERS = Set.of(CaseGroups.DSL, CaseGroups.ADMIN);
  private static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
      + "base-uri 'none'; form-action 'none'";

  private final CurrentUser currentUser;
  private final StuckCases stuckCases;
  private final Schools schools;

  StuckCasesController(CurrentUser currentUser, StuckCases stuckCases, Schools schools) {
    this.schools = schools;
    this.currentUser = currentUser;
    this.stuckCases = stuckCases;
  }

  @GetMapping({"/cases/stuck", "/cases/stuck/"})
  ResponseEntity<?> page(HttpServletRequest request) {
    return answer(request, MediaType.TEXT_HTML, StuckCasesController::html);
  }

  @GetMapping(value = "/cases/stuck.json", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> json(HttpServletRequest request) {
    return answer(request, MediaType.APPLICATION_JSON, stuck -> stuck.stream()
        .map(found -> Map.of("caseReference", found.caseReference(), "reason", found.reason().name())).toList());
  }

  private ResponseEntity<?> answer(HttpServletRequest request, MediaType type,
      java.util.function.Function<List<StuckCases.StuckCase>, Object> body) {
    Optional<CurrentUser.Person> person = currentUser.of(request);
    Optional<ResponseEntity<Object>> refused = PageResponses.unlessIn(person, READERS,
        "The list of stuck cases is for the DSL and the administrator");
    if (refused.isPresent()) {
      return refused.get();
    }
    String viewer = person.get().userId();
    List<StuckCases.StuckCase> found = stuckCases.find();
    // the reader's schools' cases only
    Map<String, String> caseSchools = schools.ofInstances(found.stream().map(StuckCases.StuckCase::caseInstanceId).toList());
    List<StuckCases.StuckCase> stuck = found.stream().filter(one -> !viewer.equals(one.subjectUserId()))
        .filter(one -> person.get().inSchool(caseSchools.get(one.caseInstanceId()))).toList();
    return PageResponses.page(type, PAGE_POLICY).body(body.apply(stuck));
  }

  private static String html(List<StuckCases.StuckCase> stuck) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Stuck cases</title><style>body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}</style></head>"
        + "<body><h1>Stuck cases</h1><p>Open cases that will not move on by themselves: nobody is being asked to do "
        + "anything, or a technical step has failed. The administrator and the DSL are e-mailed about each one every "
        + "night until it moves. The administrator sees in Cockpit where a case stopped; the DSL decides what it "
        + "still needs.</p>");
    if (stuck.isEmpty()) {
      return html.append("<p>No case is stuck.</p></body></html>").toString();
    }
    html.append("<table><thead><tr><th>Case</th><th>Why</th></tr></thead><tbody>");
    for (StuckCases.StuckCase found : stuck) {
      String reference = found.caseReference() == null ? "" : found.caseReference();
      html.append("<tr><td><a href=\"/cases/").append(htmlEscape(reference)).append("/chronology\">")
          .append(htmlEscape(reference)).append("</a></td><td>").append(htmlEscape(found.reason().explanation))
          .append("</td></tr>");
    }
    return html.append("</tbody></table></body></html>").toString();
  }
}
