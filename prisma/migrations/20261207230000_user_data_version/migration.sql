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

-- Which users' rows a transaction wrote is noted as it goes (a transaction-local setting), and
-- their counters move at its commit, all at once, in id order. At commit, because the users' rows
-- are then locked for the transaction's last instant only, after all its other locks; all at once
-- in id order, because two transactions that each wrote for several users (two workers' sweeps)
-- would otherwise lock them in different orders and deadlock. The UPDATE's lock (FOR NO KEY
-- UPDATE) does not conflict with the key-share lock an insert's foreign-key check takes.

-- One row per transaction that wrote a user's rows, inserted by its first such statement; the
-- deferred trigger on it runs at commit and deletes it again: the table is always empty.
CREATE TABLE "DataVersionMove" (id BIGSERIAL PRIMARY KEY);

CREATE FUNCTION bridges_note_users_written(users text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  noted text[] := NULLIF(current_setting('bridges.users_written', true), '')::text[];
BEGIN
  IF cardinality(users) = 0 THEN RETURN; END IF;
  IF noted IS NULL THEN
    INSERT INTO "DataVersionMove" DEFAULT VALUES;
    noted := '{}';
  END IF;
  -- Each user once: a transaction of many statements for one user keeps a list of one.
  IF NOT noted @> users THEN
    PERFORM set_config('bridges.users_written', ARRAY(SELECT DISTINCT id FROM unnest(noted || users) AS id)::text, true);
  END IF;
END $$;

CREATE FUNCTION bridges_move_data_versions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  users text[] := COALESCE(NULLIF(current_setting('bridges.users_written', true), ''), '{}')::text[];
BEGIN
  PERFORM set_config('bridges.users_written', '', true);
  PERFORM 1 FROM "User" WHERE id = ANY (users) ORDER BY id FOR NO KEY UPDATE;
  UPDATE "User" SET "dataVersion" = "dataVersion" + 1 WHERE id = ANY (users);
  DELETE FROM "DataVersionMove" WHERE id = NEW.id;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "DataVersionMove_at_commit" AFTER INSERT ON "DataVersionMove"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bridges_move_data_versions();

-- Once per statement, the users whose rows it wrote. The trigger's arguments name columns no page
-- shows (a worker's lease, renewed every few seconds): an UPDATE that changes only those notes nothing.
CREATE FUNCTION bridges_rows_written() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  unseen text[] := COALESCE(TG_ARGV, '{}'::text[]);
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM bridges_note_users_written(ARRAY(SELECT DISTINCT "userId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM bridges_note_users_written(ARRAY(SELECT DISTINCT "userId" FROM old_rows));
  ELSE
    -- Rows as they read without the unseen columns: what is on one side only was changed.
    PERFORM bridges_note_users_written(ARRAY(
      SELECT DISTINCT doc ->> 'userId' FROM (
        (SELECT to_jsonb(r) - unseen AS doc FROM new_rows r EXCEPT ALL SELECT to_jsonb(r) - unseen FROM old_rows r)
        UNION ALL
        (SELECT to_jsonb(r) - unseen FROM old_rows r EXCEPT ALL SELECT to_jsonb(r) - unseen FROM new_rows r)
      ) changed
    ));
  END IF;
  RETURN NULL;
END $$;

-- Every table a user's rows live in (a "userId" column), now; a later table's migration calls
-- this for it (tests/integration/page-versions.test.ts fails until it does).
CREATE FUNCTION bridges_watch_user_rows(table_name text, VARIADIC unseen text[] DEFAULT '{}') RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  args text := COALESCE((SELECT string_agg(quote_literal(column_name), ', ') FROM unnest(unseen) AS column_name), '');
BEGIN
  EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bridges_rows_written(%s)', table_name || '_data_version_insert', table_name, args);
  EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bridges_rows_written(%s)', table_name || '_data_version_update', table_name, args);
  EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bridges_rows_written(%s)', table_name || '_data_version_delete', table_name, args);
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
