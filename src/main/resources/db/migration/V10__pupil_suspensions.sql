-- Suspensions per pupil and term (DfE suspension and permanent exclusion guidance): governors must
-- consider reinstatement when suspensions take a pupil over 15 school days in a term. The pupil is
-- identified by the school's own reference (admission number or UPN), never by name.
CREATE TABLE pupil_suspension (
  id              VARCHAR(36)  NOT NULL PRIMARY KEY,
  case_reference  VARCHAR(32)  NOT NULL,
  pupil_reference VARCHAR(20)  NOT NULL,
  term_name       VARCHAR(60)  NOT NULL,
  term_starts     DATE         NOT NULL,
  first_day       DATE         NOT NULL,
  school_days     INTEGER      NOT NULL,
  recorded_at     TIMESTAMP    NOT NULL
);
CREATE INDEX pupil_suspension_term ON pupil_suspension (pupil_reference, term_starts);
