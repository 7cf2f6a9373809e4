package uk.shine.socialmedia.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP in front of the engine. The REST API answers anonymously out of the box, and anonymous calls
 * bypass authorizations, so every {@code /engine-rest} call must authenticate (HTTP Basic against
 * Camunda identity). The webapps keep their own session login.
 */
@Configuration
public class WebSecurityConfig {

  @Bean
  public FilterRegistrationBean<Filter> restAuthentication() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<Filter> hostileRequests() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new HostileRequestFilter());
    registration.setName("hostile-requests");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /**
   * Refuses, before anything else runs: the Admin app's first-run setup (the administrator is always
   * provisioned at start, so the page would only let a stranger create one), and uploads of any kind
   * (evidence is described, never uploaded; processes are deployed from the build, not over HTTP).
   */
  static class HostileRequestFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (path.startsWith("/camunda/api/admin/setup/")) {
        refuse(response, HttpServletResponse.SC_FORBIDDEN, "The administrator is provisioned by the application; setup is closed");
        return;
      }
      String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
      if (contentType.startsWith("multipart/") || contentType.startsWith("application/octet-stream")) {
        refuse(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
            "Uploads are not accepted: describe the evidence and where it is kept instead");
        return;
      }
      chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
      response.setStatus(status);
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write("{\"type\":\"RequestRefused\",\"message\":\"" + message + "\"}");
    }
  }
}
