package uk.shine.socialmedia.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineJobs;

/**
 * Sends the notifications of one job, each at most once: skips one whose key is already recorded,
 * writes its email, hands it to the mail server, records the key ({@link SentNotifications}). A mail
 * server that is down throws, so the job fails and retries on the engine's schedule, sending only
 * what had not gone.
 */
@Component
public class MailDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);
  /**
   * Jakarta Mail 2.1 looks its stream provider up through the ServiceLoader, a scan of every jar,
   * for each part of each message it writes: a third of the time a notification job spent sending.
   * Named here, it is one class look-up instead. A deployment that names its own keeps it.
   */
  private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

  private final JavaMailSender mail;
  private final SentNotifications sent;
  private final EmailWriter emails;
  private final NotificationProperties properties;

  MailDelivery(JavaMailSender mail, SentNotifications sent, EmailWriter emails, NotificationProperties properties) {
    this.mail = mail;
    this.sent = sent;
    this.emails = emails;
    this.properties = properties;
    if (System.getProperty(STREAM_PROVIDER) == null) {
      System.setProperty(STREAM_PROVIDER, org.eclipse.angus.mail.util.MailStreamProvider.class.getName());
    }
  }

  /** Runs a notification job (of {@link NotificationJobs#TYPE}), inside its engine command. */
  public void deliver(String job) {
    List<Notification> notifications = NotificationJobs.parsed(job);
    // a random key can only have been recorded by an earlier attempt of this job; a shared one by any job
    boolean retry = EngineJobs.failedBefore();
    Set<String> sentBefore = sent.among(notifications.stream().filter(notification -> retry || notification.sharedKey())
        .map(Notification::id).toList());
    Map<String, Set<String>> subjectsRead = new HashMap<>();
    for (Notification notification : notifications) {
      if (sentBefore.contains(notification.id())) {
        LOG.info("Notification {} was sent by an earlier attempt; not sending it again", notification.id());
        continue;
      }
      Optional<Email> email = emails.write(notification, subjectsRead);
      if (email.isEmpty()) {
        continue;
      }
      mail.send(mimeMessage(notification, email.get()));
      sent.record(notification.id(), notification.sharedKey());
      LOG.info("Notification {} ({}) sent to {} recipient(s)", notification.id(), notification.kind(),
          email.get().to().size());
    }
  }

  private MimeMessage mimeMessage(Notification notification, Email email) {
    try {
      MimeMessage message = mail.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
      helper.setFrom(properties.from());
      helper.setTo(email.to().toArray(String[]::new));
      helper.setSubject(email.subject());
      helper.setText(email.body(), false);
      if (email.urgent()) {
        helper.setPriority(1);
        message.setHeader("Importance", "High");
      }
      // the same id on every attempt, so a mail system that sees a message twice can tell
      message.setHeader("Message-ID", "<" + notification.id() + "@" + domain(properties.from()) + ">");
      // no out-of-office replies to a robot
      message.setHeader("Auto-Submitted", "auto-generated");
      return message;
    } catch (MessagingException e) {
      throw new MailPreparationException(e);
    }
  }

  private static String domain(String address) {
    return address.substring(address.indexOf('@') + 1).replace(">", "").trim();
  }
}
