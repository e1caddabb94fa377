-- A counter per user that moves whenever anything the user's pages show is written
-- (docs/decisions/0022-page-cache.md): a page rendered at one value of the counter is served
-- again only while the counter has not moved, so no write can leave a stale page behind.
ALTER TABLE "User" ADD COLUMN "dataVersion" INTEGER NOT NULL DEFAULT 0;

-- Any change to the user's own row moves the counter by one, and nothing moves it backwards (an
-- UPDATE that sets it is overruled): a value once used is never used again.
CREATE FUNCTION bridges_user_row_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW IS DISTINCT FROM OLD THEN
    NEW."dataVersion" := OLD."dataVersion" + 1;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "User_data_version" BEFORE UPDATE ON "User" FOR EACH ROW EXECUTE FUNCTION bridges_user_row_written();

-- Moves a user's counter once per transaction. Called at commit (the triggers below are deferred):
-- the user's row is locked for the last instant of the transaction only, after all its other
-- locks are taken, so a transaction that writes the user's rows cannot deadlock with another on
-- it (a worker's claim and a user's action, say, each waiting for a row the other holds).
-- The UPDATE's lock (FOR NO KEY UPDATE) does not conflict with the key-share lock an insert's
-- foreign-key check takes on the same row.
CREATE FUNCTION bridges_move_data_version(user_id text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF user_id IS NULL OR current_setting('bridges.moved_' || user_id, true) = '1' THEN RETURN; END IF;
  PERFORM set_config('bridges.moved_' || user_id, '1', true);
  UPDATE "User" SET "dataVersion" = "dataVersion" + 1 WHERE id = user_id;
END $$;

-- For each row a transaction wrote, at its commit: the owner's counter moves (once). The
-- trigger's arguments name columns no page shows (a worker's lease, renewed every few seconds):
-- an UPDATE that changes only those moves nothing.
CREATE FUNCTION bridges_row_written() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  unseen text[] := COALESCE(TG_ARGV, '{}'::text[]);
BEGIN
  IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - unseen) = (to_jsonb(OLD) - unseen) THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM bridges_move_data_version(NEW."userId");
  END IF;
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD."userId" IS DISTINCT FROM NEW."userId") THEN
    PERFORM bridges_move_data_version(OLD."userId");
  END IF;
  RETURN NULL;
END $$;

-- Every table a user's rows live in (a "userId" column), now; a later table's migration calls
-- this for it (tests/integration/page-versions.test.ts fails until it does).
CREATE FUNCTION bridges_watch_user_rows(table_name text, VARIADIC unseen text[] DEFAULT '{}') RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  args text := (SELECT string_agg(quote_literal(column_name), ', ') FROM unnest(unseen) AS column_name);
BEGIN
  EXECUTE format(
    'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bridges_row_written(%s)',
    table_name || '_data_version', table_name, COALESCE(args, ''));
END $$;

DO $$
DECLARE
  owned record;
BEGIN
  FOR owned IN
    SELECT c.table_name FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
    WHERE c.table_schema = current_schema() AND c.column_name = 'userId'
      AND c.table_name NOT IN ('InboxMailbox', 'FollowUp')
  LOOP
    PERFORM bridges_watch_user_rows(owned.table_name);
  END LOOP;
END $$;
-- The poll's and the IDLE job's leases on a mailbox, and the reminder sweep's on a follow-up, are workers' bookkeeping
-- (Prisma sets updatedAt with them; a change anyone sees changes another column too).
SELECT bridges_watch_user_rows('InboxMailbox', 'leasedUntil', 'idleHolder', 'idleHeldUntil', 'updatedAt');
SELECT bridges_watch_user_rows('FollowUp', 'leaseUntil', 'updatedAt');
