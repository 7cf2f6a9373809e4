package uk.shine.socialmedia.retention;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.CalendarProperties;
import uk.shine.socialmedia.engine.EngineRecords;
import uk.shine.socialmedia.engine.EngineTime;

/**
 * What decides how long a closed case's records are kept, read from the history of the case and
 * every path it took (paths write nothing back into the case, so the case's own variables are not enough).
 */
@Component
class CaseRecordFacts {

  static final String CHILD_BIRTH_DATE = "youngestChildBirthDate";
  static final String STAFF_BIRTH_DATE = "staffMemberBirthDate";
  private static final List<String> READ = List.of(CHILD_BIRTH_DATE, STAFF_BIRTH_DATE, "allegationOutcome",
      "noFurtherAction", "childOnChildAbuse");

  /** The facts of one closed case; dates of birth are null when not given or not plausible. */
  public record Facts(String caseReference, LocalDate openedOn, LocalDate closedOn, Set<String> processKeys,
      LocalDate childBirthDate, LocalDate staffBirthDate, String allegationOutcome, boolean noFurtherAction,
      boolean childOnChildAbuse) {

    public boolean took(String processKey) {
      return processKeys.contains(processKey);
    }
  }

  private final HistoryService history;
  private final ZoneId zone;

  CaseRecordFacts(HistoryService history, CalendarProperties calendar) {
    this.history = history;
    this.zone = calendar.zone();
  }

  public Facts of(String caseInstanceId) {
    // by id, not by a query: inside the schedule step's command
    HistoricProcessInstance theCase = EngineRecords.historicInstance(caseInstanceId);
    if (theCase == null) {
      throw new IllegalStateException("No history of case instance " + caseInstanceId);
    }
    List<HistoricProcessInstance> hierarchy = history.createHistoricProcessInstanceQuery()
        .rootProcessInstanceId(caseInstanceId).list();
    Map<String, Object> values = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(hierarchy.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
        .variableNameIn(READ.toArray(String[]::new)).disableCustomObjectDeserialization().list()) {
      if (variable.getValue() != null) {
        values.merge(variable.getName(), variable.getValue(), CaseRecordFacts::later);
      }
    }
    LocalDate opened = day(theCase.getStartTime());
    LocalDate closed = day(theCase.getEndTime() != null ? theCase.getEndTime() : EngineTime.now());
    return new Facts(theCase.getBusinessKey(), opened, closed,
        hierarchy.stream().map(HistoricProcessInstance::getProcessDefinitionKey).collect(Collectors.toSet()),
        birthDate(values.get(CHILD_BIRTH_DATE), opened), birthDate(values.get(STAFF_BIRTH_DATE), opened),
        values.get("allegationOutcome") == null ? null : values.get("allegationOutcome").toString(),
        Boolean.TRUE.equals(values.get("noFurtherAction")), Boolean.TRUE.equals(values.get("childOnChildAbuse")));
  }

  // the same variable in two paths: the one that says more wins (true over false, a date over none)
  private static Object later(Object first, Object second) {
    return Boolean.FALSE.equals(first) ? second : first;
  }

  private LocalDate day(Date moment) {
    return moment.toInstant().atZone(zone).toLocalDate();
  }

  // a date of birth after the report cannot be right: the rule then assumes the longest keeping instead
  private static LocalDate birthDate(Object value, LocalDate opened) {
    if (value == null) {
      return null;
    }
    try {
      LocalDate born = LocalDate.parse(value.toString());
      return born.isAfter(opened) || born.isBefore(opened.minusYears(100)) ? null : born;
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }
}
