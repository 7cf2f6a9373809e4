package uk.shine.socialmedia.deadlines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
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

  /**
   * One version of the table, and what it answered so far: a row depends on nothing but the keys asked
   * (112 rows of FEEL, matched first to last, cost more than the rest of creating a task), and a new version
   * is a new instance of this with nothing remembered.
   */
  private record Tables(String definitionId, DmnDecision deadlines, DmnDecision escalation, List<Row> rows,
      Map<List<String>, DeadlineRule> rules, Map<List<String>, Escalation> escalations) {

    Tables(String definitionId, DmnDecision deadlines, DmnDecision escalation, List<Row> rows) {
      this(definitionId, deadlines, escalation, rows, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }
  }

  /**
   * A row of the deadline table as written (the process and task it names, quotes removed; empty for "any"),
   * for checks of what a school may override.
   */
  record Row(String processKey, String taskKey, DeadlineRule rule) {
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
    Tables current = current();
    return current.rules().computeIfAbsent(Arrays.asList(processKey, taskKey), keys -> evaluate(current, processKey, taskKey));
  }

  private DeadlineRule evaluate(Tables current, String processKey, String taskKey) {
    DmnDecisionResultEntries row = dmn.evaluateDecision(current.deadlines(), Variables.createVariables()
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
    Tables current = current();
    return current.escalations().computeIfAbsent(List.copyOf(candidateGroups), groups -> {
      DmnDecisionResultEntries row = dmn.evaluateDecision(current.escalation(), Variables.createVariables()
          .putValue("candidateGroups", groups)).getFirstResult();
      return row == null ? new Escalation("other", null) : new Escalation(row.getEntry("owner"), text(row.get("bringIn")));
    });
  }

  record Escalation(String owner, String bringIn) {
  }

  /** The rows of the deadline table in use, in its order. */
  List<Row> rows() {
    return current().rows();
  }

  private Tables current() {
    if (tables == null) {
      refresh();
    }
    return tables;
  }

  private Tables parse(String definitionId, InputStream model) {
    try (InputStream in = model) {
      DmnModelInstance instance = Dmn.readModelFromStream(in);
      List<DmnDecision> decisions = dmn.parseDecisions(instance);
      return new Tables(definitionId, find(decisions, DEADLINES), find(decisions, ESCALATION), rows(instance));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Row> rows(DmnModelInstance model) {
    Decision decision = model.getModelElementById(DEADLINES);
    DecisionTable table = (DecisionTable) decision.getExpression();
    List<String> outputs = table.getOutputs().stream().map(Output::getName).toList();
    List<Row> rows = new ArrayList<>();
    for (Rule rule : table.getRules()) {
      List<String> inputs = rule.getInputEntries().stream().map(entry -> unquoted(entry.getTextContent())).toList();
      Map<String, String> out = new HashMap<>();
      List<OutputEntry> entries = List.copyOf(rule.getOutputEntries());
      for (int i = 0; i < entries.size() && i < outputs.size(); i++) {
        out.put(outputs.get(i), unquoted(entries.get(i).getTextContent()));
      }
      rows.add(new Row(inputs.get(0), inputs.get(1), new DeadlineRule(out.get("rule"), "statutory".equals(out.get("kind")),
          out.get("due"), out.get("source"), out.getOrDefault("bringIn", ""))));
    }
    return List.copyOf(rows);
  }

  private static String unquoted(String text) {
    String trimmed = text == null ? "" : text.trim();
    return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
        ? trimmed.substring(1, trimmed.length() - 1) : trimmed.equals("-") ? "" : trimmed;
  }

  private static DmnDecision find(List<DmnDecision> decisions, String key) {
    return decisions.stream().filter(decision -> key.equals(decision.getKey())).findFirst()
        .orElseThrow(() -> new IllegalStateException(FILE + " has no decision " + key));
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString().trim();
  }
}
