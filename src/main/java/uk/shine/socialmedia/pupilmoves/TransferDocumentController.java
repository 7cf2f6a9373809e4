package uk.shine.socialmedia.pupilmoves;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.shine.socialmedia.engine.EngineUser;
import uk.shine.socialmedia.security.CaseGroups;
import uk.shine.socialmedia.security.CurrentUser;
import uk.shine.socialmedia.security.PageResponses;
import uk.shine.socialmedia.security.RegisterPages;

/**
 * {@code /transfers/{id}/document}: the transfer document a DSL prints for a school outside the trust
 * (or keeps for one inside it): the pupil's reference, the schools, the start date and the pupil's
 * cases by reference, dates and paths; never the content of a case, so nothing of any other child.
 * For the DSL and head teacher who may read that transfer.
 */
@RestController
class TransferDocumentController {

  private static final Set<String> READERS = Set.of(CaseGroups.DSL, CaseGroups.HEADTEACHER);
  private static final String ID = "[A-Za-z0-9-]{1,64}";

  private final CurrentUser currentUser;
  private final IdentityService identity;
  private final HistoryService history;
  private final PupilRecords records;

  TransferDocumentController(CurrentUser currentUser, IdentityService identity, HistoryService history,
      PupilRecords records) {
    this.currentUser = currentUser;
    this.identity = identity;
    this.history = history;
    this.records = records;
  }

  static String path(String transferId) {
    return "/transfers/" + transferId + "/document";
  }

  @GetMapping("/transfers/{transferId}/document")
  public ResponseEntity<?> document(@PathVariable String transferId, HttpServletRequest request) {
    Optional<ResponseEntity<Object>> refused = RegisterPages.refusal(currentUser, request, READERS,
        "Transfer documents are for the DSL and the head teacher");
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<Map<String, Object>> transfer = transferId.matches(ID) ? visible(transferId, currentUser.of(request).get())
        : Optional.empty();
    if (transfer.isEmpty()) {
      return PageResponses.refusal(HttpStatus.NOT_FOUND, "No such transfer for you");
    }
    Map<String, Object> values = transfer.get();
    String to = Optional.ofNullable(values.get(TransferVariables.OUTSIDE_SCHOOL_NAME))
        .orElse(values.get(TransferVariables.RECEIVING_SCHOOL)).toString();
    String about = "Pupil reference " + values.get(TransferVariables.PUPIL_REFERENCE) + ", leaving "
        + Optional.ofNullable(values.get(TransferVariables.SENDING_SCHOOL)).orElse("this school") + " for " + to
        + ", first day there " + values.get(TransferVariables.STARTS_ON) + ". The child protection file is sent "
        + "separately from the main pupil record, within 5 school days of that day (KCSIE). Below: the pupil's cases "
        + "at the sending school, by reference, dates and paths; ask the sending school's DSL for their content.";
    return RegisterPages.page(new RegisterPages.Table("Transfer of a pupil's records: " + values.get("reference"), about,
        List.of("Case reference", "Opened", "Closed", "Paths"),
        records.byId(TransferVariables.caseIds(values.get(TransferVariables.CASE_IDS))).stream()
            .map(found -> Arrays.asList(found.reference(), found.openedOn(),
                found.closedOn() == null ? "still open" : found.closedOn(), String.join(", ", found.paths())))
            .toList()));
  }

  /** The transfer's variables, when the person may read it under their own authorizations and schools. */
  private Optional<Map<String, Object>> visible(String transferId, CurrentUser.Person person) {
    return EngineUser.as(identity, person.userId(), person.groupIds(), person.tenantIds(), () -> {
      HistoricProcessInstance found = history.createHistoricProcessInstanceQuery().processInstanceId(transferId)
          .processDefinitionKey(TransferVariables.PROCESS_KEY).singleResult();
      if (found == null) {
        return Optional.<Map<String, Object>>empty();
      }
      Map<String, Object> values = new HashMap<>();
      history.createHistoricVariableInstanceQuery().processInstanceId(transferId).listPage(0, 100)
          .forEach(variable -> values.put(variable.getName(), variable.getValue()));
      values.put("reference", found.getBusinessKey());
      return Optional.of(values);
    });
  }
}
