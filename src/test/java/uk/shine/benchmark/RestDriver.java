package uk.shine.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import uk.shine.socialmedia.support.Rest;

/**
 * Carries cases from report to closure over /engine-rest, the way people using Tasklist would: a
 * member of staff reports, then the head teacher, the DSL and a senior leader each look at their
 * group's tasks of the case and complete what they find. On the application every call carries HTTP
 * Basic as that person; on the bare app the same calls go out anonymously. The job executor runs
 * the asynchronous steps in between, so a task appears a moment after the one before it ends.
 */
final class RestDriver {

  private static final List<String> GROUPS = List.of("headteacher", "dsl", "slt");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private final boolean application;
  private final String password;
  /** Milliseconds per kind of call: start, task-list, complete. */
  final Map<String, List<Double>> latencies = new ConcurrentHashMap<>();
  private volatile boolean recording;
  /** Completions that met a concurrent change (HTTP 409) and were tried again. */
  final java.util.concurrent.atomic.AtomicInteger conflicts = new java.util.concurrent.atomic.AtomicInteger();

  RestDriver(int port, boolean application, String password) {
    this.base = "http://localhost:" + port + "/engine-rest";
    this.application = application;
    this.password = password;
  }

  void recording(boolean on) {
    recording = on;
  }

  void run(CaseKind kind, int caseNumber) throws Exception {
    Map<String, Object> start = new LinkedHashMap<>();
    if (application) {
      start.put("variables", Rest.typed(new LinkedHashMap<>(kind.report())));
    } else {
      String businessKey = "BARE-" + Thread.currentThread().getId() + "-" + caseNumber + "-" + System.nanoTime();
      start.put("businessKey", businessKey);
      start.put("variables", Rest.typed(new LinkedHashMap<>(kind.bareStart(businessKey))));
    }
    String businessKey = call("start", "teacher", "POST", "/process-definition/key/" + EngineDriver.CASE + "/start", start)
        .get("businessKey").asText();
    Set<String> completed = new HashSet<>();
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      boolean worked = false;
      for (String group : GROUPS) {
        String user = EngineDriver.USER_OF_GROUP.get(group);
        for (JsonNode task : call("task-list", user, "GET",
            "/task?candidateGroup=" + group + "&processInstanceBusinessKey=" + businessKey, null)) {
          if (!completed.add(task.get("id").asText())) {
            continue;
          }
          worked = true;
          String processKey = task.get("processDefinitionId").asText().split(":")[0];
          String taskKey = task.get("taskDefinitionKey").asText();
          Map<String, Object> answers = EngineDriver.answers(processKey, taskKey, kind);
          complete(user, task.get("id").asText(), answers);
          if (EngineDriver.CASE.equals(processKey) && "close-case".equals(taskKey)) {
            return;
          }
        }
      }
      if (!worked) {
        // the job executor has the next step: look again shortly, as a refreshing Tasklist would
        Thread.sleep(20);
      }
    }
    throw new IllegalStateException("case " + businessKey + " (" + kind.name() + ") did not reach closure over REST");
  }

  /**
   * A completion that meets a job of the same case changing it at that moment gets 409 ("reload and
   * try again", security.PlainRefusals); a person would try again, and so does the driver.
   */
  private void complete(String user, String taskId, Map<String, Object> answers) throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        call("complete", user, "POST", "/task/" + taskId + "/complete", Map.of("variables", Rest.typed(new LinkedHashMap<>(answers))));
        return;
      } catch (Conflict conflict) {
        conflicts.incrementAndGet();
        if (attempt == 5) {
          throw conflict;
        }
        Thread.sleep(20);
      }
    }
  }

  /** HTTP 409. */
  private static final class Conflict extends IllegalStateException {
    Conflict(String message) {
      super(message);
    }
  }

  private JsonNode call(String kind, String user, String method, String path, Object body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json");
    if (application) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    if (body == null) {
      request.GET();
    } else {
      request.header("Content-Type", "application/json").method(method,
          HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
    }
    long started = System.nanoTime();
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    double millis = (System.nanoTime() - started) / 1e6;
    if (response.statusCode() == 409) {
      throw new Conflict(side() + method + " " + path + " as " + user + ": HTTP 409 " + response.body());
    }
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(side() + method + " " + path + " as " + user + ": HTTP " + response.statusCode() + " "
          + response.body());
    }
    if (recording) {
      latencies.computeIfAbsent(kind, k -> new CopyOnWriteArrayList<>()).add(millis);
    }
    return response.body().isEmpty() ? JSON.createArrayNode() : JSON.readTree(response.body());
  }

  /** Which server answered: the bare side's calls name the same people, though they carry no credentials. */
  private String side() {
    return application ? "application: " : "bare app (anonymous): ";
  }

  static List<Double> all(Map<String, List<Double>> latencies) {
    List<Double> all = new ArrayList<>();
    latencies.values().forEach(all::addAll);
    return all;
  }
}
