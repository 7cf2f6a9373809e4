package uk.shine.socialmedia.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.shine.socialmedia.engine.EngineModels;

/**
 * Reads the inputs of a deployed Camunda Form, so the server enforces exactly what the person saw:
 * the form stays the single place where a field, its options and its limits are written down.
 */
class FormSchemas {

  private final ObjectMapper json = new ObjectMapper();
  // deployed resources never change, so a form read once is good for the engine's lifetime
  private final Map<String, List<FormField>> byDeploymentAndKey = new ConcurrentHashMap<>();

  /** The form's fields; must run inside an engine command. Empty when the deployment has no such form. */
  List<FormField> fields(String deploymentId, String formKey) {
    return byDeploymentAndKey.computeIfAbsent(deploymentId + "/" + formKey, k -> read(deploymentId, formKey));
  }

  private List<FormField> read(String deploymentId, String formKey) {
    String schema = EngineModels.formSchema(deploymentId, formKey);
    if (schema == null) {
      throw new IllegalStateException("Form '" + formKey + "' is not in deployment " + deploymentId);
    }
    try {
      return parse(schema);
    } catch (IOException e) {
      throw new IllegalStateException("Form '" + formKey + "' is not valid JSON", e);
    }
  }

  List<FormField> parse(String schema) throws IOException {
    List<FormField> fields = new ArrayList<>();
    collect(json.readTree(schema).path("components"), fields);
    return fields;
  }

  private void collect(JsonNode components, List<FormField> fields) {
    for (JsonNode component : components) {
      if (component.has("components")) {
        collect(component.get("components"), fields);
      }
      if (!component.hasNonNull("key")) {
        continue;
      }
      JsonNode validate = component.path("validate");
      List<String> options = new ArrayList<>();
      Map<String, String> optionLabels = new LinkedHashMap<>();
      component.path("values").forEach(option -> {
        options.add(option.path("value").asText());
        optionLabels.put(option.path("value").asText(), option.path("label").asText(option.path("value").asText()));
      });
      fields.add(new FormField(
          component.get("key").asText(),
          component.path("type").asText(),
          component.path("label").asText(component.path("dateLabel").asText(component.get("key").asText())),
          validate.path("required").asBoolean(false),
          validate.has("minLength") ? validate.get("minLength").asInt() : null,
          validate.has("maxLength") ? validate.get("maxLength").asInt() : null,
          validate.has("min") ? validate.get("min").asDouble() : null,
          validate.has("max") ? validate.get("max").asDouble() : null,
          validate.hasNonNull("pattern") ? validate.get("pattern").asText() : null,
          List.copyOf(options),
          Map.copyOf(optionLabels),
          component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false),
          component.path("conditional").hasNonNull("hide") ? component.path("conditional").get("hide").asText() : null,
          "date".equals(component.path("subtype").asText()),
          "datetime".equals(component.path("subtype").asText())));
    }
  }
}
