-- Reads of case content through the engine's APIs (Tasklist, Cockpit, REST) are logged once per case,
-- person, kind of read and hour: read_hour is that hour, and the unique key keeps one row for it even
-- with several nodes. Openings of the application's own pages leave it empty and are logged each time.
ALTER TABLE smc_case_read_log ADD COLUMN read_hour TIMESTAMP;
CREATE UNIQUE INDEX smc_case_read_log_hourly ON smc_case_read_log (case_reference, user_id, what_was_read, read_hour);
