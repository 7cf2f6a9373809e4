package uk.shine.socialmedia.forms;

import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/**
 * Input a person or an integrator sent that the case cannot accept.
 *
 * <p>It extends the REST layer's exception on purpose: Camunda's REST resources turn every other
 * engine exception thrown while starting a process or completing a task into HTTP 500, but pass a
 * {@code RestException} through with its own status. Thrown inside the engine's transaction, it
 * also rolls back everything, so a refused report leaves no process instance behind.
 *
 * <p>Messages name the variable and the rule, never the value (values may be personal data and
 * refusals are logged).
 */
public class RefusedInput extends InvalidRequestException {

  private final String variable;

  public RefusedInput(String variable, String message) {
    super(Status.BAD_REQUEST, message);
    this.variable = variable;
  }

  public String getVariable() {
    return variable;
  }
}
