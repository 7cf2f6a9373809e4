package uk.shine.socialmedia.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The request again, its body read once already, and the bound on any body the application reads:
 * a report is a few kilobytes and a consent register well under this, so nothing legitimate comes near it.
 */
final class ReplayedBody extends HttpServletRequestWrapper {

  static final int MOST_BYTES = 1024 * 1024;
  static final String TOO_LARGE = "The request is too large";

  private final byte[] body;

  ReplayedBody(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  /** A body that says it is larger than the bound: refused before a byte of it is read. */
  static boolean claimsTooMuch(HttpServletRequest request) {
    return request.getContentLengthLong() > MOST_BYTES;
  }

  /** The body, read to at most one byte past the bound; null when it is larger (the rest is never read). */
  static byte[] readBounded(HttpServletRequest request) throws IOException {
    byte[] read = request.getInputStream().readNBytes(MOST_BYTES + 1);
    return read.length > MOST_BYTES ? null : read;
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream bytes = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return bytes.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return bytes.read(b, off, len);
      }

      @Override
      public boolean isFinished() {
        return bytes.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException("blocking body only");
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
  }
}
