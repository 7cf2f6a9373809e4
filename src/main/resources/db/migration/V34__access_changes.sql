-- Changes a person made to who may read cases: a grant or refusal on process instances, their history,
-- tasks or models' instances, or a membership of a case group. Camunda lets its administrator make them;
-- each is kept here and the DSL and the data protection lead are told at once (/access-changes lists them).
-- Written by the application only, in the change's own transaction; never updated.
CREATE TABLE IF NOT EXISTS smc_access_change (
  id             VARCHAR(36)  NOT NULL PRIMARY KEY,
  changed_at     TIMESTAMP    NOT NULL,
  changed_by     VARCHAR(255) NOT NULL,
  what_changed   VARCHAR(500) NOT NULL,
  case_reference VARCHAR(64)
);
CREATE INDEX IF NOT EXISTS smc_access_change_at ON smc_access_change (changed_at);
