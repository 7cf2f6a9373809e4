package uk.shine.socialmedia.notification;

import java.sql.Timestamp;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.shine.socialmedia.engine.EngineTime;

/**
 * The keys of notifications that have been handed to the mail server. A key is committed in a
 * transaction of its own the moment the server accepts the message, so a job that fails afterwards
 * (its own transaction rolled back) finds the key on its retry and does not send again. Only keys
 * and times are kept, nothing about the case or the people.
 */
@Component
class SentNotifications {

  /** Keys are kept for months: looking for expired ones once an hour is plenty. */
  private static final long CLEANUP_EVERY_MILLIS = 3_600_000L;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final NotificationProperties properties;
  // when expired keys were last removed (engine clock): the removal scans the table, so not on every send
  private final AtomicLong lastCleanup = new AtomicLong(Long.MIN_VALUE / 2);

  SentNotifications(JdbcTemplate jdbc, PlatformTransactionManager transactions, NotificationProperties properties) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.properties = properties;
  }

  boolean contains(String notificationId) {
    return jdbc.queryForObject("select count(*) from smc_notification_sent where notification_id = ?",
        Integer.class, notificationId) > 0;
  }

  void record(String notificationId) {
    long now = EngineTime.now().getTime();
    ownTransaction.executeWithoutResult(status -> {
      try {
        jdbc.update("insert into smc_notification_sent (notification_id, sent_at) values (?, ?)",
            notificationId, new Timestamp(now));
      } catch (DuplicateKeyException alreadyThere) {
        // recorded by an earlier attempt: nothing to add
      }
      if (cleanupDue(now)) {
        jdbc.update("delete from smc_notification_sent where sent_at < ?",
            new Timestamp(now - properties.sentKeysKept().toMillis()));
      }
    });
  }

  /** Due an hour after the last cleanup, or at once when the engine's clock has been set back. */
  private boolean cleanupDue(long now) {
    long last = lastCleanup.get();
    return (now - last >= CLEANUP_EVERY_MILLIS || now < last) && lastCleanup.compareAndSet(last, now);
  }
}
