package uk.shine.socialmedia.intake;

import java.security.SecureRandom;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.WorkingDays;
import uk.shine.socialmedia.engine.EngineRecords;
import uk.shine.socialmedia.schools.Trust;

/**
 * Case references people can read out on the phone: {@code SMC-VIL-261124-7KQ2M}, the school's
 * reference code, the day and five random characters, so a reference says its school and no two
 * schools of the trust can give the same one. They carry no personal data, so they can appear in
 * e-mails, Cockpit and the governors' audit. References given before schools had codes
 * ({@code SMC-261124-7KQ2M}) stay valid.
 */
@Component
public class CaseReferences {

  // no I, L, O or U: nothing to misread
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

  /** What a case reference looks like, with the school's code or (older ones) without. */
  public static final String PATTERN = "SMC-([A-Z]{3}-)?[0-9]{6}-[0-9A-Z]{5}";

  private final SecureRandom random = new SecureRandom();
  private final WorkingDays workingDays;
  private final Trust trust;

  public CaseReferences(WorkingDays workingDays, Trust trust) {
    this.workingDays = workingDays;
    this.trust = trust;
  }

  /**
   * The case (not one of its paths, which share its reference) with this reference, in history, so
   * closed cases too; empty when there is none, or none the caller's authorizations let them see.
   */
  public static Optional<HistoricProcessInstance> find(HistoryService history, String caseReference) {
    List<HistoricProcessInstance> found = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ConcernVariables.PROCESS_KEY).processInstanceBusinessKey(caseReference).listPage(0, 2);
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /**
   * The reference of the case a process instance belongs to (the instance itself, or its root), read by
   * id with no query and no authorization check ({@link EngineRecords}, inside an engine command); null
   * for anything outside a case.
   */
  public static String ofInstance(String processInstanceId) {
    HistoricProcessInstance instance = EngineRecords.historicInstance(processInstanceId);
    if (instance == null) {
      return null;
    }
    String rootId = instance.getRootProcessInstanceId();
    HistoricProcessInstance root = rootId == null || rootId.equals(processInstanceId) ? instance
        : EngineRecords.historicInstance(rootId);
    return root != null && ConcernVariables.PROCESS_KEY.equals(root.getProcessDefinitionKey()) ? root.getBusinessKey()
        : null;
  }

  /** The reference of the case a task (open or done) belongs to, as {@link #ofInstance}. */
  public static String ofTask(String taskId) {
    HistoricTaskInstance task = EngineRecords.historicTask(taskId);
    return task == null ? null : ofInstance(task.getProcessInstanceId());
  }

  /** A new reference for a case of this school (its tenant id; none: the trust's central office). */
  public String next(String school) {
    StringBuilder reference = new StringBuilder("SMC-")
        .append(trust.referenceCodeOf(school)).append('-')
        .append(DAY.format(workingDays.today()))
        .append('-');
    for (int i = 0; i < 5; i++) {
      reference.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return reference.toString();
  }
}
