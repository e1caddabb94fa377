-- The due-group counts of /follow-ups and the dashboard read this index alone (index-only scan):
-- contactId is in it so that leaving out follow-ups about a trashed contact needs no table visit.
DROP INDEX "FollowUp_userId_status_dueAt_idx";
CREATE INDEX "FollowUp_userId_status_dueAt_contactId_idx" ON "FollowUp"("userId", "status", "dueAt", "contactId");

-- Counts the live contacts from the index alone.
CREATE INDEX "Contact_userId_deletedAt_idx" ON "Contact"("userId", "deletedAt");

-- The search's per-company counts read one index instead of intersecting the company's
-- applications with every application of the user.
DROP INDEX "Application_companyId_idx";
CREATE INDEX "Application_companyId_userId_deletedAt_idx" ON "Application"("companyId", "userId", "deletedAt");

-- "Contact"."deletedAt" was added without statistics: until autovacuum's next analyze the planner
-- guessed that almost every contact was in the trash and checked the trash once per follow-up,
-- letter and timeline entry (a nested loop instead of one hash of the few trashed contacts).
ANALYZE "Contact";
ANALYZE "Application";
ANALYZE "FollowUp";
