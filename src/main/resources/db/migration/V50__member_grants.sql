-- Which of a case's per-person grants stand for a group. A group that has the case's subject in it never
-- holds a grant on that case (the subject would read it through the group): each of its other members gets
-- the grant by name instead. A row with no user_id says the group reads that instance or task member by
-- member (so whoever joins the group later gets it too); a row with a user_id says that person's grant
-- stands for that group (so it goes when they leave it, unless another group still needs it).
-- Written by the application only, in the engine's transaction; removed with the case.
CREATE TABLE IF NOT EXISTS smc_member_grant (
  root_instance_id VARCHAR(64)  NOT NULL,
  group_id         VARCHAR(255) NOT NULL,
  user_id          VARCHAR(255),
  subject_user_id  VARCHAR(255),
  resource_type    INTEGER      NOT NULL,
  resource_id      VARCHAR(64)  NOT NULL,
  permissions      INTEGER      NOT NULL
);
CREATE INDEX IF NOT EXISTS smc_member_grant_group ON smc_member_grant (group_id, user_id);
CREATE INDEX IF NOT EXISTS smc_member_grant_user ON smc_member_grant (user_id);
CREATE INDEX IF NOT EXISTS smc_member_grant_root ON smc_member_grant (root_instance_id);
