package uk.shine.socialmedia.notification;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Spring Boot's mail sender, configured as Boot configures it (spring.mail.*), keeping its connection
 * to the mail server open between messages for a short while, instead of opening one for each
 * message: connecting, the greeting and EHLO (and on the trust's relay STARTTLS and a login) and QUIT,
 * for every notification. Before each message the kept connection is asked whether it is still there
 * (NOOP); one idle longer than {@link #IDLE_MILLIS} is closed and a new one made, so a relay that
 * drops quiet connections is never written to blind. A failed message closes the connection; the job
 * that sent it fails and retries on its schedule, as before. One connection, one message at a time.
 */
class KeptOpenMailSender extends JavaMailSenderImpl implements DisposableBean {

  /** Most mail servers keep a quiet connection for a minute or more; this stays well inside. */
  static final long IDLE_MILLIS = 20_000L;

  private Transport open;
  private long lastUsed;

  KeptOpenMailSender(JavaMailSenderImpl configured) {
    setHost(configured.getHost());
    setPort(configured.getPort());
    setUsername(configured.getUsername());
    setPassword(configured.getPassword());
    setProtocol(configured.getProtocol());
    setDefaultEncoding(configured.getDefaultEncoding());
    setDefaultFileTypeMap(configured.getDefaultFileTypeMap());
    setJavaMailProperties(configured.getJavaMailProperties());
  }

  @Override
  protected synchronized void doSend(MimeMessage[] messages, Object[] originals) {
    Map<Object, Exception> failed = new LinkedHashMap<>();
    for (int i = 0; i < messages.length; i++) {
      MimeMessage message = messages[i];
      try {
        Transport transport = connection();
        if (message.getSentDate() == null) {
          message.setSentDate(new Date());
        }
        // the message's own id (the notification's, the same on every attempt) survives saving its headers
        String messageId = message.getMessageID();
        message.saveChanges();
        if (messageId != null) {
          message.setHeader("Message-ID", messageId);
        }
        Address[] to = message.getAllRecipients();
        transport.sendMessage(message, to != null ? to : new Address[0]);
        lastUsed = System.currentTimeMillis();
      } catch (AuthenticationFailedException e) {
        close();
        throw new MailAuthenticationException(e);
      } catch (MessagingException e) {
        close();
        failed.put(originals != null ? originals[i] : message, e);
      }
    }
    if (!failed.isEmpty()) {
      throw new MailSendException(failed);
    }
  }

  /** The kept connection if it is fresh and still answers, else a new one. */
  private Transport connection() throws MessagingException {
    if (open != null && (System.currentTimeMillis() - lastUsed > IDLE_MILLIS || !open.isConnected())) {
      close();
    }
    if (open == null) {
      open = connectTransport();
    }
    return open;
  }

  @Override
  public synchronized void destroy() {
    close();
  }

  private void close() {
    if (open != null) {
      try {
        open.close();
      } catch (MessagingException ignored) {
        // gone already: a new one is made for the next message
      }
      open = null;
    }
  }

  /** Puts this sender in the place of the one Spring Boot configured, before anything else wraps it. */
  @Component
  static class InPlaceOfBoots implements BeanPostProcessor, PriorityOrdered {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
      return bean.getClass() == JavaMailSenderImpl.class ? new KeptOpenMailSender((JavaMailSenderImpl) bean) : bean;
    }

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }
  }
}
