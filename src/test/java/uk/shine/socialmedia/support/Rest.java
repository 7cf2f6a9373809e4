package uk.shine.socialmedia.support;

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

/** Real HTTP calls to /engine-rest as a demo user (password from the configuration, as in the README). */
public final class Rest {

  private final TestRestTemplate http;
  private final String base;
  private final String password;

  public Rest(TestRestTemplate http, int port, String password) {
    this.http = http;
    this.base = "http://localhost:" + port;
    this.password = password;
  }

  public ResponseEntity<String> get(String user, String path) {
    return exchange(user, HttpMethod.GET, path, null);
  }

  public ResponseEntity<String> post(String user, String path, Object body) {
    return exchange(user, HttpMethod.POST, path, body);
  }

  public ResponseEntity<List<Map<String, Object>>> list(String user, String path) {
    return http.exchange(base + path, HttpMethod.GET, new HttpEntity<>(headers(user)),
        new ParameterizedTypeReference<>() {});
  }

  public ResponseEntity<String> exchange(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = headers(user);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(base + path, method, new HttpEntity<>(body, headers), String.class);
  }

  public HttpHeaders headers(String user) {
    HttpHeaders headers = new HttpHeaders();
    if (user != null) {
      headers.setBasicAuth(user, password);
    }
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return headers;
  }

  public String url(String path) {
    return base + path;
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

  @TestComponent
  public static class Factory {
    private final TestRestTemplate http;
    private final String password;

    public Factory(TestRestTemplate http, @Value("${socialmedia.demo-users.password}") String password) {
      this.http = http;
      this.password = password;
    }

    public Rest on(int port) {
      return new Rest(http, port, password);
    }
  }
}
