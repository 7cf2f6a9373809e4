package uk.shine.socialmedia.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.RequestContextFilter;

/**
 * HTTP in front of the engine. The REST API answers anonymously out of the box, and anonymous calls
 * bypass authorizations, so every {@code /engine-rest} call must authenticate (HTTP Basic against
 * Camunda identity, or the trust's identity provider's bearer tokens: {@link SignInConfiguration}). The
 * webapps keep their own session login.
 */
@Configuration
public class WebSecurityConfig {

  /** The request attribute holding a JSON body as read (once) in front of the engine, for the filters after it. */
  public static final String JSON_BODY = WebSecurityConfig.class.getName() + ".jsonBody";

  @Bean
  public FilterRegistrationBean<Filter> restAuthentication(SignInProperties signIn) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    // with the trust's identity provider: its bearer tokens, and Basic for the break-glass administrator only
    registration.addInitParameter("authentication-provider", (signIn.configured() ? SchoolAccountOrAdminPassword.class
        : PasswordAndMemberships.class).getName());
    // the school-records imports (consent register) authenticate the same way
    registration.addUrlPatterns("/engine-rest/*", "/school-records/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<Filter> hostileRequests(
      @Value("${camunda.bpm.generic-properties.properties.queryMaxResultsLimit:2000}") int pageLimit) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new HostileRequestFilter(pageLimit));
    registration.setName("hostile-requests");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  /**
   * Everything but the engine's REST API and the webapps: the application's own pages and imports.
   * Before authentication, so a request from another site is refused before any password is checked.
   */
  @Bean
  public FilterRegistrationBean<Filter> applicationPages(
      @Value("${camunda.bpm.webapp.csrf.target-origin:}") String publicUrl) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ApplicationPagesFilter(publicUrl));
    registration.setName("application-pages");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  /** The engine is looked up at the first request: filters are made before the context's other beans. */
  @Bean
  public FilterRegistrationBean<Filter> cockpitStatistics(ObjectProvider<ProcessEngine> engine,
      @Value("${camunda.bpm.generic-properties.properties.queryMaxResultsLimit:2000}") int pageLimit) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new CockpitStatisticsFilter(engine, pageLimit));
    registration.setName("cockpit-statistics");
    registration.addUrlPatterns("/camunda/api/cockpit/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  /**
   * Spring's request context before any filter that checks a password (Camunda's Basic filter above all),
   * so that the engine's password check knows the caller's address ({@link LoginThrottle}). In place of
   * Spring Boot's own, which comes after them.
   */
  @Bean
  public FilterRegistrationBean<RequestContextFilter> requestContext() {
    FilterRegistrationBean<RequestContextFilter> registration = new FilterRegistrationBean<>(new RequestContextFilter());
    registration.setName("request-context");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Outermost, so that every answer of the engine's APIs, refusals included, passes through it. */
  @Bean
  public FilterRegistrationBean<Filter> errorResponses() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ErrorResponses());
    registration.setName("error-responses");
    // the oversight pages too (governors' audit, chronologies, letters, retention, subject access, the demo
    // mailbox): a failure there tells nothing either, and every page that takes a password answers 429 alike
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/school-records/*", "/audit/*", "/cases/*",
        "/letters/*", "/retention/*", "/subject-access/*", "/mailbox", "/access-changes/*", "/monitoring/*",
        "/approvals/*", "/data-breaches/*", "/transfers/*", "/my-reports", "/my-reports/*", "/my-reports.json", "/guides/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
