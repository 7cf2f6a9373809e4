package uk.shine.socialmedia.chronology;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.cases.ProcessDeclaration;

/**
 * The variables a chronology shows, with their labels: decisions and referrals only, each a yes/no or
 * a value from a form's list, as each process declares them ({@link ProcessDeclaration#decisions()}).
 * Free text (notes, names, the summary) stays in the forms, not here.
 */
@Component
class DecisionVariables {

  private final Map<String, String> labels = new TreeMap<>();

  DecisionVariables(List<ProcessDeclaration> processes) {
    for (ProcessDeclaration process : processes) {
      process.decisions().forEach((name, label) -> {
        String other = labels.putIfAbsent(name, label);
        if (other != null && !other.equals(label)) {
          throw new IllegalStateException("Two processes label the decision " + name + " differently: \"" + other
              + "\" and \"" + label + "\" (" + process.processKey() + ")");
        }
      });
    }
  }

  Map<String, String> labels() {
    return Map.copyOf(labels);
  }

  boolean shows(String name) {
    return labels.containsKey(name);
  }

  String label(String name) {
    return labels.get(name);
  }

  String describe(String name, Object value) {
    String shown = value instanceof Boolean yes ? (yes ? "yes" : "no") : String.valueOf(value);
    return labels.get(name) + ": " + shown;
  }
}
