package uk.shine.socialmedia.monitoring;

import static uk.shine.socialmedia.monitoring.MonitoringVariables.DECISION;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.springframework.stereotype.Service;
import uk.shine.socialmedia.security.CurrentUser;

/**
 * The monitoring register: every authorisation decision (the first and each renewal, refusals too),
 * read from the engine's history with the reader's own authorizations, so each person sees the
 * requests of the cases they manage (and the data protection lead every one), never one about
 * themselves. It goes with the case's records when retention removes them.
 */
@Service
class MonitoringRegister {

  /** One decision, as the register lists it. */
  public record Entry(String caseReference, String account, String concern, String scope, String requestedBy,
      String decision, String reasons, String decidedBy, String decidedAt, String authorisedUntil, String status) {
  }

  private static final int MAX = 2000;

  private final HistoryService history;
  private final IdentityService identity;

  MonitoringRegister(HistoryService history, IdentityService identity) {
    this.history = history;
    this.identity = identity;
  }

  List<Entry> readBy(CurrentUser.Person person) {
    identity.setAuthentication(person.userId(), person.groupIds(), person.tenantIds());
    try {
      List<Entry> entries = new ArrayList<>();
      for (HistoricProcessInstance request : history.createHistoricProcessInstanceQuery()
          .processDefinitionKey(MonitoringVariables.PROCESS_KEY).orderByProcessInstanceStartTime().desc()
          .listPage(0, MAX)) {
        entries.addAll(decisionsOf(request));
      }
      return entries;
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * Each decision with the values that stood once it was made: the variable updates in order, and a
   * copy of them at the last update of each authorisation task (the only step that sets the decision).
   */
  private List<Entry> decisionsOf(HistoricProcessInstance request) {
    Map<String, Object> current = new HashMap<>();
    Map<String, Map<String, Object>> atDecision = new LinkedHashMap<>();
    Map<String, String> decidedAt = new HashMap<>();
    for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(request.getId()).variableUpdates()
        .orderPartiallyByOccurrence().asc().listPage(0, MAX)) {
      HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
      current.put(update.getVariableName(), update.getValue());
      String step = update.getActivityInstanceId();
      if (DECISION.equals(update.getVariableName())) {
        atDecision.put(step, null);
        decidedAt.put(step, update.getTime().toInstant().toString());
      }
      if (atDecision.containsKey(step)) {
        atDecision.put(step, new HashMap<>(current));
      }
    }
    String status = request.getEndTime() == null ? "OPEN" : "ENDED";
    List<Entry> entries = new ArrayList<>();
    atDecision.forEach((step, values) -> {
      boolean authorised = MonitoringVariables.AUTHORISED.equals(values.get(DECISION));
      entries.add(new Entry(request.getBusinessKey(), text(values, MonitoringVariables.ACCOUNT),
          text(values, MonitoringVariables.CONCERN), text(values, MonitoringVariables.SCOPE),
          text(values, MonitoringVariables.REQUESTED_BY), text(values, DECISION),
          text(values, MonitoringVariables.DECISION_REASONS), text(values, MonitoringVariables.DECIDED_BY),
          decidedAt.get(step), authorised ? text(values, MonitoringVariables.AUTHORISED_UNTIL) : null,
          status.equals("ENDED") ? "ENDED " + text(current, MonitoringVariables.ENDED) : status));
    });
    return entries;
  }

  private static String text(Map<String, Object> values, String name) {
    Object value = values.get(name);
    return value == null ? null : value.toString();
  }
}
