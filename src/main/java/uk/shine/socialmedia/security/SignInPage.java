package uk.shine.socialmedia.security;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /sign-in}: the application's own sign-in page, for everyone whose work is not in Tasklist
 * (governors above all, whom Tasklist refuses) and for any page a browser opens without a session.
 * A right password starts the same session as the Camunda webapps' login (so Tasklist, Cockpit and the
 * application's pages all know the person), in a new session id; wrong passwords are throttled as every
 * other login is ({@link AccountRules}). Then the person lands where their work is: the page they asked
 * for, the audit for governors and trustees, Tasklist for case workers and staff. Never the browser's password pop-up.
 * With the trust's identity provider ({@link SignInConfiguration}), the page leads to it, and its password
 * form is the break-glass administrator's only.
 */
@RestController
class SignInPage {

  static final String WRONG = "The user name or password is not right. Check them and try again.";
  private static final Logger LOG = LoggerFactory.getLogger(SignInPage.class);
  private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
      + "frame-ancestors 'none'; base-uri 'none'";
  private static final List<String> AUDIT_READERS = List.of(CaseGroups.GOVERNORS, CaseGroups.TRUSTEES);
  private static final String TASKLIST = "/camunda/app/tasklist/default/";
  private static final String WELCOME = "/camunda/app/welcome/default/";

  private final ProcessEngine engine;
  private final CurrentUser currentUser;
  /** The provider's sign-in address when people sign in with the school's accounts, else null. */
  private final String schoolAccounts;

  SignInPage(ProcessEngine engine, CurrentUser currentUser, SignInProperties signIn) {
    this.engine = engine;
    this.currentUser = currentUser;
    this.schoolAccounts = signIn.configured() ? "/oauth2/authorization/" + signIn.registrationId() : null;
  }

  @GetMapping(PageResponses.SIGN_IN)
  public ResponseEntity<String> page(@RequestParam(required = false) String next,
      @RequestParam(required = false) String signedOut, HttpServletRequest request) {
    Optional<CurrentUser.Person> person = currentUser.of(request);
    if (person.isPresent()) {
      return landOn(landing(person.get().groupIds(), next));
    }
    String note = signedOut != null ? "<p class=\"note\">You have signed out.</p>" : "";
    HttpSession session = schoolAccounts == null ? null : request.getSession();
    if (session != null) {
      // what the provider's sign-in said went wrong, once; and the page asked for, for after it
      Object problem = session.getAttribute(SignInConfiguration.PROBLEM);
      session.removeAttribute(SignInConfiguration.PROBLEM);
      note = problem == null ? note : problem(problem.toString());
      session.setAttribute(SignInConfiguration.NEXT, next);
    }
    return page(HttpStatus.OK, note, "", next);
  }

  @PostMapping(value = PageResponses.SIGN_IN, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  public ResponseEntity<String> signIn(HttpServletRequest request) throws IOException {
    Map<String, String> form = form(request);
    String userId = form.getOrDefault("username", "").trim();
    String password = form.getOrDefault("password", "");
    String next = form.get("next");
    boolean right = !userId.isEmpty() && !password.isEmpty()
        && engine.getIdentityService().checkPassword(userId, password);
    if (request.getAttribute(ErrorResponses.RETRY_AFTER) instanceof Duration wait) {
      long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
      return page(HttpStatus.TOO_MANY_REQUESTS, problem("There have been too many wrong passwords for this account from "
          + "here. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes.")), userId, next);
    }
    if (!right && request.getAttribute(AccountRules.SCHOOL_ACCOUNTS_ONLY) != null) {
      return page(HttpStatus.UNAUTHORIZED, problem(AccountRules.USE_SCHOOL_ACCOUNT), userId, next);
    }
    if (!right) {
      LOG.info("Sign-in page: failed sign-in for {}", userId.length() > 100 ? userId.substring(0, 100) : userId);
      return page(HttpStatus.UNAUTHORIZED, problem(WRONG), userId, next);
    }
    UserAuthentication authentication = AuthenticationUtil.createAuthentication(engine, userId);
    // a new session id, so nobody who knew the old one shares the signed-in session
    AuthenticationUtil.revalidateSession(request, authentication);
    LOG.info("Sign-in page: {} signed in", userId);
    return landOn(landing(authentication.getGroupIds(), next));
  }

  @PostMapping("/sign-out")
  public ResponseEntity<String> signOut(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return landOn(PageResponses.SIGN_IN + "?signedOut");
  }

  /**
   * The form's fields, read from the body: the application's pages filter has read it once (bounded) and
   * replays it as a stream, which the servlet's own parameter parsing does not see.
   */
  private static Map<String, String> form(HttpServletRequest request) throws IOException {
    Map<String, String> fields = new HashMap<>();
    String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      for (String pair : body.split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          fields.putIfAbsent(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
      }
    } catch (IllegalArgumentException malformed) {
      return Map.of(); // not what the page's form sends: answered as an empty form
    }
    return fields;
  }

  /** The page asked for when it is one of this application's, else where the person's work is. */
  static String landing(List<String> groups, String next) {
    // a path on this site only: never another site's address ("//host", "/\\host", control characters)
    if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
        && next.chars().allMatch(c -> c > 0x20 && c < 0x7f) && !next.startsWith(PageResponses.SIGN_IN)) {
      return next;
    }
    if (groups.stream().anyMatch(AUDIT_READERS::contains)) {
      return "/audit";
    }
    boolean tasklist = groups.stream().anyMatch(group -> CaseGroups.CASE_WORKERS.contains(group)
        || CaseGroups.STAFF.equals(group) || CaseGroups.DPO.equals(group));
    return tasklist ? TASKLIST : WELCOME;
  }

  private static ResponseEntity<String> landOn(String where) {
    return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, where)
        .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
  }

  private static String problem(String text) {
    return "<p class=\"problem\" role=\"alert\">" + htmlEscape(text) + "</p>";
  }

  private ResponseEntity<String> page(HttpStatus status, String message, String username, String next) {
    String html = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Sign in: social media cases</title>"
        + PageResponses.STYLE + "<style>form.sign-in{max-width:24em}label{display:block;margin:1em 0 .2em;font-weight:600}"
        + "input{width:100%;box-sizing:border-box;padding:.5em;font-size:1em;border:1px solid #888;border-radius:3px}"
        + ".problem{color:#b00020;font-weight:600}.note{color:#1d4e89}form.sign-in button{margin-top:1.2em}"
        + "a.button{display:inline-block;padding:.6em 1.2em;background:#1d4e89;color:#fff;border-radius:3px;"
        + "text-decoration:none;font-weight:600}</style>"
        + "</head><body><header><b>" + PageResponses.TRUST + ": social media cases</b></header><main>"
        + "<h1>Sign in</h1>" + (schoolAccounts == null
            ? "<p>Use your school account: the same user name and password as for your tasks.</p>" + message
            : message + "<p><a class=\"button\" id=\"school-account\" href=\"" + schoolAccounts + "\">Sign in with your "
                + "school account</a></p><p>Your school's own sign-in (and its second step, if your school uses one) "
                + "covers your tasks and every page here.</p><h2>System administrator only</h2>")
        + "<form class=\"sign-in\" method=\"post\" action=\"" + PageResponses.SIGN_IN + "\">"
        + (next == null ? "" : "<input type=\"hidden\" name=\"next\" value=\"" + htmlEscape(next) + "\">")
        + "<label for=\"username\">User name</label><input id=\"username\" name=\"username\" autocomplete=\"username\" "
        + "required" + (schoolAccounts == null ? " autofocus" : "") + " value=\"" + htmlEscape(username) + "\">"
        + "<label for=\"password\">Password</label><input id=\"password\" name=\"password\" type=\"password\" "
        + "autocomplete=\"current-password\" required><button type=\"submit\">Sign in</button></form>"
        + "<p>Governors land on the audit of completed cases; staff on their tasks. " + (schoolAccounts == null
            ? "Forgotten your password? Ask the school's system administrator." : "Trouble with your school account? "
                + "Ask the school's IT administrator.") + "</p></main></body></html>";
    return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header("Content-Security-Policy", POLICY).header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "no-store").header("Referrer-Policy", "same-origin").body(html);
  }
}
