-- Keys of the e-mail notifications already accepted by the mail server: a retried job sends nothing twice.
CREATE TABLE IF NOT EXISTS smc_notification_sent (
  notification_id VARCHAR(64) NOT NULL PRIMARY KEY,
  sent_at         TIMESTAMP   NOT NULL
);
