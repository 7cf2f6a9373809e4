package uk.shine.socialmedia.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Rest;

/**
 * What each group may do with the models (not the cases) as written at start: who may start which
 * process, whose models they may read so Tasklist and Cockpit can name and draw them, and which
 * processes' tasks the themed Tasklist filters gather.
 */
@CaseEngineTest
class ModelAccessTest {

  private static final Set<String> START = Set.of("READ", "CREATE_INSTANCE");
  private static final Set<String> READ = Set.of("READ");

  @Autowired AuthorizationService authorizations;
  @Autowired Rest rest;

  @Test
  void each_group_reads_and_starts_the_models_of_its_work() {
    Map<String, Map<String, Set<String>>> expected = new TreeMap<>();
    for (String starter : List.of("staff", "headteacher", "dsl", "slt", "hr", "chair")) {
      expected.put(starter, new TreeMap<>(Map.of("social-media-concern", START, "image-publication", START,
          "prior-approval", START)));
    }
    for (String everything : List.of("headteacher", "dsl", "chair")) {
      expected.get(everything).put("*", READ);
    }
    for (String key : List.of("staff-disciplinary", "victim-support", "police-liaison")) {
      expected.get("hr").put(key, READ);
    }
    for (String key : List.of("staff-disciplinary", "pupil-behaviour", "parent-conduct", "public-post-response",
        "victim-support")) {
      expected.get("slt").put(key, READ);
    }
    for (String manager : List.of("headteacher", "slt", "hr", "chair")) {
      expected.get(manager).put("systems-monitoring", START);
    }
    // a pupil's records transfer: the DSL starts it; any member of staff who tries is told why
    expected.get("dsl").put("pupil-records-transfer", START);
    expected.get("staff").put("pupil-records-transfer", READ);
    expected.put("dpo", new TreeMap<>(Map.of("legal-hold", START, "records-retention", READ,
        "systems-monitoring", READ, "prior-approval", READ, "data-breach", READ)));
    expected.put("camunda-admin", new TreeMap<>(Map.of("*", READ)));
    // the trust's chief executive may manage a case about HR: reads every model, as the chair does
    expected.put("ceo", new TreeMap<>(Map.of("*", READ)));

    assertThat(groupGrants(Resources.PROCESS_DEFINITION)).isEqualTo(expected);
  }

  @Test
  void whoever_may_start_a_process_may_create_instances_and_open_tasklist() {
    Map<String, Map<String, Set<String>>> instances = groupGrants(Resources.PROCESS_INSTANCE);
    Map<String, Map<String, Set<String>>> applications = groupGrants(Resources.APPLICATION);
    for (String starter : List.of("staff", "headteacher", "dsl", "slt", "hr", "chair", "dpo")) {
      assertThat(instances.get(starter)).as(starter).containsEntry("*", Set.of("CREATE"));
      assertThat(applications.get(starter)).as(starter).containsEntry("tasklist", Set.of("ACCESS"));
    }
    assertThat(instances).doesNotContainKey("governors");
    assertThat(applications).doesNotContainKey("governors");
  }

  @Test
  void the_themed_filters_gather_the_tasks_of_their_paths() {
    assertThat(keysOf("Safeguarding")).containsExactlyInAnyOrder("indecent-imagery", "safeguarding-referral",
        "police-liaison", "pupil-parent-support");
    assertThat(keysOf("Staff cases")).containsExactlyInAnyOrder("staff-disciplinary", "victim-support");
  }

  /** Group grants on one kind of resource: group, resource id, permission names (users' own grants left out). */
  private Map<String, Map<String, Set<String>>> groupGrants(Resource resource) {
    Map<String, Map<String, Set<String>>> grants = new TreeMap<>();
    for (Authorization grant : authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .resourceType(resource).list()) {
      if (grant.getGroupId() != null) {
        Set<String> permissions = new TreeSet<>(Arrays.stream(grant.getPermissions(Permissions.values()))
            .map(Permission::getName).filter(name -> !name.equals("NONE")).toList());
        grants.computeIfAbsent(grant.getGroupId(), group -> new TreeMap<>()).put(grant.getResourceId(), permissions);
      }
    }
    return grants;
  }

  @SuppressWarnings("unchecked")
  private List<String> keysOf(String filterName) {
    Map<String, Object> filter = rest.list("admin", "/engine-rest/filter?resourceType=Task").getBody().stream()
        .filter(f -> filterName.equals(f.get("name"))).findFirst().orElseThrow();
    return (List<String>) ((Map<String, Object>) filter.get("query")).get("processDefinitionKeyIn");
  }
}
