package uk.shine.socialmedia.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import uk.shine.socialmedia.engine.EngineLogin;

/**
 * HTTP Basic against Camunda identity, read as Camunda reads it, with the person's groups and schools
 * found in the same engine command as the password check ({@link EngineLogin}) and handed to Camunda's
 * REST filter, which otherwise looks each up in a command of its own. Made by that filter by name, so
 * public with no Spring wiring of its own.
 */
public class PasswordAndMemberships extends HttpBasicAuthenticationProvider {

  // from the password check to the result of the same call on the same thread
  private final ThreadLocal<EngineLogin.Memberships> checked = new ThreadLocal<>();

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    try {
      AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
      EngineLogin.Memberships memberships = checked.get();
      if (result.isAuthenticated() && memberships != null) {
        result.setGroups(memberships.groupIds());
        result.setTenants(memberships.tenantIds());
      }
      return result;
    } finally {
      checked.remove();
    }
  }

  @Override
  protected boolean isAuthenticated(ProcessEngine engine, String userName, String password) {
    Optional<EngineLogin.Memberships> memberships = EngineLogin.checkPassword(engine, userName, password);
    memberships.ifPresent(checked::set);
    return memberships.isPresent();
  }
}
