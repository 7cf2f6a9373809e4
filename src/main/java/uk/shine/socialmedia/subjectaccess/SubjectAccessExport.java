package uk.shine.socialmedia.subjectaccess;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import uk.shine.socialmedia.cases.ProcessDeclaration;
import uk.shine.socialmedia.intake.ConcernVariables;

/**
 * Everything the system holds about one person (data protection lead only, checked by the
 * controller): the cases they are the subject of, reported or are named in, with every path's
 * recorded values and comments; the tasks they worked on; register entries about them; what they
 * opened. Other people's names and user ids are taken out ({@link Redaction}).
 */
@Service
public class SubjectAccessExport {

  /** Fields that hold a Camunda user id. */
  static final Set<String> USER_FIELDS = Set.of(ConcernVariables.SUBJECT_USER_ID);
  private static final Set<String> NOT_SHOWN = Set.of("paths", "caseManagerGroup", "leaderGroup");

  public record Row(String label, String value) {
  }

  public record ExportedCase(String reference, String why, Date opened, Date closed, List<String> paths, List<Row> values,
      List<Row> steps, List<Row> comments) {
  }

  public record Export(String userId, String name, String email, List<String> groups, Instant madeAt, String madeBy,
      List<ExportedCase> cases, List<Row> tasks, List<Row> lowLevelConcerns, List<Row> opened) {

    /** Whom the export is about, for its title and file name. */
    public String who() {
      return userId != null ? userId : name;
    }
  }

  /** The export names a case about the person asking for it: someone else must make it. */
  public static class AboutTheRequester extends RuntimeException {
    AboutTheRequester() {
      super("This export includes a case about you: another data protection lead must make it");
    }
  }

  private final HistoryService history;
  private final IdentityService identity;
  private final TaskService tasks;
  private final JdbcTemplate jdbc;
  /**
   * Fields that hold a person's name, in any case or path (each process declares its own); the value
   * is shown only when it is the person's own.
   */
  private final Set<String> nameFields;

  public SubjectAccessExport(HistoryService history, IdentityService identity, TaskService tasks, JdbcTemplate jdbc,
      List<ProcessDeclaration> processes) {
    this.history = history;
    this.identity = identity;
    this.tasks = tasks;
    this.jdbc = jdbc;
    this.nameFields = nameFields(processes);
  }

  static Set<String> nameFields(List<? extends ProcessDeclaration> processes) {
    return processes.stream().flatMap(process -> process.nameFields().stream())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * @param userId the person's Camunda user id, or null for someone who has none (a parent, a member of the public)
   * @param name their name as the cases record it, when they have no user id
   * @param inSchool whether a school (tenant id) is one of the requester's: the export keeps to those
   * @return null when the system knows nothing of this person
   */
  public Export of(String userId, String name, String requestedBy, Predicate<String> inSchool) {
    User user = userId == null ? null : identity.createUserQuery().userId(userId).singleResult();
    String fullName = user == null ? name : (user.getFirstName() + " " + user.getLastName()).trim();
    Map<String, String> cases = new LinkedHashMap<>();
    if (userId != null) {
      history.createHistoricVariableInstanceQuery().variableValueEquals(ConcernVariables.SUBJECT_USER_ID, userId).list()
          .forEach(variable -> cases.putIfAbsent(variable.getRootProcessInstanceId(), "The case is about you"));
      history.createHistoricProcessInstanceQuery().processDefinitionKey(ConcernVariables.PROCESS_KEY).startedBy(userId)
          .list().forEach(theCase -> cases.putIfAbsent(theCase.getId(), "You reported it"));
    }
    if (fullName != null && !fullName.isBlank()) {
      for (String field : nameFields) {
        history.createHistoricVariableInstanceQuery().variableValueEquals(field, fullName).list()
            .forEach(variable -> cases.putIfAbsent(variable.getRootProcessInstanceId(), "You are named in it"));
      }
    }
    List<HistoricTaskInstance> worked = userId == null ? List.of() : history.createHistoricTaskInstanceQuery()
        .taskAssignee(userId).orderByHistoricActivityInstanceStartTime().asc().list().stream()
        .filter(task -> inSchool.test(task.getTenantId())).toList();
    if (user == null && cases.isEmpty() && worked.isEmpty()) {
      return null;
    }
    List<LoadedCase> loaded = new ArrayList<>();
    cases.forEach((caseId, why) -> loaded.add(load(caseId, why)));
    loaded.removeIf(theCase -> !inSchool.test(theCase.theCase().getTenantId()));
    if (loaded.stream().anyMatch(theCase -> requestedBy.equals(theCase.subject()))) {
      throw new AboutTheRequester();
    }
    Redaction redaction = redaction(userId, fullName, user);
    List<ExportedCase> records = loaded.stream().map(theCase -> caseRecord(theCase, userId, redaction)).toList();
    return new Export(userId, fullName, user == null ? null : user.getEmail(), user == null ? List.of()
        : identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getName).toList(), Instant.now(),
        requestedBy, records, worked.stream().map(task -> new Row(task.getName(), reference(task.getRootProcessInstanceId())
            + ", " + task.getStartTime() + (task.getEndTime() == null ? " (open)" : " to " + task.getEndTime()))).toList(),
        lowLevelConcerns(userId, fullName, redaction), opened(userId));
  }

  /** A case, its paths and every value recorded on them, read once for the whole export. */
  private record LoadedCase(String why, HistoricProcessInstance theCase, List<HistoricProcessInstance> hierarchy,
      List<HistoricVariableInstance> variables) {

    Object subject() {
      return variables.stream().filter(variable -> variable.getProcessInstanceId().equals(theCase.getId())
          && ConcernVariables.SUBJECT_USER_ID.equals(variable.getName()) && variable.getValue() != null)
          .map(HistoricVariableInstance::getValue).findFirst().orElse(null); // a report may record "no one named" as null
    }
  }

  private LoadedCase load(String caseId, String why) {
    List<HistoricProcessInstance> hierarchy = history.createHistoricProcessInstanceQuery().rootProcessInstanceId(caseId)
        .orderByProcessInstanceStartTime().asc().list();
    HistoricProcessInstance theCase = hierarchy.stream().filter(instance -> instance.getId().equals(caseId)).findFirst()
        .orElseThrow();
    return new LoadedCase(why, theCase, hierarchy, history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(hierarchy.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
        .disableCustomObjectDeserialization().orderByVariableName().asc().list());
  }

  private ExportedCase caseRecord(LoadedCase loaded, String userId, Redaction redaction) {
    List<Row> values = new ArrayList<>();
    List<Row> steps = new ArrayList<>();
    List<Row> comments = new ArrayList<>();
    for (HistoricProcessInstance instance : loaded.hierarchy()) {
      for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
          .orderByHistoricActivityInstanceStartTime().asc().list()) {
        boolean own = userId != null && userId.equals(task.getAssignee());
        steps.add(new Row(task.getStartTime().toInstant().toString(), task.getName()
            + (task.getEndTime() == null ? " (open)" : ", finished " + task.getEndTime().toInstant()
                + (task.getAssignee() == null ? "" : own ? " by you" : " by another person"))));
      }
      for (HistoricVariableInstance variable : loaded.variables()) {
        if (variable.getProcessInstanceId().equals(instance.getId()) && variable.getValue() != null
            && !NOT_SHOWN.contains(variable.getName())) {
          values.add(new Row(instance.getProcessDefinitionName() + ": " + label(variable.getName()),
              shown(variable.getName(), variable.getValue(), userId, redaction)));
        }
      }
      for (Comment comment : tasks.getProcessInstanceComments(instance.getId())) {
        boolean own = userId != null && userId.equals(comment.getUserId());
        comments.add(new Row(comment.getTime() + ", " + (own ? "you" : "another person"),
            redaction.text(comment.getFullMessage())));
      }
    }
    HistoricProcessInstance theCase = loaded.theCase();
    return new ExportedCase(theCase.getBusinessKey(), loaded.why(), theCase.getStartTime(), theCase.getEndTime(),
        loaded.hierarchy().stream().filter(instance -> instance != theCase)
            .map(HistoricProcessInstance::getProcessDefinitionName).toList(), values, steps, comments);
  }

  private String shown(String name, Object value, String userId, Redaction redaction) {
    String text = value instanceof Date date ? date.toInstant().toString() : value.toString();
    if (USER_FIELDS.contains(name)) {
      return text.equals(userId) ? text : "[user id of another person removed]";
    }
    return nameFields.contains(name) ? redaction.name(text) : redaction.text(text);
  }

  /**
   * Everyone the system knows by name or user id, and the names recorded in the name fields of every
   * case (a pupil named in one case's report is as much a third party in another case's summary).
   */
  private Redaction redaction(String userId, String fullName, User user) {
    Set<String> full = new LinkedHashSet<>();
    Set<String> first = new LinkedHashSet<>();
    Set<String> last = new LinkedHashSet<>();
    Set<String> ids = new LinkedHashSet<>();
    for (User other : identity.createUserQuery().listPage(0, 2000)) {
      if (!other.getId().equals(userId)) {
        ids.add(other.getId());
      }
      if (!other.getId().equals(userId) && !(other.getFirstName() + " " + other.getLastName()).equalsIgnoreCase(fullName)) {
        add(full, (nullToEmpty(other.getFirstName()) + " " + nullToEmpty(other.getLastName())).trim());
        add(first, other.getFirstName());
        add(last, other.getLastName());
      }
    }
    history.createHistoricVariableInstanceQuery().variableNameIn(nameFields.toArray(String[]::new)).list().stream()
        .map(HistoricVariableInstance::getValue).filter(String.class::isInstance).map(String.class::cast)
        .forEach(name -> {
          add(full, name);
          // its first and last words as a user's first and last name
          String[] words = name.trim().split("\\s+");
          if (words.length > 1) {
            add(first, words[0]);
            add(last, words[words.length - 1]);
          }
        });
    Set<String> own = new LinkedHashSet<>();
    add(own, fullName);
    if (fullName != null) {
      for (String word : fullName.trim().split("\\s+")) {
        add(own, word);
      }
    }
    if (user != null) {
      add(own, user.getFirstName());
      add(own, user.getLastName());
    }
    return new Redaction(own, full, first, last, ids);
  }

  private List<Row> lowLevelConcerns(String userId, String fullName, Redaction redaction) {
    return jdbc.query("select recorded_at, case_reference, concern from low_level_concern where staff_user_id = ? "
        + "or lower(staff_name) = lower(?) order by recorded_at", (row, n) -> new Row(row.getTimestamp(1).toInstant()
        + ", case " + row.getString(2), redaction.text(row.getString(3))), userId == null ? "" : userId,
        fullName == null ? "" : fullName);
  }

  private List<Row> opened(String userId) {
    if (userId == null) {
      return List.of();
    }
    return jdbc.query("select read_at, case_reference, what_was_read, allowed from smc_case_read_log where user_id = ? "
        + "order by read_at", (row, n) -> new Row(row.getTimestamp(1).toInstant().toString(), row.getString(3) + " of "
        + row.getString(2) + (row.getBoolean(4) ? "" : " (refused)")), userId);
  }

  private String reference(String rootProcessInstanceId) {
    HistoricProcessInstance root = history.createHistoricProcessInstanceQuery().processInstanceId(rootProcessInstanceId)
        .singleResult();
    return root == null || root.getBusinessKey() == null ? "a case" : "case " + root.getBusinessKey();
  }

  /** {@code staffMemberName} reads "Staff member name". */
  static String label(String variableName) {
    String words = variableName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static void add(Set<String> names, String name) {
    if (name != null && !name.isBlank()) {
      names.add(name.trim());
    }
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
