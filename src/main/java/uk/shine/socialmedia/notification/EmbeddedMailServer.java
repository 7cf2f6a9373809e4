package uk.shine.socialmedia.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PreDestroy;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * An SMTP server inside the application, on {@code spring.mail.host}/{@code port}, so a newcomer's
 * machine delivers real messages somewhere they can read them ({@link MailboxPage}). Only when
 * {@code socialmedia.mail.embedded-server=true} (the default profile); production sends to the
 * school's relay. Messages live in memory and go with a restart.
 */
@Component
@ConditionalOnProperty(name = "socialmedia.mail.embedded-server", havingValue = "true")
public class EmbeddedMailServer {

  private final ServerSetup setup;
  private GreenMail server;

  public EmbeddedMailServer(@Value("${spring.mail.host}") String host, @Value("${spring.mail.port}") int port) {
    this.setup = new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP);
    start();
  }

  public final synchronized void start() {
    if (server == null) {
      server = new GreenMail(setup);
      server.start();
    }
  }

  /** Stops accepting mail (the messages received so far are dropped), as a failed relay would. */
  @PreDestroy
  public synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /** The messages delivered to this address's mailbox, oldest first. */
  public synchronized List<MimeMessage> messagesTo(String address) {
    if (server == null || address == null) {
      return List.of();
    }
    return server.findReceivedMessages(user -> address.equalsIgnoreCase(user.getEmail()), message -> true).toList();
  }
}
