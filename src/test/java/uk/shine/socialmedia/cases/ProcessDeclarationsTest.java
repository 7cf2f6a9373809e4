package uk.shine.socialmedia.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.audit.AuditedCase;
import uk.shine.socialmedia.intake.ConcernVariables;
import uk.shine.socialmedia.notification.NotificationProperties;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Declarations;

/**
 * Every process the application deploys declares itself once, and the paths are exactly what the case
 * can start: from the routing table, at once beside triage, or handed over by another path.
 */
@CaseEngineTest
class ProcessDeclarationsTest {

  @Autowired RepositoryService repository;
  @Autowired List<ProcessDeclaration> declarations;
  @Autowired List<CasePath> paths;
  @Autowired NotificationProperties notifications;

  @Test
  void every_deployed_process_has_exactly_one_declaration() {
    List<String> declared = declarations.stream().map(ProcessDeclaration::processKey).sorted().toList();

    assertThat(declared).doesNotHaveDuplicates().containsExactlyElementsOf(deployed());
  }

  @Test
  void every_path_is_deployed_and_is_what_the_case_can_start() {
    Set<String> pathKeys = paths.stream().map(CasePath::processKey).collect(Collectors.toCollection(TreeSet::new));

    assertThat(deployed()).containsAll(pathKeys);
    assertThat(pathKeys).doesNotContain(ConcernVariables.PROCESS_KEY).isEqualTo(startedByTheCase());
  }

  @Test
  void the_rule_tests_use_the_declarations_the_application_collects() {
    assertThat(Declarations.all()).map(Object::getClass)
        .containsExactlyInAnyOrderElementsOf(declarations.stream().map(Object::getClass).toList());
  }

  @Test
  void the_processes_whose_tasks_are_urgent_are_declared() {
    assertThat(declarations.stream().map(ProcessDeclaration::processKey).toList())
        .containsAll(notifications.urgentProcesses());
  }

  @Test
  void every_statutory_deadline_a_path_keeps_is_one_the_audit_reports_and_every_one_is_kept() {
    Set<String> kept = paths.stream().flatMap(path -> path.statutoryDeadlines().stream())
        .map(StatutoryDeadline::auditField).collect(Collectors.toSet());

    assertThat(kept).containsExactlyInAnyOrderElementsOf(AuditedCase.DEADLINES);
    assertThat(Arrays.stream(AuditedCase.class.getRecordComponents()).map(component -> component.getName()).toList())
        .containsAll(AuditedCase.DEADLINES);
  }

  private List<String> deployed() {
    return repository.createProcessDefinitionQuery().latestVersion().list().stream().map(ProcessDefinition::getKey)
        .sorted().toList();
  }

  /** The routing table's paths, the case's own calls by name, and the paths one path hands over to. */
  private Set<String> startedByTheCase() {
    Set<String> keys = new TreeSet<>();
    DecisionDefinition routing = repository.createDecisionDefinitionQuery().decisionDefinitionKey(ConcernVariables.ROUTING_DECISION_KEY)
        .latestVersion().singleResult();
    repository.getDmnModelInstance(routing.getId()).getModelElementsByType(OutputEntry.class)
        .forEach(entry -> keys.add(entry.getTextContent().trim().replace("\"", "")));
    for (ProcessDefinition process : repository.createProcessDefinitionQuery().latestVersion().list()) {
      BpmnModelInstance model = repository.getBpmnModelInstance(process.getId());
      model.getModelElementsByType(CallActivity.class).stream().map(CallActivity::getCalledElement)
          .filter(called -> !called.startsWith("${")).forEach(keys::add);
      model.getModelElementsByType(CamundaInputParameter.class).stream()
          .filter(parameter -> "handOverTo".equals(parameter.getCamundaName()))
          .forEach(parameter -> keys.add(parameter.getTextContent().trim()));
    }
    return keys;
  }
}
