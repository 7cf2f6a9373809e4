package uk.shine.socialmedia.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** socialmedia.admin: the system administrator provisioned in production (no demo users there). */
@ConfigurationProperties("socialmedia.admin")
public record AdminProperties(String id, String password) {
}
