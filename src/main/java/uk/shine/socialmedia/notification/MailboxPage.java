package uk.shine.socialmedia.notification;

import jakarta.mail.MessagingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import uk.shine.socialmedia.security.CurrentUser;

/**
 * {@code /mailbox}: the messages the embedded SMTP server received for the person who logs in
 * (HTTP Basic against Camunda identity, or the webapps' login), newest first. Only with the embedded server, so never in
 * production, and only one's own messages.
 */
@RestController
@ConditionalOnProperty(name = "socialmedia.mail.embedded-server", havingValue = "true")
class MailboxPage {

  private final EmbeddedMailServer server;
  private final IdentityService identity;
  private final CurrentUser currentUser;

  MailboxPage(EmbeddedMailServer server, IdentityService identity, CurrentUser currentUser) {
    this.server = server;
    this.identity = identity;
    this.currentUser = currentUser;
  }

  @GetMapping(path = "/mailbox", produces = MediaType.TEXT_HTML_VALUE)
  public ResponseEntity<String> mailbox(HttpServletRequest request) throws MessagingException, IOException {
    User user = currentUser.of(request).map(person -> identity.createUserQuery().userId(person.userId()).singleResult())
        .orElse(null);
    if (user == null) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Demo mailbox\", charset=\"UTF-8\"")
          .body("<p>Log in as a demo user to read their messages.</p>");
    }
    List<MimeMessage> messages = server.messagesTo(user.getEmail());
    StringBuilder page = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Mailbox</title>"
        + "<style>body{font-family:sans-serif;max-width:50em;margin:2em auto}pre{white-space:pre-wrap;"
        + "background:#f4f4f4;padding:1em}</style></head><body>");
    page.append("<h1>Mailbox of ").append(html(user.getEmail())).append("</h1>")
        .append("<p>Messages the application sent to you since it started (demo only: production sends real e-mail).</p>");
    if (messages.isEmpty()) {
      page.append("<p>No messages yet.</p>");
    }
    for (int i = messages.size() - 1; i >= 0; i--) {
      MimeMessage message = messages.get(i);
      page.append("<h2>").append(html(message.getSubject())).append("</h2><p>")
          .append(html(String.valueOf(message.getSentDate()))).append("</p><pre>")
          .append(html(String.valueOf(message.getContent()))).append("</pre>");
    }
    page.append("</body></html>");
    return ResponseEntity.ok()
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(page.toString());
  }

  private static String html(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text);
  }
}
