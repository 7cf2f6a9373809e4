package uk.shine.socialmedia.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords slow down whoever sends them, not the person whose account it is. After
 * {@code free-attempts} wrong passwords for one account from one address, that address may not try
 * that account again until {@code lock} has passed since the last one; a right password clears the
 * count. The engine's own lock-out counts per account, whoever sends the passwords, so a stranger could
 * delay and then lock out anyone: it is off (application.yaml). Kept in memory: a restart forgets.
 */
@Component
class LoginThrottle {

  // a flood of made-up accounts or addresses cannot fill the memory
  private static final int MAX_TRACKED = 100_000;
  private static final int MAX_ACCOUNT_LENGTH = 100;

  private record Key(String address, String account) {
  }

  private record Failures(int count, Instant last) {
  }

  private final Map<Key, Failures> failures = new ConcurrentHashMap<>();
  private final int freeAttempts;
  private final Duration lock;

  LoginThrottle(@Value("${socialmedia.login-throttle.free-attempts}") int freeAttempts,
      @Value("${socialmedia.login-throttle.lock}") Duration lock) {
    this.freeAttempts = freeAttempts;
    this.lock = lock;
  }

  /** How long this address must wait before it may try this account again; zero when it may try now. */
  Duration waitFor(String address, String account) {
    Failures known = failures.get(key(address, account));
    if (known == null || known.count() < freeAttempts) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(Instant.now(), known.last().plus(lock));
    return left.isNegative() ? Duration.ZERO : left;
  }

  void failed(String address, String account) {
    Instant now = Instant.now();
    if (failures.size() >= MAX_TRACKED) {
      failures.values().removeIf(old -> old.last().plus(lock).isBefore(now));
      if (failures.size() >= MAX_TRACKED) {
        failures.clear();
      }
    }
    failures.merge(key(address, account), new Failures(1, now),
        (old, first) -> old.last().plus(lock).isBefore(now) ? first : new Failures(old.count() + 1, now));
  }

  void succeeded(String address, String account) {
    failures.remove(key(address, account));
  }

  /** The administrator unlocked the account: every address may try it again. */
  void forget(String account) {
    String trimmed = trim(account);
    failures.keySet().removeIf(key -> key.account().equals(trimmed));
  }

  private static Key key(String address, String account) {
    return new Key(address, trim(account));
  }

  private static String trim(String account) {
    String known = account == null ? "" : account;
    return known.length() > MAX_ACCOUNT_LENGTH ? known.substring(0, MAX_ACCOUNT_LENGTH) : known;
  }
}
