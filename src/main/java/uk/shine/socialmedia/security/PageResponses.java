package uk.shine.socialmedia.security;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The answers the application's own pages (audit, chronology, letters, retention, subject access)
 * share: the login challenge that lets a browser ask for the person's Camunda login, refusals as JSON,
 * and a page that is never cached, framed or sniffed, under the page's own Content-Security-Policy.
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

  /** A refusal or a bad request, as JSON with its reason; never cached. */
  public static ResponseEntity<Object> refusal(HttpStatus status, String message) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.CACHE_CONTROL, "no-store").body(Map.of("message", message));
  }

  /**
   * The gate of a page for some groups only: the login challenge for nobody, 403 with the reason for
   * someone in none of them; empty when the person may go on.
   */
  public static Optional<ResponseEntity<Object>> unlessIn(Optional<CurrentUser.Person> person, Collection<String> groups,
      String refusal) {
    if (person.isEmpty()) {
      return Optional.of(logIn());
    }
    if (person.get().groupIds().stream().noneMatch(groups::contains)) {
      return Optional.of(refusal(HttpStatus.FORBIDDEN, refusal));
    }
    return Optional.empty();
  }

  public static ResponseEntity.BodyBuilder page(MediaType type, String contentSecurityPolicy) {
    return ResponseEntity.ok().contentType(type).header("Content-Security-Policy", contentSecurityPolicy)
        .header("X-Content-Type-Options", "nosniff").header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("Referrer-Policy", "no-referrer");
  }
}
