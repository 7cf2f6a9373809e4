package uk.shine.socialmedia.security;

import jakarta.annotation.PostConstruct;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static uk.shine.socialmedia.security.CaseGroups.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.cases.CasePath;
import uk.shine.socialmedia.cases.ProcessDeclaration;
import uk.shine.socialmedia.cases.TasklistFilter;

/**
 * The contract's groups and what each may do, written at every start (idempotently), in every
 * profile. Case content is never granted here: that is per case, by {@link CaseAccess}.
 */
@Component
public class AccessSetup {

  private static final Map<String, String> GROUP_NAMES = Map.ofEntries(
      Map.entry(STAFF, "Staff"), Map.entry(HEADTEACHER, "Head teacher"), Map.entry(DSL, "Designated Safeguarding Lead"),
      Map.entry(SLT, "Senior leadership team"), Map.entry(HR, "HR"), Map.entry(GOVERNORS, "Governors"),
      Map.entry(CHAIR, "Chair of governors"), Map.entry(ADMIN, "System administrators"),
      Map.entry(DPO, "Data protection lead"), Map.entry(TRUSTEES, "Trustees"), Map.entry(CEO, "Chief executive"));

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;
  private final List<ProcessDeclaration> processes;

  public AccessSetup(IdentityService identity, AuthorizationService authorizations, FilterService filters,
      TaskService tasks, List<ProcessDeclaration> processes) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
    this.processes = processes;
  }

  @PostConstruct
  public void apply() {
    GROUP_NAMES.forEach(this::group);

    // who may start what (every employee reports a concern and asks to publish pupils' images; the
    // data protection lead places legal holds), as each process declares it; they start in Tasklist
    Set<String> starters = new TreeSet<>();
    for (ProcessDeclaration process : processes) {
      for (String group : process.starters()) {
        grant(group, Resources.PROCESS_DEFINITION, process.processKey(), Permissions.READ, Permissions.CREATE_INSTANCE);
        starters.add(group);
      }
    }
    for (String group : starters) {
      grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    }
    // models (not cases) that each role works with, so Tasklist and Cockpit can name and draw them:
    // the roles that lead cases read every model, the others those their processes declare
    for (String group : List.of(HEADTEACHER, DSL, CHAIR, CEO)) {
      grant(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
    }
    for (ProcessDeclaration process : processes) {
      for (String group : process.modelReaders()) {
        grant(group, Resources.PROCESS_DEFINITION, process.processKey(), Permissions.READ);
      }
    }
    for (String group : List.of(HR, HEADTEACHER, DSL, CHAIR)) {
      grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    }
    for (String group : CASE_WORKERS) {
      // names instead of ids in Tasklist
      grant(group, Resources.USER, "*", Permissions.READ);
      grant(group, Resources.GROUP, "*", Permissions.READ);
    }

    // the administrator runs the system, not the cases
    for (Resource resource : List.of(Resources.APPLICATION, Resources.USER, Resources.GROUP,
        Resources.GROUP_MEMBERSHIP, Resources.AUTHORIZATION, Resources.TENANT, Resources.TENANT_MEMBERSHIP,
        Resources.FILTER, Resources.SYSTEM)) {
      grant(ADMIN, resource, "*", Permissions.ALL);
    }
    for (Resource resource : List.of(Resources.DEPLOYMENT, Resources.PROCESS_DEFINITION,
        Resources.DECISION_DEFINITION, Resources.DECISION_REQUIREMENTS_DEFINITION)) {
      grant(ADMIN, resource, "*", Permissions.READ);
    }

    taskFilters();
  }

  // evaluated for the person who opens the filter (stored-query expressions)
  private static final String MY_GROUPS = "${currentUserGroups()}";

  /**
   * Tasklist opens the filter with the lowest priority number: each role's own work comes first, so
   * nobody lands on an empty list while urgent work waits elsewhere. Every filter lists the most urgent
   * (highest task priority) first, then the soonest due, whatever order Tasklist asks for besides.
   */
  private void taskFilters() {
    filter("Head teacher's tasks", "New reports to triage and cases to lead or close, urgent first", -30,
        mostUrgentFirst(tasks.createTaskQuery().taskCandidateGroup(HEADTEACHER).includeAssignedTasks()), HEADTEACHER);
    filter("Safeguarding tasks", "Work for the Designated Safeguarding Lead and deputies, urgent first", -30,
        mostUrgentFirst(tasks.createTaskQuery().taskCandidateGroup(DSL).includeAssignedTasks()), DSL);
    filter("Senior leaders' tasks", "Investigations, hearings and support, urgent first", -30,
        mostUrgentFirst(tasks.createTaskQuery().taskCandidateGroup(SLT).includeAssignedTasks()), SLT);
    filter("HR tasks", "Staff cases and centrally employed staff, urgent first", -30,
        mostUrgentFirst(tasks.createTaskQuery().taskCandidateGroup(HR).includeAssignedTasks()), HR);
    filter("Chair's tasks", "Cases about the head teacher, urgent first", -30,
        mostUrgentFirst(tasks.createTaskQuery().taskCandidateGroup(CHAIR).includeAssignedTasks()), CHAIR);
    filter("Chief executive's tasks", "Cases about the trust's HR, urgent first", -30,
        mostUrgentFirst(tasks.createTaskQuery().taskCandidateGroup(CEO).includeAssignedTasks()), CEO);
    filter("Records retention", "Personal data breaches, and closed cases' records to review before removal", -30,
        mostUrgentFirst(tasks.createTaskQuery().taskCandidateGroup(DPO).includeAssignedTasks()), DPO);
    String[] caseWorkers = CASE_WORKERS.toArray(String[]::new);
    filter("Overdue", "Past their due date", -20,
        mostUrgentFirst(tasks.createTaskQuery().dueBeforeExpression("${now()}").taskCandidateGroupInExpression(MY_GROUPS)
            .includeAssignedTasks()), caseWorkers);
    filter("My group's tasks", "Everything offered to your groups", -10,
        mostUrgentFirst(tasks.createTaskQuery().taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks()),
        caseWorkers);
    filter("Safeguarding", "Indecent images, safeguarding referrals and police liaison", -5,
        mostUrgentFirst(tasks.createTaskQuery().processDefinitionKeyIn(pathsIn(TasklistFilter.SAFEGUARDING))
            .taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks()), DSL, HEADTEACHER, CHAIR);
    filter("Staff cases", "Allegations, disciplinary and capability, support for staff", -5,
        mostUrgentFirst(tasks.createTaskQuery().processDefinitionKeyIn(pathsIn(TasklistFilter.STAFF_CASES))
            .taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks()), HR, HEADTEACHER, CHAIR, SLT);
    filter("My tasks", "Tasks you have claimed", 0,
        mostUrgentFirst(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")), caseWorkers);
    grant(DPO, Resources.FILTER, filters.createFilterQuery().filterName("My tasks").singleResult().getId(), Permissions.READ);
  }

  private static TaskQuery mostUrgentFirst(TaskQuery query) {
    return query.orderByTaskPriority().desc().orderByDueDate().asc();
  }

  /** The keys of the paths that declare their tasks belong in a themed filter. */
  private String[] pathsIn(TasklistFilter filter) {
    return processes.stream().filter(CasePath.class::isInstance).map(CasePath.class::cast)
        .filter(path -> path.tasklistFilters().contains(filter)).map(CasePath::processKey).sorted()
        .toArray(String[]::new);
  }

  private void filter(String name, String description, int priority, TaskQuery query, String... groups) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(name);
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("variables", List.of(Map.of("name", "caseReference", "label", "Case")));
    filter.setQuery(query).setProperties(properties);
    filters.saveFilter(filter);
    for (String group : groups) {
      grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }

  private void group(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(ADMIN.equals(id) ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
      identity.saveGroup(group);
    }
  }

  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization grant = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
    if (grant == null) {
      grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      grant.setGroupId(group);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    authorizations.saveAuthorization(grant);
  }
}
