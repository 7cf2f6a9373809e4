package uk.shine.socialmedia.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who calls {@code /engine-rest} once people sign in through the trust's identity provider: the
 * person a bearer token names (validated against the provider's keys before this, by
 * {@link SignInConfiguration}), in the groups and schools its claims map to; else HTTP Basic, which
 * {@link AccountRules} lets through only for the break-glass administrator. Camunda's REST filter makes
 * it by name, so it is public with no Spring wiring of its own.
 */
public class SchoolAccountOrAdminPassword implements AuthenticationProvider {

  static final String GROUP = "GROUP_";
  static final String TENANT = "TENANT_";
  /** After a prefix: the mapping takes no groups (or schools) from the provider, so the engine's own are used. */
  static final String KEPT_HERE = "*";
  private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (signedIn instanceof JwtAuthenticationToken token && token.isAuthenticated()) {
      AuthenticationResult result = AuthenticationResult.successful(token.getName());
      result.setGroups(named(token, GROUP));
      result.setTenants(named(token, TENANT));
      return result;
    }
    return basic.extractAuthenticatedUser(request, engine);
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    response.addHeader("WWW-Authenticate", "Bearer");
    basic.augmentResponseByAuthenticationChallenge(response, engine);
  }

  /** The ids under the prefix, or null (the engine looks the person's up) when they are kept here. */
  private static List<String> named(Authentication token, String prefix) {
    if (token.getAuthorities().stream().anyMatch(authority -> (prefix + KEPT_HERE).equals(authority.getAuthority()))) {
      return null;
    }
    return token.getAuthorities().stream().map(GrantedAuthority::getAuthority).filter(name -> name.startsWith(prefix))
        .map(name -> name.substring(prefix.length())).toList();
  }
}
