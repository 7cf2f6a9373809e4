package uk.shine.socialmedia.police;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import uk.shine.socialmedia.cases.CasePath;
import uk.shine.socialmedia.engine.EngineCommands;
import uk.shine.socialmedia.engine.EngineModels;
import uk.shine.socialmedia.engine.EngineRecords;
import uk.shine.socialmedia.engine.EngineTime;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.intake.ConcernVariables;
import uk.shine.socialmedia.routing.CaseHandOver;

/**
 * The police hold, one for the whole case. It starts once a referral to the police is recorded anywhere
 * in the case (triage's suspected crime, a safeguarding referral to the police, the imagery call, a
 * parent reported to the police, police liaison's own referral) and lasts while the police have not told
 * the school it may go ahead ({@code policeAskToWait} not recorded false). While it lasts, no internal
 * investigation step of the case becomes available:
 * <ul>
 * <li>the staff and pupil investigations ask it before they start ({@code ${policeHold.holds(execution)}})
 *     and wait for {@link PoliceVariables#POLICE_CLEARED};
 * <li>every other internal step a path declares ({@link CasePath#stepsHeldForThePolice()}) is put aside
 *     when it is created, or when the hold starts while it is open: offered to nobody, with no due date,
 *     until the police clear the school; then it goes back to its groups, its due date moved on by the
 *     time it was held.
 * </ul>
 * A referral recorded outside police liaison starts police liaison for the case (once), so someone asks
 * the police whether to wait and records when they clear the school.
 */
@Service("policeHold")
public class PoliceHold {

  /** Task-local: the groups a held step is given back on release. */
  static final String HELD_FROM_GROUPS = "policeHeldFromGroups";
  /** Task-local: the held step's due date, and when it was put aside. */
  static final String HELD_DUE = "policeHeldDue";
  static final String HELD_SINCE = "policeHeldSince";
  static final String REFERRED_TO_POLICE = "referredToPolice";

  private final Map<String, Set<String>> heldSteps;

  public PoliceHold(List<CasePath> paths) {
    this.heldSteps = paths.stream().collect(Collectors.toMap(CasePath::processKey, CasePath::stepsHeldForThePolice));
  }

  /** Whether an investigation in this path must wait for the police. */
  public boolean holds(DelegateExecution path) {
    if (path.getProcessInstance().getSuperExecution() == null) {
      throw new IllegalStateException("A path must run inside a case");
    }
    String caseId = EngineRecords.rootInstanceId(path);
    // asked from a person's command (the step before the investigation), who may not read the case itself
    return EngineCommands.withoutAuthorization(() -> holdsCase(path.getProcessEngineServices(), caseId));
  }

  /**
   * Records the police position on the case. From then on no investigation of the case starts while the
   * police ask the school to wait, and one that reaches its start after clearance goes ahead.
   */
  public void record(DelegateExecution policeLiaison, boolean askToWait) {
    String caseId = EngineRecords.rootInstanceId(policeLiaison);
    var services = policeLiaison.getProcessEngineServices();
    EngineCommands.withoutAuthorization(() -> {
      services.getRuntimeService().setVariable(caseId, PoliceVariables.POLICE_ASK_TO_WAIT, askToWait);
      services.getRuntimeService().setVariable(caseId, PoliceVariables.POLICE_REFERRAL_RECORDED, true);
      if (askToWait) {
        putAsideOpenSteps(services, policeLiaison.getProcessBusinessKey());
      }
    });
  }

  /** A referral to the police recorded outside police liaison: the hold starts, and police liaison with it. */
  public void referralRecorded(DelegateExecution anywhere) {
    String caseId = EngineRecords.rootInstanceId(anywhere);
    var services = anywhere.getProcessEngineServices();
    EngineCommands.withoutAuthorization(() -> {
      var runtime = services.getRuntimeService();
      runtime.setVariable(caseId, PoliceVariables.POLICE_REFERRAL_RECORDED, true);
      if (runtime.getVariable(caseId, PoliceVariables.POLICE_ASK_TO_WAIT) == null) {
        putAsideOpenSteps(services, anywhere.getProcessBusinessKey());
      }
    });
    CaseHandOver.startOnce(anywhere, PoliceVariables.PROCESS_KEY, PoliceVariables.POLICE_LIAISON_STARTED);
  }

  /**
   * A form that offers the police as one referral among others ({@code referredToPolice}, the safeguarding
   * referrals): a referral only when it is ticked ({@code ${policeHold.referralIfTicked(task)}}).
   */
  public void referralIfTicked(DelegateTask task) {
    if (Boolean.TRUE.equals(task.getExecution().getVariable(REFERRED_TO_POLICE))) {
      referralRecorded(task.getExecution());
    }
  }

  /** Lets the work of the case that waits for the police go ahead. */
  public void release(DelegateExecution policeLiaison) {
    String caseReference = policeLiaison.getProcessBusinessKey();
    var services = policeLiaison.getProcessEngineServices();
    // the person recording it may not see the other paths; releasing them is the engine's own work
    EngineCommands.withoutAuthorization(() -> {
      TaskService tasks = services.getTaskService();
      for (Task step : tasks.createTaskQuery().processInstanceBusinessKey(caseReference).list()) {
        if (tasks.getVariableLocal(step.getId(), HELD_FROM_GROUPS) instanceof String groups) {
          giveBack(tasks, step, groups);
        }
      }
      services.getRuntimeService().createMessageCorrelation(PoliceVariables.POLICE_CLEARED)
          .processInstanceBusinessKey(caseReference).correlateAllWithResult();
    });
  }

  /**
   * A new task: an internal step created while the case is held is put aside at once (its groups and due
   * date kept to give back).
   *
   * @return whether it was: the engine then takes its candidate groups off (they are not written yet, so only
   *     the engine can)
   */
  public boolean putAsideNew(DelegateTask task) {
    String processKey = EngineModels.processKey(task.getExecution());
    if (!heldSteps.getOrDefault(processKey, Set.of()).contains(task.getTaskDefinitionKey())) {
      return false;
    }
    var services = task.getProcessEngineServices();
    String caseId = EngineRecords.rootInstanceId(task.getExecution());
    if (!EngineCommands.withoutAuthorization(() -> holdsCase(services, caseId))) {
      return false;
    }
    Set<String> groups = task.getCandidates().stream().filter(link -> link.getGroupId() != null)
        .map(IdentityLink::getGroupId).collect(Collectors.toCollection(java.util.TreeSet::new));
    task.setVariablesLocal(heldState(groups, task.getDueDate()));
    task.setDueDate(null);
    return true;
  }

  /** A step put aside for the police cannot be completed, whoever still sees it. */
  public void refuseWhileHeld(DelegateTask task) {
    if (task.getVariableLocal(HELD_FROM_GROUPS) != null) {
      throw new RefusedInput("task", "This step waits for the police: it can be done once the police have told the"
          + " school it may go ahead (recorded in police liaison)");
    }
  }

  private boolean holdsCase(ProcessEngineServices services, String caseId) {
    Map<String, Object> theCase = services.getRuntimeService().getVariables(caseId, List.of(
        ConcernVariables.CRIMINAL_SUSPICION, PoliceVariables.POLICE_REFERRAL_RECORDED, PoliceVariables.POLICE_ASK_TO_WAIT));
    boolean referred = Boolean.TRUE.equals(theCase.get(ConcernVariables.CRIMINAL_SUSPICION))
        || Boolean.TRUE.equals(theCase.get(PoliceVariables.POLICE_REFERRAL_RECORDED));
    return referred && !Boolean.FALSE.equals(theCase.get(PoliceVariables.POLICE_ASK_TO_WAIT));
  }

  private void putAsideOpenSteps(ProcessEngineServices services, String caseReference) {
    TaskService tasks = services.getTaskService();
    for (Task step : tasks.createTaskQuery().processInstanceBusinessKey(caseReference).list()) {
      String processKey = services.getRepositoryService().getProcessDefinition(step.getProcessDefinitionId()).getKey();
      if (heldSteps.getOrDefault(processKey, Set.of()).contains(step.getTaskDefinitionKey())
          && tasks.getVariableLocal(step.getId(), HELD_FROM_GROUPS) == null) {
        Set<String> groups = tasks.getIdentityLinksForTask(step.getId()).stream()
            .filter(link -> link.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(link.getType()))
            .map(IdentityLink::getGroupId).collect(Collectors.toCollection(java.util.TreeSet::new));
        tasks.setVariablesLocal(step.getId(), heldState(groups, step.getDueDate()));
        groups.forEach(group -> tasks.deleteCandidateGroup(step.getId(), group));
        step.setDueDate(null);
        tasks.saveTask(step);
      }
    }
  }

  /** What a step put aside keeps, to be given back: its groups, its due date, since when it waits. */
  private static Map<String, Object> heldState(Set<String> groups, Date due) {
    Map<String, Object> state = new java.util.HashMap<>();
    state.put(HELD_FROM_GROUPS, String.join(",", groups));
    state.put(HELD_DUE, due);
    state.put(HELD_SINCE, EngineTime.now());
    return state;
  }

  private void giveBack(TaskService tasks, Task step, String groups) {
    Arrays.stream(groups.split(",")).filter(group -> !group.isBlank())
        .forEach(group -> tasks.addCandidateGroup(step.getId(), group));
    if (tasks.getVariableLocal(step.getId(), HELD_DUE) instanceof Date due
        && tasks.getVariableLocal(step.getId(), HELD_SINCE) instanceof Date since) {
      // the time the step was held does not count against it
      step.setDueDate(new Date(due.getTime() + EngineTime.now().getTime() - since.getTime()));
      tasks.saveTask(step);
    }
    tasks.removeVariablesLocal(step.getId(), List.of(HELD_FROM_GROUPS, HELD_DUE, HELD_SINCE));
  }
}
