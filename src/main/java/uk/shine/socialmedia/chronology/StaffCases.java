package uk.shine.socialmedia.chronology;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;
import uk.shine.socialmedia.deadlines.CalendarProperties;
import uk.shine.socialmedia.deadlines.PlainDates;
import uk.shine.socialmedia.engine.EngineTime;
import uk.shine.socialmedia.security.CurrentUser;
import uk.shine.socialmedia.staff.StaffCaseVariables;

/**
 * The open staff cases a person may read, at a glance: where each stands, its open tasks with who
 * holds them and when they are due. Read with the person's own authorizations, so the subject of a
 * case never finds it here.
 */
@Service
class StaffCases {

  /** One open staff case; {@code soonestDue} orders the list, the most pressing first. */
  record StaffCase(String caseReference, String instanceId, String opened, List<String> stage,
      List<CaseChronology.OpenTask> tasks, boolean overdue, Instant soonestDue) {
  }

  // queries as a person must be bounded (queryMaxResultsLimit 2000)
  private static final int MAX = 500;
  // what stands for a stage: a step or a wait, not the scopes around them
  private static final List<String> NOT_A_STAGE = List.of("subProcess", "multiInstanceBody", "processDefinition");

  private final HistoryService history;
  private final IdentityService identity;
  private final Names names;
  private final ZoneId zone;

  StaffCases(HistoryService history, IdentityService identity, Names names, CalendarProperties calendar) {
    this.history = history;
    this.identity = identity;
    this.names = names;
    this.zone = calendar.zone();
  }

  ZoneId zone() {
    return zone;
  }

  List<StaffCase> openFor(CurrentUser.Person person) {
    identity.setAuthentication(person.userId(), person.groupIds());
    try {
      Instant now = EngineTime.instant();
      return history.createHistoricProcessInstanceQuery().processDefinitionKey(StaffCaseVariables.PROCESS_KEY)
          .unfinished().listPage(0, MAX).stream().map(instance -> read(instance, now))
          .sorted(Comparator.comparing(StaffCase::soonestDue, Comparator.nullsLast(Comparator.naturalOrder()))
              .thenComparing(StaffCase::caseReference, Comparator.nullsLast(Comparator.naturalOrder())))
          .toList();
    } finally {
      identity.clearAuthentication();
    }
  }

  private StaffCase read(HistoricProcessInstance instance, Instant now) {
    List<String> stage = history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).unfinished()
        .listPage(0, MAX).stream().filter(activity -> !NOT_A_STAGE.contains(activity.getActivityType()))
        .map(HistoricActivityInstance::getActivityName).filter(Objects::nonNull).distinct().toList();
    List<HistoricTaskInstance> open = history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .unfinished().listPage(0, MAX);
    List<CaseChronology.OpenTask> tasks = open.stream()
        .sorted(Comparator.comparing(HistoricTaskInstance::getDueDate, Comparator.nullsLast(Comparator.naturalOrder())))
        .map(task -> CaseChronology.OpenTask.of(task, instance.getProcessDefinitionName(),
            names.holder(task.getId(), task.getAssignee()), zone, now))
        .toList();
    Instant soonest = open.stream().map(HistoricTaskInstance::getDueDate).filter(Objects::nonNull).map(Date::toInstant)
        .min(Comparator.naturalOrder()).orElse(null);
    return new StaffCase(instance.getBusinessKey(), instance.getId(), PlainDates.moment(instance.getStartTime(), zone),
        stage, tasks, tasks.stream().anyMatch(CaseChronology.OpenTask::overdue), soonest);
  }
}
