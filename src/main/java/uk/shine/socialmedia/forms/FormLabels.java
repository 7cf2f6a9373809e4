package uk.shine.socialmedia.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * What each variable is called on the form where a person types it, for refusals that happen where
 * no one form is at hand (a variable being stored). Read from the forms the application deploys;
 * where two forms label one variable differently, the first form by name wins.
 */
@Component
public class FormLabels {

  private final Map<String, String> labels = new HashMap<>();
  // variable -> value -> the words its form shows for it (a select's or radio group's options)
  private final Map<String, Map<String, String>> valueLabels = new HashMap<>();

  public FormLabels(CamundaBpmProperties camunda) {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    FormSchemas schemas = new FormSchemas();
    try {
      for (String pattern : camunda.getDeploymentResourcePattern()) {
        if (!pattern.endsWith(".form")) {
          continue;
        }
        Resource[] forms = resolver.getResources(pattern);
        Arrays.sort(forms, Comparator.comparing(Resource::getFilename));
        for (Resource form : forms) {
          schemas.parse(form.getContentAsString(StandardCharsets.UTF_8)).stream()
              .filter(field -> !field.displayOnly())
              .forEach(field -> {
                labels.putIfAbsent(field.key(), field.label());
                field.optionLabels().forEach((value, words) ->
                    valueLabels.computeIfAbsent(field.key(), key -> new HashMap<>()).putIfAbsent(value, words));
              });
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the forms", e);
    }
  }

  /** The label, or null when no form lets a person type this variable. */
  public String of(String variable) {
    return labels.get(variable);
  }

  /** What a form calls one of the variable's listed values ("A parent or carer" for PARENT), or null. */
  public String ofValue(String variable, Object value) {
    return valueLabels.getOrDefault(variable, Map.of()).get(String.valueOf(value));
  }
}
