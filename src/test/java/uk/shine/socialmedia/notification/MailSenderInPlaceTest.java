package uk.shine.socialmedia.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.FailAfterSending;

/** The application sends through the sender that keeps its connection, configured from spring.mail.*. */
@CaseEngineTest
class MailSenderInPlaceTest {

  @Autowired JavaMailSender mail;

  @Test
  void the_mail_sender_keeps_its_connection_and_boots_settings() {
    // tests wrap it to make a send fail on purpose (FailAfterSending)
    JavaMailSender applications = FailAfterSending.unwrapped(mail);
    assertThat(applications).isInstanceOf(KeptOpenMailSender.class);
    KeptOpenMailSender sender = (KeptOpenMailSender) applications;
    assertThat(sender.getHost()).isEqualTo("localhost");
    assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.timeout", "20000");
  }
}
