package uk.shine.socialmedia.staff;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.shine.socialmedia.engine.EngineUser;
import uk.shine.socialmedia.intake.ConcernVariables;
import uk.shine.socialmedia.security.CurrentUser;
import uk.shine.socialmedia.security.PageResponses;

/**
 * {@code /cases/staff/{staffCaseId}/resignation}: the case manager records that the member of staff has
 * resigned, at whatever step the procedure is (investigation, hearing, appeal, capability). Tasklist can only
 * complete tasks, and a resignation does not wait for one: this page sends the model's {@code staff-resigned}
 * message, which stops the procedure and opens "Record the resignation"; the outcome and the referral
 * questions still follow. Linked from the forms of those steps. Only someone who may read the case and is in
 * its case manager's group; the subject never can (their authorizations hide the case: 404 as for letters).
 */
@RestController
class ResignationPage {

  static final String MESSAGE = "staff-resigned";
  private static final String PATH = "/cases/staff/{staffCaseId}/resignation";
  private static final String STYLE = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'";

  private final CurrentUser currentUser;
  private final IdentityService identity;
  private final HistoryService history;
  private final RuntimeService runtime;

  ResignationPage(CurrentUser currentUser, IdentityService identity, HistoryService history, RuntimeService runtime) {
    this.currentUser = currentUser;
    this.identity = identity;
    this.history = history;
    this.runtime = runtime;
  }

  @GetMapping(PATH)
  public ResponseEntity<?> form(@PathVariable String staffCaseId, HttpServletRequest request) {
    return refusal(staffCaseId, request).orElseGet(() -> PageResponses.page(MediaType.TEXT_HTML, STYLE).body(html(
        "<h1>The member of staff has resigned</h1><p>Recording the resignation stops the disciplinary or capability "
        + "procedure at the step it has reached. The allegation is still brought to an outcome and the DBS and "
        + "Teaching Regulation Agency referrals are still considered: a resignation never ends those duties.</p>"
        + "<form method=\"post\"><button type=\"submit\">Record the resignation</button></form>")));
  }

  @PostMapping(PATH)
  public ResponseEntity<?> record(@PathVariable String staffCaseId, HttpServletRequest request) {
    Optional<ResponseEntity<Object>> refused = refusal(staffCaseId, request);
    if (refused.isPresent()) {
      return refused.get();
    }
    boolean stopped = !runtime.createMessageCorrelation(MESSAGE).processInstanceId(staffCaseId).correlateAllWithResult()
        .isEmpty();
    if (!stopped) {
      return PageResponses.refusal(HttpStatus.CONFLICT, "This case is not at a step a resignation stops: it can be "
          + "recorded from the investigation until the appeal is decided. Before the investigation, finish the "
          + "current step; once the outcome is being recorded, say so on that form.");
    }
    return PageResponses.page(MediaType.TEXT_HTML, STYLE).body(html("<h1>Resignation recorded</h1><p>The procedure "
        + "has stopped. Complete <strong>Record the resignation</strong> in Tasklist: the allegation outcome and the "
        + "referral questions follow.</p>"));
  }

  /** Why this person may not record a resignation on this case, if they may not. */
  private Optional<ResponseEntity<Object>> refusal(String staffCaseId, HttpServletRequest request) {
    Optional<CurrentUser.Person> person = currentUser.of(request);
    if (person.isEmpty()) {
      return Optional.of(PageResponses.logIn());
    }
    boolean readable = EngineUser.as(identity, person.get().userId(), person.get().groupIds(), person.get().tenantIds(),
        () -> history.createHistoricProcessInstanceQuery().processInstanceId(staffCaseId)
            .processDefinitionKey(StaffCaseVariables.PROCESS_KEY).unfinished().count() == 1);
    if (!readable) {
      // the same answer whether the case does not exist, has ended or may not be read: ids reveal nothing
      return Optional.of(PageResponses.refusal(HttpStatus.NOT_FOUND, "No such open staff case for you"));
    }
    Object manager = runtime.getVariable(staffCaseId, ConcernVariables.CASE_MANAGER_GROUP);
    if (!person.get().groupIds().contains(manager)) {
      return Optional.of(PageResponses.refusal(HttpStatus.FORBIDDEN, "Only the case manager records a resignation"));
    }
    return Optional.empty();
  }

  private static String html(String body) {
    return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Resignation</title>"
        + "</head><body style=\"font-family:sans-serif;max-width:40em;margin:2em auto\">" + body + "</body></html>";
  }
}
