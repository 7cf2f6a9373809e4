package uk.shine.socialmedia.notification;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.shine.socialmedia.engine.EngineTime;

/**
 * The keys of notifications that have been handed to the mail server. The job that sent them ends in
 * one commit: a shared key (one another job may carry too) is written in it, and the job's own end
 * (its row deleted) stands for its random keys, since nothing runs that job again. If that
 * transaction does not commit (a crash of the database connection, a failure after sending), every
 * key it sent is committed the moment it has rolled back, in a transaction of its own, so the job's
 * retry finds them and sends nothing twice. Only keys and times are kept, nothing about the case or
 * the people.
 */
@Component
class SentNotifications {

  /** Keys are kept for months: looking for expired ones once an hour is plenty. */
  private static final long CLEANUP_EVERY_MILLIS = 3_600_000L;
  private static final String INSERT = "insert into smc_notification_sent (notification_id, sent_at) values (?, ?)";

  private final JdbcTemplate jdbc;
  // kept: it holds the parsed form of its statements
  private final NamedParameterJdbcTemplate named;
  private final TransactionTemplate ownTransaction;
  private final NotificationProperties properties;
  // when expired keys were last removed (engine clock): the removal scans the table, so not on every send
  private final AtomicLong lastCleanup = new AtomicLong(Long.MIN_VALUE / 2);

  SentNotifications(JdbcTemplate jdbc, PlatformTransactionManager transactions, NotificationProperties properties) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.properties = properties;
  }

  /** Those of these keys already recorded: one look-up for them all, none for no key. */
  Set<String> among(Collection<String> notificationIds) {
    if (notificationIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(named.queryForList(
        "select notification_id from smc_notification_sent where notification_id in (:ids)",
        java.util.Map.of("ids", notificationIds), String.class));
  }

  /** Records that the server accepted this notification, in the sending job's transaction (see above). */
  void record(String notificationId, boolean shared) {
    long now = EngineTime.now().getTime();
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      recordAlone(List.of(notificationId), now); // no transaction to join
      return;
    }
    sentInThisTransaction().add(notificationId);
    if (shared) {
      jdbc.update(INSERT, notificationId, new Timestamp(now));
    }
    if (cleanupDue(now)) {
      jdbc.update("delete from smc_notification_sent where sent_at < ?",
          new Timestamp(now - properties.sentKeysKept().toMillis()));
    }
  }

  /** The keys sent in the running transaction, kept for its rollback. */
  @SuppressWarnings("unchecked")
  private List<String> sentInThisTransaction() {
    Object bound = TransactionSynchronizationManager.getResource(this);
    if (bound != null) {
      return (List<String>) bound;
    }
    List<String> sent = new ArrayList<>();
    TransactionSynchronizationManager.bindResource(this, sent);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(SentNotifications.this);
        if (status != STATUS_COMMITTED) {
          recordAlone(sent, EngineTime.now().getTime());
        }
      }
    });
    return sent;
  }

  /** Each key in a transaction of its own: one already there (a shared key) does not stop the others. */
  private void recordAlone(List<String> notificationIds, long now) {
    for (String notificationId : notificationIds) {
      ownTransaction.executeWithoutResult(status -> {
        try {
          jdbc.update(INSERT, notificationId, new Timestamp(now));
        } catch (DuplicateKeyException alreadyThere) {
          status.setRollbackOnly(); // recorded already: nothing to add
        }
      });
    }
  }

  /** Due an hour after the last cleanup, or at once when the engine's clock has been set back. */
  private boolean cleanupDue(long now) {
    long last = lastCleanup.get();
    return (now - last >= CLEANUP_EVERY_MILLIS || now < last) && lastCleanup.compareAndSet(last, now);
  }
}
