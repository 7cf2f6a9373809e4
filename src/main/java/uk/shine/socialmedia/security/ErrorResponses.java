package uk.shine.socialmedia.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * What an error answer of the engine's APIs says. A server error tells the caller nothing about the
 * system: Camunda's REST error bodies carry exception messages (SQL, class names, ids). Every request
 * gets a correlation id, in the log context of everything it logs; a 5xx answer is replaced by a
 * generic message carrying that id, and the log line names the request (method and path, never the
 * query string or body: personal data). An empty 401 says what is missing. A login refused because its
 * address sent too many wrong passwords for the account ({@link LoginThrottle}) is a 429 with Retry-After; a
 * local password refused because people sign in through the trust's identity provider says so.
 */
class ErrorResponses extends OncePerRequestFilter {

  static final String CORRELATION_ID = "correlationId";
  /** Request attribute: how long the caller must wait before trying that account again. */
  static final String RETRY_AFTER = "uk.shine.socialmedia.login.retryAfter";
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] random = new byte[6];
    RANDOM.nextBytes(random);
    String correlationId = HexFormat.of().formatHex(random);
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response) {
      // the webapps' login answers a wrong password with sendError, which would send the 401 at once
      @Override
      public void sendError(int status) throws IOException {
        sendError(status, null);
      }

      @Override
      public void sendError(int status, String message) throws IOException {
        if (request.getAttribute(RETRY_AFTER) != null || request.getAttribute(AccountRules.SCHOOL_ACCOUNTS_ONLY) != null) {
          setStatus(status);
        } else {
          super.sendError(status, message);
        }
      }
    };
    MDC.put(CORRELATION_ID, correlationId);
    try {
      chain.doFilter(request, buffered);
    } catch (IOException | ServletException | RuntimeException failure) {
      LOG.error("Request failed: {}", where(failure));
      buffered.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    } finally {
      if (request.getAttribute(RETRY_AFTER) instanceof Duration wait) {
        tooManyAttempts(buffered, wait);
      } else if (buffered.getStatus() >= 500) {
        LOG.error("{} {} answered {}: reference {}", request.getMethod(), request.getRequestURI(), buffered.getStatus(),
            correlationId);
        buffered.resetBuffer();
        String message = "Something went wrong on the server. If it happens again, tell the administrator this reference: "
            + correlationId;
        if (PageResponses.wantsPage(request)) {
          // a person in a browser reads it as a page (the API paths never ask for one)
          buffered.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
          buffered.setContentType("text/html;charset=UTF-8");
          buffered.getWriter().write(PageResponses.refusalPage(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, message));
        } else {
          HostileRequestFilter.answer(buffered, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "ServerError", message);
        }
      } else if ((buffered.getStatus() == HttpServletResponse.SC_UNAUTHORIZED
          || buffered.getStatus() == HttpServletResponse.SC_FORBIDDEN)
          && request.getAttribute(AccountRules.SCHOOL_ACCOUNTS_ONLY) != null) {
        // the status stays as the API answered it (401 for a login)
        buffered.resetBuffer();
        HostileRequestFilter.answer(buffered, buffered.getStatus(), "SchoolAccountsOnly", AccountRules.USE_SCHOOL_ACCOUNT);
      } else if (buffered.getStatus() == HttpServletResponse.SC_UNAUTHORIZED && buffered.getContentSize() == 0) {
        HostileRequestFilter.answer(buffered, HttpServletResponse.SC_UNAUTHORIZED, "AuthenticationRequired",
            "Log in first: HTTP Basic with your school account");
      }
      MDC.remove(CORRELATION_ID);
      buffered.copyBodyToResponse();
    }
  }

  private static void tooManyAttempts(HttpServletResponse response, Duration wait) throws IOException {
    long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
    response.resetBuffer();
    response.setHeader("Retry-After", Long.toString(seconds));
    HostileRequestFilter.answer(response, 429, "TooManyAttempts", "Too many wrong passwords for this account from here: "
        + "try again in " + (seconds < 120 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes"));
  }

  /**
   * The failure for the log without its messages (they may carry a person's details): each exception's
   * class down to the root cause, and where in this application the root cause was thrown.
   */
  static String where(Throwable failure) {
    StringBuilder chain = new StringBuilder(failure.getClass().getName());
    Throwable root = failure;
    for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 10; depth++) {
      root = root.getCause();
      chain.append(" <- ").append(root.getClass().getName());
    }
    for (StackTraceElement frame : root.getStackTrace()) {
      if (frame.getClassName().startsWith("uk.shine.")) {
        return chain + " at " + frame.getClassName() + "." + frame.getMethodName() + ":" + frame.getLineNumber();
      }
    }
    return chain.toString();
  }
}
