package uk.shine.socialmedia.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A browser without a screen, for the sign-in through the identity provider: it follows redirects
 * between the application and the provider one by one (so a test sees each), keeps the application's
 * cookies, and sends the webapps' CSRF token back as Tasklist does.
 */
final class SchoolAccountBrowser {

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private final List<String> visited = new ArrayList<>();
  private String csrfToken;

  SchoolAccountBrowser(String base) {
    this.base = base;
  }

  /** Every address this browser went to, redirects included, in order. */
  List<String> visited() {
    return visited;
  }

  /** Opens an address (a path of the application, or a full address) and follows redirects; the last answer. */
  HttpResponse<String> open(String address) {
    String next = address.startsWith("/") ? base + address : address;
    for (int hop = 0; hop < 10; hop++) {
      HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(next)).GET(), next);
      String location = response.headers().firstValue("Location").orElse(null);
      if (response.statusCode() / 100 != 3 || location == null) {
        return response;
      }
      next = URI.create(next).resolve(location).toString();
    }
    throw new AssertionError("too many redirects: " + visited);
  }

  /** A POST to the application; {@code form} is sent as a form body when not null. */
  HttpResponse<String> post(String path, String form) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .POST(form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form))
        .header("Content-Type", form == null ? "application/json" : "application/x-www-form-urlencoded");
    if (csrfToken != null) {
      request.header("X-XSRF-TOKEN", csrfToken);
    }
    return send(request, base + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String address) {
    visited.add(address);
    if (address.startsWith(base) && !cookies.isEmpty()) {
      request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
    }
    try {
      HttpResponse<String> response = http.send(request.header("Accept", "text/html,application/json").build(),
          HttpResponse.BodyHandlers.ofString());
      if (address.startsWith(base)) {
        for (String cookie : response.headers().allValues("Set-Cookie")) {
          String[] nameValue = cookie.split(";", 2)[0].split("=", 2);
          cookies.put(nameValue[0], nameValue[1]);
        }
        response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrfToken = token);
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
