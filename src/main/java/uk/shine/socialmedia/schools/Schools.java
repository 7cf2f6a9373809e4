package uk.shine.socialmedia.schools;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineUser;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.intake.CaseReferences;
import uk.shine.socialmedia.intake.ConcernVariables;
import uk.shine.socialmedia.intake.PerpetratorType;

/**
 * The schools of the trust as Camunda knows them: a school is a tenant, a person's schools are the
 * tenants they belong to (themselves or through a group), and a school's name is its tenant's name.
 * Read from identity each time, so a school or a member added in the Admin app counts at once.
 * Callers inside an engine command run these reads without the caller's authorization checks
 * (a member of staff may not list tenants).
 */
@Component
public class Schools {

  /** The start variable by which a person in several schools says which school a report is for. */
  public static final String SCHOOL = ConcernVariables.SCHOOL;

  private final IdentityService identity;
  private final HistoryService history;
  private final Trust trust;

  public Schools(IdentityService identity, HistoryService history, Trust trust) {
    this.identity = identity;
    this.history = history;
    this.trust = trust;
  }

  /** The tenant ids of the schools this person belongs to, in id order; none for nobody. */
  public List<String> of(String userId) {
    if (userId == null) {
      return List.of();
    }
    return identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).orderByTenantId().asc()
        .list().stream().map(Tenant::getId).toList();
  }

  /** Whether the trust has any school (a deployment of one school may have none). */
  public boolean anySchool() {
    return identity.createTenantQuery().count() > 0;
  }

  /** The school's name (its tenant's), or the trust's when the tenant is unknown or none. Whoever asks may read it. */
  public String nameOf(String tenantId) {
    Tenant tenant = tenantId == null ? null
        : EngineUser.asNobody(identity, () -> identity.createTenantQuery().tenantId(tenantId).singleResult());
    return tenant == null || tenant.getName() == null || tenant.getName().isBlank() ? trust.name() : tenant.getName();
  }


  /**
   * The school a new record a person starts belongs to: a request about a case ({@code caseReference}), the
   * case's school; otherwise the person's own school; for a
   * person in several, the one they chose in {@link #SCHOOL}, which must be one of theirs. A person in no
   * school cannot start one. Started by nobody (the engine itself), the chosen school if it is one, else none.
   */
  public String ofNewRecord(String userId, Map<String, Object> startVariables) {
    // a request about a case (monitoring during it, a legal hold on it) belongs to the case's school
    Object aboutCase = startVariables == null ? null : startVariables.get(ConcernVariables.CASE_REFERENCE);
    String caseSchool = aboutCase instanceof String reference
        ? CaseReferences.find(history, reference).map(HistoricProcessInstance::getTenantId).orElse(null) : null;
    if (caseSchool != null) {
      return caseSchool;
    }
    Object chosen = startVariables == null ? null : startVariables.get(SCHOOL);
    String school = chosen == null || chosen.toString().isBlank() ? null : chosen.toString().trim();
    if (userId == null) {
      return school != null && identity.createTenantQuery().tenantId(school).count() > 0 ? school : null;
    }
    List<String> mine = of(userId);
    if (mine.isEmpty()) {
      throw new RefusedInput(SCHOOL, "You are not a member of any school of the trust, so nothing can be "
          + "recorded for a school in your name. Ask the system administrator to add you to your school.");
    }
    if (school == null) {
      if (mine.size() > 1) {
        throw new RefusedInput(SCHOOL, "You work in more than one school (" + String.join(", ", mine)
            + "): say which one this is for in the field \"" + SCHOOL + "\".");
      }
      return mine.get(0);
    }
    if (!mine.contains(school)) {
      // the chosen value is not repeated: it is whatever the caller sent
      throw new RefusedInput(SCHOOL, "The school you chose is not one of yours (" + String.join(", ", mine)
          + "): choose one of your own schools.");
    }
    return school;
  }

  /**
   * The school a new case belongs to: as {@link #ofNewRecord}, except that a report about a member of staff
   * employed centrally belongs to the trust's central office (whose HR triages it), once the reporter is
   * known to be in a school.
   */
  public String ofNewCase(String userId, Map<String, Object> report) {
    String school = ofNewRecord(userId, report);
    boolean aboutCentralStaff = report != null
        && PerpetratorType.STAFF.name().equals(String.valueOf(report.get(ConcernVariables.PERPETRATOR_TYPE)))
        && Boolean.TRUE.equals(report.get(ConcernVariables.EMPLOYED_CENTRALLY));
    // a reporter is known: a case the engine starts by itself keeps the school it was given, or none
    return aboutCentralStaff && userId != null && identity.createTenantQuery().tenantId(trust.central()).count() > 0
        ? trust.central() : school;
  }

  /**
   * The school of each of these process instances that history still holds (a removed one has none): for a
   * register read outside the engine's tenant check, to keep to the reader's schools.
   */
  public Map<String, String> ofInstances(Collection<String> processInstanceIds) {
    // a HashMap: a caller may look up null (a register row of no case)
    Map<String, String> schools = new HashMap<>();
    Set<String> ids = processInstanceIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    if (ids.isEmpty()) {
      return schools;
    }
    history.createHistoricProcessInstanceQuery().processInstanceIds(ids).list()
        .forEach(instance -> schools.put(instance.getId(), instance.getTenantId()));
    return schools;
  }

}
