package uk.shine.socialmedia.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The application's own pages and imports (audit, chronologies, read logs, letters, retention,
 * subject access, the mailbox, the school-records imports; not the engine's REST API or the Camunda
 * webapps, which have guards of their own). A request that another site's page made is refused,
 * whatever credentials come with it (a browser sends HTTP Basic credentials it remembers to any page
 * that asks): its {@code Origin}, or for a changing request without one its {@code Referer}, must be
 * the application's own. No body larger than a report's bound is read: a larger one is refused
 * after at most that many bytes.
 */
class ApplicationPagesFilter extends OncePerRequestFilter {

  static final String FOREIGN = "Requests from another website are not accepted here";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  /** PUBLIC_URL's origin when set; otherwise each request's own address is the application's. */
  private final String publicOrigin;

  ApplicationPagesFilter(String publicUrl) {
    this.publicOrigin = publicUrl == null || publicUrl.isBlank() ? null : origin(publicUrl);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/engine-rest/") || path.startsWith("/camunda/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (fromAnotherSite(request)) {
      HostileRequestFilter.answer(response, HttpServletResponse.SC_FORBIDDEN, "RequestRefused", FOREIGN);
      return;
    }
    if (ReplayedBody.claimsTooMuch(request)) {
      tooLarge(response);
      return;
    }
    if (request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null) {
      chain.doFilter(request, response); // no body
      return;
    }
    byte[] body = ReplayedBody.readBounded(request);
    if (body == null) {
      tooLarge(response);
      return;
    }
    chain.doFilter(new ReplayedBody(request, body), response);
  }

  private boolean fromAnotherSite(HttpServletRequest request) {
    String own = publicOrigin != null ? publicOrigin
        : origin(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
    String origin = request.getHeader("Origin");
    if (origin != null) {
      return !own.equals(origin(origin));
    }
    String referer = request.getHeader("Referer");
    return referer != null && !SAFE_METHODS.contains(request.getMethod()) && !own.equals(origin(referer));
  }

  /** Sent at once: the rest of the body is never read. */
  private static void tooLarge(HttpServletResponse response) throws IOException {
    HostileRequestFilter.answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "RequestRefused",
        ReplayedBody.TOO_LARGE);
    response.flushBuffer();
  }

  /** scheme://host:port in lower case, or "" for anything that is not an address ("null" included). */
  private static String origin(String address) {
    try {
      URI uri = new URI(address.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return "";
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
      return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    } catch (java.net.URISyntaxException e) {
      return "";
    }
  }
}
