package uk.shine.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.ServerSocket;
import java.util.List;

/**
 * An SMTP server that accepts and keeps every message (GreenMail), so that the application's
 * e-mail notifications cost in the benchmark what sending costs, without a real mail server. The
 * application gets it through Spring's standard spring.mail.* settings, with its own built-in SMTP
 * server (default profile) switched off: that one would try to listen on the same port and the
 * application would not start. The bare baseline sends nothing.
 */
final class MailSink implements AutoCloseable {

  private final GreenMail smtp;
  private final int port;

  MailSink() throws Exception {
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  /** Arguments pointing the application at the sink. */
  List<String> applicationArgs() {
    return List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
        "--socialmedia.mail.embedded-server=false");
  }

  int received() {
    return smtp.getReceivedMessages().length;
  }

  @Override
  public void close() {
    smtp.stop();
  }
}
