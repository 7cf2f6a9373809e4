package uk.shine.socialmedia.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The Camunda webapps as a browser uses them: a session cookie from the Tasklist login, and the CSRF
 * token the webapps hand out, sent back on every changing request.
 */
@TestComponent
public class Webapp {

  private final TestRestTemplate http;
  private final String password;

  public Webapp(TestRestTemplate http, @Value("${socialmedia.demo-users.password}") String password) {
    this.http = http;
    this.password = password;
  }

  /** A logged-in browser session of a demo user; {@code origin} is the Origin header the browser sends. */
  public Session login(String user, String origin) {
    Session session = new Session(origin);
    session.remember(http.getForEntity("/camunda/app/tasklist/default/", String.class));
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    ResponseEntity<String> login = session.send("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        form, MediaType.APPLICATION_FORM_URLENCODED);
    if (!login.getStatusCode().is2xxSuccessful()) {
      throw new AssertionError("login failed: " + login);
    }
    return session;
  }

  public final class Session {
    private final String origin;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken;

    private Session(String origin) {
      this.origin = origin;
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
