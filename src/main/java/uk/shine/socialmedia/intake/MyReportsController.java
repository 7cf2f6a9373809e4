package uk.shine.socialmedia.intake;

import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.shine.socialmedia.deadlines.CalendarProperties;
import uk.shine.socialmedia.schools.Schools;
import uk.shine.socialmedia.schools.Trust;
import uk.shine.socialmedia.security.CurrentUser;
import uk.shine.socialmedia.security.PageResponses;
import uk.shine.socialmedia.security.RegisterPages;

/**
 * {@code /my-reports} (page) and {@code /my-reports.json}: the concerns the signed-in person reported, in
 * any school of the trust, each with its reference, its school, the day it was reported and whether it is
 * open or closed. Never what was
 * reported, never who works it, and never a case the person is the subject of (of the case or of any
 * of its paths), even one they reported themselves. Read from history without the person's
 * authorizations, which let a member of staff see nothing of any case.
 */
@RestController
class MyReportsController {

  record MyReport(String caseReference, String reportedOn, String status, String school) {
  }

  /** A report of the reporter's that now belongs to a school they are not in: a pupil's records moved there. */
  static final String ELSEWHERE = "Another school of the trust";

  private static final String ABOUT = "The concerns you reported, newest first. To protect everyone involved, "
      + "what you wrote and who is dealing with it are not shown. If you learn anything new, tell the head teacher "
      + "(or the Designated Safeguarding Lead if a child may be at risk) and quote the reference.";

  private final CurrentUser currentUser;
  private final HistoryService history;
  private final DateTimeFormatter days;
  private final Schools schools;
  private final Trust trust;

  MyReportsController(CurrentUser currentUser, HistoryService history, CalendarProperties calendar, Schools schools,
      Trust trust) {
    this.currentUser = currentUser;
    this.history = history;
    this.schools = schools;
    this.trust = trust;
    this.days = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(calendar.zone());
  }

  @GetMapping({"/my-reports", "/my-reports/"})
  Object page(HttpServletRequest request) {
    return answer(request, reports -> RegisterPages.page(new RegisterPages.Table("Your reports", ABOUT,
        List.of("Reference", "School", "Reported on", "Status"), reports.stream()
            .map(report -> List.of(report.caseReference(), report.school(), report.reportedOn(), report.status()))
            .toList())));
  }

  @GetMapping("/my-reports.json")
  Object json(HttpServletRequest request) {
    return answer(request, reports -> RegisterPages.json(Map.of("reports", reports)));
  }

  private Object answer(HttpServletRequest request, java.util.function.Function<List<MyReport>, Object> shown) {
    Optional<CurrentUser.Person> person = currentUser.of(request);
    if (person.isEmpty()) {
      return PageResponses.logIn();
    }
    return shown.apply(reportsOf(person.get()));
  }

  /** Whoever reported them, in whichever of the trust's schools: the reports this person started, and no one else's. */
  private List<MyReport> reportsOf(CurrentUser.Person person) {
    String userId = person.userId();
    List<HistoricProcessInstance> reported = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ConcernVariables.PROCESS_KEY).startedBy(userId).orderByProcessInstanceStartTime().desc()
        .list();
    Set<String> aboutThem = casesAbout(userId);
    return reported.stream().filter(report -> !aboutThem.contains(report.getId()))
        .map(report -> new MyReport(report.getBusinessKey(), days.format(report.getStartTime().toInstant()),
            report.getEndTime() == null ? "Open" : "Closed", school(report.getTenantId(), person)))
        .toList();
  }

  /** The school a report belongs to, by name; not named when the case has since moved to a school not theirs. */
  private String school(String tenantId, CurrentUser.Person person) {
    return person.inSchool(tenantId) || tenantId.equals(trust.central()) ? schools.nameOf(tenantId)
        : ELSEWHERE;
  }

  /** The cases whose subject, or the subject of one of whose paths, is this person. */
  private Set<String> casesAbout(String userId) {
    Set<String> cases = new HashSet<>();
    for (HistoricVariableInstance subject : history.createHistoricVariableInstanceQuery()
        .variableValueEquals(ConcernVariables.SUBJECT_USER_ID, userId).list()) {
      HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
          .processInstanceId(subject.getProcessInstanceId()).singleResult();
      if (instance != null) {
        cases.add(instance.getRootProcessInstanceId() == null ? instance.getId() : instance.getRootProcessInstanceId());
      }
    }
    return cases;
  }
}
