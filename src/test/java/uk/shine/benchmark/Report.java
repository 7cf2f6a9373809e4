package uk.shine.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes target/benchmark.json and prints the results table (the one docs/performance.md carries). */
final class Report {

  private Report() {
  }

  static void write(Map<String, Object> results) throws Exception {
    Path json = Path.of("target/benchmark.json");
    Files.createDirectories(json.getParent());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), results);
    System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results));
    Benchmark.log("written %s", json.toAbsolutePath());
  }
}
