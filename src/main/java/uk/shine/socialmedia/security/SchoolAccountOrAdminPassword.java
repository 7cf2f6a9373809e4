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
import uk.shine.socialmedia.engine.EngineLogin;

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
  private final HttpBasicAuthenticationProvider basic = new PasswordAndMemberships();

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (signedIn instanceof JwtAuthenticationToken token && token.isAuthenticated()) {
      AuthenticationResult result = AuthenticationResult.successful(token.getName());
      List<String> groups = named(token, GROUP);
      List<String> tenants = named(token, TENANT);
      if (groups == null || tenants == null) {
        // kept here: read together, in one engine command, rather than by Camunda's filter in two
        EngineLogin.Memberships kept = EngineLogin.of(engine, token.getName());
        groups = groups == null ? kept.groupIds() : groups;
        tenants = tenants == null ? kept.tenantIds() : tenants;
      }
      result.setGroups(groups);
      result.setTenants(tenants);
      return result;
    }
    return basic.extractAuthenticatedUser(request, engine);
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    response.addHeader("WWW-Authenticate", "Bearer");
    basic.augmentResponseByAuthenticationChallenge(response, engine);
  }

  /** The ids under the prefix, or null (the engine's are read) when they are kept here. */
  private static List<String> named(Authentication token, String prefix) {
    if (token.getAuthorities().stream().anyMatch(authority -> (prefix + KEPT_HERE).equals(authority.getAuthority()))) {
      return null;
    }
    return token.getAuthorities().stream().map(GrantedAuthority::getAuthority).filter(name -> name.startsWith(prefix))
        .map(name -> name.substring(prefix.length())).toList();
  }
}
