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

/**
 * Fails the build when a process in processes/ is covered by less than the threshold across the
 * whole suite (flow nodes and sequence flows, from the process-test-coverage reports).
 */
public final class ProcessCoverageGate {

  public static void main(String[] args) throws IOException {
    Path processes = Path.of(args[0]);
    Path reports = Path.of(args[1]);
    double threshold = Double.parseDouble(args[2]);
    Map<String, Set<String>> covered = new HashMap<>();
    Map<String, Integer> totals = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    if (Files.isDirectory(reports)) {
      try (Stream<Path> files = Files.walk(reports)) {
        for (Path report : files.filter(f -> f.getFileName().toString().equals("report.json")).toList()) {
          JsonNode root = json.readTree(report.toFile());
          root.path("models").forEach(m -> totals.put(m.path("key").asText(), m.path("totalElementCount").asInt()));
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
        int total = totals.getOrDefault(key, 0);
        double coverage = total == 0 ? 0 : (double) covered.getOrDefault(key, Set.of()).size() / total;
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

  private ProcessCoverageGate() {
  }
}
