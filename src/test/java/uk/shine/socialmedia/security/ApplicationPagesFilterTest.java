package uk.shine.socialmedia.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which origin is the application's own: PUBLIC_URL when it is set (behind a proxy), else the request's. */
class ApplicationPagesFilterTest {

  @Test
  void with_a_public_url_only_its_origin_is_the_applications() throws Exception {
    ApplicationPagesFilter filter = new ApplicationPagesFilter("https://cases.villiers.example/");

    assertThat(status(filter, "GET", "Origin", "https://cases.villiers.example")).isEqualTo(200);
    assertThat(status(filter, "GET", "Origin", "HTTPS://Cases.Villiers.Example:443")).isEqualTo(200);
    assertThat(status(filter, "POST", "Referer", "https://cases.villiers.example/audit?from=2026-01-01")).isEqualTo(200);
    // the address the proxy forwards to is not where people's pages come from
    assertThat(status(filter, "GET", "Origin", "http://localhost:8080")).isEqualTo(403);
    assertThat(status(filter, "GET", "Origin", "http://cases.villiers.example")).isEqualTo(403);
    assertThat(status(filter, "POST", "Referer", "https://cases.villiers.example.evil.example/")).isEqualTo(403);
  }

  @Test
  void without_a_public_url_the_requests_own_address_is_the_applications() throws Exception {
    ApplicationPagesFilter filter = new ApplicationPagesFilter("");

    assertThat(status(filter, "GET", "Origin", "http://localhost:8080")).isEqualTo(200);
    assertThat(status(filter, "GET", "Origin", "http://localhost")).isEqualTo(403);
    assertThat(status(filter, "POST", "Origin", "not an address")).isEqualTo(403);
    assertThat(status(filter, "GET", "Referer", "https://evil.example/")).as("reading only").isEqualTo(200);
    assertThat(status(filter, "DELETE", "Referer", "https://evil.example/")).isEqualTo(403);
  }

  private static int status(ApplicationPagesFilter filter, String method, String header, String value) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, "/audit/api/cases");
    request.setServerName("localhost");
    request.setServerPort(8080);
    request.addHeader(header, value);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain());
    return response.getStatus();
  }
}
