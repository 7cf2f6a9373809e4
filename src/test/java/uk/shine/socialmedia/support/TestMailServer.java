package uk.shine.socialmedia.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The application's embedded SMTP server (GreenMail) on a free port for the suite, so tests read
 * real messages through {@code EmbeddedMailServer} and can stop it like a failed relay.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

  private static final int PORT = freePort();

  @Bean
  static DynamicPropertyRegistrar smtpOnAFreePort() {
    return registry -> registry.add("spring.mail.port", () -> PORT);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
