package uk.shine.socialmedia.support;

import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wraps the application's mail sender so a test can make the transaction that sent a message fail
 * after the mail server accepted it (as a crash or a lost database connection would), or the mail
 * server refuse one message after accepting others.
 */
@TestComponent
public class FailAfterSending implements BeanPostProcessor {

  private final AtomicBoolean armed = new AtomicBoolean();
  // messages still accepted before one is refused; negative: none refused
  private final AtomicInteger acceptedBeforeRefusal = new AtomicInteger(-1);

  /** The next transaction that sends a message rolls back after sending it. */
  public void once() {
    armed.set(true);
  }

  /** The mail server accepts the next message and refuses the one after it (once). */
  public void refuseTheSecondMessage() {
    acceptedBeforeRefusal.set(1);
  }

  /** The application's own sender behind this wrapper. */
  public static JavaMailSender unwrapped(JavaMailSender sender) {
    return sender instanceof FailAfterSending.Sender wrapper ? wrapper.real : sender;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    return bean instanceof JavaMailSender sender ? new Sender(sender) : bean;
  }

  private final class Sender implements JavaMailSender {
    private final JavaMailSender real;

    Sender(JavaMailSender real) {
      this.real = real;
    }

    @Override
    public MimeMessage createMimeMessage() {
      return real.createMimeMessage();
    }

    @Override
    public MimeMessage createMimeMessage(InputStream contentStream) throws MailException {
      return real.createMimeMessage(contentStream);
    }

    @Override
    public void send(MimeMessage... mimeMessages) throws MailException {
      if (acceptedBeforeRefusal.getAndUpdate(left -> left < 0 ? left : left - 1) == 0) {
        throw new MailSendException("simulated refusal of a message by the mail server");
      }
      real.send(mimeMessages);
      if (armed.getAndSet(false)) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
          @Override
          public void beforeCommit(boolean readOnly) {
            throw new IllegalStateException("simulated failure after the message was sent");
          }
        });
      }
    }

    @Override
    public void send(SimpleMailMessage... simpleMessages) throws MailException {
      real.send(simpleMessages);
    }
  }
}
