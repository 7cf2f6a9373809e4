package uk.shine.socialmedia.pupilmoves;

import static uk.shine.socialmedia.pupilmoves.TransferVariables.CASE_IDS;
import static uk.shine.socialmedia.pupilmoves.TransferVariables.CASE_LIST;
import static uk.shine.socialmedia.pupilmoves.TransferVariables.FILE_DUE;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.SchoolDays;
import uk.shine.socialmedia.deadlines.WorkingDays;
import uk.shine.socialmedia.engine.EngineTime;
import uk.shine.socialmedia.cases.ProcessDeclaration;
import uk.shine.socialmedia.engine.ExplicitTenants;
import uk.shine.socialmedia.engine.SchoolMoves;
import uk.shine.socialmedia.notification.Notifications;
import uk.shine.socialmedia.schools.Schools;

/**
 * The steps of a transfer, named in the model: {@code ${transferSteps.findRecords(execution)}} lists the
 * pupil's cases at the sending school, {@code openReceipt} gives the receiving school its side (its own
 * instance, in its own tenant), {@code moveCases} moves the cases to the receiving school once its
 * DSL confirms the file has arrived, {@code confirmToSender} and {@code tellSender} close the loop.
 */
@Component("transferSteps")
public class TransferSteps {

  /** KCSIE: the child protection file is transferred within 5 school days of the pupil's start at the new school. */
  static final int FILE_WITHIN_SCHOOL_DAYS = 5;
  static final String RECEIVING_START = "records-arriving";

  private final PupilRecords records;
  private final SchoolDays schoolDays;
  private final WorkingDays workingDays;
  private final HistoryService history;
  private final Notifications notifications;
  private final List<String> keptWithTheCase;
  private final Schools schools;

  TransferSteps(PupilRecords records, SchoolDays schoolDays, WorkingDays workingDays, HistoryService history,
      Notifications notifications, List<ProcessDeclaration> processes, Schools schools) {
    this.schools = schools;
    this.records = records;
    this.schoolDays = schoolDays;
    this.workingDays = workingDays;
    this.history = history;
    this.notifications = notifications;
    this.keptWithTheCase = processes.stream().filter(ProcessDeclaration::keptWithTheCase)
        .map(ProcessDeclaration::processKey).toList();
  }

  public void findRecords(DelegateExecution execution) {
    TransferVariables transfer = TransferVariables.of(execution);
    List<PupilRecords.CaseRecord> found = records.of(transfer.text(TransferVariables.PUPIL_REFERENCE),
        transfer.text(TransferVariables.SENDING_SCHOOL));
    transfer.set(CASE_LIST, found.isEmpty() ? "No case of this school names this pupil."
        : found.stream().map(PupilRecords.CaseRecord::line).collect(Collectors.joining("\n")));
    transfer.set(CASE_IDS, found.stream().map(PupilRecords.CaseRecord::caseId).collect(Collectors.joining(",")));
    transfer.set(FILE_DUE, fileDue(transfer));
    transfer.set(TransferVariables.TRANSFER_DOCUMENT, TransferDocumentController.path(execution.getProcessInstanceId()));
  }

  /** The end of the fifth school day after the pupil's start; at the earliest the end of today. */
  private Date fileDue(TransferVariables transfer) {
    // the receiving school's school days (its terms and INSET days); outside the trust, the trust's calendar
    Date due = workingDays.endOf(schoolDays.of(transfer.text(TransferVariables.RECEIVING_SCHOOL))
        .plus(transfer.startsOn(), FILE_WITHIN_SCHOOL_DAYS));
    Date endOfToday = workingDays.fromNow(0);
    if (!due.before(endOfToday)) {
      return due;
    }
    return endOfToday.after(EngineTime.now()) ? endOfToday : workingDays.fromNow(1);
  }

  /** The receiving school's side: an instance of its own school (tenant), started by the application alone. */
  public void openReceipt(DelegateExecution execution) {
    Map<String, Object> carried = new HashMap<>();
    for (String name : List.of(TransferVariables.PUPIL_REFERENCE, TransferVariables.STARTS_ON, CASE_LIST, CASE_IDS,
        FILE_DUE, TransferVariables.SENDING_SCHOOL, TransferVariables.RECEIVING_SCHOOL, TransferVariables.WITHIN_TRUST)) {
      carried.put(name, execution.getVariable(name));
    }
    carried.put(TransferVariables.SENDING_INSTANCE, execution.getProcessInstanceId());
    String receiving = TransferVariables.of(execution).text(TransferVariables.RECEIVING_SCHOOL);
    ExplicitTenants.startIn(receiving, () -> execution.getProcessEngineServices().getRuntimeService()
        .createProcessInstanceByKey(TransferVariables.PROCESS_KEY).processDefinitionWithoutTenantId()
        .businessKey(execution.getProcessBusinessKey()).setVariables(carried)
        .startBeforeActivity(RECEIVING_START).execute());
  }

  /**
   * The file moves: each of the pupil's cases, with whatever is kept with it, leaves the sending school for
   * the receiving one (its tenant), so the receiving school's people read it by their groups, as any case of
   * theirs, and the sending school's no longer do. The sending school keeps this transfer's own record.
   */
  public void moveCases(DelegateExecution execution) {
    String from = TransferVariables.of(execution).text(TransferVariables.SENDING_SCHOOL);
    for (String caseId : TransferVariables.of(execution).caseIds()) {
      HistoricProcessInstance theCase = history.createHistoricProcessInstanceQuery().processInstanceId(caseId)
          .singleResult();
      if (theCase == null) {
        continue; // removed since the transfer listed it
      }
      List<String> roots = new ArrayList<>(List.of(caseId));
      for (String key : keptWithTheCase) {
        history.createHistoricProcessInstanceQuery().processDefinitionKey(key)
            .processInstanceBusinessKey(theCase.getBusinessKey()).list().forEach(kept -> roots.add(kept.getId()));
      }
      for (String root : roots) {
        SchoolMoves.move(root, from, execution.getTenantId());
        handOver(execution, root);
      }
    }
  }

  /** An open task held by someone of the sending school goes back to the receiving school's group. */
  private void handOver(DelegateExecution execution, String root) {
    TaskService taskService = execution.getProcessEngineServices().getTaskService();
    String[] instances = history.createHistoricProcessInstanceQuery().rootProcessInstanceId(root).list().stream()
        .map(HistoricProcessInstance::getId).toArray(String[]::new);
    taskService.createTaskQuery().processInstanceIdIn(instances).taskAssigned().list().stream()
        .filter(task -> !schools.of(task.getAssignee()).contains(execution.getTenantId()))
        .forEach(task -> taskService.setAssignee(task.getId(), null));
  }

  public void confirmToSender(DelegateExecution execution) {
    execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(TransferVariables.FILE_ARRIVED)
        .processInstanceId(TransferVariables.of(execution).text(TransferVariables.SENDING_INSTANCE)).correlate();
  }

  public void tellSender(DelegateExecution execution) {
    notifications.transferConfirmed(execution);
  }
}
