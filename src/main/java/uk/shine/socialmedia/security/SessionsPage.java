package uk.shine.socialmedia.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /people/{userId}/sign-out}: the administrator ({@code camunda-admin}) ends every session
 * of a person at once, e.g. a dismissed member of staff. With the trust's identity provider, their next
 * sign-in there takes their groups afresh; to keep them out, the provider's account is disabled too.
 */
@RestController
class SessionsPage {

  static final String ADMIN_ONLY = "Only the system administrator can sign a person out everywhere";
  private static final Logger LOG = LoggerFactory.getLogger(SessionsPage.class);

  private final CurrentUser currentUser;
  private final SignedInSessions sessions;

  SessionsPage(CurrentUser currentUser, SignedInSessions sessions) {
    this.currentUser = currentUser;
    this.sessions = sessions;
  }

  @PostMapping("/people/{userId}/sign-out")
  public ResponseEntity<Object> signOutEverywhere(@PathVariable String userId, HttpServletRequest request) {
    Optional<ResponseEntity<Object>> refused = PageResponses.unlessIn(currentUser.of(request), List.of(CaseGroups.ADMIN),
        ADMIN_ONLY);
    if (refused.isPresent()) {
      return refused.get();
    }
    int ended = sessions.endAll(userId);
    LOG.info("The administrator ended {} session(s) of a person", ended);
    return ResponseEntity.status(HttpStatus.OK).header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(Map.of("endedSessions", ended, "message", ended == 0 ? "That person had no open session here."
            : "Signed out everywhere: " + ended + (ended == 1 ? " session" : " sessions") + " ended."));
  }
}
