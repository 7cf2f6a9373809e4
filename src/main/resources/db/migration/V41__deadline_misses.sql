-- Every missed deadline of a case: which rule, which task (or a date a form set), when it was due, when
-- the miss was noticed and when the work was done (by how much it was late). Written by the deadline
-- check (deadlines.MissedDeadlines) in the engine's transaction; the governors' audit counts these rows by
-- rule. No names and no free text: ids, keys, the rule's name from processes/task-deadlines.dmn, times.
CREATE TABLE IF NOT EXISTS smc_deadline_miss (
  id               VARCHAR(200) NOT NULL PRIMARY KEY,
  case_instance_id VARCHAR(64)  NOT NULL,
  case_reference   VARCHAR(64),
  process_key      VARCHAR(255) NOT NULL,
  task_key         VARCHAR(255) NOT NULL,
  task_id          VARCHAR(64)  NOT NULL,
  rule_name        VARCHAR(255) NOT NULL,
  statutory        BOOLEAN      NOT NULL,
  due_at           TIMESTAMP    NOT NULL,
  noticed_at       TIMESTAMP    NOT NULL,
  done_at          TIMESTAMP,
  brought_in       VARCHAR(64)
);
CREATE INDEX IF NOT EXISTS smc_deadline_miss_case ON smc_deadline_miss (case_instance_id);
