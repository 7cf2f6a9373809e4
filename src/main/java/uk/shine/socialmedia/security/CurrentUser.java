package uk.shine.socialmedia.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineUser;

/**
 * Who is asking, for the application's own pages: HTTP Basic against Camunda identity (as
 * {@code /engine-rest}), or the Camunda webapps' login session, so a link in a Tasklist form opens
 * without a second login.
 */
@Component
public class CurrentUser {

  /** A person, their groups and the schools (tenant ids) they belong to, themselves or through a group. */
  public record Person(String userId, List<String> groupIds, List<String> tenantIds) {

    /** Is this row's school one of theirs? A row of no school (the engine's own) is everyone's, as in the engine. */
    public boolean inSchool(String tenantId) {
      return tenantId == null || tenantIds.contains(tenantId);
    }
  }

  private final IdentityService identity;

  public CurrentUser(IdentityService identity) {
    this.identity = identity;
  }

  public Optional<Person> of(HttpServletRequest request) {
    return fromBasic(request.getHeader(HttpHeaders.AUTHORIZATION)).or(() -> fromWebappSession(request.getSession(false)));
  }

  /**
   * Who the engine's APIs have already let in, without checking a password again: the REST API's
   * authentication (set for the request by its HTTP Basic filter), or the webapps' login session.
   */
  public Optional<String> signedIn(HttpServletRequest request) {
    return EngineUser.of(identity).map(EngineUser.Authenticated::userId)
        .or(() -> webappUser(request.getSession(false)).map(UserAuthentication::getIdentityId));
  }

  private Optional<Person> fromBasic(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String credentials;
    try {
      credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    int colon = credentials.indexOf(':');
    if (colon < 1 || !identity.checkPassword(credentials.substring(0, colon), credentials.substring(colon + 1))) {
      return Optional.empty();
    }
    String userId = credentials.substring(0, colon);
    return Optional.of(person(userId));
  }

  private Optional<Person> fromWebappSession(HttpSession session) {
    // groups and schools read afresh: someone removed from a group or a school loses access at once
    return webappUser(session).map(user -> person(user.getIdentityId()));
  }

  private static Optional<UserAuthentication> webappUser(HttpSession session) {
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    return authentications.getAuthentications().stream().filter(UserAuthentication.class::isInstance)
        .map(UserAuthentication.class::cast).findFirst();
  }

  private Person person(String userId) {
    return new Person(userId, identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList(),
        identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
            .map(Tenant::getId).toList());
  }
}
