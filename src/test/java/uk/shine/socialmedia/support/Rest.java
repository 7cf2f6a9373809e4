package uk.shine.socialmedia.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Real HTTP calls as a demo user (password from the configuration, as in the README). Paths are
 * relative: the test's {@link TestRestTemplate} points at the application's random port.
 */
@TestComponent
public class Rest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate http;
  private final String password;

  public Rest(TestRestTemplate http, @Value("${socialmedia.demo-users.password}") String password) {
    this.http = http;
    this.password = password;
  }

  public ResponseEntity<String> get(String user, String path) {
    return send(user, HttpMethod.GET, path, null, MediaType.APPLICATION_JSON);
  }

  public ResponseEntity<String> post(String user, String path, Object body) {
    return send(user, HttpMethod.POST, path, body, MediaType.APPLICATION_JSON);
  }

  public ResponseEntity<String> put(String user, String path, Object body) {
    return send(user, HttpMethod.PUT, path, body, MediaType.APPLICATION_JSON);
  }

  public ResponseEntity<String> delete(String user, String path) {
    return send(user, HttpMethod.DELETE, path, null, MediaType.APPLICATION_JSON);
  }

  /** A CSV file as the body, the way a school-records export is imported. */
  public ResponseEntity<String> postCsv(String user, String path, String csv) {
    return send(user, HttpMethod.POST, path, csv, MediaType.parseMediaType("text/csv"));
  }

  /** A multipart form put, the way a variable's binary data arrives. */
  public ResponseEntity<String> uploadPut(String user, String path, MultiValueMap<String, Object> parts) {
    return send(user, HttpMethod.PUT, path, parts, MediaType.MULTIPART_FORM_DATA);
  }

  /** A multipart form post, the way a file upload arrives. */
  public ResponseEntity<String> upload(String user, String path, MultiValueMap<String, Object> parts) {
    return send(user, HttpMethod.POST, path, parts, MediaType.MULTIPART_FORM_DATA);
  }

  public ResponseEntity<List<Map<String, Object>>> list(String user, String path) {
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(user)), new ParameterizedTypeReference<>() {});
  }

  /** A JSON body posted for a list, the way Tasklist asks a filter for its tasks. */
  public List<Map<String, Object>> postList(String user, String path, Object body) {
    HttpHeaders headers = headers(user);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
        new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody();
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, Object body, MediaType type) {
    HttpHeaders headers = headers(user);
    headers.setContentType(type);
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  private HttpHeaders headers(String user) {
    HttpHeaders headers = new HttpHeaders();
    if (user != null) {
      headers.setBasicAuth(user, password);
    }
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return headers;
  }

  /** Camunda's typed variable format: {"name": {"value": v, "type": "String"}}. */
  public static Map<String, Object> typed(Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, value instanceof Map<?, ?> already ? already
        : Map.of("value", value, "type", value instanceof Boolean ? "Boolean" : "String")));
    return typed;
  }

  /** A start request for a report over REST. */
  public ResponseEntity<String> report(String user, Map<String, Object> report) {
    return post(user, "/engine-rest/process-definition/key/social-media-concern/start",
        Map.of("variables", typed(report)));
  }

  /** Reports a concern over REST as this person, which must succeed; returns the case's process instance id. */
  public String reportedCase(String user, Map<String, Object> report) {
    ResponseEntity<String> started = report(user, report);
    if (!started.getStatusCode().is2xxSuccessful()) {
      throw new AssertionError(user + "'s report was refused: " + started.getBody());
    }
    try {
      return JSON.readTree(started.getBody()).path("id").asText();
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  /** Tasklist logged in as a demo user; {@code origin} is the Origin header the browser sends. */
  public Browser tasklist(String user, String origin) {
    Browser browser = new Browser(origin);
    browser.remember(http.getForEntity("/camunda/app/tasklist/default/", String.class));
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    ResponseEntity<String> login = browser.send("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        form, MediaType.APPLICATION_FORM_URLENCODED);
    if (!login.getStatusCode().is2xxSuccessful()) {
      throw new AssertionError("login failed: " + login);
    }
    return browser;
  }

  /**
   * The Camunda webapps as a browser uses them: a session cookie from the Tasklist login, and the CSRF
   * token the webapps hand out, sent back on every changing request.
   */
  public final class Browser {
    private final String origin;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final List<String> setCookies = new java.util.ArrayList<>();
    private String csrfToken;

    private Browser(String origin) {
      this.origin = origin;
    }

    /** Every Set-Cookie header the server has sent this browser. */
    public List<String> setCookies() {
      return setCookies;
    }

    public ResponseEntity<String> get(String path) {
      return send(path, HttpMethod.GET, null, MediaType.APPLICATION_JSON);
    }

    public ResponseEntity<String> post(String path, Object body) {
      return send(path, HttpMethod.POST, body, MediaType.APPLICATION_JSON);
    }

    public ResponseEntity<String> send(String path, HttpMethod method, Object body, MediaType type) {
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(type);
      headers.setAccept(List.of(MediaType.APPLICATION_JSON));
      headers.add("Origin", origin);
      if (csrfToken != null) {
        headers.add("X-XSRF-TOKEN", csrfToken);
      }
      cookies.forEach((name, value) -> headers.add(HttpHeaders.COOKIE, name + "=" + value));
      return remember(http.exchange(path, method, new HttpEntity<>(body, headers), String.class));
    }

    private ResponseEntity<String> remember(ResponseEntity<String> response) {
      for (String cookie : response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of())) {
        setCookies.add(cookie);
        String[] nameValue = cookie.split(";", 2)[0].split("=", 2);
        cookies.put(nameValue[0], nameValue[1]);
      }
      String token = response.getHeaders().getFirst("X-XSRF-TOKEN");
      if (token != null) {
        csrfToken = token;
      }
      return response;
    }
  }
}
