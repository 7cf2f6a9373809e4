package uk.shine.socialmedia.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.shine.socialmedia.support.CaseEngineTest;

/**
 * The sign-in page and the answers a browser gets from the application's pages, over real HTTP as a
 * browser sends it (Accept: text/html, the page's own Origin, no redirects followed): never the
 * browser's password pop-up, refusals as pages in words; programs keep HTTP Basic, 401 and JSON.
 */
@CaseEngineTest
class SignInPageOverHttpTest {

  private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";

  @LocalServerPort int port;
  @Value("${socialmedia.demo-users.password}") String password;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void a_browser_opening_the_audit_is_sent_to_the_sign_in_page_and_a_governor_lands_back_on_it() throws Exception {
    HttpResponse<String> audit = get("/audit", HTML, null);
    assertThat(audit.statusCode()).isEqualTo(303);
    assertThat(audit.headers().firstValue("Location")).hasValue("/sign-in?next=%2Faudit");
    assertThat(audit.headers().firstValue("WWW-Authenticate")).isEmpty();

    HttpResponse<String> page = get("/sign-in?next=%2Faudit", HTML, null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Sign in</h1>", "name=\"next\" value=\"/audit\"", "autocomplete=\"current-password\"");

    HttpResponse<String> signedIn = signIn("governor", password, "/audit");
    assertThat(signedIn.statusCode()).isEqualTo(303);
    assertThat(signedIn.headers().firstValue("Location")).hasValue("/audit");
    String session = session(signedIn);
    HttpResponse<String> read = get("/audit", HTML, session);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains("Governors' audit", "Signed in as governor", "action=\"/sign-out\"");

    HttpResponse<String> signedOut = send(HttpRequest.newBuilder(uri("/sign-out")).header("Origin", origin())
        .header("Cookie", session).POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(signedOut.headers().firstValue("Location")).hasValue("/sign-in?signedOut");
    assertThat(get("/audit", HTML, session).statusCode()).isEqualTo(303);
  }

  @Test
  void each_role_lands_where_its_work_is_and_never_on_another_site() throws Exception {
    assertThat(signIn("governor", password, null).headers().firstValue("Location")).hasValue("/audit");
    assertThat(signIn("trustee", password, null).headers().firstValue("Location")).hasValue("/audit");
    assertThat(signIn("elmgovernor", password, null).headers().firstValue("Location")).hasValue("/audit");
    assertThat(signIn("teacher", password, null).headers().firstValue("Location")).hasValue("/camunda/app/tasklist/default/");
    assertThat(signIn("admin", password, null).headers().firstValue("Location")).hasValue("/camunda/app/welcome/default/");
    for (String elsewhere : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example", "/\t/evil.example"}) {
      assertThat(signIn("governor", password, elsewhere).headers().firstValue("Location")).as(elsewhere).hasValue("/audit");
    }
    // the webapps know the person too: Tasklist opens without a second login
    HttpResponse<String> teacher = signIn("teacher", password, null);
    HttpResponse<String> tasklistUser = get("/camunda/api/admin/auth/user/default", "application/json", session(teacher));
    assertThat(tasklistUser.statusCode()).isEqualTo(200);
    assertThat(tasklistUser.body()).contains("\"userId\":\"teacher\"", "tasklist");
  }

  @Test
  void a_wrong_password_is_said_in_words_on_the_page_without_a_pop_up_and_signs_nobody_in() throws Exception {
    HttpResponse<String> wrong = signIn("governor", "not-the-password", "/audit");

    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(wrong.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(wrong.body()).contains(SignInPage.WRONG, "value=\"governor\"").doesNotContain("not-the-password");
    assertThat(wrong.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
  }

  @Test
  void programs_keep_http_basic_401_and_json() throws Exception {
    for (String path : new String[] {"/audit/api/cases", "/audit/api/cases.csv"}) {
      HttpResponse<String> anonymous = get(path, HTML, null);
      assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
      assertThat(anonymous.headers().firstValue("WWW-Authenticate")).as(path).hasValueSatisfying(
          challenge -> assertThat(challenge).startsWith("Basic"));
    }
    String basic = "Basic " + Base64.getEncoder().encodeToString(("head:" + password).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> json = send(HttpRequest.newBuilder(uri("/cases/SMC-000000-NONE0/chronology"))
        .header("Accept", "application/json").header("Authorization", basic).GET());
    assertThat(json.statusCode()).isEqualTo(404);
    assertThat(json.body()).isEqualTo("{\"message\":\"No such case for you\"}");
  }

  @Test
  void a_refusal_in_a_browser_is_a_page_in_plain_words() throws Exception {
    String head = session(signIn("head", password, null));

    HttpResponse<String> missing = get("/cases/SMC-000000-NONE0/chronology", HTML, head);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(missing.body()).contains("<h1>Nothing to show here</h1>", "No such case for you.", "Go to your tasks")
        .doesNotContain("{\"message\"");
    HttpResponse<String> notYours = get("/audit", HTML, head);
    assertThat(notYours.statusCode()).isEqualTo(403);
    assertThat(notYours.body()).contains("This page is not open to you", "The audit is for governors.");
  }

  private HttpResponse<String> signIn(String user, String secret, String next) throws Exception {
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(secret, StandardCharsets.UTF_8)
        + (next == null ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(uri("/sign-in")).header("Accept", HTML).header("Origin", origin())
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  private HttpResponse<String> get(String path, String accept, String cookie) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET();
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return send(request);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String session(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
        .map(cookie -> cookie.split(";", 2)[0]).findFirst().orElseThrow(() -> new AssertionError("no session: " + response));
  }

  private String origin() {
    return "http://localhost:" + port;
  }

  private URI uri(String path) {
    return URI.create(origin() + path);
  }
}
