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

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
