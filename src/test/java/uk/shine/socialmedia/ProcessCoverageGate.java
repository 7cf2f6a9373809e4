package uk.shine.socialmedia;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * Fails the build when a process in processes/ is covered by less than the threshold across the
 * whole suite (flow nodes and sequence flows, from the process-test-coverage reports). The elements are
 * those of the model as it is now: a report left from an earlier version of a model (an element since
 * renamed or removed, a smaller total) counts for nothing, so coverage is never above 1.
 */
public final class ProcessCoverageGate {

  public static void main(String[] args) throws IOException {
    Path processes = Path.of(args[0]);
    Path reports = Path.of(args[1]);
    double threshold = Double.parseDouble(args[2]);
    Map<String, Set<String>> covered = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    if (Files.isDirectory(reports)) {
      try (Stream<Path> files = Files.walk(reports)) {
        for (Path report : files.filter(f -> f.getFileName().toString().equals("report.json")).toList()) {
          JsonNode root = json.readTree(report.toFile());
          root.path("suites").forEach(suite -> suite.path("runs").forEach(run -> run.path("events").forEach(event ->
              covered.computeIfAbsent(event.path("modelKey").asText(), k -> new HashSet<>())
                  .add(event.path("definitionKey").asText()))));
        }
      }
    }
    List<String> failures = new ArrayList<>();
    Map<String, String> table = new TreeMap<>();
    try (Stream<Path> models = Files.list(processes)) {
      for (Path model : models.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        String key = model.getFileName().toString().replace(".bpmn", "");
        Set<String> elements = elements(model);
        Set<String> reached = new HashSet<>(covered.getOrDefault(key, Set.of()));
        reached.retainAll(elements);
        double coverage = elements.isEmpty() ? 0 : (double) reached.size() / elements.size();
        table.put(key, String.format("%.2f", coverage));
        if (coverage < threshold) {
          failures.add(key + " " + String.format("%.2f", coverage));
        }
      }
    }
    table.forEach((key, coverage) -> System.out.println("process coverage " + coverage + "  " + key));
    if (!failures.isEmpty()) {
      throw new IllegalStateException("Process coverage below " + threshold + ": " + failures);
    }
  }

  /** The ids of the model's flow nodes and sequence flows, as the coverage reports count them. */
  private static Set<String> elements(Path model) {
    var instance = Bpmn.readModelFromFile(model.toFile());
    Set<String> ids = new HashSet<>();
    instance.getModelElementsByType(FlowNode.class).forEach(node -> ids.add(node.getId()));
    instance.getModelElementsByType(SequenceFlow.class).forEach(flow -> ids.add(flow.getId()));
    return ids;
  }

  private ProcessCoverageGate() {
  }
}
