package uk.shine.socialmedia.deadlines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The deadline rules, processes/task-deadlines.dmn, the one place a school reads and changes them.
 * Evaluated here on a DMN engine of its own, from the newest deployed version: a due date is worked
 * out whoever's request creates the task (a person without rights on decisions included), and no
 * decision history is written for every task. The table is read again at start and before each
 * deadline check, without anyone's authentication.
 */
@Component
class TaskDeadlineTable {

  static final String FILE = "processes/task-deadlines.dmn";
  static final String DEADLINES = "task-deadline";
  static final String ESCALATION = "deadline-escalation";

  private record Tables(String definitionId, DmnDecision deadlines, DmnDecision escalation) {
  }

  private final RepositoryService repository;
  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private volatile Tables tables;

  TaskDeadlineTable(RepositoryService repository) {
    this.repository = repository;
  }

  /** Reads the newest deployed version of the table, if it changed (the file itself until one is deployed). */
  @EventListener(ApplicationReadyEvent.class)
  void refresh() {
    DecisionDefinition newest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DEADLINES)
        .latestVersion().singleResult();
    if (newest == null) {
      if (tables == null) {
        tables = parse(null, TaskDeadlineTable.class.getClassLoader().getResourceAsStream(FILE));
      }
      return;
    }
    if (tables == null || !newest.getId().equals(tables.definitionId())) {
      tables = parse(newest.getId(), repository.getDecisionModel(newest.getId()));
    }
  }

  /** The rule for a task (or for a date a form sets) of a process: the first matching row. */
  DeadlineRule rule(String processKey, String taskKey) {
    DmnDecisionResultEntries row = dmn.evaluateDecision(current().deadlines(), Variables.createVariables()
        .putValue("processKey", processKey).putValue("taskKey", taskKey)).getFirstResult();
    if (row == null) {
      throw new IllegalStateException("The deadline table has no row for " + processKey + "/" + taskKey
          + ": keep its last row, which matches every task");
    }
    return new DeadlineRule(row.getEntry("rule"), "statutory".equals(row.getEntry("kind")), row.getEntry("due"),
        row.getEntry("source"), text(row.get("bringIn")));
  }

  /** The owner among a task's groups, and the group brought in when its deadline is missed. */
  Escalation escalation(Collection<String> candidateGroups) {
    DmnDecisionResultEntries row = dmn.evaluateDecision(current().escalation(), Variables.createVariables()
        .putValue("candidateGroups", List.copyOf(candidateGroups))).getFirstResult();
    return row == null ? new Escalation("other", null) : new Escalation(row.getEntry("owner"), text(row.get("bringIn")));
  }

  record Escalation(String owner, String bringIn) {
  }

  private Tables current() {
    if (tables == null) {
      refresh();
    }
    return tables;
  }

  private Tables parse(String definitionId, InputStream model) {
    try (InputStream in = model) {
      List<DmnDecision> decisions = dmn.parseDecisions(in);
      return new Tables(definitionId, find(decisions, DEADLINES), find(decisions, ESCALATION));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DmnDecision find(List<DmnDecision> decisions, String key) {
    return decisions.stream().filter(decision -> key.equals(decision.getKey())).findFirst()
        .orElseThrow(() -> new IllegalStateException(FILE + " has no decision " + key));
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString().trim();
  }
}
