-- The low-level concerns register (KCSIE Part 4): conduct towards children at odds with the staff
-- code of conduct that does not meet the harm threshold. Reviewed for patterns: several entries
-- about one person can take the matter over the threshold.
CREATE TABLE low_level_concern (
  id             VARCHAR(36)  NOT NULL PRIMARY KEY,
  case_reference VARCHAR(32)  NOT NULL,
  staff_user_id  VARCHAR(64),
  staff_name     VARCHAR(200) NOT NULL,
  concern        VARCHAR(1000) NOT NULL,
  recorded_at    TIMESTAMP    NOT NULL,
  recorded_by    VARCHAR(64)
);
CREATE INDEX low_level_concern_staff ON low_level_concern (staff_user_id);
CREATE INDEX low_level_concern_name ON low_level_concern (staff_name);
