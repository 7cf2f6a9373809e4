package uk.shine.socialmedia.security;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The answers the application's own pages (audit, chronology, letters) share: the login challenge
 * that lets a browser ask for the person's Camunda login, and a page that is never cached, framed or
 * sniffed, under the page's own Content-Security-Policy.
 */
public final class PageResponses {

  public static final String LOGIN_CHALLENGE = "Basic realm=\"Social media cases\", charset=\"UTF-8\"";

  private PageResponses() {
  }

  public static ResponseEntity<Object> logIn() {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.WWW_AUTHENTICATE, LOGIN_CHALLENGE).header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(Map.of("message", "Log in first"));
  }

  public static ResponseEntity.BodyBuilder page(MediaType type, String contentSecurityPolicy) {
    return ResponseEntity.ok().contentType(type).header("Content-Security-Policy", contentSecurityPolicy)
        .header("X-Content-Type-Options", "nosniff").header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("Referrer-Policy", "no-referrer");
  }
}
