package uk.shine.socialmedia.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A walkthrough script of {@code tools/} in Debian's headless Chromium against the application under
 * test, while the engine's jobs run as the job executor would (the suite has none): what the browser
 * reports is routed, and its e-mails are sent.
 */
public final class Walkthrough {

  /** How it ended: in time or not, its exit value, and everything it printed. */
  public record Result(boolean finished, int exitValue, String output) {
  }

  private Walkthrough() {
  }

  /**
   * Runs the script for at most two minutes and requires what every walkthrough needs: Debian's
   * chromium on the machine, and the script ended in time without failing. What it printed.
   */
  public static String passing(Cases cases, String script, String... arguments) throws IOException, InterruptedException {
    assertThat(new File(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
        .as("Debian's chromium (.ci/run installs it)").exists();
    Result walk = run(cases, Duration.ofMinutes(2), script, arguments);
    assertThat(walk.finished()).as("the walkthrough ended in time:%n%s", walk.output()).isTrue();
    assertThat(walk.exitValue()).as("the walkthrough:%n%s", walk.output()).isZero();
    return walk.output();
  }

  public static Result run(Cases cases, Duration limit, String script, String... arguments)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("walkthrough", ".log");
    List<String> command = new ArrayList<>(List.of("node", "tools/" + script));
    command.addAll(List.of(arguments));
    Process browser = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    AtomicBoolean running = new AtomicBoolean(true);
    Thread engine = new Thread(() -> {
      while (running.get()) {
        try {
          cases.runJobs();
          Thread.sleep(300);
        } catch (InterruptedException stop) {
          return;
        } catch (RuntimeException retryNextRound) {
          // a job racing the browser's own request: the next round picks it up
        }
      }
    });
    engine.start();
    boolean finished = browser.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    if (!finished) {
      browser.destroyForcibly();
    }
    running.set(false);
    engine.join();
    return new Result(finished, finished ? browser.exitValue() : -1, Files.readString(log, StandardCharsets.UTF_8));
  }
}
