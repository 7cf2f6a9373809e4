package uk.shine.socialmedia.support;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;
import uk.shine.socialmedia.notification.EmbeddedMailServer;

/** The demo users' mailboxes on the suite's SMTP server, as subjects of the messages about one case. */
@TestComponent
public class Mailboxes {

  private final EmbeddedMailServer smtp;

  public Mailboxes(EmbeddedMailServer smtp) {
    this.smtp = smtp;
  }

  public List<String> subjects(String userId, String caseReference) {
    return smtp.messagesTo(userId + "@villiers-primary.example").stream().map(Mailboxes::subject)
        .filter(subject -> subject.contains(caseReference)).toList();
  }

  /** Every message this demo user has received, oldest first: its subject, a blank line, its text. */
  public List<String> messages(String userId) {
    return smtp.messagesTo(userId + "@villiers-primary.example").stream()
        .map(message -> subject(message) + "\n\n" + text(message)).toList();
  }

  /** A message's text, for a test to read. */
  public static String text(MimeMessage message) {
    try {
      return String.valueOf(message.getContent());
    } catch (MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A message's subject, for a test to read. */
  public static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
