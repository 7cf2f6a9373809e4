-- The retention register: when each closed case's records are due for removal and why, legal holds
-- (which may be placed before the case closes), and who approved a removal. It outlives the case's
-- history on purpose, as the school's record of what was removed and when; it holds no names.
CREATE TABLE case_retention (
  case_reference      VARCHAR(32)  NOT NULL PRIMARY KEY,
  case_instance_id    VARCHAR(64),
  retention_rule      VARCHAR(300),
  closed_on           DATE,
  removal_due         DATE,
  review_due          DATE,
  legal_hold          BOOLEAN      NOT NULL,
  hold_reason         VARCHAR(500),
  hold_changed_at     TIMESTAMP,
  hold_changed_by     VARCHAR(64),
  status              VARCHAR(20)  NOT NULL,
  decided_reason      VARCHAR(500),
  removal_approved_at TIMESTAMP,
  removal_approved_by VARCHAR(64)
);
