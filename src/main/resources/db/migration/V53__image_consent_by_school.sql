-- Each school of the trust keeps its own consent register and restricted list: a row belongs to a school
-- (its tenant id) and a pupil reference is unique only within its school. The rows held before schools
-- belonged to Villiers Primary School, the one school this application served then, so they go to
-- 'villiers'. A new table, copied and renamed, changes the key the same way on H2 and PostgreSQL.
CREATE TABLE pupil_image_consent_by_school (
  school          VARCHAR(64)  NOT NULL,
  pupil_reference VARCHAR(20)  NOT NULL,
  website         BOOLEAN      NOT NULL,
  social_media    BOOLEAN      NOT NULL,
  press           BOOLEAN      NOT NULL,
  in_print        BOOLEAN      NOT NULL,
  restricted      BOOLEAN      NOT NULL,
  imported_at     TIMESTAMP    NOT NULL,
  imported_by     VARCHAR(64),
  PRIMARY KEY (school, pupil_reference)
);
INSERT INTO pupil_image_consent_by_school (school, pupil_reference, website, social_media, press, in_print, restricted,
    imported_at, imported_by)
  SELECT 'villiers', pupil_reference, website, social_media, press, in_print, restricted, imported_at, imported_by
  FROM pupil_image_consent;
DROP TABLE pupil_image_consent;
ALTER TABLE pupil_image_consent_by_school RENAME TO pupil_image_consent;
