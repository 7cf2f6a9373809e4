package uk.shine.socialmedia.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.springframework.stereotype.Service;
import uk.shine.socialmedia.cases.CasePath;
import uk.shine.socialmedia.cases.PolicyPrinciple;
import uk.shine.socialmedia.cases.PolicySection;
import uk.shine.socialmedia.cases.StatutoryDeadline;
import uk.shine.socialmedia.deadlines.CalendarProperties;
import uk.shine.socialmedia.deadlines.DeadlineMisses;
import uk.shine.socialmedia.engine.EngineUser;
import uk.shine.socialmedia.intake.ConcernVariables;
import uk.shine.socialmedia.staff.StaffCaseVariables;

/**
 * The governors' audit. Governors may not read case content in the engine, so this service reads the
 * history itself, without anyone's authentication, and decides what leaves: only the fields of
 * {@link AuditedCase}, each a reference, a process key, a time or a value from a fixed list.
 * Reporter, summary, names and notes are never read, so they cannot leak. Which of the Social Media Policy's
 * principles and sections a finding said were broken is read as the yes/no answers of the findings' forms.
 */
@Service
public class GovernorsAudit {

  /** The close-case form's list; anything else (never expected) is reported as OTHER, never verbatim. */
  static final Set<String> OUTCOMES = Set.of("ACTION_TAKEN", "REFERRED", "NOT_UPHELD", "NO_FURTHER_ACTION");

  private static final int PAGE = 500;
  // a case and its paths hold well under this (queries stay bounded, as queryMaxResultsLimit asks)
  private static final int MAX_PER_CASE = 2000;
  /** A statutory deadline as a path declares it, with the path that keeps it. */
  private record KeptDeadline(String pathKey, StatutoryDeadline deadline) {
  }

  private final HistoryService history;
  private final IdentityService identity;
  private final DeadlineMisses misses;
  private final ZoneId zone;
  private final List<KeptDeadline> deadlines;
  private final List<String> auditedVariables;

  public GovernorsAudit(HistoryService history, IdentityService identity, DeadlineMisses misses,
      CalendarProperties calendar, List<CasePath> paths) {
    this.history = history;
    this.identity = identity;
    this.misses = misses;
    this.zone = calendar.zone();
    this.deadlines = paths.stream().flatMap(path -> path.statutoryDeadlines().stream()
        .map(deadline -> new KeptDeadline(path.processKey(), deadline))).toList();
    for (KeptDeadline kept : deadlines) {
      if (!AuditedCase.DEADLINES.contains(kept.deadline().auditField())) {
        throw new IllegalStateException(kept.pathKey() + " keeps a deadline the audit does not report: "
            + kept.deadline().auditField() + " (the contract's audit names each: add it to AuditedCase)");
      }
    }
    this.auditedVariables = Stream.of(
        Stream.of(ConcernVariables.OUTCOME_CATEGORY, StaffCaseVariables.ALLEGATION_OUTCOME_AT),
        deadlines.stream().map(kept -> kept.deadline().variable()), PolicyPrinciple.variables().stream(),
        PolicySection.variables().stream()).flatMap(names -> names).distinct().toList();
  }

  public ZoneId zone() {
    return zone;
  }

  /** Completed cases of every school closed in the period, oldest first. */
  public List<AuditedCase> completedCases(AuditPeriod period) {
    return completedCases(period, null);
  }

  /**
   * Completed cases of these schools (tenant ids; null for every school) closed in the period, school by
   * school, oldest first in each.
   */
  public List<AuditedCase> completedCases(AuditPeriod period, List<String> schools) {
    return EngineUser.asNobody(identity, () -> {
      List<AuditedCase> cases = new ArrayList<>();
      for (int first = 0; ; first += PAGE) {
        List<HistoricProcessInstance> page = closedIn(period).listPage(first, PAGE);
        // a case of no school (started by the engine itself) is everyone's, as in the engine's own tenant check
        page.stream().filter(instance -> period.contains(instance.getEndTime().toInstant(), zone))
            .filter(instance -> schools == null || instance.getTenantId() == null
                || schools.contains(instance.getTenantId()))
            .map(this::audited).forEach(cases::add);
        if (page.size() < PAGE) {
          cases.sort(Comparator.comparing(AuditedCase::school, Comparator.nullsLast(Comparator.naturalOrder())));
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
        .variableNameIn(auditedVariables.toArray(String[]::new)).listPage(0, MAX_PER_CASE).stream()
        .filter(variable -> variable.getValue() != null)
        .collect(Collectors.groupingBy(HistoricVariableInstance::getName,
            Collectors.mapping(HistoricVariableInstance::getValue, Collectors.toList())));

    List<String> pathKeys = paths.stream().map(HistoricProcessInstance::getProcessDefinitionKey).distinct().sorted().toList();
    Map<String, Deadline> kept = new HashMap<>();
    for (String field : AuditedCase.DEADLINES) {
      kept.put(field, Deadline.NOT_APPLICABLE);
    }
    for (KeptDeadline deadline : deadlines) {
      kept.merge(deadline.deadline().auditField(), deadline(deadline, pathKeys, values),
          (one, other) -> Deadline.overall(List.of(one, other)));
    }
    // every rule's misses, by name; a statutory one makes the case's deadlines missed
    DeadlineMisses.CaseMisses missed = misses.countedFor(theCase.getId());
    Deadline statutory = missed.statutory() ? Deadline.MISSED : Deadline.NOT_APPLICABLE;
    Instant opened = theCase.getStartTime().toInstant();
    Instant closed = theCase.getEndTime().toInstant();
    return new AuditedCase(theCase.getBusinessKey(), pathKeys, opened.toString(), closed.toString(),
        Duration.between(opened, closed).toDays(), outcome(values.get(ConcernVariables.OUTCOME_CATEGORY)),
        Deadline.overall(List.of(Deadline.overall(kept.values()), statutory)), kept.get(AuditedCase.LADO_CONSULTATION),
        kept.get(AuditedCase.IMAGERY_URGENT_STEPS), missed.byRule(),
        PolicyPrinciple.ticked(ticked(values)).stream().map(p -> p.name().toLowerCase(Locale.ROOT)).toList(),
        PolicySection.ticked(ticked(values)).stream().map(Enum::name).toList(),
        outcomeTime(opened, values.get(StaffCaseVariables.ALLEGATION_OUTCOME_AT)), theCase.getTenantId());
  }

  /** Yes/no answers ticked on any path of the case (a breach found once counts once). */
  private static Map<String, Boolean> ticked(Map<String, List<Object>> values) {
    Map<String, Boolean> ticked = new HashMap<>();
    values.forEach((name, recorded) -> ticked.put(name, recorded.contains(Boolean.TRUE)));
    return ticked;
  }

  /** From the report (the case's start) to the allegation's KCSIE outcome, in the bands of the KCSIE targets. */
  private String outcomeTime(Instant reported, List<Object> outcomeAt) {
    if (outcomeAt == null || outcomeAt.isEmpty()) {
      return AuditedCase.NOT_APPLICABLE;
    }
    Instant outcome = ((Date) outcomeAt.get(0)).toInstant();
    ZonedDateTime report = reported.atZone(zone);
    int band = 0;
    for (int months : new int[] {1, 3, 12}) {
      if (!outcome.isAfter(report.plusMonths(months).toInstant())) {
        return AuditedCase.OUTCOME_TIMES.get(band);
      }
      band++;
    }
    return AuditedCase.OUTCOME_TIMES.get(band);
  }

  /** Whether one path's deadline was kept on this case, from what its variable recorded. */
  private static Deadline deadline(KeptDeadline kept, List<String> pathKeys, Map<String, List<Object>> values) {
    List<Object> recorded = values.getOrDefault(kept.deadline().variable(), List.of());
    return switch (kept.deadline().recorded()) {
      case MET_OR_MISSED -> recorded.contains(Boolean.FALSE) ? Deadline.MISSED
          : recorded.contains(Boolean.TRUE) ? Deadline.MET : Deadline.NOT_APPLICABLE;
      case MISSED_WHEN_SET -> !pathKeys.contains(kept.pathKey()) ? Deadline.NOT_APPLICABLE
          : recorded.contains(Boolean.TRUE) ? Deadline.MISSED : Deadline.MET;
    };
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
