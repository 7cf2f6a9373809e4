package uk.shine.socialmedia.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.server.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signing in through the trust's OpenID Connect provider, only while {@code socialmedia.sign-in} names
 * the issuer and the client (OIDC_ISSUER_URI, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET). Without them Spring
 * Security is not in the request path at all (application.yaml excludes its auto-configuration).
 * <ul>
 * <li>Browsers: the authorization code flow. At each sign-in {@link SignInPeople} brings the user record and
 * memberships in line with the ID token, and the person's Camunda webapp authentication is put in the
 * session, so Tasklist, Cockpit, Admin and the application's pages all know them from one sign-in; the
 * webapps' container-based authentication takes the person from Spring Security on every webapp request.
 * Signing out (the sign-in page's, or the webapps') ends the whole session.</li>
 * <li>{@code /engine-rest} and the imports: the provider's bearer tokens, checked against its published keys,
 * issuer and expiry ({@link SchoolAccountOrAdminPassword}); HTTP Basic remains for the break-glass
 * administrator only.</li>
 * </ul>
 * Authorization stays where it was: the engine's, the webapps' and each page's own checks.
 */
@Configuration
@Conditional(SignInConfiguration.ProviderConfigured.class)
@EnableWebSecurity
class SignInConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(SignInConfiguration.class);
  /** Session attribute: the application page the person asked for before signing in. */
  static final String NEXT = SignInConfiguration.class.getName() + ".next";
  /** Session attribute: why the last sign-in through the provider did not work, in plain words. */
  static final String PROBLEM = SignInConfiguration.class.getName() + ".problem";
  static final String DID_NOT_WORK = "Signing in with your school account did not work. Try again; if it happens again, "
      + "tell the school's IT administrator.";
  static final String TOKEN_REFUSED = "The bearer token was not accepted: it is expired, altered or not from the school's "
      + "identity provider";
  private static final String NOT_A_PERSON = "not_a_person";
  private static final String API = "/engine-rest/**";
  private static final String IMPORTS = "/school-records/**";

  /** On when the issuer and the client are all set (an empty variable counts as unset). */
  static class ProviderConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      Environment environment = context.getEnvironment();
      return List.of("issuer-uri", "client-id", "client-secret").stream()
          .map(name -> environment.getProperty("socialmedia.sign-in." + name, ""))
          .noneMatch(String::isBlank);
    }
  }

  @Bean
  ClientRegistrationRepository clientRegistrations(SignInProperties signIn) {
    return new InMemoryClientRegistrationRepository(ClientRegistrations.fromIssuerLocation(signIn.issuerUri())
        .registrationId(signIn.registrationId()).clientId(signIn.clientId()).clientSecret(signIn.clientSecret())
        .scope(signIn.scopes()).redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
        // the person's name in Spring Security is their user id here, so the webapps can take it from there
        .userNameAttributeName(signIn.claims().userId()).build());
  }

  /** The provider's tokens: its signature (published keys), issuer and expiry; the audience when configured. */
  @Bean
  JwtDecoder bearerTokens(SignInProperties signIn) {
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(signIn.issuerUri()).build();
    List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>(List.of(JwtValidators.createDefaultWithIssuer(signIn.issuerUri())));
    if (signIn.audience() != null && !signIn.audience().isBlank()) {
      checks.add(jwt -> jwt.getAudience() != null && jwt.getAudience().contains(signIn.audience())
          ? OAuth2TokenValidatorResult.success()
          : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token is not for this application", null)));
    }
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(checks));
    return decoder;
  }

  /** The engine's API and the imports: bearer tokens, or the break-glass administrator's password. */
  @Bean
  @Order(1)
  SecurityFilterChain apiSignIn(HttpSecurity http, SignInPeople people) throws Exception {
    // by path, not Spring MVC's servlet path: the API is Jersey's servlet
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    return http.securityMatcher(new OrRequestMatcher(paths.matcher(API), paths.matcher(IMPORTS)))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(token -> asPerson(token, people)))
            .authenticationEntryPoint((request, response, refused) -> {
              new BearerTokenAuthenticationEntryPoint().commence(request, response, refused);
              HostileRequestFilter.answer(response, HttpServletResponse.SC_UNAUTHORIZED, "InvalidToken", TOKEN_REFUSED);
            }))
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable()).headers(headers -> headers.disable()).requestCache(cache -> cache.disable())
        .anonymous(anonymous -> anonymous.disable()).build();
  }

  /**
   * Everything else. Only the webapps' pages need a sign-in here (they would show their own password form);
   * the webapps' APIs and the application's pages check who is signed in themselves, as without a provider.
   */
  @Bean
  @Order(2)
  SecurityFilterChain browserSignIn(HttpSecurity http, SignInPeople people, ProcessEngine engine) throws Exception {
    RequestCache saved = new HttpSessionRequestCache();
    return http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/camunda/app/**")).access(SignInConfiguration::signedIn)
            .anyRequest().permitAll())
        .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(PageResponses.SIGN_IN)))
        .requestCache(cache -> cache.requestCache(saved))
        .oauth2Login(login -> login.loginPage(PageResponses.SIGN_IN)
            .userInfoEndpoint(userInfo -> userInfo.oidcUserService(checkedPerson(people)))
            .successHandler((request, response, authentication) -> {
              String where = signedIn(request, authentication, people, engine, saved.getRequest(request, response));
              saved.removeRequest(request, response);
              response.setHeader("Cache-Control", "no-store");
              response.sendRedirect(where);
            })
            .failureHandler((request, response, failure) -> {
              boolean told = failure instanceof OAuth2AuthenticationException refused
                  && NOT_A_PERSON.equals(refused.getError().getErrorCode());
              LOG.info("Sign-in through the identity provider failed: {}", told
                  ? NOT_A_PERSON : failure.getClass().getSimpleName());
              problem(request, told ? failure.getMessage() : DID_NOT_WORK);
              response.sendRedirect(PageResponses.SIGN_IN);
            }))
        // the webapps keep their own CSRF protection and headers; the application's pages check the origin
        .csrf(csrf -> csrf.disable()).headers(headers -> headers.disable())
        .build();
  }

  /** Spring Security's filters after the request guards and before Camunda's REST authentication. */
  @Bean
  DelegatingFilterProxyRegistrationBean signInFilters() {
    DelegatingFilterProxyRegistrationBean registration = new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
    registration.setName("sign-in");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  /** The webapps take the person from Spring Security (container-based authentication). */
  @Bean
  FilterRegistrationBean<SignedInWebapps> webappSignIn() {
    FilterRegistrationBean<SignedInWebapps> registration = new FilterRegistrationBean<>(new SignedInWebapps());
    registration.setName("webapp-sign-in");
    registration.addInitParameter("authentication-provider", SignedInWebapps.SpringSignIn.class.getName());
    registration.addUrlPatterns("/camunda/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 6);
    return registration;
  }

  /**
   * The webapps' own sign-out drops only their part of the session, and the container-based authentication
   * would sign the person straight back in: once it has succeeded (past the webapps' CSRF check), the whole
   * session ends, as with the sign-in page's sign-out.
   */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> webappSignOut() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        chain.doFilter(request, response);
        HttpSession session = request.getSession(false);
        if ("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/logout") && response.getStatus() < 300
            && session != null) {
          session.invalidate();
        }
      }
    });
    registration.setName("webapp-sign-out");
    registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 6);
    return registration;
  }

  /**
   * The provider sends the browser back to {@code /login/oauth2/code/...} from its own site: a SameSite=Strict
   * session cookie (production's secure-web) would not come with it and the sign-in would be lost. Lax sends it
   * on that top-level return only; changing requests from other sites stay refused (CSRF token, origin check).
   */
  @Bean
  WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> laxSessionCookie() {
    return new WebServerFactoryCustomizer<>() {
      @Override
      public void customize(ConfigurableServletWebServerFactory factory) {
        if (factory instanceof org.springframework.boot.web.servlet.server.AbstractServletWebServerFactory servlet
            && servlet.getSession().getCookie().getSameSite() != null) {
          servlet.getSession().getCookie().setSameSite(org.springframework.boot.web.server.Cookie.SameSite.LAX);
        }
      }
    };
  }

  /** The provider's person, refused with a plain reason before any session is made when the claims cannot sign them in. */
  private static OAuth2UserService<OidcUserRequest, OidcUser> checkedPerson(SignInPeople people) {
    OidcUserService provider = new OidcUserService();
    return request -> {
      OidcUser user;
      try {
        user = provider.loadUser(request);
      } catch (IllegalArgumentException noUserId) {
        // Spring's principal needs the user id claim
        throw refusal(SignInPeople.NO_USER_ID);
      }
      try {
        people.read(user.getClaims());
      } catch (SignInPeople.NotAPerson refused) {
        throw refusal(refused.getMessage());
      }
      return user;
    };
  }

  private static OAuth2AuthenticationException refusal(String message) {
    return new OAuth2AuthenticationException(new OAuth2Error(NOT_A_PERSON, message, null), message);
  }

  private static AuthenticationToken asPerson(Jwt token, SignInPeople people) {
    SignInPeople.Person person;
    try {
      person = people.read(token.getClaims());
    } catch (SignInPeople.NotAPerson refused) {
      throw new InvalidBearerTokenException(refused.getMessage());
    }
    List<GrantedAuthority> authorities = new ArrayList<>();
    authorities.addAll(named(SchoolAccountOrAdminPassword.GROUP, person.groupIds()));
    authorities.addAll(named(SchoolAccountOrAdminPassword.TENANT, person.tenantIds()));
    return new AuthenticationToken(token, authorities, person.userId());
  }

  /** Group or school ids as authorities; when the mapping takes none from the provider, a mark to read them here. */
  private static List<GrantedAuthority> named(String prefix, List<String> ids) {
    return ids == null ? List.of(new SimpleGrantedAuthority(prefix + SchoolAccountOrAdminPassword.KEPT_HERE))
        : ids.stream().<GrantedAuthority>map(id -> new SimpleGrantedAuthority(prefix + id)).toList();
  }

  /** A bearer token's person, by the mapping's user id. */
  static final class AuthenticationToken extends JwtAuthenticationToken {
    AuthenticationToken(Jwt jwt, List<GrantedAuthority> authorities, String userId) {
      super(jwt, authorities, userId);
    }
  }

  /** A webapp page is open to whoever signed in through the provider, or with the break-glass password. */
  private static AuthorizationDecision signedIn(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
    return new AuthorizationDecision(authentication.get() instanceof OAuth2AuthenticationToken
        || webappUser(context.getRequest().getSession(false)) != null);
  }

  private static UserAuthentication webappUser(HttpSession session) {
    return session == null ? null : AuthenticationUtil.getAuthsFromSession(session).getAuthentications().stream()
        .filter(UserAuthentication.class::isInstance).map(UserAuthentication.class::cast).findFirst().orElse(null);
  }

  /** The person's record and memberships from the ID token, their webapp session, and where they land. */
  private static String signedIn(HttpServletRequest request, Authentication authentication, SignInPeople people,
      ProcessEngine engine, SavedRequest asked) {
    Map<String, Object> claims = ((OidcUser) authentication.getPrincipal()).getClaims();
    SignInPeople.Person person;
    try {
      person = people.signedIn(claims);
    } catch (SignInPeople.NotAPerson refused) {
      request.getSession().invalidate();
      SecurityContextHolder.clearContext();
      problem(request, refused.getMessage());
      return PageResponses.SIGN_IN;
    }
    HttpSession session = request.getSession();
    UserAuthentication webapps = AuthenticationUtil.createAuthentication(engine, person.userId());
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    authentications.addOrReplace(webapps);
    AuthenticationUtil.updateSession(session, authentications);
    LOG.info("Sign-in through the identity provider: {} signed in", person.userId());
    String next = asked != null ? pathOf(asked.getRedirectUrl()) : (String) session.getAttribute(NEXT);
    session.removeAttribute(NEXT);
    return SignInPage.landing(webapps.getGroupIds(), next);
  }

  private static void problem(HttpServletRequest request, String message) {
    request.getSession().setAttribute(PROBLEM, message);
  }

  /** The path and query of a saved address on this site (landing() refuses anything else). */
  private static String pathOf(String url) {
    try {
      java.net.URI uri = java.net.URI.create(url);
      return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }
}
