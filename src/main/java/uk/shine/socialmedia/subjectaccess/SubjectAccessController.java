package uk.shine.socialmedia.subjectaccess;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.shine.socialmedia.chronology.CaseReadLog;
import uk.shine.socialmedia.security.CaseGroups;
import uk.shine.socialmedia.security.CurrentUser;
import uk.shine.socialmedia.security.PageResponses;

/**
 * {@code /subject-access} asks whose export to make; {@code /subject-access/export?userId=} makes it,
 * as an HTML document to download. The data protection lead only; HTTP Basic or the webapps' session.
 */
@RestController
class SubjectAccessController {

  static final String WHAT_WAS_READ = "SUBJECT_ACCESS_EXPORT";
  private static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
      + "frame-ancestors 'none'; base-uri 'none'";

  private final CurrentUser currentUser;
  private final SubjectAccessExport exports;
  private final CaseReadLog readLog;

  SubjectAccessController(CurrentUser currentUser, SubjectAccessExport exports, CaseReadLog readLog) {
    this.currentUser = currentUser;
    this.exports = exports;
    this.readLog = readLog;
  }

  @GetMapping({"/subject-access", "/subject-access/"})
  public ResponseEntity<?> ask(HttpServletRequest request) {
    Optional<ResponseEntity<Object>> refused = refusal(currentUser.of(request));
    return refused.isPresent() ? refused.get() : PageResponses.page(MediaType.TEXT_HTML, PAGE_POLICY)
        .body(SubjectAccessPage.ask());
  }

  @GetMapping("/subject-access/export")
  public ResponseEntity<?> export(@RequestParam(required = false) String userId,
      @RequestParam(required = false) String name, HttpServletRequest request) {
    Optional<CurrentUser.Person> person = currentUser.of(request);
    Optional<ResponseEntity<Object>> refused = refusal(person);
    if (refused.isPresent()) {
      return refused.get();
    }
    userId = blankToNull(userId);
    name = blankToNull(name);
    if (userId == null && name == null) {
      return PageResponses.refusal(HttpStatus.BAD_REQUEST, "userId or name: whose export to make");
    }
    if (userId != null && !userId.matches("[A-Za-z0-9-]{1,64}")) {
      return PageResponses.refusal(HttpStatus.BAD_REQUEST, "userId: the person's Camunda user id (letters, digits and '-')");
    }
    if (name != null && (name.length() > 200 || name.chars().anyMatch(Character::isISOControl))) {
      return PageResponses.refusal(HttpStatus.BAD_REQUEST, "name: the person's name as the cases record it (at most 200 characters)");
    }
    String requester = person.get().userId();
    SubjectAccessExport.Export export;
    try {
      export = exports.of(userId, name, requester, person.get()::inSchool);
    } catch (SubjectAccessExport.AboutTheRequester aboutYou) {
      return PageResponses.refusal(HttpStatus.FORBIDDEN, aboutYou.getMessage());
    }
    if (export == null) {
      return PageResponses.refusal(HttpStatus.NOT_FOUND, "The system holds nothing about this person");
    }
    export.cases().forEach(record -> readLog.record(record.reference(), requester, WHAT_WAS_READ, true));
    return PageResponses.page(MediaType.TEXT_HTML, PAGE_POLICY)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"subject-access-"
            + (userId != null ? userId : "by-name") + ".html\"")
        .body(SubjectAccessPage.document(export));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static Optional<ResponseEntity<Object>> refusal(Optional<CurrentUser.Person> person) {
    return PageResponses.unlessIn(person, Set.of(CaseGroups.DPO), "Subject access exports are for the data protection lead");
  }
}
