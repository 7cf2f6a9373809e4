package uk.shine.socialmedia.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything else runs: the Admin app's first-run setup (the administrator is always
 * provisioned at start, so the page would only let a stranger create one), uploads of any kind
 * (evidence is described, never uploaded; processes are deployed from the build, not over HTTP),
 * serialized Java objects, bodies over 1 MiB or not JSON, query expressions outside a saved
 * filter's few ({@link QueryExpressions}), and requests to skip a process's listeners or mappings
 * ({@link PersonCommandGuard}). A REST list asked for without paging gets the first page
 * of the engine's query limit instead of the engine's refusal of an unbounded query.
 */
class HostileRequestFilter extends OncePerRequestFilter {

  // the engine would refuse it too, but as HTTP 500 with its internals in the message
  private static final String JAVA_SERIALIZED = "application/x-java-serialized-object";
  private static final Pattern MAX_RESULTS = Pattern.compile("(^|&)maxResults=");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final int pageLimit;

  HostileRequestFilter(int pageLimit) {
    this.pageLimit = pageLimit;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/camunda/api/admin/setup/")) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN, "The administrator is provisioned by the application; setup is closed");
      return;
    }
    String parameterRefusal = QueryExpressions.refuseParameters(request.getQueryString());
    if (parameterRefusal != null) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, parameterRefusal);
      return;
    }
    String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    if (contentType.startsWith("multipart/") || contentType.startsWith("application/octet-stream")) {
      refuse(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
          "Uploads are not accepted: describe the evidence and where it is kept instead");
      return;
    }
    if (ReplayedBody.claimsTooMuch(request)) {
      refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, ReplayedBody.TOO_LARGE);
      return;
    }
    HttpServletRequest bounded = boundedList(request, path);
    if (!contentType.contains("json")) {
      chain.doFilter(bounded, response);
      return;
    }
    byte[] body = ReplayedBody.readBounded(request);
    if (body == null) {
      refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, ReplayedBody.TOO_LARGE);
      return;
    }
    String text = new String(body, StandardCharsets.UTF_8);
    if (text.toLowerCase(Locale.ROOT).contains(JAVA_SERIALIZED)) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST,
          "Serialized Java objects are not accepted: send text, numbers, dates or yes/no values");
      return;
    }
    String bodyRefusal;
    try {
      JsonNode json = text.isBlank() ? null : JSON.readTree(text);
      bodyRefusal = json == null ? null : QueryExpressions.refuseBody(request.getMethod(), path, json);
      if (bodyRefusal == null && json != null) {
        bodyRefusal = PersonCommandGuard.refuseBody(json);
      }
      if (bodyRefusal == null && json != null && NoBinaryContent.carriesFile(json)) {
        bodyRefusal = NoBinaryContent.REFUSAL;
      } else if (bodyRefusal == null && path.endsWith("/retries") && !isRetryCount(json)) {
        bodyRefusal = "The number of retries must be a whole number, 0 or more";
      }
      request.setAttribute(WebSecurityConfig.JSON_BODY, json);
    } catch (JsonProcessingException notJson) {
      bodyRefusal = "The request is not valid JSON";
    }
    if (bodyRefusal != null) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, bodyRefusal);
      return;
    }
    chain.doFilter(new ReplayedBody(bounded, body), response);
  }

  /**
   * Job and external task retries: the REST API reads the count before the engine sees it, and answers a
   * missing or negative one with HTTP 500.
   */
  private static boolean isRetryCount(JsonNode json) {
    JsonNode retries = json == null ? null : json.get("retries");
    return retries != null && retries.canConvertToInt() && retries.isIntegralNumber() && retries.intValue() >= 0;
  }

  /**
   * With {@code queryMaxResultsLimit} set, the engine refuses a list without paging, which would break
   * the plain REST calls integrators make (the contract's history query); they get the first page.
   */
  private HttpServletRequest boundedList(HttpServletRequest request, String path) {
    String query = request.getQueryString();
    if (!path.startsWith("/engine-rest/") || (query != null && MAX_RESULTS.matcher(query).find())) {
      return request;
    }
    String boundedQuery = (query == null || query.isEmpty() ? "" : query + "&") + "maxResults=" + pageLimit;
    return new HttpServletRequestWrapper(request) {
      @Override
      public String getQueryString() {
        return boundedQuery;
      }
    };
  }

  private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    answer(response, status, "RequestRefused", message);
  }

  /** A JSON error answer in the REST API's own shape. */
  static void answer(HttpServletResponse response, int status, String type, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.createObjectNode().put("type", type).put("message", message).toString());
  }
}
