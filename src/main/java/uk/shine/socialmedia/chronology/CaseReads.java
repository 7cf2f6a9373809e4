package uk.shine.socialmedia.chronology;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which case content a request to the engine's APIs reads: a task, process instance, execution or
 * variable named in the path ({@code task/{id}/form-variables}, {@code process-instance/{id}/variables},
 * Cockpit's {@code process-instance/{id}/...}), or a list narrowed to one instance or task by its query
 * ({@code history/variable-instance?processInstanceId=}, {@code task?processInstanceBusinessKey=}, or the
 * same in a query's JSON body, as Cockpit sends it). Lists that are not narrowed to a case (the task list) and counts read no case.
 */
final class CaseReads {

  /** What the id names: a case's reference (a business key) is one too. */
  enum Kind { TASK, INSTANCE, EXECUTION, VARIABLE, REFERENCE }

  /** One read: what it names, and what was read, in words for the read log. */
  record Read(Kind kind, String id, String what) {
  }

  // the REST API, the webapps' copy of it, and Cockpit's own resources
  private static final Pattern API = Pattern.compile(
      "^/(?:engine-rest|camunda/api/engine/engine/[^/]+|camunda/api/(cockpit)/plugin/[^/]+/[^/]+)/(.+)$");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
  private static final Map<String, Kind> BY_ID = Map.of("task", Kind.TASK, "process-instance", Kind.INSTANCE,
      "history/process-instance", Kind.INSTANCE, "execution", Kind.EXECUTION, "variable-instance", Kind.VARIABLE,
      "history/variable-instance", Kind.VARIABLE);
  private static final Set<String> LISTS = Set.of("task", "process-instance", "execution", "variable-instance",
      "incident", "job", "external-task");
  private static final Map<String, Kind> NARROWED_BY = Map.ofEntries(Map.entry("processInstanceId", Kind.INSTANCE),
      Map.entry("processInstanceIdIn", Kind.INSTANCE), Map.entry("superProcessInstanceId", Kind.INSTANCE),
      Map.entry("rootProcessInstanceId", Kind.INSTANCE), Map.entry("taskId", Kind.TASK), Map.entry("taskIdIn", Kind.TASK),
      Map.entry("executionId", Kind.EXECUTION), Map.entry("executionIdIn", Kind.EXECUTION),
      Map.entry("businessKey", Kind.REFERENCE), Map.entry("processInstanceBusinessKey", Kind.REFERENCE),
      Map.entry("processInstanceBusinessKeyIn", Kind.REFERENCE));
  // a query naming more instances than this is not one case's view; the first few are recorded
  private static final int MOST = 5;

  private CaseReads() {
  }

  /**
   * @param path the request's path inside the application
   * @param body the JSON body of a query sent by POST (read only when needed)
   */
  static List<Read> of(String method, String path, String query, Supplier<JsonNode> body) {
    boolean get = "GET".equals(method);
    if (!get && !"POST".equals(method)) {
      return List.of();
    }
    Matcher api = API.matcher(path);
    if (!api.matches()) {
      return List.of();
    }
    boolean cockpit = api.group(1) != null;
    String[] segments = api.group(2).split("/");
    int at = "history".equals(segments[0]) && segments.length > 1 ? 2 : 1;
    String resource = String.join("/", List.of(segments).subList(0, at));
    String id = segments.length > at ? segments[at] : null;
    String sub = segments.length > at + 1 ? segments[at + 1] : null;
    if ("count".equals(id) || "count".equals(sub) || "report".equals(id)) {
      return List.of();
    }
    if (id != null) {
      // by id: reading is GET, but Cockpit asks for an instance's called instances by POST
      Kind kind = BY_ID.get(resource);
      boolean reads = get || (cockpit && sub != null);
      return kind != null && reads && ID.matcher(id).matches() ? List.of(new Read(kind, id, what(resource, true, sub, cockpit)))
          : List.of();
    }
    if (!resource.startsWith("history/") && !LISTS.contains(resource)) {
      return List.of();
    }
    String what = what(resource, false, null, cockpit);
    List<Read> reads = new ArrayList<>();
    if (get) {
      narrowedInQuery(query, what, reads);
    } else {
      narrowedInBody(body.get(), what, reads);
    }
    return reads.size() > MOST ? reads.subList(0, MOST) : reads;
  }

  private static void narrowedInQuery(String query, String what, List<Read> reads) {
    if (query == null) {
      return;
    }
    for (String parameter : query.split("&")) {
      int equals = parameter.indexOf('=');
      Kind kind = equals < 0 ? null : NARROWED_BY.get(parameter.substring(0, equals));
      if (kind != null) {
        for (String id : URLDecoder.decode(parameter.substring(equals + 1), StandardCharsets.UTF_8).split(",")) {
          add(reads, kind, id, what);
        }
      }
    }
  }

  private static void narrowedInBody(JsonNode body, String what, List<Read> reads) {
    if (body == null || !body.isObject()) {
      return;
    }
    NARROWED_BY.forEach((field, kind) -> {
      JsonNode value = body.get(field);
      if (value != null && value.isArray()) {
        value.forEach(id -> add(reads, kind, id.asText(), what));
      } else if (value != null && value.isTextual()) {
        add(reads, kind, value.asText(), what);
      }
    });
  }

  private static void add(List<Read> reads, Kind kind, String id, String what) {
    if (ID.matcher(id).matches() && reads.size() <= MOST) {
      reads.add(new Read(kind, id, what));
    }
  }

  /** In the read log's words: what the person saw. */
  private static String what(String resource, boolean one, String sub, boolean cockpit) {
    if (cockpit) {
      return "cockpit";
    }
    if (resource.startsWith("history/")) {
      return "history";
    }
    boolean variables = "variables".equals(sub) || "localVariables".equals(sub);
    return switch (resource) {
      case "task" -> "form-variables".equals(sub) ? "task form variables" : variables ? "task variables" : one ? "task" : "tasks";
      case "process-instance", "execution" -> variables ? "variables" : "process instance";
      case "variable-instance" -> "variables";
      default -> resource;
    };
  }
}
