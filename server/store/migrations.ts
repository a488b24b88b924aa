// The store's schema, as numbered migrations: each runs once, in order, recorded in PRAGMA user_version.
import type Database from "better-sqlite3";

/** Append only: a shipped migration is never edited, a change is a new entry. */
export const MIGRATIONS: readonly string[] = [
  // 1: guide accounts, plans, live tours, and small secrets (the token key when none is configured).
  `
  CREATE TABLE guides (
    name TEXT PRIMARY KEY COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE tour_plans (
    id TEXT PRIMARY KEY,
    owner TEXT COLLATE NOCASE,
    body TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE TABLE live_tours (
    code TEXT PRIMARY KEY,
    room_id TEXT NOT NULL,
    plan TEXT NOT NULL,
    state TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE TABLE secrets (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  // 2: which sample plans were seeded, so a sample a guide deleted does not come back on the next start.
  `
  CREATE TABLE seeded_samples (
    id TEXT PRIMARY KEY,
    seeded_at INTEGER NOT NULL
  );
  `,
  // 3: sign-ins that can be taken back, and plan summaries kept beside the plan. A guide's token_version is carried
  // in every token and bumped by a password reset; a removed guide's last version is kept, so an account created
  // again under the same name does not revive the old sign-ins. The plan list reads titles, stop count and size
  // from columns written with the plan, never parsing the bodies (backfilled here with SQLite's JSON functions).
  `
  ALTER TABLE guides ADD COLUMN token_version INTEGER NOT NULL DEFAULT 1;
  CREATE TABLE retired_guides (
    name TEXT PRIMARY KEY COLLATE NOCASE,
    token_version INTEGER NOT NULL
  );
  ALTER TABLE tour_plans ADD COLUMN title_en TEXT NOT NULL DEFAULT '';
  ALTER TABLE tour_plans ADD COLUMN title_zh TEXT NOT NULL DEFAULT '';
  ALTER TABLE tour_plans ADD COLUMN stop_count INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE tour_plans ADD COLUMN size INTEGER NOT NULL DEFAULT 0;
  UPDATE tour_plans SET
    title_en = coalesce(json_extract(body, '$.title.en'), ''),
    title_zh = coalesce(json_extract(body, '$.title.zh'), ''),
    stop_count = coalesce(json_array_length(body, '$.stops'), 0),
    size = length(CAST(body AS BLOB));
  CREATE INDEX tour_plans_by_owner ON tour_plans (owner);
  -- Covers the list: the summary columns sit after the body in each row, so reading them from the table would walk
  -- every plan's overflow pages; from this index a page of summaries touches no body at all.
  CREATE INDEX tour_plans_summaries ON tour_plans (id, owner, title_en, title_zh, stop_count, updated_at);
  `,
  // 4: the certificate transparency log (server/store/certificateLog.ts): entries and signed checkpoints, append-only
  // (triggers refuse UPDATE and DELETE, so not even a bug in the museum's own code can rewrite history in place).
  `
  CREATE TABLE log_entries (
    idx INTEGER PRIMARY KEY,
    serial TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    object_id TEXT,
    revokes TEXT,
    entry TEXT NOT NULL,
    leaf_hash TEXT NOT NULL UNIQUE,
    logged_at INTEGER NOT NULL
  );
  CREATE INDEX log_entries_by_object ON log_entries (object_id, kind, idx);
  CREATE INDEX log_entries_revocations ON log_entries (revokes) WHERE revokes IS NOT NULL;
  CREATE TABLE log_checkpoints (
    size INTEGER PRIMARY KEY,
    note TEXT NOT NULL,
    signed_at INTEGER NOT NULL
  );
  CREATE TRIGGER log_entries_append_only_update BEFORE UPDATE ON log_entries
    BEGIN SELECT RAISE(ABORT, 'the certificate log is append-only: an entry is never changed'); END;
  CREATE TRIGGER log_entries_append_only_delete BEFORE DELETE ON log_entries
    BEGIN SELECT RAISE(ABORT, 'the certificate log is append-only: an entry is never deleted (revoke instead)'); END;
  CREATE TRIGGER log_checkpoints_append_only_update BEFORE UPDATE ON log_checkpoints
    BEGIN SELECT RAISE(ABORT, 'the certificate log is append-only: a checkpoint is never changed'); END;
  CREATE TRIGGER log_checkpoints_append_only_delete BEFORE DELETE ON log_checkpoints
    BEGIN SELECT RAISE(ABORT, 'the certificate log is append-only: a checkpoint is never deleted'); END;
  `,
  // 5: moderation (server/store/moderationLog.ts): every report and moderation act (who, whom, what, when), kept for the
  // configured retention; the moderator flag on guide accounts; removals from the museum, by address, until a time.
  `
  CREATE TABLE moderation_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    act TEXT NOT NULL,
    actor TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT NOT NULL,
    room TEXT NOT NULL
  );
  CREATE INDEX moderation_log_by_time ON moderation_log (at);
  ALTER TABLE guides ADD COLUMN moderator INTEGER NOT NULL DEFAULT 0;
  CREATE TABLE removals (
    address TEXT PRIMARY KEY,
    until INTEGER NOT NULL
  );
  `,
];

/** Brings the database up to the latest schema; safe to call on every start and from two processes at once. */
export function migrate(db: Database.Database): number {
  // IMMEDIATE takes the write lock first, so a second process waits and then sees the version already raised.
  const run = db.transaction(() => {
    const current = db.pragma("user_version", { simple: true }) as number;
    if (current > MIGRATIONS.length) {
      throw new Error(
        `The store was written by a newer version of the museum (schema ${current}, this one knows ${MIGRATIONS.length}).`,
      );
    }
    for (let v = current; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
    return MIGRATIONS.length - current;
  });
  return run.immediate();
}
