// The moderation log: every report and every moderation act (who, whom, what, when, in which room), readable by
// moderators and kept for MODERATION_RETENTION_DAYS; and removals from the museum, by address, until a time.
import type Database from "better-sqlite3";
import type { ModerationEntry } from "../../common/chatWire";

/** Most rows one read returns (a moderator's page; the rest stays in the store). */
export const MODERATION_PAGE = 100;

export interface ModerationLog {
  record(entry: ModerationEntry): void;
  /** The newest entries first. */
  latest(limit?: number): ModerationEntry[];
  /** Deletes what is older than `before` (Date.now() units); returns how many rows went. */
  prune(before: number): number;
  remove(address: string, until: number): void;
  /** When the address's removal ends, or null when it is not removed now. */
  removedUntil(address: string, now: number): number | null;
  /** Whether a guide account carries the moderator flag. */
  isModerator(guideName: string): boolean;
  setModerator(guideName: string, on: boolean): boolean;
}

export function moderationLog(db: Database.Database): ModerationLog {
  const insert = db.prepare(
    "INSERT INTO moderation_log (at, act, actor, subject, detail, room) VALUES (@at, @act, @actor, @subject, @detail, @room)",
  );
  const latest = db.prepare<[number], ModerationEntry>(
    "SELECT at, act, actor, subject, detail, room FROM moderation_log ORDER BY at DESC, id DESC LIMIT ?",
  );
  const prune = db.prepare("DELETE FROM moderation_log WHERE at < ?");
  const remove = db.prepare(
    "INSERT INTO removals (address, until) VALUES (?, ?) ON CONFLICT(address) DO UPDATE SET until = MAX(until, excluded.until)",
  );
  const removal = db.prepare<[string], { until: number }>("SELECT until FROM removals WHERE address = ?");
  const pruneRemovals = db.prepare("DELETE FROM removals WHERE until < ?");
  const moderator = db.prepare<[string], { moderator: number }>("SELECT moderator FROM guides WHERE name = ?");
  const setModerator = db.prepare("UPDATE guides SET moderator = ? WHERE name = ?");
  return {
    record: (entry) => void insert.run(entry),
    latest: (limit = MODERATION_PAGE) => latest.all(Math.min(Math.max(1, limit), MODERATION_PAGE)),
    prune(before) {
      pruneRemovals.run(before);
      return prune.run(before).changes;
    },
    remove: (address, until) => void remove.run(address, until),
    removedUntil(address, now) {
      const until = removal.get(address)?.until;
      return until !== undefined && until > now ? until : null;
    },
    isModerator: (name) => moderator.get(name)?.moderator === 1,
    setModerator: (name, on) => setModerator.run(on ? 1 : 0, name.trim()).changes > 0,
  };
}
