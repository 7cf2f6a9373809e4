package uk.shine.socialmedia.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.Test;

/**
 * The deadline table remembers what it answered for each task, but only for the version it was read
 * from: a school that deploys a changed table gets the changed rule from the next refresh on.
 */
class TaskDeadlineTableVersionsTest {

  private static final String TRIAGE_DUE = "\"1 working day\"";

  private final RepositoryService repository = mock(RepositoryService.class, RETURNS_DEEP_STUBS);
  private final TaskDeadlineTable table = new TaskDeadlineTable(repository);

  @Test
  void a_new_version_of_the_table_is_answered_afresh_and_an_unchanged_one_as_before() throws IOException {
    String file = Files.readString(Path.of(TaskDeadlineTable.FILE));
    deployed("task-deadline:1", file);
    table.refresh();
    assertThat(table.rule("social-media-concern", "triage").due()).isEqualTo("1 working day");
    assertThat(table.rule("social-media-concern", "triage").due()).isEqualTo("1 working day");
    String closing = table.rule("social-media-concern", "close-case").due();

    deployed("task-deadline:2", file.replaceFirst(TRIAGE_DUE, "\"2 working days\""));
    table.refresh();

    assertThat(table.rule("social-media-concern", "triage").due()).isEqualTo("2 working days");
    assertThat(table.rule("social-media-concern", "close-case").due()).isEqualTo(closing);
  }

  private void deployed(String id, String model) {
    DecisionDefinition definition = mock(DecisionDefinition.class);
    when(definition.getId()).thenReturn(id);
    when(repository.createDecisionDefinitionQuery().decisionDefinitionKey(TaskDeadlineTable.DEADLINES).latestVersion()
        .singleResult()).thenReturn(definition);
    when(repository.getDecisionModel(id)).thenReturn(new ByteArrayInputStream(model.getBytes(StandardCharsets.UTF_8)));
  }
}
