package uk.shine.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP server that accepts every message and counts it, so that the application's e-mail
 * notifications cost in the benchmark what handing a message to a relay costs. The application
 * gets it through Spring's standard spring.mail.* settings, with its own built-in SMTP server
 * (default profile) switched off: that one would try to listen on the same port. The bare baseline
 * sends nothing.
 *
 * <p>Not GreenMail, which the first runs used: it writes each line of its EHLO reply separately on a
 * socket with Nagle's algorithm on, so the client's delayed acknowledgement held every message
 * about 40 ms (measured: 143 s of a 4-minute lifecycle run in SMTPTransport.ehlo). A real relay
 * answers in one write; so does this sink, with TCP_NODELAY.
 */
final class MailSink implements AutoCloseable {

  private final ServerSocket server;
  private final ExecutorService connections = Executors.newCachedThreadPool(work -> {
    Thread thread = new Thread(work, "mail-sink");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicInteger received = new AtomicInteger();

  MailSink() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    connections.execute(this::accept);
  }

  /** Arguments pointing the application at the sink. */
  List<String> applicationArgs() {
    return List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + server.getLocalPort(),
        "--socialmedia.mail.embedded-server=false");
  }

  int received() {
    return received.get();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        connections.execute(() -> converse(client));
      } catch (IOException closed) {
        return;
      }
    }
  }

  /** One SMTP conversation: every reply is one line in one write. */
  private void converse(Socket client) {
    try (client) {
      client.setTcpNoDelay(true);
      BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
      OutputStream out = client.getOutputStream();
      reply(out, "220 benchmark sink");
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
        switch (command) {
          case "DATA" -> {
            reply(out, "354 end with a dot");
            for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
              // the message is read and dropped: only its arrival counts
            }
            received.incrementAndGet();
            reply(out, "250 accepted");
          }
          case "QUIT" -> {
            reply(out, "221 bye");
            return;
          }
          default -> reply(out, "250 OK");
        }
      }
    } catch (IOException dropped) {
      // the client went away: nothing to count
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
    connections.shutdownNow();
  }
}
