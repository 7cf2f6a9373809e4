package uk.shine.socialmedia.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The mail sender keeps one connection to the mail server for the messages that follow each other,
 * and makes a new one when the server has dropped it; a server that is gone fails the message.
 */
class KeptOpenMailSenderTest {

  private SmtpServer server;
  private KeptOpenMailSender sender;

  @BeforeEach
  void start() throws IOException {
    server = new SmtpServer();
    JavaMailSenderImpl asBootMakesIt = new JavaMailSenderImpl();
    asBootMakesIt.setHost("localhost");
    asBootMakesIt.setPort(server.port());
    asBootMakesIt.getJavaMailProperties().put("mail.smtp.timeout", "5000");
    sender = new KeptOpenMailSender(asBootMakesIt);
  }

  @AfterEach
  void stop() throws IOException {
    sender.destroy();
    server.close();
  }

  @Test
  void messages_one_after_another_go_over_one_connection_with_their_own_ids() throws Exception {
    for (int i = 1; i <= 3; i++) {
      sender.send(message("<note-" + i + "@villiers-primary.example>"));
    }
    assertThat(server.connections.get()).isEqualTo(1);
    assertThat(server.messageIds).containsExactly("<note-1@villiers-primary.example>",
        "<note-2@villiers-primary.example>", "<note-3@villiers-primary.example>");
  }

  @Test
  void a_connection_the_server_dropped_is_replaced_and_a_server_gone_fails_the_message() throws Exception {
    sender.send(message("<first@villiers-primary.example>"));
    server.dropConnections();
    sender.send(message("<second@villiers-primary.example>"));
    assertThat(server.connections.get()).isEqualTo(2);
    assertThat(server.messageIds).hasSize(2);

    server.close();
    assertThatThrownBy(() -> sender.send(message("<third@villiers-primary.example>")))
        .isInstanceOf(MailSendException.class);
  }

  private MimeMessage message(String id) throws Exception {
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom("cases@villiers-primary.example");
    helper.setTo("head@villiers-primary.example");
    helper.setSubject("New task: Triage the report (VIL-2026-0001)");
    helper.setText("A task is waiting for you.");
    message.setHeader("Message-ID", id);
    return message;
  }

  /** Just enough SMTP to take messages, counting connections and reading each message's id. */
  private static final class SmtpServer implements AutoCloseable {
    private final ServerSocket socket = new ServerSocket(0);
    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> messageIds = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    private final Thread accepting;

    SmtpServer() throws IOException {
      accepting = new Thread(() -> {
        while (!socket.isClosed()) {
          try {
            Socket client = socket.accept();
            connections.incrementAndGet();
            open.add(client);
            Thread talking = new Thread(() -> talk(client));
            talking.setDaemon(true);
            talking.start();
          } catch (IOException closed) {
            return;
          }
        }
      });
      accepting.setDaemon(true);
      accepting.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    void dropConnections() throws IOException {
      for (Socket client : open) {
        client.close();
      }
      open.clear();
    }

    private void talk(Socket client) {
      try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
          PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
        out.print("220 test\r\n");
        out.flush();
        String line;
        while ((line = in.readLine()) != null) {
          String command = line.toUpperCase();
          if (command.startsWith("DATA")) {
            out.print("354 go on\r\n");
            out.flush();
            while (!(line = in.readLine()).equals(".")) {
              if (line.toLowerCase().startsWith("message-id:")) {
                messageIds.add(line.substring("message-id:".length()).trim());
              }
            }
            out.print("250 taken\r\n");
          } else if (command.startsWith("QUIT")) {
            out.print("221 bye\r\n");
            out.flush();
            return;
          } else {
            out.print("250 ok\r\n");
          }
          out.flush();
        }
      } catch (IOException | NullPointerException gone) {
        // the client or the test closed the connection
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
      try {
        accepting.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      dropConnections();
    }
  }
}
