package uk.shine.socialmedia.chronology;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Service;
import uk.shine.socialmedia.cases.ProcessDeclaration;
import uk.shine.socialmedia.deadlines.CalendarProperties;
import uk.shine.socialmedia.deadlines.PlainDates;
import uk.shine.socialmedia.engine.EngineTime;
import uk.shine.socialmedia.forms.FormLabels;
import uk.shine.socialmedia.intake.CaseReferences;
import uk.shine.socialmedia.security.CurrentUser;

/**
 * A case's chronology, read from the engine's history with the person's own authorizations: the case
 * must be visible to them (the subject and outsiders find nothing), and each path, task and decision
 * appears only if they may read it (the head teacher does not see inside a safeguarding referral).
 * Besides the events as codes (kept for programs), each says itself in plain words: paths by their
 * names, people by their names, values as the forms show them; and what is still open, with when it is due.
 * Free text is not shown, except the notes of a meeting, under the step that records the meeting.
 */
@Service
public class CaseChronology {

  /** A case's events, oldest first, and its tasks still open, soonest due first. */
  public record Chronology(String caseReference, List<ChronologyEvent> events, List<OpenTask> open) {

    public Chronology(String caseReference, List<ChronologyEvent> events) {
      this(caseReference, events, List.of());
    }
  }

  /**
   * A task still to be done.
   *
   * @param due its due date as an ISO instant, null when it has none
   * @param dueShown the same in words in the school's time zone ("5 November 2026, 14:00 GMT")
   * @param heldBy who holds it, in words
   */
  public record OpenTask(String task, String path, String pathName, String heldBy, String due, String dueShown,
      boolean overdue) {

    static OpenTask of(HistoricTaskInstance task, String pathName, String heldBy, ZoneId zone, Instant now) {
      Date due = task.getDueDate();
      return new OpenTask(task.getName(), task.getProcessDefinitionKey(), pathName, heldBy,
          due == null ? null : due.toInstant().toString(), due == null ? null : PlainDates.moment(due, zone),
          due != null && due.toInstant().isBefore(now));
    }
  }

  // queries as a person must be bounded (queryMaxResultsLimit 2000); a case holds far fewer rows
  private static final int MAX = 2000;
  // a completed task's form values are stored in the same transaction as its completion
  private static final Duration SAME_MOMENT = Duration.ofSeconds(2);
  // the steps that send a letter of the case, and which letter (letters.LetterPage)
  private static final Map<String, String> LETTERS = Map.of(
      "send-hearing-invitation", "hearing-invitation",
      "send-outcome-letter", "hearing-outcome",
      "send-appeal-invitation", "appeal-invitation",
      "send-appeal-outcome-letter", "appeal-outcome",
      "send-no-further-action-letter", "no-further-action",
      "inform-parents-of-sanction", "sanction-notice");
  // the steps that record a meeting: the field of its day, then the field of its notes (forms/<step>.form)
  private static final Map<String, List<String>> MEETINGS = Map.of(
      "meet-parent", List.of("meetingDate", "meetingNotes"),
      "meet-staff-victim", List.of("metOn", "supportNotes"),
      "welfare-check-in", List.of("checkedInOn", "welfareNotes"));
  private static final List<String> MEETING_FIELDS = MEETINGS.values().stream().flatMap(List::stream).toList();

  /** The read log's times, as before. */
  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

  private final HistoryService history;
  private final IdentityService identity;
  private final ZoneId zone;
  private final DecisionVariables decisions;
  private final FormLabels formLabels;
  private final Names names;
  private final List<String> keptWithTheCase;

  CaseChronology(HistoryService history, IdentityService identity, CalendarProperties calendar,
      DecisionVariables decisions, FormLabels formLabels, Names names, List<ProcessDeclaration> processes) {
    this.keptWithTheCase = processes.stream().filter(ProcessDeclaration::keptWithTheCase)
        .map(ProcessDeclaration::processKey).toList();
    this.history = history;
    this.identity = identity;
    this.zone = calendar.zone();
    this.decisions = decisions;
    this.formLabels = formLabels;
    this.names = names;
  }

  public ZoneId zone() {
    return zone;
  }

  /** Empty when there is no such case or the person may not see it: the answer is the same. */
  public Optional<Chronology> of(String caseReference, CurrentUser.Person person) {
    identity.setAuthentication(person.userId(), person.groupIds(), person.tenantIds());
    try {
      Optional<HistoricProcessInstance> found = CaseReferences.find(history, caseReference);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      HistoricProcessInstance theCase = found.get();
      List<HistoricProcessInstance> instances = new ArrayList<>(history.createHistoricProcessInstanceQuery()
          .rootProcessInstanceId(theCase.getId()).listPage(0, MAX));
      for (String key : keptWithTheCase) {
        instances.addAll(history.createHistoricProcessInstanceQuery().processDefinitionKey(key)
            .processInstanceBusinessKey(caseReference).listPage(0, MAX));
      }
      List<HistoricTaskInstance> tasks = new ArrayList<>();
      List<Recorded> recorded = new ArrayList<>();
      List<Recorded> meetingValues = new ArrayList<>();
      for (HistoricProcessInstance instance : instances) {
        tasks.addAll(history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).listPage(0, MAX));
        recorded(instance, recorded, meetingValues);
      }
      // read as the engine from here on, only for what the person was just allowed to see
      identity.clearAuthentication();
      Map<String, String> completedBy = completedBy(tasks);
      Map<String, String> people = names.people(Stream.concat(completedBy.values().stream(),
          Stream.concat(tasks.stream().map(HistoricTaskInstance::getAssignee), instances.stream()
              .filter(instance -> instance.getId().equals(theCase.getId())).map(HistoricProcessInstance::getStartUserId)))
          .filter(Objects::nonNull).toList());
      List<ChronologyEvent> events = new ArrayList<>();
      for (HistoricProcessInstance instance : instances) {
        String key = instance.getProcessDefinitionKey();
        String name = pathName(instance);
        boolean isCase = instance.getId().equals(theCase.getId());
        String reporter = isCase ? instance.getStartUserId() : null;
        add(events, instance.getStartTime(), new ChronologyEvent(null, key, "started",
            isCase ? "Concern reported" : "Path started: " + key, reporter, name, people.get(reporter),
            isCase ? "Concern reported" : "Path started: " + name, List.of(), false, null));
        add(events, instance.getEndTime(), new ChronologyEvent(null, key, "ended", isCase ? "Case closed" : "Path ended: " + key,
            null, name, null, isCase ? "Case closed" : "Path finished: " + name, List.of(), false, null));
      }
      Map<String, String> pathNames = new HashMap<>();
      instances.forEach(instance -> pathNames.put(instance.getId(), pathName(instance)));
      List<Recorded> shown = firstOfEach(recorded);
      tasks(tasks, shown, meetingValues, completedBy, people, pathNames, events);
      for (Recorded decision : shown) {
        String by = decision.task == null ? null : completedBy(decision.task, completedBy);
        add(events, decision.at, new ChronologyEvent(null, decision.key, "decision",
            decisions.describe(decision.name, decision.value), by, pathNames.get(decision.instanceId), people.get(by),
            plain(decision), List.of(), decision.task != null, null));
      }
      events.sort(Comparator.comparing(event -> Instant.parse(event.at())));
      return Optional.of(new Chronology(caseReference, events, open(tasks, pathNames)));
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Whether the person may see the case at all (its history), under their own authorizations. */
  public boolean visible(String caseReference, CurrentUser.Person person) {
    identity.setAuthentication(person.userId(), person.groupIds(), person.tenantIds());
    try {
      return CaseReferences.find(history, caseReference).isPresent();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** A decision variable's value as it was stored, and the task whose completion stored it, if one did. */
  private static final class Recorded {
    final Date at;
    final String instanceId;
    final String key;
    final String name;
    final Object value;
    final String activityInstanceId;
    HistoricTaskInstance task;

    Recorded(HistoricVariableUpdate update, String key) {
      this.at = update.getTime();
      this.activityInstanceId = update.getActivityInstanceId();
      this.instanceId = update.getProcessInstanceId();
      this.key = key;
      this.name = update.getVariableName();
      this.value = update.getValue();
    }
  }

  /** The path's decisions, and the values of its meetings' fields, as stored. */
  private void recorded(HistoricProcessInstance instance, List<Recorded> found, List<Recorded> meetingValues) {
    for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(instance.getId()).variableUpdates()
        .listPage(0, MAX)) {
      HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
      if (update.getValue() == null || update.getTime() == null) {
        continue;
      }
      if (decisions.shows(update.getVariableName())) {
        found.add(new Recorded(update, instance.getProcessDefinitionKey()));
      } else if (MEETING_FIELDS.contains(update.getVariableName())) {
        meetingValues.add(new Recorded(update, instance.getProcessDefinitionKey()));
      }
    }
  }

  /**
   * Each decision once: a path receives the case's decisions when it starts, and a value stored again
   * unchanged says nothing new; a changed value (triage correcting the report) is shown.
   */
  private static List<Recorded> firstOfEach(List<Recorded> recorded) {
    List<Recorded> sorted = recorded.stream().sorted(Comparator.comparing((Recorded r) -> r.at)).toList();
    Map<String, Object> last = new HashMap<>();
    List<Recorded> shown = new ArrayList<>();
    for (Recorded decision : sorted) {
      if (!last.containsKey(decision.name) || !Objects.equals(last.get(decision.name), decision.value)) {
        shown.add(decision);
      }
      last.put(decision.name, decision.value);
    }
    return shown;
  }

  private String plain(Recorded decision) {
    String words = decision.value instanceof Boolean yes ? (yes ? "yes" : "no")
        : Optional.ofNullable(formLabels.ofValue(decision.name, decision.value))
            .orElseGet(() -> String.valueOf(decision.value).replace('_', ' ').toLowerCase(Locale.UK));
    return decisions.label(decision.name) + ": " + words;
  }

  private void tasks(List<HistoricTaskInstance> tasks, List<Recorded> shown, List<Recorded> meetingValues,
      Map<String, String> completedBy,
      Map<String, String> people, Map<String, String> pathNames, List<ChronologyEvent> events) {
    for (HistoricTaskInstance task : tasks) {
      String key = task.getProcessDefinitionKey();
      String pathName = pathNames.get(task.getProcessInstanceId());
      String due = task.getDueDate() == null ? "" : " (due " + WHEN.format(task.getDueDate().toInstant().atZone(zone)) + ")";
      String dueShown = task.getDueDate() == null ? "" : ", due " + PlainDates.moment(task.getDueDate(), zone);
      add(events, task.getStartTime(), new ChronologyEvent(null, key, "task", "Task created: " + task.getName() + due,
          null, pathName, null, "Task created: " + task.getName() + dueShown, List.of(), false, null));
      if (task.getEndTime() != null) {
        boolean done = "completed".equals(task.getDeleteReason());
        boolean late = done && task.getDueDate() != null && task.getEndTime().after(task.getDueDate());
        String by = done ? completedBy(task, completedBy) : null;
        List<String> decided = new ArrayList<>();
        if (done) {
          for (Recorded decision : shown) {
            if (decision.task == null && recordedBy(decision, task)) {
              decision.task = task;
              decided.add(plain(decision));
            }
          }
        }
        String letter = done && LETTERS.containsKey(task.getTaskDefinitionKey())
            ? "/letters/" + task.getProcessInstanceId() + "/" + LETTERS.get(task.getTaskDefinitionKey()) : null;
        add(events, task.getEndTime(), new ChronologyEvent(null, key, done ? "task-completed" : "task-ended",
            (done ? "Task completed: " : "Task ended without completion: ") + task.getName() + (late ? " (after its deadline)" : ""),
            by, pathName, people.get(by), (done ? "Done: " : "No longer needed: ") + task.getName()
                + (late ? " (after its deadline)" : ""), List.copyOf(decided), false, letter,
            done ? meeting(task, meetingValues) : null));
      } else if (task.getDueDate() != null) {
        add(events, task.getDueDate(), new ChronologyEvent(null, key, "deadline", "Deadline: " + task.getName(), null,
            pathName, null, "Due: " + task.getName(), List.of(), false, null));
      }
    }
  }

  /** The meeting a completed step records: its day and notes as that step stored them; null for other steps. */
  private ChronologyEvent.Meeting meeting(HistoricTaskInstance task, List<Recorded> meetingValues) {
    List<String> fields = MEETINGS.get(task.getTaskDefinitionKey());
    if (fields == null) {
      return null;
    }
    String held = valueOf(fields.get(0), task, meetingValues);
    String notes = valueOf(fields.get(1), task, meetingValues);
    if (held == null && notes == null) {
      return null;
    }
    return new ChronologyEvent.Meeting(held == null ? null : day(held), notes == null || notes.isBlank() ? null : notes);
  }

  private String valueOf(String field, HistoricTaskInstance task, List<Recorded> values) {
    return values.stream().filter(value -> value.name.equals(field) && recordedBy(value, task))
        .max(Comparator.comparing((Recorded value) -> value.at)).map(value -> value.value instanceof Date date
            ? date.toInstant().atZone(zone).toLocalDate().toString() : String.valueOf(value.value))
        .orElse(null);
  }

  /** A form's date ("2026-11-05", or with a time after it) in words; as written when it is not one. */
  private static String day(String value) {
    try {
      return PlainDates.day(LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value));
    } catch (DateTimeParseException notADate) {
      return value;
    }
  }

  /**
   * Whether the task's completion stored the decision: stored at the task's step, or else in its process
   * at the moment it was completed, never before the task existed (what the report said is not triage's).
   */
  private static boolean recordedBy(Recorded decision, HistoricTaskInstance task) {
    if (task.getActivityInstanceId() != null && task.getActivityInstanceId().equals(decision.activityInstanceId)) {
      return true;
    }
    return decision.instanceId.equals(task.getProcessInstanceId()) && decision.at.after(task.getStartTime())
        && Duration.between(decision.at.toInstant(), task.getEndTime().toInstant()).abs().compareTo(SAME_MOMENT) <= 0;
  }

  private List<OpenTask> open(List<HistoricTaskInstance> tasks, Map<String, String> pathNames) {
    Instant now = EngineTime.instant();
    return tasks.stream().filter(task -> task.getEndTime() == null)
        .sorted(Comparator.comparing(HistoricTaskInstance::getDueDate, Comparator.nullsLast(Comparator.naturalOrder())))
        .map(task -> OpenTask.of(task, pathNames.get(task.getProcessInstanceId()), names.holder(task.getId(), task.getAssignee()),
            zone, now))
        .toList();
  }

  private static String completedBy(HistoricTaskInstance task, Map<String, String> completedBy) {
    return Optional.ofNullable(completedBy.get(task.getId())).orElse(task.getAssignee());
  }

  /**
   * Who pressed Complete: the engine's user operation log. It is read without the person's
   * authentication, but only for tasks they have just been allowed to see, and only the user id.
   */
  private Map<String, String> completedBy(List<HistoricTaskInstance> tasks) {
    Map<String, String> by = new HashMap<>();
    for (HistoricTaskInstance task : tasks) {
      history.createUserOperationLogQuery().taskId(task.getId())
          .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).listPage(0, 10).stream()
          .filter(entry -> entry.getUserId() != null).findFirst()
          .ifPresent(entry -> by.put(task.getId(), entry.getUserId()));
    }
    return by;
  }

  /** The path's name as its process declares it; its key when the model has none. */
  private static String pathName(HistoricProcessInstance instance) {
    return Optional.ofNullable(instance.getProcessDefinitionName()).orElse(instance.getProcessDefinitionKey());
  }

  private static void add(List<ChronologyEvent> events, Date at, ChronologyEvent event) {
    if (at != null) {
      events.add(new ChronologyEvent(at.toInstant().toString(), event.path(), event.kind(), event.what(), event.by(),
          event.pathName(), event.byName(), event.said(), event.decided(), event.withTask(), event.letter(),
          event.meeting()));
    }
  }
}
