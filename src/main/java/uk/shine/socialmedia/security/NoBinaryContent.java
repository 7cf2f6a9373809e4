package uk.shine.socialmedia.security;

import com.fasterxml.jackson.databind.JsonNode;
import uk.shine.socialmedia.forms.RefusedInput;

/**
 * No binary content enters the system: evidence is described, never uploaded (for indecent images
 * of children, holding a copy is itself an offence). File, byte-array and serialized-object variables
 * and task attachments are refused on every process, whichever API they come through: by the engine's
 * {@code NoBinaryContentPlugin}, and before the engine by {@link HostileRequestFilter}.
 */
public final class NoBinaryContent {

  static final String REFUSAL = "Files, pictures and other binary content are not accepted: "
      + "describe the evidence and where it is kept instead";

  private NoBinaryContent() {
  }

  /** A binary or object value for this variable. */
  public static RefusedInput refusal(String variable) {
    return new RefusedInput(variable, REFUSAL + " (" + variable + ")");
  }

  /** A binary or object value of no variable yet. */
  public static RefusedInput refusal() {
    return new RefusedInput(null, REFUSAL);
  }

  /** A file attached to a task. */
  public static RefusedInput attachmentRefusal() {
    return new RefusedInput("attachment", "Task attachments are not accepted: " + REFUSAL);
  }

  /**
   * Whether a JSON request body carries a file value anywhere. The REST API builds a file value before the
   * engine sees it, and one without a file name fails there (HTTP 500), so the refusal comes first.
   */
  static boolean carriesFile(JsonNode node) {
    if (node.isObject() && "file".equalsIgnoreCase(node.path("type").asText())) {
      return true;
    }
    for (JsonNode child : node) {
      if (carriesFile(child)) {
        return true;
      }
    }
    return false;
  }
}
