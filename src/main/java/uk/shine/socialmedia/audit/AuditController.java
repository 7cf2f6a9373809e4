package uk.shine.socialmedia.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.shine.socialmedia.security.CaseGroups;
import uk.shine.socialmedia.security.CurrentUser;
import uk.shine.socialmedia.security.PageResponses;

/**
 * {@code /audit} (page), {@code /audit/api/cases} (JSON) and {@code /audit/api/cases.csv}: the
 * governors' audit (contract, "Governors' audit"). HTTP Basic or the webapps' session, like
 * {@code /engine-rest}; governors (their own schools' cases), the trustees and the administrator (every
 * school's, school by school) only. A browser without a session is sent to
 * the sign-in page ({@code /sign-in}), never the browser's password pop-up; JSON and CSV callers get 401.
 */
@RestController
class AuditController {

  static final Set<String> AUDITORS = Set.of(CaseGroups.GOVERNORS, CaseGroups.TRUSTEES, CaseGroups.ADMIN);
  /** They read every school's audit; a governor reads their own school's. */
  static final Set<String> TRUST_WIDE = Set.of(CaseGroups.TRUSTEES, CaseGroups.ADMIN);
  // the page draws its charts itself: nothing to load, no script, no frames
  static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
      + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private final CurrentUser currentUser;
  private final GovernorsAudit audit;

  AuditController(CurrentUser currentUser, GovernorsAudit audit) {
    this.currentUser = currentUser;
    this.audit = audit;
  }

  @GetMapping(value = "/audit/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> json(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      HttpServletRequest request) {
    return answer(request, from, to, MediaType.APPLICATION_JSON, cases -> cases);
  }

  @GetMapping("/audit/api/cases.csv")
  public ResponseEntity<?> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      HttpServletRequest request) {
    ResponseEntity<?> answer = answer(request, from, to, new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
        AuditCsv::write);
    return answer.getStatusCode().is2xxSuccessful() ? ResponseEntity.ok().headers(answer.getHeaders())
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"social-media-cases-audit.csv\"").body(answer.getBody())
        : answer;
  }

  @GetMapping({"/audit", "/audit/"})
  public ResponseEntity<?> page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      HttpServletRequest request) {
    String reader = currentUser.signedIn(request).orElse(null);
    return answer(request, from, to, MediaType.TEXT_HTML, cases -> AuditPage.render(cases, AuditPeriod.parse(from, to),
        audit.zone(), reader));
  }

  private ResponseEntity<?> answer(HttpServletRequest request, String from, String to, MediaType type,
      Function<List<AuditedCase>, Object> body) {
    Optional<CurrentUser.Person> person = currentUser.of(request);
    Optional<ResponseEntity<Object>> refused = PageResponses.unlessIn(person, AUDITORS,
        "The audit is for governors");
    if (refused.isPresent()) {
      return refused.get();
    }
    AuditPeriod period;
    try {
      period = AuditPeriod.parse(from, to);
    } catch (AuditPeriod.BadPeriod bad) {
      return PageResponses.refusal(HttpStatus.BAD_REQUEST, bad.getMessage());
    }
    List<String> schools = person.orElseThrow().groupIds().stream().anyMatch(TRUST_WIDE::contains) ? null
        : person.orElseThrow().tenantIds();
    return PageResponses.page(type, PAGE_POLICY).body(body.apply(audit.completedCases(period, schools)));
  }
}
