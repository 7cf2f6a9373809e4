package uk.shine.socialmedia.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
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
 * {@code /engine-rest}; governors and the administrator only. A browser without a session is sent to
 * the sign-in page ({@code /sign-in}), never the browser's password pop-up; JSON and CSV callers get 401.
 */
@RestController
class AuditController {

  static final Set<String> AUDITORS = Set.of(CaseGroups.GOVERNORS, CaseGroups.ADMIN);
  private static final String REFUSAL = "The audit is for governors";
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

  /**
   * The page takes its period as a day, a month and a year from lists ({@code fromDay}, {@code fromMonth},
   * {@code fromYear}, {@code toDay}, ...); {@code from} and {@code to} as yyyy-MM-dd still work, for links.
   */
  @GetMapping({"/audit", "/audit/"})
  public ResponseEntity<?> page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam Map<String, String> params, HttpServletRequest request) {
    String reader = currentUser.signedIn(request).orElse(null);
    AuditPeriod.Chosen fromChosen = AuditPeriod.Chosen.of(params.get("fromDay"), params.get("fromMonth"), params.get("fromYear"));
    AuditPeriod.Chosen toChosen = AuditPeriod.Chosen.of(params.get("toDay"), params.get("toMonth"), params.get("toYear"));
    if (fromChosen.empty() && toChosen.empty()) {
      return answer(request, from, to, MediaType.TEXT_HTML, cases -> AuditPage.render(cases, AuditPeriod.parse(from, to),
          audit.zone(), reader));
    }
    Optional<ResponseEntity<Object>> refused = PageResponses.unlessIn(currentUser.of(request), AUDITORS, REFUSAL);
    if (refused.isPresent()) {
      return refused.get();
    }
    AuditPeriod period;
    try {
      period = AuditPeriod.chosen(fromChosen, toChosen);
    } catch (AuditPeriod.BadPeriod bad) {
      return ResponseEntity.badRequest().contentType(MediaType.TEXT_HTML).header("Content-Security-Policy", PAGE_POLICY)
          .header("X-Content-Type-Options", "nosniff").header(HttpHeaders.CACHE_CONTROL, "no-store")
          .body(AuditPage.refusedPeriod(bad.getMessage(), fromChosen, toChosen, audit.zone()));
    }
    return PageResponses.page(MediaType.TEXT_HTML, PAGE_POLICY).body(AuditPage.render(audit.completedCases(period), period,
        audit.zone(), reader));
  }

  private ResponseEntity<?> answer(HttpServletRequest request, String from, String to, MediaType type,
      Function<List<AuditedCase>, Object> body) {
    Optional<ResponseEntity<Object>> refused = PageResponses.unlessIn(currentUser.of(request), AUDITORS, REFUSAL);
    if (refused.isPresent()) {
      return refused.get();
    }
    AuditPeriod period;
    try {
      period = AuditPeriod.parse(from, to);
    } catch (AuditPeriod.BadPeriod bad) {
      return PageResponses.refusal(HttpStatus.BAD_REQUEST, bad.getMessage());
    }
    return PageResponses.page(type, PAGE_POLICY).body(body.apply(audit.completedCases(period)));
  }
}
