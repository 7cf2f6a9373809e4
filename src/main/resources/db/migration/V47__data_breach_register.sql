-- The breach register: every personal data breach the school became aware of, reported to the ICO or not
-- (UK GDPR Art. 33(5)), with the 72-hour clock, the risk, the decisions and their dates. It outlives the
-- case's history on purpose. It holds categories and counts, never the breached data, and no names.
CREATE TABLE IF NOT EXISTS smc_data_breach (
  breach_id              VARCHAR(64)   NOT NULL PRIMARY KEY,
  reference              VARCHAR(200),
  school                 VARCHAR(64),
  origin                 VARCHAR(32),
  became_aware_at        TIMESTAMP,
  ico_due                TIMESTAMP,
  take_down_requested    BOOLEAN,
  take_down_requested_on DATE,
  people_affected        VARCHAR(32),
  people_affected_count  BIGINT,
  data_categories        VARCHAR(500),
  special_category_data  BOOLEAN,
  risk_level             VARCHAR(16),
  ico_decision           VARCHAR(16),
  ico_reference          VARCHAR(64),
  ico_reported_on        DATE,
  ico_decided_at         TIMESTAMP,
  ico_decided_in_time    BOOLEAN,
  not_reporting_reason   VARCHAR(4000),
  affected_told          VARCHAR(16),
  affected_told_on       DATE,
  not_telling_reason     VARCHAR(64),
  closed_at              TIMESTAMP
);
