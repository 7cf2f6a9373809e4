package uk.shine.socialmedia.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.springframework.stereotype.Service;
import uk.shine.socialmedia.deadlines.CalendarProperties;
import uk.shine.socialmedia.engine.EngineUser;
import uk.shine.socialmedia.indecentimagery.ImageryVariables;
import uk.shine.socialmedia.intake.ConcernVariables;
import uk.shine.socialmedia.safeguarding.SafeguardingVariables;

/**
 * The governors' audit. Governors may not read case content in the engine, so this service reads the
 * history itself, without anyone's authentication, and decides what leaves: only the fields of
 * {@link AuditedCase}, each a reference, a process key, a time or a value from a fixed list.
 * Reporter, summary, names and notes are never read, so they cannot leak.
 */
@Service
public class GovernorsAudit {

  /** The close-case form's list; anything else (never expected) is reported as OTHER, never verbatim. */
  static final Set<String> OUTCOMES = Set.of("ACTION_TAKEN", "REFERRED", "NOT_UPHELD", "NO_FURTHER_ACTION");

  private static final int PAGE = 500;
  // a case and its paths hold well under this (queries stay bounded, as queryMaxResultsLimit asks)
  private static final int MAX_PER_CASE = 2000;
  private static final List<String> AUDITED_VARIABLES = List.of(ConcernVariables.OUTCOME_CATEGORY,
      SafeguardingVariables.LADO_DEADLINE_MET, ImageryVariables.URGENT_STEPS_OVERDUE);

  private final HistoryService history;
  private final IdentityService identity;
  private final ZoneId zone;

  public GovernorsAudit(HistoryService history, IdentityService identity,
      CalendarProperties calendar) {
    this.history = history;
    this.identity = identity;
    this.zone = calendar.zone();
  }

  public ZoneId zone() {
    return zone;
  }

  /** Completed cases closed in the period, oldest first. */
  public List<AuditedCase> completedCases(AuditPeriod period) {
    return EngineUser.asNobody(identity, () -> {
      List<AuditedCase> cases = new ArrayList<>();
      for (int first = 0; ; first += PAGE) {
        List<HistoricProcessInstance> page = closedIn(period).listPage(first, PAGE);
        page.stream().filter(instance -> period.contains(instance.getEndTime().toInstant(), zone))
            .map(this::audited).forEach(cases::add);
        if (page.size() < PAGE) {
          return cases;
        }
      }
    });
  }

  private HistoricProcessInstanceQuery closedIn(AuditPeriod period) {
    HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ConcernVariables.PROCESS_KEY).completed();
    if (period.from() != null) {
      query.finishedAfter(period.start(zone));
    }
    if (period.to() != null) {
      query.finishedBefore(period.end(zone));
    }
    return query.orderByProcessInstanceEndTime().asc().orderByProcessInstanceId().asc();
  }

  private AuditedCase audited(HistoricProcessInstance theCase) {
    List<HistoricProcessInstance> paths = history.createHistoricProcessInstanceQuery()
        .rootProcessInstanceId(theCase.getId()).listPage(0, MAX_PER_CASE).stream()
        .filter(instance -> !instance.getId().equals(theCase.getId())).toList();
    List<String> instanceIds = new ArrayList<>(paths.stream().map(HistoricProcessInstance::getId).toList());
    instanceIds.add(theCase.getId());
    Map<String, List<Object>> values = history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(instanceIds.toArray(String[]::new))
        .variableNameIn(AUDITED_VARIABLES.toArray(String[]::new)).listPage(0, MAX_PER_CASE).stream()
        .filter(variable -> variable.getValue() != null)
        .collect(Collectors.groupingBy(HistoricVariableInstance::getName,
            Collectors.mapping(HistoricVariableInstance::getValue, Collectors.toList())));

    List<String> pathKeys = paths.stream().map(HistoricProcessInstance::getProcessDefinitionKey).distinct().sorted().toList();
    Deadline lado = lado(values.getOrDefault(SafeguardingVariables.LADO_DEADLINE_MET, List.of()));
    Deadline imagery = !pathKeys.contains(ImageryVariables.PROCESS_KEY) ? Deadline.NOT_APPLICABLE
        : values.getOrDefault(ImageryVariables.URGENT_STEPS_OVERDUE, List.of()).contains(Boolean.TRUE)
            ? Deadline.MISSED : Deadline.MET;
    Instant opened = theCase.getStartTime().toInstant();
    Instant closed = theCase.getEndTime().toInstant();
    return new AuditedCase(theCase.getBusinessKey(), pathKeys, opened.toString(), closed.toString(),
        Duration.between(opened, closed).toDays(), outcome(values.get(ConcernVariables.OUTCOME_CATEGORY)),
        Deadline.overall(List.of(lado, imagery)), lado, imagery);
  }

  private static Deadline lado(List<Object> met) {
    if (met.contains(Boolean.FALSE)) {
      return Deadline.MISSED;
    }
    return met.contains(Boolean.TRUE) ? Deadline.MET : Deadline.NOT_APPLICABLE;
  }

  private static String outcome(List<Object> recorded) {
    if (recorded == null || recorded.isEmpty()) {
      // every closure writes one (close-case, or triage.RecordNoFurtherAction): say so rather than guess
      return "NOT_RECORDED";
    }
    Object value = recorded.get(0);
    return OUTCOMES.contains(value) ? (String) value : "OTHER";
  }
}
