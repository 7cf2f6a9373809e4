package uk.shine.socialmedia.security;

import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/**
 * Something a person may not do, refused with a plain message. The REST API passes it through with its
 * own status (its error answer's type reads "Refusal"); thrown inside the engine's transaction, it
 * rolls everything back.
 */
final class Refusal extends InvalidRequestException {

  Refusal(Status status, String message) {
    super(status, message);
  }
}
