-- The consent register for images of pupils, per channel, and the restricted list (children who are
-- never shown). Imported whole from the school's records (CSV); the reason a child is restricted is
-- never held here.
CREATE TABLE pupil_image_consent (
  pupil_reference VARCHAR(20)  NOT NULL PRIMARY KEY,
  website         BOOLEAN      NOT NULL,
  social_media    BOOLEAN      NOT NULL,
  press           BOOLEAN      NOT NULL,
  in_print        BOOLEAN      NOT NULL,
  restricted      BOOLEAN      NOT NULL,
  imported_at     TIMESTAMP    NOT NULL,
  imported_by     VARCHAR(64)
);
