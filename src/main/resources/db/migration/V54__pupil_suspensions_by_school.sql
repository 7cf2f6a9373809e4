-- Suspension totals are each school's: the head teacher's power to suspend (at most 45 school days in a
-- school year) and the governors' 15 school days in a term are counted within one school, and a pupil
-- reference (admission number) is the school's own. Suspensions recorded before schools belonged to
-- Villiers Primary School, the one school this application served then, so they go to 'villiers'.
-- '' is a case of no school (one the engine started by itself).
ALTER TABLE pupil_suspension ADD COLUMN school VARCHAR(64) DEFAULT 'villiers' NOT NULL;
ALTER TABLE pupil_suspension ALTER COLUMN school DROP DEFAULT;
DROP INDEX pupil_suspension_term;
CREATE INDEX pupil_suspension_term ON pupil_suspension (school, pupil_reference, term_starts);
