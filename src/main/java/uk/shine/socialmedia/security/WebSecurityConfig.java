package uk.shine.socialmedia.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
   * provisioned at start, so the page would only let a stranger create one), uploads of any kind
   * (evidence is described, never uploaded; processes are deployed from the build, not over HTTP),
   * serialized Java objects, and bodies over 1 MiB.
   */
  static class HostileRequestFilter extends OncePerRequestFilter {

    // a report is at most a few kilobytes; nothing legitimate comes near this
    private static final int MAX_BODY = 1024 * 1024;
    // the engine would refuse it too, but as HTTP 500 with its internals in the message
    private static final String JAVA_SERIALIZED = "application/x-java-serialized-object";

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
      if (request.getContentLengthLong() > MAX_BODY) {
        refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The request is too large");
        return;
      }
      if (contentType.startsWith("application/json")) {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
          refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The request is too large");
          return;
        }
        if (new String(body, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains(JAVA_SERIALIZED)) {
          refuse(response, HttpServletResponse.SC_BAD_REQUEST,
              "Serialized Java objects are not accepted: send text, numbers, dates or yes/no values");
          return;
        }
        chain.doFilter(new ReplayedBody(request, body), response);
        return;
      }
      chain.doFilter(request, response);
    }

    /** The request again, its body read once already. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
      private final byte[] body;

      ReplayedBody(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
      }

      @Override
      public ServletInputStream getInputStream() {
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        return new ServletInputStream() {
          @Override
          public int read() {
            return bytes.read();
          }

          @Override
          public int read(byte[] b, int off, int len) {
            return bytes.read(b, off, len);
          }

          @Override
          public boolean isFinished() {
            return bytes.available() == 0;
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("blocking body only");
          }
        };
      }

      @Override
      public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
      }
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
      response.setStatus(status);
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write("{\"type\":\"RequestRefused\",\"message\":\"" + message + "\"}");
    }
  }
}
