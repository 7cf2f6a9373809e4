package uk.shine.socialmedia.security;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The answers the application's own pages (audit, chronology, letters, retention, subject access)
 * share: signing in, refusals, and a page that is never cached, framed or sniffed, under the page's
 * own Content-Security-Policy. A browser opening a page (it asks for text/html) is sent to the sign-in
 * page and reads a refusal as a page in words; API callers (JSON, CSV, or a path under /api/) get the
 * HTTP Basic challenge and refusals as JSON, as from {@code /engine-rest}.
 */
public final class PageResponses {

  public static final String LOGIN_CHALLENGE = "Basic realm=\"Social media cases\", charset=\"UTF-8\"";

  private PageResponses() {
  }

  /** The page's style: the school's colours, readable on a phone; nothing loaded from elsewhere. */
  public static final String STYLE = "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      + "<style>body{font-family:system-ui,sans-serif;margin:0;color:#222;line-height:1.45}"
      + "header{border-top:4px solid #1d4e89;padding:.6em 1.2em;box-shadow:0 2px 8px -4px #555;display:flex;"
      + "justify-content:space-between;align-items:center;flex-wrap:wrap;gap:.5em}"
      + "header b{color:#1d4e89}main{margin:1.5em 1.2em;max-width:60em}a{color:#1d4e89}"
      + "button{background:#1d4e89;color:#fff;border:0;border-radius:3px;padding:.45em 1em;font-size:1em;cursor:pointer}"
      + "header form button{background:none;color:#1d4e89;text-decoration:underline;padding:0}</style>";
  public static final String TRUST = "SHINE Academies Trust";
  /** Where a browser signs in. */
  public static final String SIGN_IN = "/sign-in";

  public static ResponseEntity<Object> logIn() {
    Optional<HttpServletRequest> browser = browserPage();
    if (browser.isPresent()) {
      HttpServletRequest request = browser.get();
      String here = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
      return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.CACHE_CONTROL, "no-store")
          .header(HttpHeaders.LOCATION, SIGN_IN + "?next=" + URLEncoder.encode(here, StandardCharsets.UTF_8)).build();
    }
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.WWW_AUTHENTICATE, LOGIN_CHALLENGE).header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(Map.of("message", "Log in first"));
  }

  /** A refusal or a bad request, as JSON with its reason; never cached. */
  public static ResponseEntity<Object> refusal(HttpStatus status, String message) {
    if (browserPage().isPresent()) {
      return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
          .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
              + "frame-ancestors 'none'; base-uri 'none'")
          .header("X-Content-Type-Options", "nosniff").header(HttpHeaders.CACHE_CONTROL, "no-store")
          .body(refusalPage(status.value(), message));
    }
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
        // the address never leaves for another site; a form on the page (sign out) still says it comes from here,
        // as the application's pages check (with no-referrer a browser sends "Origin: null")
        .header("Referrer-Policy", "same-origin");
  }

  /** A refusal as a page in plain words, with the ways on from it. */
  static String refusalPage(int status, String message) {
    String heading = switch (status) {
      case 400 -> "Something in the request could not be used";
      case 403 -> "This page is not open to you";
      case 404 -> "Nothing to show here";
      case 429 -> "Please wait before trying again";
      default -> status >= 500 ? "Something went wrong" : "This could not be done";
    };
    return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>" + heading + "</title>" + STYLE
        + "</head><body><header><b>" + TRUST + ": social media cases</b></header><main><h1>" + heading + "</h1><p>"
        + htmlEscape(message.endsWith(".") ? message : message + ".") + "</p><p><a href=\"/camunda/app/tasklist/default/\">"
        + "Go to your tasks</a> · <a href=\"" + SIGN_IN + "\">Sign in as someone else</a></p></main></body></html>";
  }

  /** The request being answered, when it is a browser opening a page rather than an API call. */
  static Optional<HttpServletRequest> browserPage() {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
      return Optional.empty();
    }
    HttpServletRequest request = attributes.getRequest();
    return wantsPage(request) ? Optional.of(request) : Optional.empty();
  }

  /** A browser asks for HTML; JSON, CSV and anything under /api/ stay for programs. */
  static boolean wantsPage(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    String path = request.getRequestURI();
    return accept != null && accept.contains("text/html") && !path.contains("/api/") && !path.endsWith(".json")
        && !path.endsWith(".csv");
  }
}
