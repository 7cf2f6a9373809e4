package uk.shine.socialmedia.security;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/**
 * What only the application does to a process, never a person, administrator included: start it
 * anywhere but at its start event (which would skip intake, its reference and its checks), move a
 * running one to another step or version (modification, restart, migration), skip its listeners or
 * input and output mappings, and send it messages, signals or conditions.
 *
 * <p>A person reaches the engine only through its REST API (here and inside the webapps), where each
 * call is a command of its own with the person authenticated. The application's own starts,
 * correlations and call activities run inside a command that is already running (a task completion,
 * a job, the consent import), so they are not touched. The engine's {@code PersonCommandGuardPlugin}
 * tells a person's command apart and asks {@link #refusal}; the refusal comes before any lookup or
 * permission check: the answer is the same whether or not the process, or anything waiting in it,
 * exists.
 */
public final class PersonCommandGuard {

  static final String START_AT_THE_START = "A case or request can only be started from its form, at its first step";
  static final String NOT_BY_HAND = "Cases cannot be moved to another step, restarted or moved to another version by hand";
  static final String NO_SKIPPING = "A case always runs all of its own steps: skipCustomListeners and skipIoMappings are not accepted";
  static final String APPLICATION_ONLY = "Messages, signals and conditions are sent to cases by the application only";

  /** What a person's command asks of a process that only the application may do. */
  public enum Asked {
    /** Start a process at some step of it. */
    START_ELSEWHERE,
    /** Move a running process to another step or version, or restart it. */
    MOVE,
    /** Send a process a message, a signal or a condition. */
    SEND,
    /** End a process without its own listeners or mappings. */
    DELETE_SKIPPING_STEPS
  }

  private PersonCommandGuard() {
  }

  /** The refusal of a person's command. */
  public static InvalidRequestException refusal(Asked asked) {
    return switch (asked) {
      case START_ELSEWHERE -> new InvalidRequestException(Status.FORBIDDEN, START_AT_THE_START);
      case MOVE -> new InvalidRequestException(Status.FORBIDDEN, NOT_BY_HAND);
      case SEND -> new InvalidRequestException(Status.FORBIDDEN, APPLICATION_ONLY);
      case DELETE_SKIPPING_STEPS -> new InvalidRequestException(Status.BAD_REQUEST, NO_SKIPPING);
    };
  }

  /**
   * For the HTTP filter: a request asking to skip listeners or mappings. A start without start
   * instructions refuses these flags before any command runs, as a server error; this answers 400.
   */
  static String refuseBody(JsonNode body) {
    return body.path("skipCustomListeners").asBoolean(false) || body.path("skipIoMappings").asBoolean(false)
        ? NO_SKIPPING : null;
  }
}
