package uk.shine.socialmedia.priorapproval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;
import uk.shine.socialmedia.security.CurrentUser;

/**
 * The register of prior approvals, read from the engine's history: every request with its latest
 * decision, review date and status. Read without a person's authorizations: the pages in front of it
 * decide who may see which part.
 */
@Service
class ApprovalRegister {

  /** One request as the register lists it. */
  public record Entry(String requestedBy, String kind, String channel, String details, String status, String decidedBy,
      String reviewOn, String withdrawnBecause, String requestedAt) {
  }

  private static final int MAX = 2000;

  private final HistoryService history;

  ApprovalRegister(HistoryService history) {
    this.history = history;
  }

  /** Every request of the reader's schools, the most recent first. */
  List<Entry> all(CurrentUser.Person reader) {
    List<Entry> entries = new ArrayList<>();
    for (HistoricProcessInstance request : history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ApprovalVariables.PROCESS_KEY).orderByProcessInstanceStartTime().desc().listPage(0, MAX)) {
      if (!reader.inSchool(request.getTenantId())) {
        continue;
      }
      Map<String, String> values = new HashMap<>();
      for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
          .processInstanceId(request.getId()).listPage(0, MAX)) {
        values.put(variable.getName(), variable.getValue() == null ? null : variable.getValue().toString());
      }
      ApprovalKind kind = ApprovalKind.named(values.get(ApprovalVariables.KIND));
      entries.add(new Entry(values.get(ApprovalVariables.REQUESTED_BY), kind == null ? null : kind.label(),
          values.get(ApprovalVariables.CHANNEL), values.get(ApprovalVariables.DETAILS),
          values.get(ApprovalVariables.STATUS), values.get(ApprovalVariables.DECIDED_BY),
          ApprovalVariables.APPROVED.equals(values.get(ApprovalVariables.STATUS))
              ? values.get(ApprovalVariables.REVIEW_ON) : null,
          values.get(ApprovalVariables.WITHDRAWN_BECAUSE), request.getStartTime().toInstant().toString()));
    }
    return entries;
  }

  /** Who may post for the school, and where: approvals to post on an official account, in force now. */
  List<Entry> officialAccounts(CurrentUser.Person reader) {
    return all(reader).stream().filter(entry -> ApprovalVariables.APPROVED.equals(entry.status())
        && ApprovalKind.POSTING_FOR_THE_SCHOOL.label().equals(entry.kind())).toList();
  }
}
