package uk.shine.socialmedia.schools;

import jakarta.annotation.PostConstruct;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.security.AccessSetup;
import uk.shine.socialmedia.security.CaseGroups;

/**
 * The configured schools as Camunda tenants, created at every start when missing (a name changed in
 * the Admin app is left as it is). The trust's own groups that work across schools ({@code hr},
 * {@code ceo}) belong to every tenant, including one added in the Admin app since the last start.
 */
@Component
public class SchoolTenants {

  /** Groups of the trust, members of every school. */
  static final List<String> TRUST_WIDE = List.of(CaseGroups.HR, CaseGroups.CEO);

  private final IdentityService identity;
  private final Trust trust;

  // AccessSetup first: it creates the groups that join every school
  SchoolTenants(IdentityService identity, Trust trust, AccessSetup groupsFirst) {
    this.identity = identity;
    this.trust = trust;
  }

  @PostConstruct
  public void apply() {
    for (Trust.School school : trust.schools()) {
      if (identity.createTenantQuery().tenantId(school.id()).count() == 0) {
        Tenant tenant = identity.newTenant(school.id());
        tenant.setName(school.name());
        identity.saveTenant(tenant);
      }
    }
    for (Tenant tenant : identity.createTenantQuery().list()) {
      for (String group : TRUST_WIDE) {
        if (identity.createTenantQuery().tenantId(tenant.getId()).groupMember(group).count() == 0) {
          identity.createTenantGroupMembership(tenant.getId(), group);
        }
      }
    }
  }
}
