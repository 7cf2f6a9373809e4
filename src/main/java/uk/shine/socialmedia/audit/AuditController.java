package uk.shine.socialmedia.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
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
    return answer(request, () -> AuditPeriod.parse(from, to), AuditController::badRequest, MediaType.APPLICATION_JSON,
        (cases, period) -> cases);
  }

  @GetMapping("/audit/api/cases.csv")
  public ResponseEntity<?> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      HttpServletRequest request) {
    ResponseEntity<?> answer = answer(request, () -> AuditPeriod.parse(from, to), AuditController::badRequest,
        new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), (cases, period) -> AuditCsv.write(cases));
    return answer.getStatusCode().is2xxSuccessful() ? ResponseEntity.ok().headers(answer.getHeaders())
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"social-media-cases-audit.csv\"").body(answer.getBody())
        : answer;
  }

  /**
   * The page takes its period as a day, a month and a year from lists ({@code fromDay}, {@code fromMonth},
   * {@code fromYear}, {@code toDay}, ...); {@code from} and {@code to} as yyyy-MM-dd still work, for links.
   * Dates chosen that are not a period come back on the page with the reason next to them.
   */
  @GetMapping({"/audit", "/audit/"})
  public ResponseEntity<?> page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam Map<String, String> params, HttpServletRequest request) {
    String reader = currentUser.signedIn(request).orElse(null);
    AuditPeriod.Chosen fromChosen = AuditPeriod.Chosen.of(params.get("fromDay"), params.get("fromMonth"), params.get("fromYear"));
    AuditPeriod.Chosen toChosen = AuditPeriod.Chosen.of(params.get("toDay"), params.get("toMonth"), params.get("toYear"));
    BiFunction<List<AuditedCase>, AuditPeriod, Object> page = (cases, period) -> AuditPage.render(cases, period,
        audit.zone(), reader);
    if (fromChosen.empty() && toChosen.empty()) {
      return answer(request, () -> AuditPeriod.parse(from, to), AuditController::badRequest, MediaType.TEXT_HTML, page);
    }
    return answer(request, () -> AuditPeriod.chosen(fromChosen, toChosen), reason -> ResponseEntity.badRequest()
        .contentType(MediaType.TEXT_HTML).header("Content-Security-Policy", PAGE_POLICY)
        .header("X-Content-Type-Options", "nosniff").header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(AuditPage.refusedPeriod(reason, fromChosen, toChosen, audit.zone())), MediaType.TEXT_HTML, page);
  }

  private ResponseEntity<?> answer(HttpServletRequest request, Supplier<AuditPeriod> asked,
      Function<String, ResponseEntity<?>> badPeriod, MediaType type, BiFunction<List<AuditedCase>, AuditPeriod, Object> body) {
    Optional<CurrentUser.Person> person = currentUser.of(request);
    Optional<ResponseEntity<Object>> refused = PageResponses.unlessIn(person, AUDITORS, REFUSAL);
    if (refused.isPresent()) {
      return refused.get();
    }
    AuditPeriod period;
    try {
      period = asked.get();
    } catch (AuditPeriod.BadPeriod bad) {
      return badPeriod.apply(bad.getMessage());
    }
    List<String> schools = person.orElseThrow().groupIds().stream().anyMatch(TRUST_WIDE::contains) ? null
        : person.orElseThrow().tenantIds();
    return PageResponses.page(type, PAGE_POLICY).body(body.apply(audit.completedCases(period, schools), period));
  }

  private static ResponseEntity<?> badRequest(String reason) {
    return PageResponses.refusal(HttpStatus.BAD_REQUEST, reason);
  }
}
