package uk.shine.socialmedia.security;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * socialmedia.sign-in: the trust's OpenID Connect provider (off while the issuer or the client is
 * unset) and the one mapping from its claims to people, groups and schools (docs/sign-in.md).
 *
 * @param registrationId the last part of the redirect URI, {base}/login/oauth2/code/{registrationId}
 * @param audience when set, a bearer token on /engine-rest must name it in its {@code aud} claim
 * @param groupNames a provider's value (an Entra group's object id, an app role) and the group id it means here
 * @param schoolNames a provider's value and the tenant id (school) it means here
 */
@ConfigurationProperties("socialmedia.sign-in")
public record SignInProperties(String issuerUri, String clientId, String clientSecret,
    @DefaultValue("school") String registrationId, @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
    String audience, @DefaultValue Claims claims, Map<String, String> groupNames, Map<String, String> schoolNames) {

  /** Which claim says what. */
  public record Claims(@DefaultValue("preferred_username") String userId, @DefaultValue("email") String email,
      @DefaultValue("given_name") String firstName, @DefaultValue("family_name") String lastName,
      @DefaultValue("groups") String groups, @DefaultValue("schools") String schools) {
  }

  public SignInProperties {
    groupNames = groupNames == null ? Map.of() : Map.copyOf(groupNames);
    schoolNames = schoolNames == null ? Map.of() : Map.copyOf(schoolNames);
  }

  /** Whether people sign in through the provider (and local passwords are the break-glass administrator's only). */
  public boolean configured() {
    return present(issuerUri) && present(clientId) && present(clientSecret);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
