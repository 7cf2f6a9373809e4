package uk.shine.socialmedia.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

/**
 * The Camunda webapps' container-based authentication, fed by Spring Security: a person signed in through
 * the trust's identity provider is signed in to Tasklist, Cockpit and Admin, with the groups and schools
 * their user record holds (brought in line at that sign-in). Anyone else (the break-glass administrator's
 * password session, or nobody) passes on to the webapps' own checks, which answer as without a provider.
 */
class SignedInWebapps extends ContainerBasedAuthenticationFilter {

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken) {
      super.doFilter(request, response, chain);
    } else {
      chain.doFilter(request, response);
    }
  }

  /** The person Spring Security signed in; made by name by the filter above, hence public. */
  public static class SpringSignIn implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
      Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
      return signedIn instanceof OAuth2AuthenticationToken person ? AuthenticationResult.successful(person.getName())
          : AuthenticationResult.unsuccessful();
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
      // a browser without a sign-in was already sent to the sign-in page
    }
  }
}
