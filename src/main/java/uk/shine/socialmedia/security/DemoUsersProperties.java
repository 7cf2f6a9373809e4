package uk.shine.socialmedia.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** socialmedia.demo-users: the demo identities of the default profile. */
@ConfigurationProperties("socialmedia.demo-users")
public record DemoUsersProperties(Boolean enabled, String password) {

  public boolean isEnabled() {
    return enabled == null || enabled;
  }
}
