package uk.shine.socialmedia.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/**
 * Every signed-in session of each person, however they signed in (the school's accounts, the sign-in
 * page, the webapps' own login): whichever way, the Camunda webapps' authentication lands in the session,
 * so that is what is watched. The administrator can end them all at once ({@link SessionsPage}): a
 * dismissed member of staff, a person named as the subject of a case. One node's sessions (in memory).
 */
@Component
class SignedInSessions implements HttpSessionListener, HttpSessionAttributeListener {

  // the session attribute the webapps keep their authentications in (AuthenticationUtil)
  private static final String WEBAPP_AUTHENTICATIONS = "authenticatedUser";

  private final Map<String, Set<HttpSession>> byPerson = new ConcurrentHashMap<>();

  @Override
  public void attributeAdded(HttpSessionBindingEvent event) {
    attributeReplaced(event);
  }

  @Override
  public void attributeReplaced(HttpSessionBindingEvent event) {
    if (WEBAPP_AUTHENTICATIONS.equals(event.getName())
        && event.getSession().getAttribute(WEBAPP_AUTHENTICATIONS) instanceof Authentications authentications) {
      authentications.getAuthentications().stream().filter(UserAuthentication.class::isInstance)
          .forEach(user -> byPerson.computeIfAbsent(user.getIdentityId(), id -> ConcurrentHashMap.newKeySet())
              .add(event.getSession()));
    }
  }

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    byPerson.values().forEach(sessions -> sessions.remove(event.getSession()));
    byPerson.values().removeIf(Set::isEmpty);
  }

  /** Ends every session of the person; how many there were. */
  int endAll(String userId) {
    Set<HttpSession> sessions = byPerson.remove(userId);
    if (sessions == null) {
      return 0;
    }
    int ended = 0;
    for (HttpSession session : sessions) {
      try {
        session.invalidate();
        ended++;
      } catch (IllegalStateException alreadyEnded) {
        // it ended by itself meanwhile
      }
    }
    return ended;
  }
}
