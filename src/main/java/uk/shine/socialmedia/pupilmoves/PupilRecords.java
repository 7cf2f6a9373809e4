package uk.shine.socialmedia.pupilmoves;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.CalendarProperties;

/**
 * A pupil's cases at one school, found by the pupil reference the pupil paths record (the school's
 * admission number or UPN, in one spelling): the cases, open and closed, whose pupil behaviour path
 * names that pupil. Read by the engine's own work (a job), so nobody's rights narrow it; the school
 * (tenant) does.
 */
@Component
class PupilRecords {

  /** One case of the pupil, as a transfer lists it: reference, dates and paths, nothing of its content. */
  record CaseRecord(String caseId, String reference, String openedOn, String closedOn, List<String> paths) {

    String line() {
      return reference + " | opened " + openedOn + " | " + (closedOn == null ? "open" : "closed " + closedOn)
          + " | paths: " + String.join(", ", paths);
    }
  }

  private static final int MAX = 200;

  private final HistoryService history;
  private final ZoneId zone;

  PupilRecords(HistoryService history, CalendarProperties calendar) {
    this.history = history;
    this.zone = calendar.zone();
  }

  static String normalised(String pupilReference) {
    return pupilReference == null ? null : pupilReference.trim().toUpperCase(Locale.ROOT);
  }

  /** @param school the tenant the cases belong to (none in a deployment of one school) */
  List<CaseRecord> of(String pupilReference, String school) {
    Map<String, CaseRecord> found = new LinkedHashMap<>();
    for (HistoricVariableInstance naming : history.createHistoricVariableInstanceQuery()
        .variableValueEquals(TransferVariables.PUPIL_REFERENCE, normalised(pupilReference))
        .listPage(0, MAX)) {
      HistoricProcessInstance path = history.createHistoricProcessInstanceQuery()
          .processInstanceId(naming.getProcessInstanceId()).singleResult();
      if (path == null || TransferVariables.PROCESS_KEY.equals(path.getProcessDefinitionKey())) {
        continue; // a transfer names the pupil too: it is not a case
      }
      String caseId = path.getRootProcessInstanceId() == null ? path.getId() : path.getRootProcessInstanceId();
      if (!found.containsKey(caseId)) {
        described(caseId).filter(record -> Objects.equals(tenant(caseId), school))
            .ifPresent(record -> found.put(caseId, record));
      }
    }
    return found.values().stream().sorted(Comparator.comparing(CaseRecord::openedOn)).toList();
  }

  /** The cases given by id, as a transfer document lists them. */
  List<CaseRecord> byId(List<String> caseIds) {
    return caseIds.stream().map(this::described).flatMap(java.util.Optional::stream).toList();
  }

  private String tenant(String caseId) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(caseId).singleResult().getTenantId();
  }

  private java.util.Optional<CaseRecord> described(String caseId) {
    HistoricProcessInstance theCase = history.createHistoricProcessInstanceQuery().processInstanceId(caseId)
        .singleResult();
    if (theCase == null) {
      return java.util.Optional.empty();
    }
    List<String> paths = history.createHistoricProcessInstanceQuery().rootProcessInstanceId(caseId).listPage(0, MAX)
        .stream().filter(instance -> !instance.getId().equals(caseId))
        .map(HistoricProcessInstance::getProcessDefinitionKey).distinct().sorted().toList();
    return java.util.Optional.of(new CaseRecord(caseId, theCase.getBusinessKey(), day(theCase.getStartTime()),
        theCase.getEndTime() == null ? null : day(theCase.getEndTime()), paths));
  }

  private String day(Date moment) {
    return moment.toInstant().atZone(zone).toLocalDate().toString();
  }
}
