package uk.shine.socialmedia.chronology;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.shine.socialmedia.security.CaseGroups;
import uk.shine.socialmedia.security.CurrentUser;
import uk.shine.socialmedia.security.PageResponses;

/**
 * {@code /cases/{ref}/chronology} (page and {@code .json}) for whoever may see the case, and
 * {@code /cases/{ref}/read-log} for the DSL, head teacher or chair among them. Every opening of a
 * chronology is recorded, refused ones too; reads through the engine's APIs are recorded by
 * {@link CaseReadRecorder}.
 */
@RestController
public class ChronologyController {

  static final Set<String> READ_LOG_GROUPS = Set.of(CaseGroups.DSL, CaseGroups.HEADTEACHER, CaseGroups.CHAIR);
  private static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
      + "base-uri 'none'; form-action 'none'";
  // case references are SMC-VIL-yymmdd-XXXXX (older ones without the school's code); anything else is not looked up nor logged verbatim
  private static final String REFERENCE = "[A-Za-z0-9-]{1,64}";

  private final CurrentUser currentUser;
  private final CaseChronology chronologies;
  private final CaseReadLog readLog;

  public ChronologyController(CurrentUser currentUser, CaseChronology chronologies, CaseReadLog readLog) {
    this.currentUser = currentUser;
    this.chronologies = chronologies;
    this.readLog = readLog;
  }

  @GetMapping("/cases/{caseReference}/chronology")
  public ResponseEntity<?> page(@PathVariable String caseReference, HttpServletRequest request) {
    return chronology(caseReference, request, "chronology", MediaType.TEXT_HTML,
        found -> ChronologyPage.chronology(found, chronologies.zone()));
  }

  @GetMapping(value = "/cases/{caseReference}/chronology.json", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> json(@PathVariable String caseReference, HttpServletRequest request) {
    return chronology(caseReference, request, "chronology.json", MediaType.APPLICATION_JSON, found -> found);
  }

  @GetMapping("/cases/{caseReference}/read-log")
  public ResponseEntity<?> readLog(@PathVariable String caseReference, HttpServletRequest request) {
    Optional<CurrentUser.Person> person = currentUser.of(request);
    if (person.isEmpty()) {
      return PageResponses.logIn();
    }
    boolean mayRead = caseReference.matches(REFERENCE) && person.get().groupIds().stream().anyMatch(READ_LOG_GROUPS::contains)
        && chronologies.visible(caseReference, person.get());
    if (!mayRead) {
      return notFound();
    }
    readLog.record(caseReference, person.get().userId(), "read-log", true);
    return ok(MediaType.TEXT_HTML).body(ChronologyPage.readLog(caseReference, readLog.of(caseReference), chronologies.zone()));
  }

  private ResponseEntity<?> chronology(String caseReference, HttpServletRequest request, String what, MediaType type,
      Function<CaseChronology.Chronology, Object> body) {
    Optional<CurrentUser.Person> person = currentUser.of(request);
    if (person.isEmpty()) {
      return PageResponses.logIn();
    }
    if (!caseReference.matches(REFERENCE)) {
      return notFound();
    }
    Optional<CaseChronology.Chronology> found = chronologies.of(caseReference, person.get());
    readLog.record(caseReference, person.get().userId(), what, found.isPresent());
    return found.<ResponseEntity<?>>map(chronology -> ok(type).body(body.apply(chronology))).orElseGet(this::notFound);
  }

  private static ResponseEntity.BodyBuilder ok(MediaType type) {
    return PageResponses.page(type, PAGE_POLICY);
  }

  /** The same answer whether the case does not exist or may not be seen: a reference reveals nothing. */
  private ResponseEntity<?> notFound() {
    return PageResponses.refusal(HttpStatus.NOT_FOUND, "No such case for you");
  }
}
