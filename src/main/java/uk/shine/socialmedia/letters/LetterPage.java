package uk.shine.socialmedia.letters;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.shine.socialmedia.deadlines.WorkingDays;
import uk.shine.socialmedia.pupils.PupilVariables;
import uk.shine.socialmedia.schools.Schools;
import uk.shine.socialmedia.security.CurrentUser;
import uk.shine.socialmedia.security.PageResponses;
import uk.shine.socialmedia.staff.StaffCaseVariables;

/**
 * {@code /letters/{staffCaseId}/{kind}}: a letter of a staff case (or, for {@code sanction-notice}, of a pupil
 * path: the parents' letter of a suspension or exclusion), for whoever may read that case
 * under the engine's own authorizations (the subject never can). Linked from the task forms.
 */
@RestController
class LetterPage {

  // a staff case holds well under this; queries as a person must be bounded (queryMaxResultsLimit)
  private static final int MAX_VARIABLES = 1000;

  private final CurrentUser currentUser;
  private final IdentityService identity;
  private final HistoryService history;
  private final Letters letters;
  private final Schools schools;
  private final SanctionLetter sanctionLetter;
  private final WorkingDays workingDays;

  LetterPage(CurrentUser currentUser, IdentityService identity, HistoryService history, Letters letters,
      Schools schools, SanctionLetter sanctionLetter, WorkingDays workingDays) {
    this.currentUser = currentUser;
    this.schools = schools;
    this.identity = identity;
    this.history = history;
    this.letters = letters;
    this.sanctionLetter = sanctionLetter;
    this.workingDays = workingDays;
  }

  @GetMapping("/letters/{staffCaseId}/{kind}")
  public ResponseEntity<?> letter(@PathVariable String staffCaseId, @PathVariable String kind,
      HttpServletRequest request) {
    Optional<CurrentUser.Person> person = currentUser.of(request);
    if (person.isEmpty()) {
      // a browser goes to the sign-in page, a program gets the HTTP Basic challenge
      return PageResponses.logIn();
    }
    boolean pupil = SanctionLetter.KIND.equals(kind);
    Map<String, Object> staffCase = readAs(person.get(), staffCaseId,
        pupil ? PupilVariables.PROCESS_KEY : StaffCaseVariables.PROCESS_KEY);
    if (staffCase == null) {
      // the same answer whether the case does not exist or may not be read: ids reveal nothing
      return PageResponses.refusal(HttpStatus.NOT_FOUND, "No such case for you");
    }
    return (pupil ? sanctionLetter.write(staffCase, workingDays.today()) : letters.write(kind, staffCase, workingDays.today()))
        .<ResponseEntity<?>>map(letter -> ResponseEntity.ok().contentType(MediaType.TEXT_HTML)
            // saved, it is a document named for what it is and which case it belongs to
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                .filename(kind + "-" + staffCase.get("caseReference") + ".html").build().toString())
            .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .body(letter))
        .orElseGet(() -> PageResponses.refusal(HttpStatus.NOT_FOUND, "This letter is not ready: the case has not "
            + "reached that step"));
  }

  /** The staff case's variables, read with the person's own authorizations; null when they may not. */
  private Map<String, Object> readAs(CurrentUser.Person person, String staffCaseId, String processKey) {
    identity.setAuthentication(person.userId(), person.groupIds(), person.tenantIds());
    try {
      HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(staffCaseId)
          .processDefinitionKey(processKey).singleResult();
      if (instance == null) {
        return null;
      }
      Map<String, Object> variables = new HashMap<>();
      for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(staffCaseId).listPage(0, MAX_VARIABLES)) {
        variables.put(variable.getName(), variable.getValue());
      }
      variables.put(Letters.SCHOOL_NAME, schools.nameOf(instance.getTenantId()));
      variables.put(Letters.SCHOOL, instance.getTenantId());
      return variables;
    } finally {
      identity.clearAuthentication();
    }
  }
}
